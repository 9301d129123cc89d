package org.policyledger.api;

/**
 * What a source is to the facts that cite it: the actor's own words or an official
 * record, or someone's account of them.
 */
public enum SourceKind {

	/**
	 * The actor's own statement, an official record, a UN document, a treaty text.
	 */
	PRIMARY,

	/** News, analysis, think tanks: an account of what an actor said or did. */
	SECONDARY

}
