package org.policyledger.interchange;

import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A fact as one CSV row: nested fields become dotted column names ({@code tally.yes},
 * {@code sources.0.locator}) and back again. Empty cells are absent fields.
 */
final class FlatFacts {

	/** Columns come in this order of their first part, then by list position. */
	private static final List<String> ORDER = List.of("type", "factId", "actorId", "validTime", "recordedAt",
			"originallyRecordedAt", "topicId", "instrumentId", "stance", "vote", "method", "means", "tally", "summary",
			"quote", "speaker", "venue", "note", "topics", "correctedFactId", "retractedFactId", "amendment", "reason",
			"sources");

	static final Comparator<String> COLUMN_ORDER = Comparator.comparingInt(FlatFacts::rank)
		.thenComparingInt(FlatFacts::position)
		.thenComparing(Comparator.naturalOrder());

	private FlatFacts() {
	}

	static Map<String, String> flatten(JsonNode node) {
		Map<String, String> row = new LinkedHashMap<>();
		flatten("", node, row);
		return row;
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> row) {
		if (node.isObject()) {
			node.fields().forEachRemaining(field -> flatten(prefix + field.getKey() + ".", field.getValue(), row));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(prefix + i + ".", node.get(i), row);
			}
		}
		else if (!node.isNull()) {
			row.put(prefix.substring(0, prefix.length() - 1), node.asText());
		}
	}

	/**
	 * Rebuilds the nested fact of a row; a column that clashes with another is refused.
	 */
	static ObjectNode unflatten(Map<String, String> row) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		row.forEach((column, value) -> {
			if (value != null && !value.isEmpty()) {
				put(root, column, column.split("\\."), 0, value);
			}
		});
		return root;
	}

	private static void put(JsonNode parent, String column, String[] path, int at, String value) {
		String key = path[at];
		boolean last = at == path.length - 1;
		JsonNode child = last ? null : (isIndex(path[at + 1]) ? JsonNodeFactory.instance.arrayNode()
				: JsonNodeFactory.instance.objectNode());
		if (parent instanceof ObjectNode object) {
			if (last) {
				object.put(key, value);
				return;
			}
			JsonNode existing = object.get(key);
			if (existing == null) {
				object.set(key, child);
				existing = child;
			}
			put(existing, column, path, at + 1, value);
		}
		else if (parent instanceof ArrayNode array && isIndex(key)) {
			int index = Integer.parseInt(key);
			while (array.size() <= index) {
				array.addNull();
			}
			if (last) {
				array.set(index, JsonNodeFactory.instance.textNode(value));
				return;
			}
			if (array.get(index).isNull()) {
				array.set(index, child);
			}
			put(array.get(index), column, path, at + 1, value);
		}
		else {
			throw new EntryException(column, "column name does not fit the fact's fields");
		}
	}

	private static boolean isIndex(String part) {
		return !part.isEmpty() && part.chars().allMatch(Character::isDigit) && part.length() < 4;
	}

	private static int rank(String column) {
		int rank = ORDER.indexOf(column.split("\\.")[0]);
		return rank < 0 ? ORDER.size() : rank;
	}

	private static int position(String column) {
		for (Iterator<String> parts = List.of(column.split("\\.")).iterator(); parts.hasNext();) {
			String part = parts.next();
			if (isIndex(part)) {
				return Integer.parseInt(part);
			}
		}
		return -1;
	}

}
