package org.policyledger.api.query;

/**
 * Facts that disagree: {@code limit} conflicts from {@code offset}, in the order of
 * actor, kind of fact, and what they are about.
 */
public record ConflictsQuery(int offset, int limit) {

}
