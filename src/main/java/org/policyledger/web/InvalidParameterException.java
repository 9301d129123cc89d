package org.policyledger.web;

/**
 * A request parameter that cannot be read; the message names it and the accepted format.
 */
class InvalidParameterException extends RuntimeException {

	InvalidParameterException(String name, String value, String expected) {
		super("invalid " + name + " '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "': "
				+ expected);
	}

}
