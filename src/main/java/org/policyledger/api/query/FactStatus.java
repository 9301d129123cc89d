package org.policyledger.api.query;

/** Where a fact version stands as of the query's recording time. */
public enum FactStatus {

	/** Not amended. */
	AS_RECORDED,
	/** The latest version after one or more corrections. */
	CORRECTED,
	/** Withdrawn by a retraction: shown, never counted. */
	RETRACTED,
	/** An earlier version, replaced by a later correction or retraction. */
	SUPERSEDED

}
