package org.policyledger.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import org.policyledger.api.FactEvent;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.integrity.Hashes;

/**
 * An actor's recorded facts by id, packed in columns: about 107 bytes per fact (measured)
 * instead of about 255 for a map of {@link RecordedFact}s keyed by {@link FactId}, so
 * that actors with thousands of facts each (a UN member has about 4,500 votes) stay
 * cached in a small heap. A fact id is kept as the first 128 bits of its SHA-256; two ids
 * of one actor sharing them is as unlikely as two facts sharing a content digest, which
 * the ledger relies on already.
 */
final class RecordedFacts {

	private static final int NONE = -1;

	private int size;

	/** Open addressing, linear probing: the fact number in each slot, or NONE. */
	private int[] slots = emptySlots(16);

	private long[] idHigh = new long[8];

	private long[] idLow = new long[8];

	@SuppressWarnings("unchecked")
	private Class<? extends FactEvent>[] types = new Class[8];

	private long[] recordedSeconds = new long[8];

	private int[] recordedNanos = new int[8];

	private InstrumentId[] instruments = new InstrumentId[8];

	private boolean[] adoptedByVote = new boolean[8];

	private long[] digestHigh = new long[8];

	private long[] digestLow = new long[8];

	/** The fact recorded under this id, or null. */
	RecordedFact get(FactId id) {
		ByteBuffer key = key(id);
		int number = find(key.getLong(0), key.getLong(8));
		if (number == NONE) {
			return null;
		}
		return new RecordedFact(types[number], Instant.ofEpochSecond(recordedSeconds[number], recordedNanos[number]),
				instruments[number], adoptedByVote[number], digestHigh[number], digestLow[number]);
	}

	/** Records a fact under its id, in place of the one recorded under it before. */
	void put(FactId id, RecordedFact fact) {
		ByteBuffer key = key(id);
		long high = key.getLong(0);
		long low = key.getLong(8);
		int number = find(high, low);
		boolean added = number == NONE;
		if (added) {
			if (size == idHigh.length) {
				grow();
			}
			number = size++;
			idHigh[number] = high;
			idLow[number] = low;
		}
		types[number] = fact.type();
		recordedSeconds[number] = fact.recordedAt().getEpochSecond();
		recordedNanos[number] = fact.recordedAt().getNano();
		instruments[number] = fact.instrumentId();
		adoptedByVote[number] = fact.adoptedByVote();
		digestHigh[number] = fact.digestHigh();
		digestLow[number] = fact.digestLow();
		if (!added) {
			return;
		}
		if (size * 2 > slots.length) {
			rehash(slots.length * 2);
		}
		else {
			place(number);
		}
	}

	private static ByteBuffer key(FactId id) {
		return ByteBuffer.wrap(Hashes.sha256(id.value().getBytes(StandardCharsets.UTF_8)));
	}

	private int find(long high, long low) {
		for (int slot = slotOf(high, low);; slot = (slot + 1) & (slots.length - 1)) {
			int number = slots[slot];
			if (number == NONE || (idHigh[number] == high && idLow[number] == low)) {
				return number;
			}
		}
	}

	private void place(int number) {
		int slot = slotOf(idHigh[number], idLow[number]);
		while (slots[slot] != NONE) {
			slot = (slot + 1) & (slots.length - 1);
		}
		slots[slot] = number;
	}

	private int slotOf(long high, long low) {
		return (int) (high ^ low) & (slots.length - 1);
	}

	private void rehash(int capacity) {
		slots = emptySlots(capacity);
		for (int number = 0; number < size; number++) {
			place(number);
		}
	}

	private void grow() {
		int capacity = idHigh.length + (idHigh.length >> 1);
		idHigh = Arrays.copyOf(idHigh, capacity);
		idLow = Arrays.copyOf(idLow, capacity);
		types = Arrays.copyOf(types, capacity);
		recordedSeconds = Arrays.copyOf(recordedSeconds, capacity);
		recordedNanos = Arrays.copyOf(recordedNanos, capacity);
		instruments = Arrays.copyOf(instruments, capacity);
		adoptedByVote = Arrays.copyOf(adoptedByVote, capacity);
		digestHigh = Arrays.copyOf(digestHigh, capacity);
		digestLow = Arrays.copyOf(digestLow, capacity);
	}

	private static int[] emptySlots(int capacity) {
		int[] slots = new int[capacity];
		Arrays.fill(slots, NONE);
		return slots;
	}

	/** The same facts in the same order (the aggregate test fixture compares states). */
	@Override
	public boolean equals(Object other) {
		return other instanceof RecordedFacts that && size == that.size
				&& Arrays.equals(idHigh, 0, size, that.idHigh, 0, size)
				&& Arrays.equals(idLow, 0, size, that.idLow, 0, size)
				&& Arrays.equals(types, 0, size, that.types, 0, size)
				&& Arrays.equals(recordedSeconds, 0, size, that.recordedSeconds, 0, size)
				&& Arrays.equals(recordedNanos, 0, size, that.recordedNanos, 0, size)
				&& Arrays.equals(instruments, 0, size, that.instruments, 0, size)
				&& Arrays.equals(adoptedByVote, 0, size, that.adoptedByVote, 0, size)
				&& Arrays.equals(digestHigh, 0, size, that.digestHigh, 0, size)
				&& Arrays.equals(digestLow, 0, size, that.digestLow, 0, size);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(size == 0 ? 0 : idHigh[size - 1]) * 31 + size;
	}

}
