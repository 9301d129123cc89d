package org.policyledger.web;

import java.io.IOException;
import java.io.OutputStream;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policyledger.api.FactId;
import org.policyledger.integrity.ConsistencyProof;
import org.policyledger.integrity.Digest;
import org.policyledger.integrity.DigestSigner;
import org.policyledger.integrity.InclusionProof;
import org.policyledger.integrity.LedgerBackup;
import org.policyledger.integrity.PublishedEvent;
import org.policyledger.integrity.SigningKey;
import org.policyledger.integrity.Integrity;
import org.policyledger.store.DatabaseCopy;
import org.policyledger.store.StoreVerifier;
import org.policyledger.store.Verification;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Digests to publish, proofs that a fact is in the ledger and that a digest extends an
 * earlier one, the full verification, and backups.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "integrity", description = "Tamper evidence: digests, inclusion proofs, verification")
class IntegrityController {

	private static final String ZIP = "application/zip";

	private final Integrity integrity;

	private final StoreVerifier verifier;

	private final DigestSigner signer;

	private final LedgerBackup backup;

	private final DatabaseCopy databaseCopy;

	IntegrityController(Integrity integrity, StoreVerifier verifier, DigestSigner signer, LedgerBackup backup,
			DatabaseCopy databaseCopy) {
		this.integrity = integrity;
		this.verifier = verifier;
		this.signer = signer;
		this.backup = backup;
		this.databaseCopy = databaseCopy;
	}

	@GetMapping("/integrity/digest")
	@Operation(summary = "The digest of the ledger (or of its first `size` events): publish it to fix the history")
	Digest digest(@RequestParam(required = false) Long size) {
		return size == null ? integrity.digest() : integrity.digest(size);
	}

	@GetMapping("/integrity/proofs/{factId}")
	@Operation(summary = "Proof that a fact is among the events of a digest (the current one unless `treeSize`)")
	InclusionProof proof(@PathVariable String factId, @RequestParam(required = false) Long treeSize) {
		return integrity.prove(FactId.of(factId), treeSize);
	}

	@GetMapping("/integrity/events/{position}")
	@Operation(summary = "The stored event at a chain position (an inclusion proof's leafIndex + 1), to recompute"
			+ " its hash")
	PublishedEvent event(@PathVariable long position) {
		return integrity.event(position);
	}

	@GetMapping("/integrity/public-key")
	@Operation(summary = "The Ed25519 public key that signs digests, to check a digest's signature with")
	SigningKey publicKey() {
		return signer.publicKey();
	}

	@GetMapping("/integrity/consistency")
	@Operation(summary = "Proof that the digest of the first `first` events is a prefix of the digest of `second`"
			+ " (the current one unless given): the history it covered is unchanged")
	ConsistencyProof consistency(@RequestParam long first, @RequestParam(required = false) Long second) {
		return integrity.proveConsistency(first, second);
	}

	@GetMapping(path = "/admin/backup", produces = ReplayController.NDJSON)
	@Operation(summary = "Every stored event as stored and their signed digest, while the service runs (admin)",
			description = "The file the backup command writes, streamed: events appended meanwhile are left for the"
					+ " next backup. The restore command loads it into an empty ledger on H2 or PostgreSQL.")
	void backup(HttpServletRequest request, HttpServletResponse response) throws IOException {
		backup.backup(attachment(request, response, ReplayController.NDJSON, "ledger.events.ndjson"));
	}

	@GetMapping(path = "/admin/backup/database", produces = ZIP)
	@Operation(summary = "A copy of the whole H2 database, taken while the service runs (admin)",
			description = "H2's BACKUP TO: a zip that, unzipped into an empty data directory, is the ledger as it"
					+ " stood, read models included. On PostgreSQL, 409: use pg_dump (docs/deployment.md).")
	void databaseCopy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!databaseCopy.supported()) {
			throw new ErrorResponseException(HttpStatus.CONFLICT,
					ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
							"this ledger is stored in PostgreSQL: copy the database with pg_dump (docs/deployment.md)"),
					null);
		}
		databaseCopy.copyTo(attachment(request, response, ZIP, "ledger.database.zip"));
	}

	/**
	 * The response's body, as a file to save, streamed as written (not buffered for an
	 * ETag).
	 */
	private static OutputStream attachment(HttpServletRequest request, HttpServletResponse response, String type,
			String fileName) throws IOException {
		ShallowEtagHeaderFilter.disableContentCaching(request);
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		return response.getOutputStream();
	}

	@GetMapping("/admin/verify")
	@Operation(summary = "Recomputes the hash chain and checks the store, as the verify command does (admin)")
	Verification verify() {
		return verifier.verify();
	}

}
