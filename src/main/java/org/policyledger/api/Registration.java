package org.policyledger.api;

/** A command registering something facts can refer to. */
public sealed interface Registration permits RegisterActor, RegisterTopic, RegisterInstrument, RegisterSource {

	LedgerId id();

}
