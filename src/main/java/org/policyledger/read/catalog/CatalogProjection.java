package org.policyledger.read.catalog;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.policyledger.api.ActorRegistered;
import org.policyledger.api.InstrumentRegistered;
import org.policyledger.api.SourceRegistered;
import org.policyledger.api.TopicRegistered;
import org.policyledger.read.ProjectionWriter;
import org.policyledger.read.ReadModel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalog tables in step with the registrations, through the
 * {@link ProjectionWriter}.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class CatalogProjection {

	private final JdbcTemplate jdbc;

	private final ObjectMapper objectMapper;

	private final ProjectionWriter writer;

	CatalogProjection(JdbcTemplate jdbc, ObjectMapper objectMapper, ProjectionWriter writer) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
		this.writer = writer;
	}

	@EventHandler
	void on(ActorRegistered event) {
		writer.write("insert into rm_actor (actor_id, kind, name, aliases) values (?, ?, ?, ?)",
				event.actorId().value(), event.kind().name(), event.name(), json(event.aliases()));
	}

	@EventHandler
	void on(TopicRegistered event) {
		writer.write("insert into rm_topic (topic_id, name, description) values (?, ?, ?)", event.topicId().value(),
				event.name(), event.description());
	}

	@EventHandler
	void on(InstrumentRegistered event) {
		writer.write(
				"insert into rm_instrument (instrument_id, kind, title, date_text, issued_by, url, description)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				event.instrumentId().value(), event.kind().name(), event.title(),
				event.date() == null ? null : event.date().toString(),
				event.issuedBy() == null ? null : event.issuedBy().value(), event.url(), event.description());
		event.topics()
			.forEach(topic -> writer.write("insert into rm_instrument_topic (instrument_id, topic_id) values (?, ?)",
					event.instrumentId().value(), topic.value()));
		event.expresses()
			.forEach(expressed -> writer.write(
					"insert into rm_instrument_stance (instrument_id, topic_id, stance) values (?, ?, ?)",
					event.instrumentId().value(), expressed.topicId().value(), expressed.stance().name()));
	}

	@EventHandler
	void on(SourceRegistered event) {
		writer.write(
				"insert into rm_source (source_id, publisher, title, authors, url, published, retrieved_on, kind)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?)",
				event.sourceId().value(), event.publisher(), event.title(), json(event.authors()), event.url(),
				event.published().toString(), event.retrievedOn(), event.kind() == null ? null : event.kind().name());
	}

	@ResetHandler
	void reset() {
		writer.empty(List.of("rm_actor", "rm_topic", "rm_instrument_topic", "rm_instrument_stance", "rm_instrument",
				"rm_source"));
	}

	private String json(List<String> values) {
		try {
			return objectMapper.writeValueAsString(values);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
