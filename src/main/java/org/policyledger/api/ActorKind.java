package org.policyledger.api;

/** What kind of actor holds a position. */
public enum ActorKind {

	STATE,
	/**
	 * A state that no longer exists, such as Czechoslovakia or the German Democratic
	 * Republic.
	 */
	FORMER_STATE, BLOC, GROUP, INTERNATIONAL_ORGANISATION, COMPANY

}
