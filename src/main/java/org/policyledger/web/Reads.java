package org.policyledger.web;

import java.util.concurrent.CompletionException;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.policyledger.api.query.UnknownIdException;
import org.policyledger.read.ReadModelMaintenance;
import org.policyledger.read.RebuildInProgressException;

import org.springframework.stereotype.Component;

/**
 * Sends query records through Axon's query bus and gives back the answer or the handler's
 * own failure; while a rebuild replays the events stored before it, asks nothing and says
 * so ({@link RebuildInProgressException}) instead of answering from half a read model.
 */
@Component
class Reads {

	private final QueryGateway queries;

	private final ReadModelMaintenance readModel;

	Reads(QueryGateway queries, ReadModelMaintenance readModel) {
		this.queries = queries;
		this.readModel = readModel;
	}

	<R> R ask(Object query, Class<R> answer) {
		return ask(query, ResponseTypes.instanceOf(answer));
	}

	<R> R ask(Object query, ResponseType<R> answer) {
		readModel.requireBuilt();
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
