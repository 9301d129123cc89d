package org.policyledger.integrity;

/**
 * A batch written behind ({@link WriteBehind}) was not stored; {@link #getCause()} says
 * why. Nothing of it is in the store.
 */
public class WriteBehindFailedException extends RuntimeException {

	WriteBehindFailedException(Throwable cause) {
		super("a batch written behind was not stored: " + cause.getMessage(), cause);
	}

}
