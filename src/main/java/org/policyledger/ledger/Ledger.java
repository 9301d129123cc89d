package org.policyledger.ledger;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.Repository;
import org.policyledger.api.ActorId;
import org.policyledger.api.AmendFact;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactReceipt;
import org.policyledger.api.LedgerEvent;
import org.policyledger.api.LedgerId;
import org.policyledger.api.RecordFact;
import org.policyledger.api.Recorder;
import org.policyledger.api.Registration;
import org.policyledger.api.ArchiveReceipt;
import org.policyledger.api.ArchiveSource;
import org.policyledger.integrity.LedgerChain;
import org.policyledger.integrity.WriteBehind;
import org.policyledger.integrity.WriteBehindFailedException;
import org.policyledger.store.DiskSpace;

import org.springframework.stereotype.Service;

/**
 * The one way into the ledger, for the API and for data files alike: checks a command's
 * shape, sends it to its aggregate, and turns the framework's failures into rejections
 * that name what is wrong. No write starts while the ledger's disk is below its reserve.
 * Each write first takes the chain head's lock in its transaction (a batch here, a
 * command in {@link LedgerConfiguration}'s interceptor), so writes are recorded, timed
 * and chained in one order.
 */
@Service
public class Ledger {

	private static final int ATTEMPTS = 5;

	private final CommandGateway commands;

	private final Validator validator;

	private final EventStorageEngine storage;

	private final Repository<ActorAggregate> actors;

	private final TransactionManager transactions;

	private final Configuration axon;

	private final DiskSpace disk;

	private final LedgerChain chain;

	private final LedgerServices services;

	private final WriteBehind writeBehind;

	private final Cache actorCache;

	public Ledger(CommandGateway commands, Validator validator, EventStorageEngine storage,
			Repository<ActorAggregate> actors, TransactionManager transactions, Configuration axon, DiskSpace disk,
			LedgerChain chain, LedgerServices services, WriteBehind writeBehind, Cache actorCache) {
		this.commands = commands;
		this.validator = validator;
		this.storage = storage;
		this.actors = actors;
		this.transactions = transactions;
		this.axon = axon;
		this.disk = disk;
		this.chain = chain;
		this.services = services;
		this.writeBehind = writeBehind;
		this.actorCache = actorCache;
	}

	public void register(Registration registration, Recorder recorder) {
		validate(registration);
		disk.requireRoom();
		try {
			commands.sendAndWait(asCommandMessage(registration).andMetaData(by(recorder)));
		}
		catch (AggregateStreamCreationException | ConcurrencyException ex) {
			throw CommandRejectedException.conflict(registration.id().describe() + " is already registered");
		}
	}

	/**
	 * Archives a source's text as its next version; a source must be registered first.
	 */
	public ArchiveReceipt archive(ArchiveSource command, Recorder recorder) {
		validate(command);
		disk.requireRoom();
		return send(command, recorder);
	}

	/** Sends an archive already checked, as {@link #archive} and a batch do. */
	private ArchiveReceipt send(ArchiveSource command, Recorder recorder) {
		try {
			return commands.sendAndWait(asCommandMessage(command).andMetaData(by(recorder)));
		}
		catch (AggregateNotFoundException ex) {
			throw CommandRejectedException.unknown(command.sourceId());
		}
	}

	/**
	 * Records a fact. Within one service Axon locks the actor while a command runs;
	 * service nodes sharing one database race for the actor's next sequence number
	 * instead, and the loser's command is run again on the actor as it now is, up to
	 * {@value #ATTEMPTS} times.
	 */
	public FactReceipt record(RecordFact command, Recorder recorder) {
		return record(command, recorder, null);
	}

