package org.policyledger.api;

/**
 * An actor's part in bringing a resolution forward: the penholder leads the drafting (the
 * "US-led" of the news), a sponsor tables it, a co-sponsor joins them.
 */
public enum SponsorRole {

	PENHOLDER, SPONSOR, CO_SPONSOR

}
