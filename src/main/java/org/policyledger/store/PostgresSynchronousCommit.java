package org.policyledger.store;

import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's {@code synchronous_commit} for every connection of the ledger's pool,
 * where {@value #PROPERTY} sets it (the import sets it off: {@link BulkWrites});
 * otherwise each connection keeps the server's setting.
 */
@Component
class PostgresSynchronousCommit implements BeanPostProcessor {

	static final String PROPERTY = "ledger.postgresql.synchronous-commit";

	private static final Set<String> SETTINGS = Set.of("on", "off", "local", "remote_write", "remote_apply");

	private final String setting;

	PostgresSynchronousCommit(@Value("${" + PROPERTY + "}") String setting) {
		if (!setting.isEmpty() && !SETTINGS.contains(setting)) {
			throw new IllegalArgumentException(
					PROPERTY + " is one of " + String.join(", ", SETTINGS.stream().sorted().toList())
							+ ", or empty for the server's setting: " + setting);
		}
		this.setting = setting;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (!setting.isEmpty() && bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			String set = "set synchronous_commit = " + setting;
			String before = pool.getConnectionInitSql();
			pool.setConnectionInitSql(before == null || before.isBlank() ? set : before + "; " + set);
		}
		return bean;
	}

}
