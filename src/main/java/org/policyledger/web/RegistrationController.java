package org.policyledger.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policyledger.api.RegisterActor;
import org.policyledger.api.RegisterInstrument;
import org.policyledger.api.RegisterSource;
import org.policyledger.api.RegisterTopic;
import org.policyledger.api.Registration;
import org.policyledger.ledger.Ledger;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registers actors, topics, instruments and sources. */
@RestController
@RequestMapping("/api")
@Tag(name = "registrations", description = "What facts can refer to")
class RegistrationController {

	private final Ledger ledger;

	RegistrationController(Ledger ledger) {
		this.ledger = ledger;
	}

	@PostMapping("/actors")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an actor (a state, bloc, group, organisation or company)")
	Map<String, String> registerActor(@RequestBody RegisterActor command) {
		return register(command);
	}

	@PostMapping("/topics")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a topic")
	Map<String, String> registerTopic(@RequestBody RegisterTopic command) {
		return register(command);
	}

	@PostMapping("/instruments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an instrument (declaration, treaty, resolution, initiative, ...)")
	Map<String, String> registerInstrument(@RequestBody RegisterInstrument command) {
		return register(command);
	}

	@PostMapping("/sources")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a source document")
	Map<String, String> registerSource(@RequestBody RegisterSource command) {
		return register(command);
	}

	private Map<String, String> register(Registration command) {
		ledger.register(command);
		return Map.of("id", command.id().value());
	}

}
