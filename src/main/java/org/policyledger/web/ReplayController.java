package org.policyledger.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.policyledger.api.ActorId;
import org.policyledger.api.query.UnknownIdException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** True replay from the event store. */
@RestController
@RequestMapping("/api")
@Tag(name = "replay", description = "The event store itself")
class ReplayController {

	static final String NDJSON = "application/x-ndjson";

	private final EventStore eventStore;

	private final ObjectMapper objectMapper;

	ReplayController(EventStore eventStore, ObjectMapper objectMapper) {
		this.eventStore = eventStore;
		this.objectMapper = objectMapper;
	}

	@GetMapping(path = "/actors/{actorId}/events", produces = NDJSON)
	@Operation(summary = "An actor's events in the order recorded, streamed from the event store as NDJSON")
	void replay(@PathVariable String actorId, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ActorId id = ActorId.of(actorId);
		if (eventStore.lastSequenceNumberFor(id.toString()).isEmpty()) {
			throw new UnknownIdException(id);
		}
		ShallowEtagHeaderFilter.disableContentCaching(request);
		response.setContentType(NDJSON);
		OutputStream out = response.getOutputStream();
		DomainEventStream events = eventStore.readEvents(id.toString());
		while (events.hasNext()) {
			DomainEventMessage<?> event = events.next();
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("sequence", event.getSequenceNumber());
			line.put("timestamp", event.getTimestamp());
			line.put("type", event.getPayloadType().getSimpleName());
			line.put("payload", event.getPayload());
			out.write(objectMapper.writeValueAsBytes(line));
			out.write('\n');
		}
		out.flush();
	}

}
