package org.policyledger.api.query;

/**
 * Sources archived again after facts cited them, and which citations were checked against
 * which version: {@code limit} sources from {@code offset}, in source-id order.
 */
public record ChangedSourcesQuery(int offset, int limit) {

}
