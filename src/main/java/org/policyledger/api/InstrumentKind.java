package org.policyledger.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What kind of instrument a fact is about. */
public enum InstrumentKind {

	DECLARATION, PRINCIPLES, TREATY, RESOLUTION, ACTION_PLAN, INITIATIVE, BODY, POLICY, REPORT,
	/** A recorded vote of an assembly, on a resolution, an amendment or a paragraph. */
	ROLL_CALL;

	/** What is signed or declined, and a signature withdrawn from. */
	public static final Set<InstrumentKind> SIGNABLE = Collections
		.unmodifiableSet(EnumSet.of(DECLARATION, PRINCIPLES, TREATY, ACTION_PLAN));

	/**
	 * What binds its parties once they consent to be bound and it enters into force for
	 * them.
	 */
	public static final Set<InstrumentKind> BINDING = Collections.unmodifiableSet(EnumSet.of(TREATY));

	/** What is launched, joined and left. */
	public static final Set<InstrumentKind> JOINABLE = Collections.unmodifiableSet(EnumSet.of(INITIATIVE, BODY));

	/**
	 * What a body adopts: a resolution (in the UN votes, the roll call on it) or a text
	 * it drew up.
	 */
	public static final Set<InstrumentKind> ADOPTABLE = Collections
		.unmodifiableSet(EnumSet.of(RESOLUTION, ROLL_CALL, DECLARATION, PRINCIPLES, TREATY, ACTION_PLAN));

	/**
	 * What is drafted, tabled and co-sponsored (in the UN votes, the roll call on it).
	 */
	public static final Set<InstrumentKind> SPONSORED = Collections.unmodifiableSet(EnumSet.of(RESOLUTION, ROLL_CALL));

	/** What a vote is cast on. */
	public static final Set<InstrumentKind> VOTED_ON = Collections.unmodifiableSet(EnumSet.of(ROLL_CALL, RESOLUTION));

	/** What an actor publishes as its own. */
	public static final Set<InstrumentKind> PUBLISHABLE = Collections
		.unmodifiableSet(EnumSet.of(POLICY, ACTION_PLAN, REPORT));

}
