package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyledger.TestLedger;
import org.policyledger.api.ActorId;
import org.policyledger.api.Citation;
import org.policyledger.api.FactId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.Recorder;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.TopicId;
import org.policyledger.ledger.Ledger;
import org.policyledger.store.DatabaseCopy;
import org.policyledger.store.StoreChecks;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A seeded ledger backed up and restored into empty ones that share its signing key: the
 * restored ledger holds the same events, recording times and digest; a file that does not
 * check out loads nothing.
 */
class BackupAndRestoreIntegrationTest {

	private static final Path KEY = TestLedger.freshDataDir().resolve("digest-signing.key");

	/** The events the seed records: its registrations, archives and facts. */
	private static final long SEED_EVENTS = 75;

	private static ConfigurableApplicationContext seeded;

	private static byte[] backup;

	private static ConfigurableApplicationContext ledger(boolean seed) {
		return TestLedger.fresh().start("--ledger.seed.enabled=" + seed, "--ledger.integrity.signing-key=" + KEY);
	}

	@BeforeAll
	static void backUpASeededLedger() throws IOException {
		seeded = ledger(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		seeded.getBean(LedgerBackup.class).backup(out);
		backup = out.toByteArray();
	}

	@AfterAll
	static void stop() {
		seeded.close();
	}

	private static long events(ConfigurableApplicationContext ledger) {
		return ledger.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
	}

	@Test
	void restoresEveryEventWithItsRecordingTimeAndHashIntoAnEmptyLedger() throws IOException {
		try (ConfigurableApplicationContext restored = ledger(false)) {
			LedgerBackup.Outcome outcome = restored.getBean(LedgerBackup.class)
				.restore(new ByteArrayInputStream(backup), null);
			assertThat(outcome.events()).isEqualTo(events(seeded));
			Digest original = seeded.getBean(Integrity.class).digest();
			Digest now = restored.getBean(Integrity.class).digest();
			assertThat(now.rootHash()).isEqualTo(original.rootHash());
			assertThat(now.chainHash()).isEqualTo(original.chainHash());
			String lastFact = "select payload from domain_event_entry where global_index = (select max(global_index)"
					+ " from domain_event_entry)";
			assertThat(restored.getBean(JdbcTemplate.class).queryForObject(lastFact, byte[].class))
				.isEqualTo(seeded.getBean(JdbcTemplate.class).queryForObject(lastFact, byte[].class));
		}
	}

	@Test
	void copiesTheDatabaseWhileFactsAreWrittenIntoOneThatVerifiesUnderTheDigestOfWhatItHolds() throws Exception {
		try (ConfigurableApplicationContext running = ledger(true)) {
			Ledger ledger = running.getBean(Ledger.class);
			AtomicBoolean stop = new AtomicBoolean();
			AtomicInteger written = new AtomicInteger();
			CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
				while (!stop.get()) {
					int i = written.incrementAndGet();
					ledger.record(new StatePosition(FactId.of("copied-" + i), ActorId.of("USA"),
							TopicId.of("open-source-ai"), Stance.SUPPORTS, "Written during the copy", null, null, null,
							PartialDate.parse("2024"),
							List.of(new Citation(SourceId.of("csis-2025-10-07-un-global-dialogue"), "a passage"))),
							Recorder.principal("copy-writer"));
				}
			});
			await().atMost(Duration.ofSeconds(30)).until(() -> written.get() > 20);
			ByteArrayOutputStream zip = new ByteArrayOutputStream();
			running.getBean(DatabaseCopy.class).copyTo(zip);
			stop.set(true);
			writer.get();
			Path directory = TestLedger.freshDataDir();
			unzip(zip.toByteArray(), directory);
			try (ConfigurableApplicationContext restored = TestLedger.on(directory)
				.start("--ledger.seed.enabled=false", "--ledger.integrity.signing-key=" + KEY)) {
				Digest copy = restored.getBean(Integrity.class).digest();
				assertThat(copy.size()).isGreaterThan(SEED_EVENTS).isLessThan(events(running));
				assertThat(copy.rootHash()).isEqualTo(running.getBean(Integrity.class).digest(copy.size()).rootHash());
				StoreChecks.assertCaughtUpAndVerified(restored, Duration.ofSeconds(30));
			}
		}
	}

	private static void unzip(byte[] zip, Path directory) throws IOException {
		Files.createDirectories(directory);
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Files.copy(entries, directory.resolve(entry.getName()));
			}
		}
	}

	@Test
	void restoresUnderThePublishedPublicKeyReadAsPem() throws Exception {
		String pem = "-----BEGIN PUBLIC KEY-----\n" + seeded.getBean(DigestSigner.class).publicKey().publicKey()
				+ "\n-----END PUBLIC KEY-----\n";
		try (ConfigurableApplicationContext restored = ledger(false)) {
			assertThat(restored.getBean(LedgerBackup.class)
				.restore(new ByteArrayInputStream(backup), SigningKey.read(pem))
				.events()).isEqualTo(events(seeded));
		}
	}

	@Test
	void refusesAFileWithAnEditedEventAndLoadsNothing() {
		String text = new String(backup, StandardCharsets.UTF_8);
		int line = text.indexOf("PositionStated");
		int payload = text.indexOf("\"payload\":\"", line) + "\"payload\":\"".length();
		String original = text.substring(payload, text.indexOf('"', payload));
		String edited = Base64.getEncoder()
			.encodeToString(new String(Base64.getDecoder().decode(original), StandardCharsets.UTF_8)
				.replaceFirst("SUPPORTS|OPPOSES", "MIXED")
				.getBytes(StandardCharsets.UTF_8));
		byte[] tampered = text.replace(original, edited).getBytes(StandardCharsets.UTF_8);
		try (ConfigurableApplicationContext restored = ledger(false)) {
			assertThatThrownBy(
					() -> restored.getBean(LedgerBackup.class).restore(new ByteArrayInputStream(tampered), null))
				.hasMessageContaining("is not the event the file's chain holds at position");
			assertThat(events(restored)).isZero();
		}
	}

	@Test
	void refusesADigestSignedByAnotherKey() throws Exception {
		try (ConfigurableApplicationContext restored = ledger(false)) {
			assertThatThrownBy(() -> restored.getBean(LedgerBackup.class)
				.restore(new ByteArrayInputStream(backup),
						KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()))
				.hasMessageContaining("is not signed by the trusted key");
			assertThat(events(restored)).isZero();
		}
	}

	@Test
	void refusesAFileThatIsNotABackup() {
		byte[] export = "{\"format\": \"policy-ledger/1\"}\n".getBytes(StandardCharsets.UTF_8);
		try (ConfigurableApplicationContext restored = ledger(false)) {
			assertThatThrownBy(
					() -> restored.getBean(LedgerBackup.class).restore(new ByteArrayInputStream(export), null))
				.hasMessage("line 1: not a ledger backup (expected format policy-ledger-events/1)");
			assertThat(events(restored)).isZero();
		}
	}

	@Test
	void refusesToRestoreIntoALedgerThatHoldsEvents() {
		assertThatThrownBy(() -> seeded.getBean(LedgerBackup.class).restore(new ByteArrayInputStream(backup), null))
			.hasMessageContaining("restore loads into an empty ledger; this one holds");
	}

	@Test
	void refusesAFileCutBeforeItsDigest() {
		String text = new String(backup, StandardCharsets.UTF_8);
		byte[] cut = text.substring(0, text.lastIndexOf("{\"digest\"")).getBytes(StandardCharsets.UTF_8);
		try (ConfigurableApplicationContext restored = ledger(false)) {
			assertThatThrownBy(() -> restored.getBean(LedgerBackup.class).restore(new ByteArrayInputStream(cut), null))
				.hasMessageContaining("the file ends before its digest");
			assertThat(events(restored)).isZero();
		}
	}

}
