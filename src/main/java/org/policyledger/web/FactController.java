package org.policyledger.web;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policyledger.api.FactReceipt;
import org.policyledger.api.RecordFact;
import org.policyledger.api.Recorder;
import org.policyledger.ledger.Ledger;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Records facts, corrections and retractions. */
@RestController
@RequestMapping("/api/facts")
@Tag(name = "facts", description = "Governance facts, corrections and retractions")
class FactController {

	private final Ledger ledger;

	FactController(Ledger ledger) {
		this.ledger = ledger;
	}

	@PostMapping
	@Operation(summary = "Record a fact",
			description = "201 when recorded; 200 when a fact with the same factId and content was already recorded.")
	ResponseEntity<FactReceipt> record(Principal principal, @RequestBody RecordFact command) {
		FactReceipt receipt = ledger.record(command, Recorder.principal(principal.getName()));
		return ResponseEntity.status(receipt.alreadyRecorded() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
	}

}
