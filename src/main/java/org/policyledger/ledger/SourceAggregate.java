package org.policyledger.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.policyledger.integrity.Hashes;
import org.policyledger.api.ArchiveReceipt;
import org.policyledger.api.ArchiveSource;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.PartialDate;
import org.policyledger.api.RegisterSource;
import org.policyledger.api.SourceArchived;
import org.policyledger.api.SourceId;
import org.policyledger.api.SourceRegistered;

/**
 * A source document; registered once, and never published or retrieved in the future. Its
 * text may be archived in versions; archiving the latest version's text again records
 * nothing.
 */
@Aggregate
public class SourceAggregate {

	@AggregateIdentifier
	private SourceId sourceId;

	private int versions;

	private String latestSha256;

	protected SourceAggregate() {
	}

	@CommandHandler
	public SourceAggregate(RegisterSource command, LedgerServices services) {
		services.requireNotFuture(command.published(), "publication date");
		if (command.retrievedOn() != null) {
			services.requireNotFuture(PartialDate.ofDay(command.retrievedOn()), "retrieval date");
		}
		services.claims().claimRegistration(command.id());
		apply(command.toEvent());
	}

	@CommandHandler
	public ArchiveReceipt handle(ArchiveSource command, LedgerServices services) {
		if (command.retrievedAt() != null && command.retrievedAt().isAfter(services.recordingTime())) {
			throw CommandRejectedException
				.invalid("retrieval time " + command.retrievedAt() + " is in the future of the recording clock");
		}
		String sha256 = Hashes.hex(Hashes.sha256(command.text().getBytes(StandardCharsets.UTF_8)));
		if (sha256.equals(latestSha256)) {
			return new ArchiveReceipt(sourceId, versions, sha256, true);
		}
		apply(new SourceArchived(sourceId, versions + 1, sha256, command.mediaType(), command.url(),
				command.retrievedAt(), services.recordingTime(), command.text()));
		return new ArchiveReceipt(sourceId, versions, sha256, false);
	}

	@EventSourcingHandler
	void on(SourceRegistered event) {
		sourceId = event.sourceId();
	}

	@EventSourcingHandler
	void on(SourceArchived event) {
		versions = event.version();
		latestSha256 = event.sha256();
	}

}
