package org.policyledger.web;

import java.io.IOException;

/** A request body over the configured limit. */
class RequestTooLargeException extends IOException {

	RequestTooLargeException(long limit) {
		super("the request body is larger than the limit of " + limit + " bytes");
	}

}
