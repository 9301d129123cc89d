package org.policyledger.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policyledger.api.ActorKind;
import org.policyledger.api.Citation;
import org.policyledger.api.FactCorrected;
import org.policyledger.api.FactEvent;
import org.policyledger.api.FactRetracted;
import org.policyledger.api.GovernanceFact;
import org.policyledger.api.InstrumentFact;
import org.policyledger.api.LedgerId;
import org.policyledger.api.PositionStated;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.RegisterSource;
import org.policyledger.api.RegisterTopic;
import org.policyledger.api.Registration;
import org.policyledger.api.SourceArchived;
import org.policyledger.api.SourceId;

/**
 * Writes a JSON-LD graph that linked-data tools read: actors, sources, topics and
 * instruments in schema.org terms, and every fact as a W3C PROV-O entity, generated at
 * its recording time ({@code prov:generatedAtTime}), derived from its sources
 * ({@code prov:wasDerivedFrom}), each quoted passage an entity of its own
 * ({@code prov:wasQuotedFrom} its source), and corrections as revisions
 * ({@code prov:wasRevisionOf}). The fact's full record rides along as a JSON literal.
 */
final class JsonLdWriter implements EntryWriter {

	/** Ledger ids become IRIs under this prefix: {@code urn:policy-ledger:actor:USA}. */
	static final String BASE = "urn:policy-ledger:";

	private final ObjectMapper objectMapper;

	private final FactEntries facts;

	private final JsonGenerator json;

	/** Each source's archived versions so far, in the order recorded. */
	private final Map<SourceId, List<ArchivedVersion>> versions = new HashMap<>();

	private record ArchivedVersion(Instant recordedAt, String id) {
	}

	JsonLdWriter(OutputStream out, ObjectMapper objectMapper) throws IOException {
		this.objectMapper = objectMapper;
		this.facts = new FactEntries(objectMapper);
		this.json = objectMapper.getFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
		json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		json.writeStartObject();
		json.writeFieldName("@context");
		objectMapper.writeValue(json, context());
		json.writeArrayFieldStart("@graph");
	}

	private ObjectNode context() {
		ObjectNode context = objectMapper.createObjectNode();
		context.put("schema", "https://schema.org/");
		context.put("prov", "http://www.w3.org/ns/prov#");
		context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		context.put("ledger", BASE + "vocab#");
		context.putObject("prov:generatedAtTime").put("@type", "xsd:dateTime");
		context.putObject("ledger:retrievedAt").put("@type", "xsd:dateTime");
		context.putObject("ledger:record").put("@type", "@json");
		for (String link : List.of("prov:wasDerivedFrom", "prov:wasQuotedFrom", "prov:wasRevisionOf", "schema:about",
				"schema:creator", "schema:url", "ledger:retracts", "prov:specializationOf")) {
			context.putObject(link).put("@type", "@id");
		}
		return context;
	}

	@Override
	public void section(Section section) {
	}

	@Override
	public void registration(Registration registration) throws IOException {
		ObjectNode node = node(registration.id());
		if (registration instanceof RegisterActor actor) {
			boolean state = actor.kind() == ActorKind.STATE || actor.kind() == ActorKind.FORMER_STATE;
			types(node, state ? "schema:Country" : "schema:Organization", "prov:Agent");
			node.put("schema:name", actor.name());
			strings(node, "schema:alternateName", actor.aliases());
			node.put("ledger:kind", actor.kind().name());
		}
		else if (registration instanceof RegisterTopic topic) {
			types(node, "schema:DefinedTerm");
			node.put("schema:name", topic.name());
			node.put("schema:description", topic.description());
		}
		else if (registration instanceof RegisterSource source) {
			types(node, "schema:CreativeWork", "prov:Entity");
			node.put("schema:name", source.title());
			node.putObject("schema:publisher")
				.put("@type", "schema:Organization")
				.put("schema:name", source.publisher());
			strings(node, "schema:author", source.authors());
			node.put("schema:datePublished", source.published().toString());
			putIfPresent(node, "schema:url", source.url());
			putIfPresent(node, "ledger:sourceKind", source.kind() == null ? null : source.kind().name());
		}
		else if (registration instanceof RegisterInstrument instrument) {
			types(node, "schema:CreativeWork", "prov:Entity");
			node.put("schema:name", instrument.title());
			node.put("ledger:kind", instrument.kind().name());
			putIfPresent(node, "schema:dateCreated", instrument.date() == null ? null : instrument.date().toString());
			putIfPresent(node, "schema:creator", instrument.issuedBy() == null ? null : iri(instrument.issuedBy()));
			putIfPresent(node, "schema:description", instrument.description());
			putIfPresent(node, "schema:url", instrument.url());
			if (!instrument.topics().isEmpty()) {
				strings(node, "schema:about", instrument.topics().stream().map(JsonLdWriter::iri).toList());
			}
		}
		objectMapper.writeValue(json, node);
	}

