package org.policyledger.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.policyledger.api.SourceRegistered;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@link SourceRegistered} (no kind) as revision 2, kind unstated.
 */
@Component
@Order(0)
class SourceRegisteredUpcaster extends SingleEventUpcaster {

	private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(
			SourceRegistered.class.getTypeName(), "1");

	private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(
			SourceRegistered.class.getTypeName(), "2");

	@Override
	protected boolean canUpcast(IntermediateEventRepresentation representation) {
		return representation.getType().equals(REVISION_1);
	}

	@Override
	protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
		return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
			((ObjectNode) payload).putNull("kind");
			return payload;
		});
	}

}
