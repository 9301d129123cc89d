package org.policyledger.read.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.policyledger.api.ActorId;
import org.policyledger.api.query.UnknownIdException;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class CatalogTest {

	private final NamedParameterJdbcTemplate named = mock(NamedParameterJdbcTemplate.class);

	private final Catalog catalog = new Catalog(named, new ObjectMapper());

	@Test
	void asksTheDatabaseOnceForAnIdItKnows() {
		when(named.queryForObject(anyString(), eq(Map.of("id", "USA")), eq(Integer.class))).thenReturn(1);
		catalog.require(ActorId.of("USA"));
		catalog.require(ActorId.of("USA"));
		verify(named, times(1)).queryForObject(anyString(), anyMap(), eq(Integer.class));
	}

	@Test
	void asksAgainForAnIdItDidNotKnowUntilItIsRegistered() {
		when(named.queryForObject(anyString(), eq(Map.of("id", "NEW")), eq(Integer.class))).thenReturn(0, 0, 1);
		assertThatThrownBy(() -> catalog.require(ActorId.of("NEW"))).isInstanceOf(UnknownIdException.class);
		assertThatThrownBy(() -> catalog.require(ActorId.of("NEW"))).isInstanceOf(UnknownIdException.class);
		catalog.require(ActorId.of("NEW"));
		catalog.require(ActorId.of("NEW"));
		verify(named, times(3)).queryForObject(anyString(), anyMap(), eq(Integer.class));
	}

}
