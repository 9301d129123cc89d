package org.policyledger.cli;

import java.time.Instant;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.policyledger.read.ReadModelMaintenance;
import org.policyledger.read.TimeParameters;
import picocli.CommandLine.Option;

/**
 * What the query commands share: the as-of and known-at options, JSON output, and a read
 * model caught up before asking.
 */
class Queries {

	@Option(names = "--known-at", paramLabel = "INSTANT",
			description = "As the ledger knew it then: an ISO instant (2025-01-01T00:00:00Z) or a day (2025-01-01,"
					+ " meaning its start in UTC). Default: now.")
	String knownAt;

	@Option(names = "--json", description = "Print the answer as JSON.")
	boolean json;

	@Option(names = { "-q", "--quiet" }, description = "No progress display while the read model catches up.")
	boolean quiet;

	<R> R ask(LedgerCli cli, Object query, Class<R> answer) {
		return ask(cli, query, ResponseTypes.instanceOf(answer));
	}

	<R> R ask(LedgerCli cli, Object query, ResponseType<R> answer) {
		ReadModelMaintenance readModel = cli.ledger(ReadModelMaintenance.class, true);

		CatchUp.await(readModel, ConsoleProgress.onConsole("read model caught up with", quiet));
		return cli.ledger(QueryGateway.class, true).query(query, answer).join();
	}

	Instant knownAt(LedgerCli cli) {
		return cli.ledger(TimeParameters.class, true).knownAt(knownAt);
	}

}
