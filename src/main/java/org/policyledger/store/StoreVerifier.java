package org.policyledger.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.policyledger.api.FactEvent;
import org.policyledger.api.FactId;
import org.policyledger.integrity.ChainCheck;
import org.policyledger.integrity.LedgerChain;
import org.policyledger.read.DeadLetterView;
import org.policyledger.read.DeadLetters;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Checks that what is stored holds together: the hash chain recomputes from the stored
 * events, every event reads back as a ledger event, facts' recording times never run
 * backwards along the chain, every aggregate's events are numbered 0, 1, 2, ... without a
 * hole, every fact's id is claimed by its own link in the chain and every claim has its
 * fact, and the read model has every fact once it has caught up.
 */
@Component
public class StoreVerifier {

	private static final int LISTED = 5;

	private final EventStorageEngine storage;

	private final JdbcTemplate jdbc;

	private final ReadModelMaintenance readModel;

	private final LedgerChain chain;

	StoreVerifier(EventStorageEngine storage, JdbcTemplate jdbc, ReadModelMaintenance readModel, LedgerChain chain) {
		this.storage = storage;
		this.jdbc = jdbc;
		this.readModel = readModel;
		this.chain = chain;
	}

	public Verification verify() {
		List<Verification.Check> checks = new ArrayList<>();
		checks.add(chain());
		checks.add(streams());
		Map<String, String> claims = new HashMap<>();
		jdbc.query("select fact_id, fact_key from ledger_chain where fact_id is not null",
				(RowCallbackHandler) rs -> claims.put(rs.getString(1), rs.getString(2)));
		long[] counts = new long[2];
		List<String> unclaimed = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		List<String> backdated = new ArrayList<>();
		FactEvent[] latest = new FactEvent[1];
		try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
			events.forEach(event -> {
				counts[0]++;
				Object payload;
				try {
					payload = event.getPayload();
				}
				catch (RuntimeException ex) {
					listed(unreadable, "event " + event.getIdentifier() + ": " + ex.getMessage());
					return;
				}
				if (payload instanceof FactEvent fact) {
					counts[1]++;
					if (latest[0] != null && fact.recordedAt().isBefore(latest[0].recordedAt())) {
						listed(backdated,
								"fact " + fact.factId().value() + " recorded at " + fact.recordedAt()
										+ " comes after fact " + latest[0].factId().value() + " recorded at "
										+ latest[0].recordedAt());
					}
					else {
						latest[0] = fact;
					}
					if (!claimed(fact.factId(), claims)) {
						listed(unclaimed, fact.factId().value());
					}
				}
			});
		}
		checks.add(new Verification.Check("events read back", unreadable.isEmpty(),
				String.format("%,d events, %,d of them facts", counts[0], counts[1])
						+ (unreadable.isEmpty() ? "" : "; unreadable: " + unreadable)));
		checks.add(new Verification.Check("recording times in chain order", backdated.isEmpty(),
				backdated.isEmpty() ? "no fact is recorded before one chained ahead of it"
						: "backdated, or the ledger's clock was set back: " + backdated));
		checks.add(new Verification.Check("fact ids claimed", unclaimed.isEmpty() && claims.isEmpty(),
				unclaimed.isEmpty() && claims.isEmpty() ? String.format("%,d claims, one per fact", counts[1])
						: "facts without their claim: " + unclaimed + "; claims without a fact: "
								+ claims.keySet().stream().limit(LISTED).toList()));
		checks.add(readModel(counts[1]));
		return new Verification(checks);
	}

	/**
	 * Whether the fact's link claims its key; a link without one stands for a case
	 * variant kept from before ids were compared ignoring case (migration V10), whose key
	 * another fact holds.
	 */
	private boolean claimed(FactId factId, Map<String, String> claims) {
		if (!claims.containsKey(factId.value())) {
			return false;
		}
		String key = claims.remove(factId.value());
		return key == null ? jdbc.queryForObject("select count(*) from ledger_chain where fact_key = ?", Long.class,
				factId.key()) == 1 : key.equals(factId.key());
	}

	private Verification.Check chain() {
		ChainCheck check = chain.verify();
		return new Verification.Check("hash chain intact", check.intact(),
				check.intact() ? String.format("%,d events chained, last link %s", check.position(), check.chainHash())
						: String.format("breaks at position %,d: %s", check.position(), check.problem()));
	}

	private Verification.Check streams() {
		List<String> broken = jdbc.query(
				"select aggregate_identifier, count(*), min(sequence_number), max(sequence_number)"
						+ " from domain_event_entry group by aggregate_identifier"
						+ " having count(*) <> max(sequence_number) + 1 or min(sequence_number) <> 0",
				(rs, i) -> rs.getString(1) + " holds " + rs.getLong(2) + " events numbered " + rs.getLong(3) + " to "
						+ rs.getLong(4));
		Long streams = jdbc.queryForObject("select count(distinct aggregate_identifier) from domain_event_entry",
				Long.class);
		return new Verification.Check("event streams unbroken", broken.isEmpty(), broken.isEmpty()
				? String.format("%,d streams", streams) : broken.stream().limit(LISTED).toList().toString());
	}

	private Verification.Check readModel(long facts) {
		if (!readModel.isCaughtUp()) {
			return new Verification.Check("read model complete", true,
					String.format(
							"not checked: the read model is at event %,d of %,d (run replay, or start the service)",
							readModel.position(), readModel.head()));
		}
		Long projected = jdbc.queryForObject("select count(*) from rm_fact", Long.class);
		DeadLetters deadLetters = readModel.deadLetters(1);
		String detail = String.format(
				"%,d facts in the read model, %,d in the event store, %,d events parked as dead letters", projected,
				facts, deadLetters.total());
		return new Verification.Check("read model complete",
				projected != null && projected == facts && deadLetters.total() == 0,
				deadLetters.letters().isEmpty() ? detail : detail + ", the first " + firstParked(deadLetters));
	}

	private static String firstParked(DeadLetters deadLetters) {
		DeadLetterView first = deadLetters.letters().get(0);
		return String.format("%s, event %s of stream %s (global index %s), parked for %s", first.type(),
				first.sequenceNumber(), first.stream(), first.globalIndex(), first.cause());
	}

	private static void listed(List<String> list, String item) {
		if (list.size() < LISTED) {
			list.add(item);
		}
	}

}
