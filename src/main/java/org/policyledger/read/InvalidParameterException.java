package org.policyledger.read;

import org.policyledger.api.Inputs;

/**
 * A request parameter that cannot be read; the message names it and the accepted format.
 * An {@link IllegalArgumentException}, answered 400 by the API like a malformed id.
 */
public class InvalidParameterException extends IllegalArgumentException {

	public InvalidParameterException(String name, String value, String expected) {
		super("invalid " + name + " '" + Inputs.shown(value) + "': " + expected);
	}

}
