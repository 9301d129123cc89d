package org.policyledger.api.query;

import java.util.List;

import org.policyledger.api.FactId;

/**
 * A page of facts in fact-id order; {@code next} is the cursor of the page after it (the
 * last fact's id, to pass as {@code after}), null on the last page.
 */
public record FactPage(List<FactView> facts, FactId next) {

}
