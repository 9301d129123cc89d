package org.policyledger.cli;

import java.util.concurrent.Callable;

import org.policyledger.access.Role;
import org.policyledger.access.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "token", mixinStandardHelpOptions = true,
		description = "Makes a new random API token and prints it with the properties that grant it a role;"
				+ " only the token's SHA-256 goes into the configuration.")
class TokenCommand implements Callable<Integer> {

	@Option(names = "--name", required = true, paramLabel = "NAME",
			description = "The principal, recorded with every fact written with this token.")
	String name;

	@Option(names = "--role", required = true, paramLabel = "ROLE", description = "READER, EDITOR or ADMIN.")
	Role role;

	@Option(names = "--index", defaultValue = "0", paramLabel = "N",
			description = "Its place in the ledger.security.tokens list. Default: 0.")
	int index;

	@Override
	public Integer call() {
		String token = Tokens.newToken();
		System.out.println("token (give it to " + name + "; it is not stored anywhere): " + token);
		System.out.printf("ledger.security.tokens[%d].name=%s%n", index, name);
		System.out.printf("ledger.security.tokens[%d].role=%s%n", index, role);
		System.out.printf("ledger.security.tokens[%d].sha256=%s%n", index, Tokens.sha256Hex(token));
		return 0;
	}

}
