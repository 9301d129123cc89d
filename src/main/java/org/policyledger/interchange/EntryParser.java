package org.policyledger.interchange;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.Rejection;

/**
 * Reads one entry of a file, given as a JSON tree, into a command; an entry that does not
 * fit is refused with the field at fault and the reason.
 */
final class EntryParser {

	private final ObjectMapper objectMapper;

	private final FactEntries facts;

	EntryParser(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
		this.facts = new FactEntries(objectMapper);
	}

	/** A CSV row of a fact, its columns named as {@link FlatFacts} says. */
	BatchEntry parseRow(Map<String, String> row, String file, long line) {
		return parse(Section.FACTS, () -> FlatFacts.unflatten(row), file, line);
	}

	BatchEntry parse(Section section, JsonNode node, String file, long line) {
		return parse(section, () -> node, file, line);
	}

	private BatchEntry parse(Section section, Supplier<JsonNode> tree, String file, long line) {
		try {
			JsonNode node = tree.get();
			if (!(node instanceof ObjectNode object)) {
				throw new EntryException(null, "expected an object, found " + node.getNodeType());
			}
			if (section == Section.FACTS) {
				FactEntries.Read read = facts.read(object);
				return new BatchEntry(file, line, read.fact(), read.originallyRecordedAt());
			}
			return new BatchEntry(file, line, objectMapper.treeToValue(object, section.command), null);
		}
		catch (EntryException ex) {
			throw new UnreadableEntryException(new Rejection(file, line, ex.field(), ex.getMessage()));
		}
		catch (JsonProcessingException ex) {
			throw new UnreadableEntryException(new Rejection(file, line, field(ex), reason(ex)));
		}
	}

	private static String field(JsonProcessingException ex) {
		if (!(ex instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
			return null;
		}
		return mapping.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
			.collect(Collectors.joining("."));
	}

	/**
	 * The cause in the user's terms: a rule's own message, or Jackson's without Java
	 * names.
	 */
	private static String reason(JsonProcessingException ex) {
		if (ex instanceof ValueInstantiationException && ex.getCause() != null) {
			return ex.getCause().getMessage();
		}
		return ex.getOriginalMessage().replaceAll("`[a-z]+(\\.[a-z]+)+\\.([A-Za-z]+)`", "$2").replaceAll("\\s+", " ");
	}

}
