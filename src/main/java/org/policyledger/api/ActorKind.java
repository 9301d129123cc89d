package org.policyledger.api;

/** What kind of actor holds a position. */
public enum ActorKind {

	STATE, BLOC, GROUP, INTERNATIONAL_ORGANISATION, COMPANY

}
