package org.policyledger.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Says in one line what went wrong, in the user's terms. */
final class Errors {

	private Errors() {
	}

	static String describe(Throwable ex) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		String message = String.valueOf(root.getMessage());
		if (message.contains("already in use") || message.contains("Database may be already in use")) {
			return "the ledger's database is in use by another process (is the service running on this data"
					+ " directory?); stop it and try again";
		}
		if (root instanceof NoSuchFileException missing) {
			return "no such file: " + missing.getFile()
					+ (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
		}
		if (root instanceof BindValidationException invalid) {
			ValidationErrors errors = invalid.getValidationErrors();
			return errors.getAllErrors()
				.stream()
				.map(error -> setting(errors, error) + ": " + error.getDefaultMessage())
				.collect(Collectors.joining("; "));
		}
		if (root instanceof AccessDeniedException denied) {
			return "cannot read or write " + denied.getFile() + ": permission denied";
		}
		return ex == root ? message : message
				+ (ex.getMessage() == null || ex.getMessage().contains(message) ? "" : " (" + ex.getMessage() + ")");
	}

	/** The setting an error of {@code ledger.*} settings is about, as it is written. */
	private static String setting(ValidationErrors errors, ObjectError error) {
		return errors.getName() + (error instanceof FieldError field
				? "." + DataObjectPropertyName.toDashedForm(field.getField()) : "");
	}

}