	/**
	 * Records a fact sent with a client's idempotency key (may be null): without a
	 * factId, it gets an id derived from the recorder and the key, so that a retry of the
	 * same request is answered as already recorded instead of recording it twice.
	 */
	public FactReceipt record(RecordFact command, Recorder recorder, String idempotencyKey) {
		validate(command);
		disk.requireRoom();
		RecordFact addressed = addressed(command);
		for (int attempt = 1;; attempt++) {
			try {
				return commands.sendAndWait(asCommandMessage(addressed).andMetaData(by(recorder))
					.andMetaData(idempotencyKey == null ? Map.of()
							: Map.of(LedgerServices.IDEMPOTENCY_KEY, idempotencyKey)));
			}
			catch (AggregateNotFoundException ex) {
				throw CommandRejectedException.unknown(addressed.actorId());
			}
			catch (ConcurrencyException ex) {
				if (attempt == ATTEMPTS) {
					throw CommandRejectedException
						.conflict("actor '" + addressed.actorId().value() + "' was changed by " + ATTEMPTS
								+ " concurrent writes while this fact was recorded; submit it again");
				}
			}
		}
	}

	/**
	 * Writes a batch of entries in one transaction and one unit of work, so that their
	 * events are appended together when it commits. Each fact goes to its actor as loaded
	 * once for the batch, through the same command handlers as {@link #record}. Refused
	 * entries are left out and reported when {@code skipRejected} is set; otherwise the
	 * first one rolls the batch back. Registrations take effect when the batch commits,
	 * so facts that refer to them belong in a later batch.
	 */
	public BatchOutcome write(List<CheckedEntry> entries, boolean skipRejected, Recorder recorder) {
		return write(entries, skipRejected, false, recorder);
	}

	/**
	 * Records a handful of facts sent together, all or nothing: each is checked and
	 * tried, and if any is refused, none is recorded and every refusal is reported with
	 * the index of its fact (counted from 0).
	 */
	public List<FactReceipt> recordAll(List<RecordFact> facts, Recorder recorder) {
		List<CheckedEntry> entries = new ArrayList<>(facts.size());
		for (int index = 0; index < facts.size(); index++) {
			entries.add(check(new BatchEntry(BatchRefusedException.REQUEST, index, facts.get(index), null)));
		}
		List<Rejection> malformed = entries.stream().flatMap(entry -> entry.invalid().stream()).toList();
		if (!malformed.isEmpty()) {
			throw new BatchRefusedException(malformed, true);
		}
		return write(entries, true, true, recorder).receipts();
	}

	/**
	 * Writes the batch with its fact ids left to the chain's unique key, since a batch
	 * rarely reuses an id a fact outside it holds; if one does, or anything else refuses
	 * the batch as it commits, it is written again with every id looked up first, so that
	 * each fact is answered as one by one.
	 */
	private BatchOutcome write(List<CheckedEntry> entries, boolean skipRejected, boolean allOrNothing,
			Recorder recorder) {
		disk.requireRoom();
		try {
			return write(entries, skipRejected, allOrNothing, recorder, true, false);
		}
		catch (CommandRejectedException ex) {
			return write(entries, skipRejected, allOrNothing, recorder, false, false);
		}
	}

	/**
	 * Writes a batch as {@link #write(List, boolean, Recorder)} does, with its events
	 * stored behind the decision ({@link WriteBehind}): answers once the batch is
	 * decided, while the batch before it may still be being stored. It is stored once the
	 * next batch is written or {@link #awaitWrites} returns. A batch with anything but
	 * facts of named actors waits for the one in flight and is written the ordinary way.
	 * Only for a process that imports alone.
	 * @throws WriteBehindFailedException if the batch in flight was not stored: this one
	 * is not written either, and both should be written again ({@link #write})
	 */
	public BatchOutcome writeBehind(List<CheckedEntry> entries, boolean skipRejected, Recorder recorder) {
		if (!entries.stream().allMatch(Ledger::isFactOfNamedActor)) {
			awaitWrites();
			return write(entries, skipRejected, recorder);
		}
		disk.requireRoom();
		Supplier<BatchOutcome> decided = () -> forgettingOnFailure(
				() -> write(entries, skipRejected, false, recorder, true, true));
		try {
			return decided.get();
		}
		catch (StaleActorException ex) {
			// with nothing in flight, every actor loads with all its facts
			awaitWrites();
			return decided.get();
		}
	}

	/**
	 * Waits until the batch written behind is stored.
	 * @throws WriteBehindFailedException if it was not: write it again ({@link #write})
	 */
	public void awaitWrites() {
		forgettingOnFailure(() -> {
			writeBehind.await();
			return null;
		});
	}

