package org.policyledger.api;

/** A vote cast on a roll call. */
public enum Vote {

	YES, NO, ABSTAIN

}
