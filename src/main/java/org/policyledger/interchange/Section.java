package org.policyledger.interchange;

import java.util.Arrays;
import java.util.Optional;

import org.policyledger.api.ActorRegistered;
import org.policyledger.api.ArchiveSource;
import org.policyledger.api.FactEvent;
import org.policyledger.api.InstrumentRegistered;
import org.policyledger.api.LedgerCommand;
import org.policyledger.api.LedgerEvent;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.RegisterSource;
import org.policyledger.api.RegisterTopic;
import org.policyledger.api.SourceArchived;
import org.policyledger.api.SourceRegistered;
import org.policyledger.api.TopicRegistered;

/**
 * The kinds of entry a ledger file holds, in the order they are written and best read:
 * what a fact refers to comes before it.
 */
enum Section {

	ACTORS("actors", "actor", RegisterActor.class, ActorRegistered.class),
	TOPICS("topics", "topic", RegisterTopic.class, TopicRegistered.class),
	SOURCES("sources", "source", RegisterSource.class, SourceRegistered.class),
	ARCHIVES("archives", "archive", ArchiveSource.class, SourceArchived.class),
	INSTRUMENTS("instruments", "instrument", RegisterInstrument.class, InstrumentRegistered.class),
	FACTS("facts", "fact", null, FactEvent.class);

	/** Its name as a JSON document's array. */
	final String plural;

	/** Its name as the key of an NDJSON line. */
	final String singular;

	/** The command it holds; null for facts, which have several. */
	final Class<? extends LedgerCommand> command;

	/** The events it is made from. */
	final Class<? extends LedgerEvent> event;

	Section(String plural, String singular, Class<? extends LedgerCommand> command,
			Class<? extends LedgerEvent> event) {
		this.plural = plural;
		this.singular = singular;
		this.command = command;
		this.event = event;
	}

	static Optional<Section> plural(String name) {
		return Arrays.stream(values()).filter(section -> section.plural.equals(name)).findFirst();
	}

	static Optional<Section> singular(String name) {
		return Arrays.stream(values()).filter(section -> section.singular.equals(name)).findFirst();
	}

	/** The section of an event's type. */
	static Section of(Class<?> eventType) {
		return Arrays.stream(values())
			.filter(section -> section.event.isAssignableFrom(eventType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not a ledger event: " + eventType.getName()));
	}

}
