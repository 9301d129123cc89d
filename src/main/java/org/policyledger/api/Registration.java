package org.policyledger.api;

/** A command registering something facts can refer to. */
public sealed interface Registration extends LedgerCommand
		permits RegisterActor, RegisterTopic, RegisterInstrument, RegisterSource {

	LedgerId id();

	/** The event this registration records. */
	LedgerEvent toEvent();

}
