package org.policyledger;

import org.policyledger.cli.LedgerCli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * Entry point: the ledger service, or the command line when the first argument is one of
 * its commands. Users come from tokens (see the web package), not from Spring Boot's
 * generated user, and Axon's update checker never phones home.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class PolicyLedgerApplication {

	public static void main(String[] args) {
		System.setProperty("axoniq.update-checker.disabled", "true");
		System.setProperty("disable-axoniq-console-message", "true");
		if (LedgerCli.handles(args)) {
			System.exit(LedgerCli.run(args));
		}
		SpringApplication.run(PolicyLedgerApplication.class, LedgerCli.serviceArguments(args));
	}

}
