package org.policyledger.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.policyledger.api.InstrumentRegistered;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revisions 1 (no description, topics or stances expressed) and 2 (no stances
 * expressed) of {@link InstrumentRegistered} as revision 3 with none.
 */
@Component
@Order(0)
class InstrumentRegisteredUpcaster extends SingleEventUpcaster {

	private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(
			InstrumentRegistered.class.getTypeName(), "1");

	private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(
			InstrumentRegistered.class.getTypeName(), "2");

	private static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(
			InstrumentRegistered.class.getTypeName(), "3");

	@Override
	protected boolean canUpcast(IntermediateEventRepresentation representation) {
		return representation.getType().equals(REVISION_1) || representation.getType().equals(REVISION_2);
	}

	@Override
	protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
		boolean first = representation.getType().equals(REVISION_1);
		return representation.upcastPayload(REVISION_3, JsonNode.class, payload -> {
			ObjectNode node = (ObjectNode) payload;
			if (first) {
				node.putNull("description");
				node.putArray("topics");
			}
			node.putArray("expresses");
			return node;
		});
	}

}
