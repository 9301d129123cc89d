package org.policyledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerIdTest {

	@Test
	void prefixesTheAggregateIdentifierWithTheKind() {
		assertThat(ActorId.of("USA")).hasToString("actor:USA");
		assertThat(SourceId.of("USA")).hasToString("source:USA");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "-leading-dash", ".leading-dot", "_leading-underscore", "has space", "semi;colon",
			"<script>", "Côte-d-Ivoire", "slash/ed", "tab\there" })
	void rejectsMalformedIds(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> TopicId.of(value))
			.withMessageStartingWith("invalid topic id");
	}

	@Test
	void acceptsLettersDigitsDotsUnderscoresAndDashesUpTo128Characters() {
		assertThat(TopicId.of("a0.Z_9-z").value()).isEqualTo("a0.Z_9-z");
		assertThat(FactId.of("9" + "x".repeat(127)).value()).hasSize(128);
		assertThat(ActorId.of("X").value()).isEqualTo("X");
	}

	@Test
	void rejectsIdsLongerThan128Characters() {
		assertThatIllegalArgumentException().isThrownBy(() -> FactId.of("x".repeat(129))).withMessageContaining("...");
	}

}
