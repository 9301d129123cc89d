package org.policyledger.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policyledger.api.ArchiveReceipt;
import org.policyledger.api.Recorder;
import org.policyledger.api.SourceId;
import org.policyledger.interchange.Documents;
import org.policyledger.ledger.Ledger;
import org.policyledger.read.TimeParameters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Archives a source's document as text: the body is the document, its Content-Type the
 * media type (text/plain, text/html, application/xhtml+xml or application/pdf, with a
 * charset for text). Answers 201 with the new version, or 200 when the text is the latest
 * version's already.
 */
@RestController
@RequestMapping("/api/sources/{sourceId}/archives")
@Tag(name = "registrations", description = "Register actors, topics, instruments and sources")
class ArchiveController {

	/** The path documents are sent to, for filters that must leave their bodies alone. */
	static final Pattern PATH = Pattern.compile("/api/sources/[^/]+/archives");

	private final Ledger ledger;

	private final TimeParameters time;

	private final long maxBytes;

	ArchiveController(Ledger ledger, TimeParameters time, @Value("${ledger.web.max-archive-size}") DataSize maxSize) {
		this.ledger = ledger;
		this.time = time;
		this.maxBytes = maxSize.toBytes();
	}

	@PostMapping
	@Operation(summary = "Archive the text of a source's document as its next version",
			description = "The body is the document; its Content-Type one of text/plain, text/html,"
					+ " application/xhtml+xml, application/pdf (text in UTF-8 unless a charset is given).")
	ResponseEntity<ArchiveReceipt> archive(Principal principal, HttpServletRequest request,
			@PathVariable String sourceId,
			@Parameter(description = "The URL the document was retrieved from") @RequestParam(
					required = false) String url,
			@Parameter(description = "When it was retrieved: an instant or a day") @RequestParam(
					required = false) String retrievedAt)
			throws IOException {
		byte[] content = Documents.read(request.getInputStream(), request.getContentLengthLong(), maxBytes);
		ArchiveReceipt receipt = ledger.archive(Documents.archive(SourceId.of(sourceId), content,
				request.getContentType(), url, time.instant("retrievedAt", retrievedAt, null)),
				Recorder.principal(principal.getName()));
		URI version = URI.create("/api/sources/" + sourceId + "/archives/" + receipt.version());
		return receipt.alreadyArchived() ? ResponseEntity.ok().location(version).body(receipt)
				: ResponseEntity.created(version).body(receipt);
	}

}
