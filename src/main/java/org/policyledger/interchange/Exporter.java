package org.policyledger.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.policyledger.api.FactEvent;
import org.policyledger.api.SourceArchived;
import org.policyledger.api.Registration;
import org.policyledger.ledger.LedgerServices;

import org.springframework.stereotype.Component;

/**
 * Exports the whole ledger from its event store, the record of truth (not the read
 * models): registrations section by section, then facts, each in the order recorded,
 * facts with their recording time. Importing an export into an empty ledger and exporting
 * again gives the same file.
 */
@Component
public class Exporter {

	private final EventStorageEngine storage;

	private final ObjectMapper objectMapper;

	public Exporter(EventStorageEngine storage, ObjectMapper objectMapper) {
		this.storage = storage;
		this.objectMapper = objectMapper;
	}

	/** Writes the ledger to {@code out}; answers the number of entries written. */
	public long export(FileFormat format, OutputStream out, ProgressListener progress) throws IOException {
		FactEntries facts = new FactEntries(objectMapper);
		Map<Section, List<Registration>> registrations = registrations();
		long[] written = { 0 };
		try (EntryWriter writer = writer(format, out, facts)) {
			for (Map.Entry<Section, List<Registration>> section : registrations.entrySet()) {
				writer.section(section.getKey());
				for (Registration registration : section.getValue()) {
					writer.registration(registration);
					written[0]++;
				}
				if (section.getKey() == Section.SOURCES) {
					writer.section(Section.ARCHIVES);
					written[0] += writeArchives(writer);
				}
			}
			writer.section(Section.FACTS);
			eachFact((fact, originallyRecordedAt) -> {
				try {
					writer.fact(fact, originallyRecordedAt);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				if (++written[0] % 10_000 == 0) {
					progress.progress(written[0], -1);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		progress.progress(written[0], 1);
		return written[0];
	}

	private EntryWriter writer(FileFormat format, OutputStream out, FactEntries facts) throws IOException {
		return switch (format) {
			case JSON -> new LedgerFileWriter(out, false, objectMapper);
			case NDJSON -> new LedgerFileWriter(out, true, objectMapper);
			case JSONLD -> new JsonLdWriter(out, objectMapper);
			case CSV -> {
				Set<String> columns = new HashSet<>();
				eachFact((fact, originallyRecordedAt) -> columns
					.addAll(CsvFactWriter.columns(fact, originallyRecordedAt, facts)));
				yield new CsvFactWriter(out, columns, facts);
			}
		};
	}

	/**
	 * Every source's archived texts, in the order recorded, one at a time: together they
	 * may be too large to hold.
	 */
	private long writeArchives(EntryWriter writer) throws IOException {
		long written = 0;
		try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
			Iterator<? extends TrackedEventMessage<?>> archives = events
				.filter(event -> SourceArchived.class.equals(event.getPayloadType()))
				.iterator();
			while (archives.hasNext()) {
				writer.archive((SourceArchived) archives.next().getPayload());
				written++;
			}
		}
		return written;
	}

	/** Every registration, by section; there are few enough to hold. */
	private Map<Section, List<Registration>> registrations() {
		Map<Section, List<Registration>> sections = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			if (section.command != null && Registration.class.isAssignableFrom(section.command)) {
				sections.put(section, new ArrayList<>());
			}
		}
		try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
			events
				.filter(event -> !FactEvent.class.isAssignableFrom(event.getPayloadType())
						&& !SourceArchived.class.equals(event.getPayloadType()))
				.forEach(event -> {
					Section section = Section.of(event.getPayloadType());
					sections.get(section)
						.add((Registration) objectMapper.convertValue(event.getPayload(), section.command));
				});
		}
		return sections;
	}

	/** Each fact, with the time another ledger first recorded it, if it did. */
	private void eachFact(BiConsumer<FactEvent, String> action) {
		try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
			events.filter(event -> FactEvent.class.isAssignableFrom(event.getPayloadType()))
				.forEach(event -> action.accept((FactEvent) event.getPayload(),
						(String) event.getMetaData().get(LedgerServices.ORIGINALLY_RECORDED_AT)));
		}
	}

}
