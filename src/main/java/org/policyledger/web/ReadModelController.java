package org.policyledger.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policyledger.read.DeadLetters;
import org.policyledger.read.InvalidParameterException;
import org.policyledger.read.ReadModelMaintenance;
import org.policyledger.read.ReadModelStatus;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read models' state for everyone (are answers behind or incomplete?), and their
 * maintenance for admins: rebuild, dead letters listed and retried.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "read model", description = "How far the answers are, and their maintenance")
class ReadModelController {

	private static final int MAX_LISTED = 1000;

	private final ReadModelMaintenance maintenance;

	ReadModelController(ReadModelMaintenance maintenance) {
		this.maintenance = maintenance;
	}

	@GetMapping("/status")
	@Operation(summary = "How far the read models are: position, head, events behind, dead letters;"
			+ " answers are complete when caughtUp is true and deadLetters is 0")
	ReadModelStatus status() {
		return maintenance.status();
	}

	@PostMapping("/admin/rebuild")
	@Operation(summary = "Rebuild every read model from the event store (runs in the background)")
	ResponseEntity<Map<String, String>> rebuild() {
		maintenance.rebuild();
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(Map.of("status", "rebuilding; GET /api/status shows when it has caught up"));
	}

	@GetMapping("/admin/dead-letters")
	@Operation(summary = "Events no projection could process, with why, stream by stream in the order parked")
	DeadLetters deadLetters(
			@Parameter(description = "At most this many letters (1 to " + MAX_LISTED + ")") @RequestParam(
					defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LISTED) {
			throw new InvalidParameterException("limit", String.valueOf(limit),
					"expected a number from 1 to " + MAX_LISTED);
		}
		return maintenance.deadLetters(limit);
	}

	@PostMapping("/admin/dead-letters/retry")
	@Operation(summary = "Run every parked stream through the projections again; answers how many letters are left")
	Map<String, Long> retryDeadLetters() {
		return Map.of("remaining", maintenance.retryDeadLetters());
	}

}
