package org.policyledger.read.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyledger.integrity.LedgerMigrations;

import org.springframework.jdbc.core.JdbcTemplate;

/** V23 on read models projected before it: each version given its fact's recording. */
class VersionRecordingMigrationTest {

	@TempDir
	Path dir;

	@Test
	void givesEveryVersionItsFactsRecording() {
		givesEveryVersionItsFactsRecording(LedgerMigrations.h2(dir), "h2");
	}

	@Test
	void givesEveryVersionItsFactsRecordingOnPostgresql() throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			givesEveryVersionItsFactsRecording(postgres.getPostgresDatabase(), "postgresql");
		}
	}

	/**
	 * A position recorded by an editor and later corrected, and a vote recorded by no one
	 * named: the correction's version keeps the position's recording.
	 */
	private static void givesEveryVersionItsFactsRecording(DataSource database, String vendor) {
		JdbcTemplate jdbc = LedgerMigrations.migratedTo("22", database, vendor);
		OffsetDateTime recorded = OffsetDateTime.parse("2025-02-11T09:00:00Z");
		OffsetDateTime corrected = recorded.plusDays(30);
		jdbc.batchUpdate(
				"insert into rm_fact (fact_id, actor_id, fact_type, target_fact_id, source_count, recorded_at,"
						+ " recorded_by) values (?, 'USA', ?, ?, 1, ?, ?)",
				List.of(new Object[] { "usa-paris", "PositionStated", null, recorded, "editor" },
						new Object[] { "usa-vote", "VoteCast", null, recorded.plusHours(1), null },
						new Object[] { "usa-paris-fix", "FactCorrected", "usa-paris", corrected, "admin" }));
		jdbc.batchUpdate("insert into rm_fact_version (fact_id, version, known_from, retracted, actor_id, fact_type,"
				+ " valid_start, valid_end, valid_precision, worded) values (?, ?, ?, false, 'USA', ?, DATE '2025-02-11',"
				+ " DATE '2025-02-11', 'DAY', false)",
				List.of(new Object[] { "usa-paris", 0, recorded, "PositionStated" },
						new Object[] { "usa-paris", 1, corrected, "PositionStated" },
						new Object[] { "usa-vote", 0, recorded.plusHours(1), "VoteCast" }));

		LedgerMigrations.migratedTo("latest", database, vendor);

		assertThat(jdbc.query(
				"select fact_id, version, recorded_at, recorded_by from rm_fact_version" + " order by fact_id, version",
				(rs, i) -> List.of(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
						String.valueOf(rs.getString(4)))))
			.containsExactly(List.of("usa-paris", 0, recorded.toInstant(), "editor"),
					List.of("usa-paris", 1, recorded.toInstant(), "editor"),
					List.of("usa-vote", 0, recorded.plusHours(1).toInstant(), "null"));
	}

}
