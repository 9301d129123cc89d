package org.policyledger.read.facts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.policyledger.api.SourceId;
import org.policyledger.api.SourceKind;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The kind of each source facts cite, as the fact projection needs it: learnt from the
 * registrations it sees (a source is registered before any fact cites it, maybe in the
 * same batch, before its row is written), else read once from the read model.
 */
@Component
class SourceKinds {

	private static final String KIND = """
			select kind from rm_source where source_id = :source
			""";

	private final NamedParameterJdbcTemplate named;

	private final Map<SourceId, Optional<SourceKind>> kinds = new ConcurrentHashMap<>();

	SourceKinds(NamedParameterJdbcTemplate named) {
		this.named = named;
	}

	boolean primary(SourceId source) {
		return kinds.computeIfAbsent(source, this::read).orElse(null) == SourceKind.PRIMARY;
	}

	void registered(SourceId source, SourceKind kind) {
		kinds.put(source, Optional.ofNullable(kind));
	}

	void clear() {
		kinds.clear();
	}

	private Optional<SourceKind> read(SourceId source) {
		return named.query(KIND, Map.of("source", source.value()), rs -> rs.next() && rs.getString("kind") != null
				? Optional.of(SourceKind.valueOf(rs.getString("kind"))) : Optional.empty());
	}

}
