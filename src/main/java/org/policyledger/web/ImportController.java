package org.policyledger.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.policyledger.api.Recorder;
import org.policyledger.interchange.FileFormat;
import org.policyledger.interchange.ImportJob;
import org.policyledger.interchange.ImportJobs;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Imports files into the running service, as jobs that report how far they are. */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "imports", description = "Files imported while the service runs")
class ImportController {

	private final ImportJobs jobs;

	ImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping
	@Operation(summary = "Import a file: the request body, JSON, NDJSON or CSV as the command line's import takes it",
			description = "202 with the job, whose address is in Location: the file is imported in batches, one job"
					+ " at a time, with the command line's checks. By default a file with a bad entry is refused with"
					+ " nothing written; with skipBad the good entries are imported and the bad ones reported. A body"
					+ " sent with Content-Encoding: gzip is read compressed. Entries already recorded are passed over,"
					+ " so sending a file again resumes an import that was cut short.")
	ResponseEntity<ImportJob> submit(Principal principal, HttpServletRequest request,
			@Parameter(description = "JSON, NDJSON or CSV") @RequestParam String format,
			@Parameter(description = "Import the good entries and report the bad ones") @RequestParam(
					defaultValue = "false") boolean skipBad)
			throws IOException {
		FileFormat fileFormat = formatNamed(format);
		boolean gzipped = "gzip".equalsIgnoreCase(request.getHeader(HttpHeaders.CONTENT_ENCODING));
		ImportJob job = jobs.submit(request.getInputStream(), request.getContentLengthLong(), fileFormat, gzipped,
				skipBad, Recorder.principal(principal.getName()));
		return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(job);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import job: its state, entries done and rate, and once it has ended its report")
	ResponseEntity<?> job(@PathVariable String id) {
		return jobs.job(id)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"no import job '" + id + "' (jobs are kept until the service stops)"))
				.build());
	}

	@GetMapping
	@Operation(summary = "Every import job kept (the last 100 ended ones and any running), oldest first")
	List<ImportJob> list() {
		return jobs.jobs();
	}

	private static FileFormat formatNamed(String format) {
		try {
			return FileFormat.valueOf(format.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("format '" + format + "' is not one of JSON, NDJSON or CSV");
		}
	}

}
