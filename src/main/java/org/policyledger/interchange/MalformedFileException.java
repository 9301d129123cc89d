package org.policyledger.interchange;

/** A file that cannot be read any further, such as broken JSON; says where. */
public class MalformedFileException extends RuntimeException {

	public MalformedFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
