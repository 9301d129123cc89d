package org.policyledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresSynchronousCommitTest {

	@Test
	void setsEachPostgresConnectionsSynchronousCommit() {
		HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/ledger");
		new PostgresSynchronousCommit("off").postProcessAfterInitialization(pool, "dataSource");
		assertThat(pool.getConnectionInitSql()).isEqualTo("set synchronous_commit = off");
	}

	@Test
	void keepsTheStatementAConnectionWasStartedWithBefore() {
		HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/ledger");
		pool.setConnectionInitSql("set search_path = ledger");
		new PostgresSynchronousCommit("off").postProcessAfterInitialization(pool, "dataSource");
		assertThat(pool.getConnectionInitSql()).isEqualTo("set search_path = ledger; set synchronous_commit = off");
	}

	@Test
	void leavesTheServersSettingWhereNoneIsGiven() {
		HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/ledger");
		new PostgresSynchronousCommit("").postProcessAfterInitialization(pool, "dataSource");
		assertThat(pool.getConnectionInitSql()).isNull();
	}

	@Test
	void leavesH2Alone() {
		HikariDataSource pool = pool("jdbc:h2:mem:ledger");
		new PostgresSynchronousCommit("off").postProcessAfterInitialization(pool, "dataSource");
		assertThat(pool.getConnectionInitSql()).isNull();
	}

	@Test
	void rejectsASettingPostgresDoesNotHave() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PostgresSynchronousCommit("sometimes"))
			.withMessage("ledger.postgresql.synchronous-commit is one of local, off, on, remote_apply, remote_write,"
					+ " or empty for the server's setting: sometimes");
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		return pool;
	}

}
