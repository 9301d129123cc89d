package org.policyledger.api;

/** What kind of instrument a fact is about. */
public enum InstrumentKind {

	DECLARATION, PRINCIPLES, TREATY, RESOLUTION, ACTION_PLAN, INITIATIVE, BODY, POLICY, REPORT

}
