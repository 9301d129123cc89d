package org.policyledger.interchange;

import java.util.List;

import org.policyledger.api.RecordFact;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.RegisterSource;
import org.policyledger.api.RegisterTopic;

/**
 * A set of registrations and facts in the interchange format {@value #FORMAT}. Each entry
 * has the shape of the corresponding API request.
 */
public record LedgerDocument(String format, String description, List<RegisterActor> actors, List<RegisterTopic> topics,
		List<RegisterSource> sources, List<RegisterInstrument> instruments, List<RecordFact> facts) {

	public static final String FORMAT = "policy-ledger/1";

	public LedgerDocument {
		if (!FORMAT.equals(format)) {
			throw new IllegalArgumentException("unsupported format '" + format + "': expected '" + FORMAT + "'");
		}
		actors = actors == null ? List.of() : actors;
		topics = topics == null ? List.of() : topics;
		sources = sources == null ? List.of() : sources;
		instruments = instruments == null ? List.of() : instruments;
		facts = facts == null ? List.of() : facts;
	}

	public int size() {
		return actors.size() + topics.size() + sources.size() + instruments.size() + facts.size();
	}

}
