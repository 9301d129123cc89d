package org.policyledger.read;

import java.util.List;

/** The first dead letters in the order parked, with how many there are in all. */
public record DeadLetters(long total, long streams, List<DeadLetterView> letters) {

}
