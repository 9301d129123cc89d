package org.policyledger.api;

/** Something an actor said or did, and when (the valid time). */
public sealed interface GovernanceFact extends FactEvent permits PositionStated, InstrumentFact {

	PartialDate validTime();

}
