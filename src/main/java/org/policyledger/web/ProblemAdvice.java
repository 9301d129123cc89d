package org.policyledger.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.policyledger.api.CommandRejectedException;
import org.policyledger.api.query.UnknownIdException;
import org.policyledger.integrity.ChainBrokenException;
import org.policyledger.interchange.UnreadableDocumentException;
import org.policyledger.interchange.UploadTooLargeException;

import org.policyledger.ledger.BatchRefusedException;
import org.policyledger.ledger.InvalidCommandException;
import org.policyledger.read.RebuildInProgressException;
import org.policyledger.store.StorageUnavailableException;
import org.policyledger.store.DiskSpace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure becomes an RFC 9457 problem+json that says what is wrong: malformed JSON
 * (400, with the JSON path), invalid fields (400, each named), rejected commands (404 for
 * unknown references, 409 for conflicts, 422 for broken rules), 409 for a digest or proof
 * asked of a chain that no longer matches its events, 503 for a write the full disk
 * refused, and for reads 404 for unknown ids, 400 for unreadable parameters or ids and
 * 503 while a rebuild replays the read models.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	/** How long a client is asked to wait before it writes again to a full disk. */
	private static final String DISK_RETRY_AFTER_SECONDS = "60";

	/** How long a client is asked to wait before it reads again during a rebuild. */
	private static final String REBUILD_RETRY_AFTER_SECONDS = "10";

	private final DiskSpace disk;

	ProblemAdvice(DiskSpace disk) {
		this.disk = disk;
	}

	@ExceptionHandler(CommandRejectedException.class)
	ProblemDetail rejected(CommandRejectedException ex) {
		HttpStatus status = switch (ex.reason()) {
			case UNKNOWN_REFERENCE -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
		};
		return ProblemDetail.forStatusAndDetail(status, ex.getMessage());
	}

	/** Every refusal of an all-or-nothing batch, by the index of its fact. */
	@ExceptionHandler(BatchRefusedException.class)
	ProblemDetail batchRefused(BatchRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				ex.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
		problem.setProperty("errors", ex.refusals().stream().map(refusal -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("index", refusal.line());
			if (refusal.field() != null) {
				error.put("field", refusal.field());
			}
			error.put("reason", refusal.reason());
			return error;
		}).toList());
		return problem;
	}

	@ExceptionHandler(ChainBrokenException.class)
	ProblemDetail chainBroken(ChainBrokenException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(RebuildInProgressException.class)
	ResponseEntity<ProblemDetail> rebuilding(RebuildInProgressException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, REBUILD_RETRY_AFTER_SECONDS)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
	}

	@ExceptionHandler(UnreadableDocumentException.class)
	ProblemDetail unreadableDocument(UnreadableDocumentException ex) {
		return ProblemDetail.forStatusAndDetail(
				ex.unsupportedType() ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(UploadTooLargeException.class)
	ProblemDetail uploadTooLarge(UploadTooLargeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
	}

	@ExceptionHandler(UnknownIdException.class)
	ProblemDetail unknown(UnknownIdException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * A path id or request parameter that cannot be read (typed ids and parameters say
	 * why).
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail unreadableInput(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(InvalidCommandException.class)
	ProblemDetail invalid(InvalidCommandException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"invalid fields: " + ex.getMessage());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		StorageUnavailableException full = disk.explain(ex);
		if (full != null) {
			log.warn("Write refused: {}", full.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, DISK_RETRY_AFTER_SECONDS)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, full.getMessage()));
		}
		log.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"an unexpected error occurred; nothing was recorded by this request"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = createProblemDetail(ex, status, describe(ex), null, null, request);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	/** Says in one line what is wrong with an unreadable body, and where. */
	static String describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
			return "invalid value at " + path(invalid) + ": " + invalid.getCause().getMessage();
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return "unknown field '" + unknown.getPropertyName() + "' at " + path(unknown);
		}
		if (cause instanceof JsonMappingException mapping) {
			return "invalid value at " + path(mapping) + ": " + plain(mapping);
		}
		if (cause instanceof JsonProcessingException json) {
			String where = json.getLocation() == null ? ""
					: " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
			return "malformed JSON" + where + ": " + plain(json);
		}
		return "the request body is missing or unreadable";
	}

	private static String path(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("", "$", ""));
	}

	/** Jackson's own message, first line, without Java package names. */
	private static String plain(JsonProcessingException ex) {
		String message = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage().lines().findFirst().orElse("");
		return message.replaceAll("`?(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?", "$1");
	}

}
