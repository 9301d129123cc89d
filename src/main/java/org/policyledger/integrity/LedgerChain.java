package org.policyledger.integrity;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.FactId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The hash chain in its tables: {@code ledger_chain} holds each stored event's hash and
 * chain link by position, {@code ledger_chain_head} the last link. Appends lock the head
 * row before their events are numbered, so the chain runs in the event store's order.
 * <p>
 * A fact's link also claims its id: it carries the fact's {@link FactId#key() key} under
 * a unique index, so no two facts hold one id in any case, across every actor and node.
 */
@Component
public class LedgerChain {

	static final int PAGE = 10_000;

	private static final String ENTRY_COLUMNS = "position, global_index, event_identifier, fact_id, event_hash,"
			+ " chain_hash";

	/** The SQL types of a link's insert parameters: a fact's id and key may be null. */
	private static final int[] LINK_TYPES = { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARBINARY, Types.VARBINARY };

	private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, Long.class),
			rs.getString(3), rs.getString(4), rs.getBytes(5), rs.getBytes(6));

	private static final RowMapper<Link> LINK = (rs, i) -> new Link(rs.getLong(1), rs.getBytes(2));

	private final JdbcTemplate jdbc;

	public LedgerChain(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The chain's last link: how many events it covers and the hash they reduce to. */
	record Link(long position, byte[] chainHash) {

		boolean sameAs(Link other) {
			return position == other.position && Arrays.equals(chainHash, other.chainHash);
		}

	}

	/**
	 * One event's place in the chain, and the global index of that event (none where a
	 * link migrated by V20 found no event).
	 */
	record Entry(long position, Long globalIndex, String eventIdentifier, String factId, byte[] eventHash,
			byte[] chainHash) {
	}

	/**
	 * Locks the head row until the transaction ends, and returns it. A transaction that
	 * holds the lock already asks nothing more: it is answered the head as it locked or
	 * last {@linkplain #moveHead moved} it, which no other transaction can change.
	 */
	Link lockHead() {
		Link held = (Link) TransactionSynchronizationManager.getResource(this);
		if (held != null) {
			return held;
		}
		Link head = jdbc.queryForObject("select position, chain_hash from ledger_chain_head where id = 1 for update",
				LINK);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.bindResource(this, head);
			TransactionSynchronizationManager.registerSynchronization(new HeadHeld());
		}
		return head;
	}

	/**
	 * Takes the head's lock for the rest of the transaction before a write starts, so
	 * that the write reads its recording time after every earlier write was chained and
	 * recording times never run backwards along the chain. Once per transaction: a batch
	 * sends each registration as a command of its own in the batch's transaction, and
	 * appends all its events when it commits.
	 */
	public void holdHead() {
		lockHead();
	}

	/** Keeps the head a transaction holds while it runs, and lets go when it ends. */
	private final class HeadHeld implements TransactionSynchronization {

		private Link suspended;

		@Override
		public void suspend() {
			suspended = (Link) TransactionSynchronizationManager.unbindResource(LedgerChain.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(LedgerChain.this, suspended);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(LedgerChain.this);
		}

	}

	Link head() {
		return jdbc.queryForObject("select position, chain_hash from ledger_chain_head where id = 1", LINK);
	}

	/** An event's link as it is about to be chained: its position, hashes and fact id. */
	record NewLink(long position, IndexedEvent indexed, String factId, byte[] eventHash, byte[] chainHash) {
	}

	/**
	 * The links of the events after {@code head}, each hashed onto the one before it; the
	 * events' own hashes and fact ids, which depend on nothing before them, are taken on
	 * every core.
	 */
	static List<NewLink> links(Link head, List<IndexedEvent> events) {
		List<Hashed> hashed = Cores.map(events,
				indexed -> new Hashed(indexed.event().hash(), indexed.event().factId()));
		List<NewLink> links = new ArrayList<>(events.size());
		long position = head.position();
		byte[] link = head.chainHash();
		for (int i = 0; i < events.size(); i++) {
			link = Hashes.link(link, hashed.get(i).eventHash());
			links.add(new NewLink(++position, events.get(i), hashed.get(i).factId(), hashed.get(i).eventHash(), link));
		}
		return links;
	}

	/** What an event's link takes from the event alone. */
	private record Hashed(byte[] eventHash, String factId) {
	}

	/**
	 * Chains the events after {@code head}, which the caller has locked; answers the new
	 * head.
	 */
	Link append(Link head, List<IndexedEvent> events) {
		List<NewLink> links = links(head, events);
		return links.isEmpty() ? head : append(links);
	}

	/**
	 * Writes links made by {@link #links} after the head the caller has locked, and moves
	 * the head to the last of them; answers the new head.
	 */
	Link append(List<NewLink> links) {
		List<Object[]> rows = new ArrayList<>(links.size());
		List<String> factIds = new ArrayList<>();
		for (NewLink link : links) {
			String factId = link.factId();
			if (factId != null) {
				factIds.add(factId);
			}
			rows.add(new Object[] { link.position(), link.indexed().globalIndex(),
					link.indexed().event().eventIdentifier(), factId, factId == null ? null : FactId.of(factId).key(),
					link.eventHash(), link.chainHash() });
		}
		try {
			jdbc.batchUpdate("insert into ledger_chain (position, global_index, event_identifier, fact_id, fact_key,"
					+ " event_hash, chain_hash) values (?, ?, ?, ?, ?, ?, ?)", rows, LINK_TYPES);
		}
		catch (DuplicateKeyException ex) {
			throw factIdTaken(factIds);
		}
		return moveHead(links.get(links.size() - 1));
	}

	/** Makes {@code last} the chain's head; answers it as the head. */
	Link moveHead(NewLink last) {
		jdbc.update("update ledger_chain_head set position = ?, chain_hash = ? where id = 1", last.position(),
				last.chainHash());
		Link head = new Link(last.position(), last.chainHash());
		if (TransactionSynchronizationManager.unbindResourceIfPossible(this) != null) {
			TransactionSynchronizationManager.bindResource(this, head);
		}
		return head;
	}

	/**
	 * The stored event at a chain position, with the hash and link recorded for it: the
	 * event its link names, at the global index the link gives.
	 */
	Optional<PublishedEvent> publishedEventAt(long position) {
		return jdbc.query("select " + ENTRY_COLUMNS + " from ledger_chain where position = ?", ENTRY, position)
			.stream()
			.findFirst()
			.flatMap(entry -> jdbc
				.query("select " + StoredEvent.COLUMNS
						+ " from domain_event_entry where global_index = ? and event_identifier = ?",
						(rs, i) -> PublishedEvent.of(entry, StoredEvent.read(rs)), entry.globalIndex(),
						entry.eventIdentifier())
				.stream()
				.findFirst());
	}

	/** Where the fact (the event that recorded it) stands in the chain. */
	Optional<Entry> entryOfFact(FactId factId) {
		return jdbc
			.query("select " + ENTRY_COLUMNS + " from ledger_chain where fact_key = ? and fact_id = ?", ENTRY,
					factId.key(), factId.value())
			.stream()
			.findFirst();
	}

	/**
	 * Why an append failed on the chain's unique fact keys: a concurrent write claimed an
	 * id after this one checked it. The message names the fact when there is only one.
	 */
	private static CommandRejectedException factIdTaken(List<String> factIds) {
		return factIds.size() == 1 ? FactId.of(factIds.get(0)).taken()
				: CommandRejectedException.conflict("a concurrent write took one of the " + factIds.size()
						+ " fact ids of this batch while it was written; nothing was recorded, submit it again");
	}

	byte[] chainHashAt(long position) {
		return position == 0 ? Hashes.GENESIS
				: jdbc.queryForObject("select chain_hash from ledger_chain where position = ?", byte[].class, position);
	}

	/**
	 * Recomputes the chain from the stored events, in the store's order, and stops at the
	 * first position where an event, its hash or its link does not match.
	 */
	public ChainCheck verify() {
		long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
		Link head = head();
		ChainCheck walked = walk(head.position(), (entry, event) -> {
		});
		if (!walked.intact()) {
			return walked;
		}
		if (!Arrays.equals(Hashes.bytes(walked.chainHash()), head.chainHash())) {
			return ChainCheck.broken(head.position(), "the chain's head does not match its last link");
		}
		if (stored > head.position()) {
			return ChainCheck.broken(head.position() + 1,
					String.format("%,d stored events are not in the chain", stored - head.position()));
		}
		return walked;
	}

	/**
	 * The event hashes of the first {@code size} positions, in order, each recomputed
	 * from the stored event and checked against the chain: a digest or proof is never
	 * built over a chain that no longer matches its events.
	 * @throws ChainBrokenException at the first position that does not match
	 */
	List<byte[]> verifiedEventHashes(long size) {
		List<byte[]> hashes = new ArrayList<>((int) Math.min(size, Integer.MAX_VALUE));
		eachVerifiedEvent(size, (entry, event) -> hashes.add(entry.eventHash()));
		return hashes;
	}

	/**
	 * Hands on each stored event of the first {@code size} positions with its chain
	 * entry, in order, each checked against the chain.
	 * @throws ChainBrokenException at the first position that does not match
	 */
	void eachVerifiedEvent(long size, BiConsumer<Entry, StoredEvent> each) {
		ChainCheck walked = walk(size, each);
		if (!walked.intact()) {
			throw new ChainBrokenException(walked);
		}
	}

	/**
	 * Walks the first {@code size} positions of the chain beside the stored events,
	 * handing each matching event on with its chain entry, up to the first position that
	 * does not match.
	 */
	private ChainCheck walk(long size, BiConsumer<Entry, StoredEvent> each) {
		long position = 0;
		long lastIndex = Long.MIN_VALUE;
		byte[] link = Hashes.GENESIS;
		while (position < size) {
			List<Entry> chain = jdbc.query("select " + ENTRY_COLUMNS + " from ledger_chain"
					+ " where position > ? and position <= ? order by position fetch first " + PAGE + " rows only",
					ENTRY, position, size);
			if (chain.isEmpty()) {
				return ChainCheck.broken(position + 1, "the chain has no entry at position " + (position + 1));
			}
			List<IndexedEvent> events = jdbc.query("select " + IndexedEvent.COLUMNS
					+ " from domain_event_entry where global_index > ? order by global_index fetch first "
					+ chain.size() + " rows only", (rs, i) -> IndexedEvent.read(rs), lastIndex);
			for (int i = 0; i < chain.size(); i++) {
				Entry expected = chain.get(i);
				position++;
				if (expected.position() != position) {
					return ChainCheck.broken(position, "the chain has no entry at position " + position);
				}
				if (i >= events.size()) {
					return ChainCheck.broken(position, "the chain expects " + expected(expected)
							+ " here, but the event store has no more events: events were removed");
				}
				StoredEvent event = events.get(i).event();
				lastIndex = events.get(i).globalIndex();
				if (!event.eventIdentifier().equals(expected.eventIdentifier())) {
					return ChainCheck.broken(position,
							"the chain expects " + expected(expected) + " here, the event store holds "
									+ event.describe() + ": an event was removed, inserted or moved");
				}
				byte[] eventHash = event.hash();
				if (!Arrays.equals(eventHash, expected.eventHash())) {
					return ChainCheck.broken(position,
							event.describe() + " does not match its recorded hash: it was changed after it was stored");
				}
				link = Hashes.link(link, eventHash);
				if (!Arrays.equals(link, expected.chainHash())) {
					return ChainCheck.broken(position, "the chain link of " + event.describe()
							+ " does not follow from the links before it: the chain was rewritten");
				}
				each.accept(expected, event);
			}
		}
		return ChainCheck.intact(position, Hashes.hex(link));
	}

	private static String expected(Entry entry) {
		return "event " + entry.eventIdentifier() + (entry.factId() == null ? "" : " (fact " + entry.factId() + ")");
	}

}
