package org.policyledger.api.query;

/** Governance facts that rest on a single source, a page at a time, in fact-id order. */
public record SingleSourcedFactsQuery(int offset, int limit) {

}