	/**
	 * What {@code work} answers; when a batch written behind was not stored, forgets the
	 * actors' cached states first, which hold its facts.
	 */
	private <T> T forgettingOnFailure(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (WriteBehindFailedException ex) {
			actorCache.removeAll();
			throw ex;
		}
	}

	/** An entry that fails its checks, or a fact whose actor is named. */
	private static boolean isFactOfNamedActor(CheckedEntry checked) {
		return !checked.invalid().isEmpty()
				|| checked.entry().command() instanceof RecordFact fact && fact.actorId() != null;
	}

	private BatchOutcome write(List<CheckedEntry> entries, boolean skipRejected, boolean allOrNothing,
			Recorder recorder, boolean deferClaims, boolean behind) {
		UnitOfWork<?> unitOfWork = BatchUnitOfWork
			.started(asCommandMessage("batch of " + entries.size()).andMetaData(by(recorder)));
		axon.correlationDataProviders().forEach(unitOfWork::registerCorrelationDataProvider);
		if (behind) {
			writeBehind.enlist(unitOfWork);
		}
		else {
			unitOfWork.attachTransaction(transactions);
		}
		ResultMessage<BatchOutcome> result = unitOfWork.executeWithResult(() -> {
			BatchOutcome outcome = writeEach(entries, skipRejected, recorder, deferClaims, behind);
			if (allOrNothing && !outcome.rejected().isEmpty()) {
				throw new BatchRefusedException(outcome.rejected(), false);
			}
			return outcome;
		});
		if (result.isExceptional()) {
			Throwable failure = result.exceptionResult();
			throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
		}
		return result.getPayload();
	}

	private BatchOutcome writeEach(List<CheckedEntry> entries, boolean skipRejected, Recorder recorder,
			boolean deferClaims, boolean behind) throws Exception {
		if (!behind) {
			chain.holdHead();
		}
		preloadActors(entries, behind);
		if (deferClaims) {
			services.claims().deferClaims();
		}
		services.claims()
			.prefetch(commands(entries, RecordFact.class).map(RecordFact::factId).filter(Objects::nonNull).toList(),
					commands(entries, Registration.class).map(Registration::id).toList());
		Map<LedgerId, LedgerEvent> registered = new HashMap<>();
		int recorded = 0;
		int alreadyRecorded = 0;
		List<String> kept = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		List<FactReceipt> receipts = new ArrayList<>();
		for (CheckedEntry checked : entries) {
			BatchEntry entry = checked.entry();
			if (!checked.invalid().isEmpty()) {
				refuse(checked.invalid(), skipRejected, rejected);
				continue;
			}
			try {
				boolean isNew;
				if (entry.command() instanceof Registration registration) {
					isNew = registerOnce(registration, recorder, registered, kept);
				}
				else if (entry.command() instanceof ArchiveSource archive) {
					isNew = !send(archive, recorder).alreadyArchived();
				}
				else {
					FactReceipt receipt = recordInBatch((RecordFact) entry.command(), entry.originallyRecordedAt());
					receipts.add(receipt);
					isNew = !receipt.alreadyRecorded();
				}
				recorded += isNew ? 1 : 0;
				alreadyRecorded += isNew ? 0 : 1;
			}
			catch (CommandRejectedException ex) {
				refuse(List.of(new Rejection(entry.file(), entry.line(), null, ex.getMessage())), skipRejected,
						rejected);
			}
		}
		return new BatchOutcome(recorded, alreadyRecorded, kept, rejected, receipts);
	}

	private static void refuse(List<Rejection> rejections, boolean skipRejected, List<Rejection> rejected) {
		if (!skipRejected) {
			throw new BatchRejectedException(rejections.get(0));
		}
		rejected.addAll(rejections);
	}

	/**
	 * Registers what is not registered yet. An id registered already is left as it is;
	 * when the file describes it differently, that is reported among the kept ones. Only
	 * an id whose key is held is read from the store.
	 */
	private boolean registerOnce(Registration registration, Recorder recorder, Map<LedgerId, LedgerEvent> inBatch,
			List<String> kept) {
		LedgerEvent existing = inBatch.get(registration.id());
		if (existing == null && services.claims().registrationHolder(registration.id()).isPresent()) {
			DomainEventStream stream = storage.readEvents(registration.id().toString());
			existing = stream.hasNext() ? (LedgerEvent) stream.next().getPayload() : null;
		}
		if (existing == null) {
			commands.sendAndWait(asCommandMessage(registration).andMetaData(by(recorder)));
			inBatch.put(registration.id(), registration.toEvent());
			services.references().registered(registration);
			return true;
		}
		if (!existing.equals(registration.toEvent())) {
			kept.add(registration.id().describe() + " is registered already with other details; kept those");
		}
		return false;
	}

