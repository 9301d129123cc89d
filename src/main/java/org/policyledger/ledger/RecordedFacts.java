package org.policyledger.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

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
		put(key.getLong(0), key.getLong(8), fact);
	}

	private void put(long high, long low, RecordedFact fact) {
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

	/**
	 * The facts as one deflated block, in the order they were recorded: the columns, with
	 * each event class and instrument id written once and referred to by its number.
	 */
	@JsonValue
	byte[] packed() {
		Map<Class<? extends FactEvent>, Integer> typeNumbers = new LinkedHashMap<>();
		Map<InstrumentId, Integer> instrumentNumbers = new LinkedHashMap<>();
		for (int number = 0; number < size; number++) {
			typeNumbers.putIfAbsent(types[number], typeNumbers.size());
			if (instruments[number] != null) {
				instrumentNumbers.putIfAbsent(instruments[number], instrumentNumbers.size());
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
			out.writeInt(size);
			out.writeInt(typeNumbers.size());
			for (Class<? extends FactEvent> type : typeNumbers.keySet()) {
				out.writeUTF(type.getName());
			}
			out.writeInt(instrumentNumbers.size());
			for (InstrumentId instrument : instrumentNumbers.keySet()) {
				out.writeUTF(instrument.value());
			}
			for (int number = 0; number < size; number++) {
				out.writeLong(idHigh[number]);
				out.writeLong(idLow[number]);
				out.writeInt(typeNumbers.get(types[number]));
				out.writeLong(recordedSeconds[number]);
				out.writeInt(recordedNanos[number]);
				out.writeInt(instruments[number] == null ? NONE : instrumentNumbers.get(instruments[number]));
				out.writeBoolean(adoptedByVote[number]);
				out.writeLong(digestHigh[number]);
				out.writeLong(digestLow[number]);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The facts of a {@link #packed()} block; refuses a block that is cut short, names a
	 * class that is no fact event, refers to a class or instrument it does not list, or
	 * holds an id twice.
	 */
	@JsonCreator
	static RecordedFacts unpacked(byte[] packed) {
		RecordedFacts facts = new RecordedFacts();
		try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(packed)))) {
			int size = in.readInt();
			List<Class<? extends FactEvent>> types = new ArrayList<>();
			for (int count = in.readInt(); types.size() < count;) {
				types.add(factEventClass(in.readUTF()));
			}
			List<InstrumentId> instruments = new ArrayList<>();
			for (int count = in.readInt(); instruments.size() < count;) {
				instruments.add(RecordedFact.shared(InstrumentId.of(in.readUTF())));
			}
			for (int number = 0; number < size; number++) {
				long high = in.readLong();
				long low = in.readLong();
				Class<? extends FactEvent> type = types.get(in.readInt());
				Instant recordedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
				int instrument = in.readInt();
				RecordedFact fact = new RecordedFact(type, recordedAt,
						instrument == NONE ? null : instruments.get(instrument), in.readBoolean(), in.readLong(),
						in.readLong());
				if (facts.find(high, low) != NONE) {
					throw new IllegalArgumentException("packed facts hold one id twice");
				}
				facts.put(high, low, fact);
			}
			if (in.read() != -1) {
				throw new IllegalArgumentException("packed facts go on after their last fact");
			}
		}
		catch (IOException | IndexOutOfBoundsException | ClassNotFoundException | ClassCastException
				| DateTimeException ex) {
			throw new IllegalArgumentException("not packed facts: " + ex, ex);
		}
		return facts;
	}

	private static Class<? extends FactEvent> factEventClass(String name) throws ClassNotFoundException {
		return Class.forName(name, false, FactEvent.class.getClassLoader()).asSubclass(FactEvent.class);
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