	/**
	 * A version of a source's text: its own entity, a specialisation of the source, named
	 * by its SHA-256.
	 */
	@Override
	public void archive(SourceArchived archived) throws IOException {
		String id = iri(archived.sourceId()) + "/archive/" + archived.sha256();
		versions.computeIfAbsent(archived.sourceId(), source -> new ArrayList<>())
			.add(new ArchivedVersion(archived.recordedAt(), id));
		ObjectNode node = objectMapper.createObjectNode().put("@id", id);
		types(node, "prov:Entity", "schema:DigitalDocument");
		node.put("prov:specializationOf", iri(archived.sourceId()));
		node.put("ledger:version", archived.version());
		node.put("ledger:sha256", archived.sha256());
		node.put("schema:encodingFormat", archived.mediaType());
		putIfPresent(node, "schema:url", archived.url());
		putIfPresent(node, "ledger:retrievedAt",
				archived.retrievedAt() == null ? null : archived.retrievedAt().toString());
		node.put("prov:generatedAtTime", archived.recordedAt().toString());
		node.put("schema:text", archived.text());
		objectMapper.writeValue(json, node);
	}

	/**
	 * What a citation quotes: the version of its source's text that was the latest when
	 * the fact was recorded, or the first one archived after it; the source itself when
	 * none is.
	 */
	private String quotedFrom(SourceId source, Instant recordedAt) {
		List<ArchivedVersion> archived = versions.getOrDefault(source, List.of());
		String quoted = archived.isEmpty() ? iri(source) : archived.get(0).id();
		for (ArchivedVersion version : archived) {
			if (!version.recordedAt().isAfter(recordedAt)) {
				quoted = version.id();
			}
		}
		return quoted;
	}

	@Override
	public void fact(FactEvent fact, String originallyRecordedAt) throws IOException {
		ObjectNode node = node(fact.factId());
		types(node, "prov:Entity", "schema:Claim");
		node.put("schema:additionalType", fact.getClass().getSimpleName());
		ArrayNode about = node.putArray("schema:about").add(iri(fact.actorId()));
		if (fact instanceof PositionStated position) {
			about.add(iri(position.topicId()));
			node.put("schema:text", position.summary());
		}
		if (fact instanceof InstrumentFact instrumentFact) {
			about.add(iri(instrumentFact.instrumentId()));
		}
		if (fact instanceof GovernanceFact governanceFact) {
			node.put("schema:temporalCoverage", governanceFact.validTime().toString());
		}
		if (fact instanceof FactCorrected correction) {
			node.put("prov:wasRevisionOf", iri(correction.correctedFactId()));
		}
		if (fact instanceof FactRetracted retraction) {
			node.put("ledger:retracts", iri(retraction.retractedFactId()));
		}
		node.put("prov:generatedAtTime", fact.recordedAt().toString());
		strings(node, "prov:wasDerivedFrom",
				fact.sources().stream().map(Citation::source).distinct().map(JsonLdWriter::iri).toList());
		ArrayNode quotes = node.putArray("schema:citation");
		for (int i = 0; i < fact.sources().size(); i++) {
			Citation citation = fact.sources().get(i);
			ObjectNode quote = quotes.addObject();
			quote.put("@id", iri(fact.factId()) + "#quote-" + (i + 1));
			quote.put("@type", "prov:Entity");
			quote.put("prov:value", citation.locator());
			quote.put("prov:wasQuotedFrom", quotedFrom(citation.source(), fact.recordedAt()));
		}
		node.set("ledger:record", facts.write(fact, originallyRecordedAt));
		objectMapper.writeValue(json, node);
	}

	private ObjectNode node(LedgerId id) {
		return objectMapper.createObjectNode().put("@id", iri(id));
	}

	static String iri(LedgerId id) {
		return BASE + id.kind() + ":" + id.value();
	}

	private static void types(ObjectNode node, String... types) {
		strings(node, "@type", List.of(types));
	}

	private static void strings(ObjectNode node, String field, List<String> values) {
		ArrayNode array = node.putArray(field);
		values.forEach(array::add);
	}

	private static void putIfPresent(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	@Override
	public void close() throws IOException {
		json.writeEndArray();
		json.writeEndObject();
		json.flush();
		json.close();
	}

}
