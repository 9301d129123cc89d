package org.policyledger.api;

/** What kind of instrument a fact is about. */
public enum InstrumentKind {

	DECLARATION, PRINCIPLES, TREATY, RESOLUTION, ACTION_PLAN, INITIATIVE, BODY, POLICY, REPORT,
	/** A recorded vote of an assembly, on a resolution, an amendment or a paragraph. */
	ROLL_CALL

}
