package org.policyledger.store;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Drops pooled connections to an H2 database that closed itself. H2 closes an embedded
 * database when a write fails (a full disk, say) and answers every later statement on its
 * connections with error 90098; Hikari does not know that code and would hand the dead
 * connections out for good. Evicted, they are replaced by new ones, which reopen the
 * database from its last commit once it can be written again: the service recovers
 * without a restart. Set as
 * {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class ClosedDatabaseEviction implements SQLExceptionOverride {

	/** H2's {@code ErrorCode.DATABASE_IS_CLOSED}. */
	static final int DATABASE_IS_CLOSED = 90098;

	@java.lang.Override
	public Override adjudicate(SQLException ex) {
		return ex.getErrorCode() == DATABASE_IS_CLOSED ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
	}

}
