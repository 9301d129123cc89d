package org.policyledger.web;

import java.util.concurrent.CompletionException;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.policyledger.api.query.UnknownIdException;

import org.springframework.stereotype.Component;

/**
 * Sends query records through Axon's query bus and gives back the answer or the handler's
 * own failure.
 */
@Component
class Reads {

	private final QueryGateway queries;

	Reads(QueryGateway queries) {
		this.queries = queries;
	}

	<R> R ask(Object query, Class<R> answer) {
		return ask(query, ResponseTypes.instanceOf(answer));
	}

	<R> R ask(Object query, ResponseType<R> answer) {
		try {
			return queries.query(query, answer).join();
		}
		catch (CompletionException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof UnknownIdException unknown) {
					throw unknown;
				}
			}
			throw ex;
		}
	}

}
