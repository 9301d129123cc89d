package org.policyledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * Entry point: the ledger service. Users come from tokens (see the web package), not from
 * Spring Boot's generated user, and Axon's update checker never phones home.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class PolicyLedgerApplication {

	public static void main(String[] args) {
		System.setProperty("axoniq.update-checker.disabled", "true");
		System.setProperty("disable-axoniq-console-message", "true");
		SpringApplication.run(PolicyLedgerApplication.class, args);
	}

}
