package org.policyledger.read;

import java.time.Instant;

/**
 * An event a projection could not process, parked with the events of its stream that came
 * after it: the stream and the event's place in it, its global index, its type, when it
 * was parked and last tried, and why it failed.
 */
public record DeadLetterView(String stream, Long sequenceNumber, Long globalIndex, String eventId, String type,
		Instant enqueuedAt, Instant lastTried, String cause) {

}
