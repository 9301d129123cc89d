package org.policyledger.web;

import org.policyledger.api.Inputs;

/**
 * A request parameter that cannot be read; the message names it and the accepted format.
 * An {@link IllegalArgumentException}, answered 400 like a malformed id.
 */
class InvalidParameterException extends IllegalArgumentException {

	InvalidParameterException(String name, String value, String expected) {
		super("invalid " + name + " '" + Inputs.shown(value) + "': " + expected);
	}

}
