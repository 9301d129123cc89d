package org.policyledger.web;

import java.security.Principal;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policyledger.api.Recorder;
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
	Map<String, String> registerActor(Principal principal, @RequestBody RegisterActor command) {
		return register(command, principal);
	}

	@PostMapping("/topics")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a topic")
	Map<String, String> registerTopic(Principal principal, @RequestBody RegisterTopic command) {
		return register(command, principal);
	}

	@PostMapping("/instruments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an instrument (declaration, treaty, resolution, initiative, ...)")
	Map<String, String> registerInstrument(Principal principal, @RequestBody RegisterInstrument command) {
		return register(command, principal);
	}

	@PostMapping("/sources")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a source document")
	Map<String, String> registerSource(Principal principal, @RequestBody RegisterSource command) {
		return register(command, principal);
	}

	private Map<String, String> register(Registration command, Principal principal) {
		ledger.register(command, Recorder.principal(principal.getName()));
		return Map.of("id", command.id().value());
	}

}
