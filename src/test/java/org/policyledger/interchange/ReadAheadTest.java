package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.policyledger.api.ActorId;
import org.policyledger.api.FactId;
import org.policyledger.api.RegisterTopic;
import org.policyledger.api.RetractFact;
import org.policyledger.api.TopicId;
import org.policyledger.ledger.BatchEntry;
import org.policyledger.ledger.Rejection;

@Timeout(10)
class ReadAheadTest {

	private static final ReadAhead.Check<Long> LINES = (entries,
			digest) -> entries.stream().map(BatchEntry::line).toList();

	private final AtomicBoolean closed = new AtomicBoolean();

	private int read;

	private static BatchEntry topic(long line) {
		return new BatchEntry("f", line, new RegisterTopic(TopicId.of("t" + line), "Topic", "A topic"), null);
	}

	private static BatchEntry fact(long line) {
		return new BatchEntry("f", line,
				new RetractFact(FactId.of("r" + line), ActorId.of("USA"), FactId.of("x"), "why", List.of()), null);
	}

	private static Rejection unreadable(long line) {
		return new Rejection("f", line, null, "unreadable");
	}

	/**
	 * A file of entries, unreadable lines (rejections) and read failures (exceptions).
	 */
	private Importer.Input file(Object... items) {
		return () -> new EntryReader() {

			private final Iterator<Object> rest = List.of(items).iterator();

			@Override
			public BatchEntry next() throws IOException {
				if (!rest.hasNext()) {
					return null;
				}
				Object item = rest.next();
				read++;
				if (item instanceof Rejection rejection) {
					throw new UnreadableEntryException(rejection);
				}
				if (item instanceof IOException failure) {
					throw failure;
				}
				return (BatchEntry) item;
			}

			@Override
			public double fractionRead() {
				return -1;
			}

			/** The number of items read so far, for a digest. */
			@Override
			public byte[] digestSoFar() {
				return new byte[] { (byte) read };
			}

			@Override
			public void close() {
				closed.set(true);
			}
		};
	}

	private static List<ReadAhead.Batch<Long>> all(ReadAhead<Long> batches) throws IOException {
		List<ReadAhead.Batch<Long>> all = new ArrayList<>();
		ReadAhead.Batch<Long> batch;
		while ((batch = batches.next()) != null) {
			all.add(batch);
		}
		return all;
	}

	@Test
	void cutsBatchesAtTheirSizeAndWhereTheKindOfEntryChanges() throws IOException {
		try (ReadAhead<Long> batches = new ReadAhead<>(file(topic(1), topic(2), topic(3), fact(4), fact(5)), LINES,
				2)) {
			assertThat(all(batches)).extracting(ReadAhead.Batch::entries)
				.containsExactly(List.of(1L, 2L), List.of(3L), List.of(4L, 5L));
		}
		assertThat(closed).isTrue();
	}

	@Test
	void givesEachBatchTheDigestOfTheInputReadWhenItWasCut() throws IOException {
		try (ReadAhead<Long> batches = new ReadAhead<>(file(fact(1), fact(2), fact(3), fact(4), fact(5)), LINES, 2)) {
			assertThat(all(batches)).extracting(ReadAhead.Batch::digest)
				.containsExactly(new byte[] { 3 }, new byte[] { 5 }, new byte[] { 5 });
		}
	}

	@Test
	void keepsUnreadableEntriesWithTheBatchTheyWereMetInAndAfterTheLast() throws IOException {
		try (ReadAhead<Long> batches = new ReadAhead<>(
				file(unreadable(1), fact(2), unreadable(3), fact(4), unreadable(5), fact(6), unreadable(7)), LINES,
				2)) {
			List<ReadAhead.Batch<Long>> all = all(batches);
			assertThat(all).extracting(ReadAhead.Batch::entries)
				.containsExactly(List.of(2L, 4L), List.of(6L), List.of());
			assertThat(all).extracting(ReadAhead.Batch::unreadable)
				.containsExactly(List.of(unreadable(1), unreadable(3)), List.of(unreadable(5)), List.of(unreadable(7)));
		}
	}

	@Test
	void passesOnWhatStoppedTheReadingAfterTheWholeBatchesBeforeIt() throws IOException {
		try (ReadAhead<Long> batches = new ReadAhead<>(file(fact(1), fact(2), new IOException("disk gone")), LINES,
				1)) {
			assertThat(batches.next().entries()).containsExactly(1L);
			assertThatThrownBy(batches::next).isInstanceOf(IOException.class).hasMessage("disk gone");
		}
		assertThat(closed).isTrue();
	}

	@Test
	void closesTheFileWhenTheWriterStopsEarly() throws IOException {
		List<Object> many = new ArrayList<>();
		for (long line = 1; line <= 1_000; line++) {
			many.add(fact(line));
		}
		try (ReadAhead<Long> batches = new ReadAhead<>(file(many.toArray()), LINES, 1)) {
			assertThat(batches.next().entries()).containsExactly(1L);
		}
		assertThat(closed).isTrue();
	}

}
