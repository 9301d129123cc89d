package org.policyledger.web;

import java.security.Principal;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policyledger.api.FactReceipt;
import org.policyledger.api.RecordFact;
import org.policyledger.api.Recorder;
import org.policyledger.ledger.Ledger;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

	/** The most facts one batch request records. */
	static final int BATCH_LIMIT = 1_000;

	/** An Idempotency-Key: 1 to 255 visible ASCII characters. */
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

	@PostMapping
	@Operation(summary = "Record a fact",
			description = "201 when recorded; 200 when a fact with the same factId and content was already recorded."
					+ " A fact sent without a factId but with an Idempotency-Key header gets an id derived from the"
					+ " sender and the key: a retry with the same key and content is answered 200 with that id,"
					+ " with other content 409.")
	ResponseEntity<FactReceipt> record(Principal principal, @RequestBody RecordFact command,
			@Parameter(
					description = "1 to 255 visible ASCII characters, unique per fact for its sender") @RequestHeader(
							name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
			throw new IllegalArgumentException("Idempotency-Key must be 1 to 255 visible ASCII characters");
		}
		FactReceipt receipt = ledger.record(command, Recorder.principal(principal.getName()), idempotencyKey);
		return ResponseEntity.status(receipt.alreadyRecorded() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
	}

	@PostMapping("/batch")
	@Operation(summary = "Record several facts, all or nothing",
			description = "An array of 1 to " + BATCH_LIMIT + " facts, each as POST /api/facts takes it, recorded in"
					+ " one transaction: a receipt per fact, in order (201 if any was recorded, 200 if all were"
					+ " recorded already). If any fact is refused, none is recorded and the problem's errors name"
					+ " every refusal by the fact's index, counted from 0: 400 for malformed fields, 422 for what"
					+ " the ledger refuses (an unknown actor, a second vote).")
	ResponseEntity<List<FactReceipt>> recordAll(Principal principal, @RequestBody List<RecordFact> facts) {
		if (facts.isEmpty() || facts.size() > BATCH_LIMIT) {
			throw new IllegalArgumentException("a batch holds 1 to " + BATCH_LIMIT + " facts, not " + facts.size());
		}
		int missing = facts.indexOf(null);
		if (missing >= 0) {
			throw new IllegalArgumentException("fact " + missing + " of the batch is null");
		}
		List<FactReceipt> receipts = ledger.recordAll(facts, Recorder.principal(principal.getName()));
		boolean recorded = receipts.stream().anyMatch(receipt -> !receipt.alreadyRecorded());
		return ResponseEntity.status(recorded ? HttpStatus.CREATED : HttpStatus.OK).body(receipts);
	}

}
