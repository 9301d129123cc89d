package org.policyledger.api.query;

import java.util.List;

/** A page of facts. */
public record FactPage(int offset, int limit, List<FactView> facts) {

}