	/**
	 * Loads every actor of the batch before any of its events is staged: a load with
	 * events staged makes Axon scan them all, and the actor then stays with the unit of
	 * work. Unknown actors are left for their facts to report. A batch written behind
	 * needs each actor with every fact appended so far: one loaded from the store while
	 * its facts are still being written (the cache let it go) fails the batch, to be
	 * decided again once they are stored.
	 */
	private void preloadActors(List<CheckedEntry> entries, boolean behind) {
		commands(entries, RecordFact.class).map(RecordFact::actorId)
			.filter(Objects::nonNull)
			.map(ActorId::toString)
			.distinct()
			.forEach(id -> {
				try {
					Aggregate<ActorAggregate> actor = actors.load(id);
					if (behind && !writeBehind.isCurrent(id, actor.version())) {
						throw new StaleActorException();
					}
				}
				catch (AggregateNotFoundException ex) {
					// reported by each of its facts
				}
			});
	}

	/** An actor's state misses facts still being written behind. */
	private static final class StaleActorException extends RuntimeException {

		StaleActorException() {
			super(null, null, false, false);
		}

	}

	/** The commands of one type among a batch's entries. */
	private static <T> Stream<T> commands(List<CheckedEntry> entries, Class<T> type) {
		return entries.stream().map(checked -> checked.entry().command()).filter(type::isInstance).map(type::cast);
	}

	private FactReceipt recordInBatch(RecordFact fact, Instant originallyRecordedAt) throws Exception {
		RecordFact command = addressed(fact);
		Aggregate<ActorAggregate> actor;
		try {
			actor = actors.load(command.actorId().toString());
		}
		catch (AggregateNotFoundException ex) {
			throw CommandRejectedException.unknown(command.actorId());
		}
		MetaData metaData = originallyRecordedAt == null ? MetaData.emptyInstance()
				: MetaData.with(LedgerServices.ORIGINALLY_RECORDED_AT, originallyRecordedAt);
		return (FactReceipt) actor.handle(asCommandMessage(command).andMetaData(metaData));
	}

	/** An amendment sent without its actor goes to the actor whose fact it amends. */
	private RecordFact addressed(RecordFact command) {
		if (command instanceof AmendFact amendment && amendment.actorId() == null) {
			return amendment.byActor(services.claims()
				.holderOf(amendment.amendedFactId())
				.orElseThrow(() -> CommandRejectedException.unknown(amendment.amendedFactId())));
		}
		return command;
	}

	private static Map<String, String> by(Recorder recorder) {
		return Map.of(Recorder.META_DATA_KEY, recorder.name());
	}

	/**
	 * Checks an entry's fields, without writing anything; safe to call on any thread, so
	 * that a file can be read and checked while the previous batch is written.
	 */
	public CheckedEntry check(BatchEntry entry) {
		try {
			validate(entry.command());
			return new CheckedEntry(entry, List.of());
		}
		catch (InvalidCommandException ex) {
			return new CheckedEntry(entry, Rejection.of(entry, ex));
		}
	}

	/**
	 * An entry that {@link #check} found well formed in an earlier reading of the same
	 * bytes: an import that checks its whole input first reads it again to write it.
	 */
	public CheckedEntry checkedBefore(BatchEntry entry) {
		return new CheckedEntry(entry, List.of());
	}

	/** Checks a command's fields, without writing anything. */
	private void validate(Object command) {
		List<InvalidCommandException.Violation> violations = validator.validate(command)
			.stream()
			.map(violation -> new InvalidCommandException.Violation(violation.getPropertyPath().toString(),
					violation.getMessage()))
			.sorted(Comparator.comparing(InvalidCommandException.Violation::toString))
			.toList();
		if (!violations.isEmpty()) {
			throw new InvalidCommandException(violations);
		}
	}

}
