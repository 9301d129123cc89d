package org.policyledger.api.query;

import org.policyledger.api.FactId;

/** Every piece of evidence a fact cites, side by side. */
public record EvidenceQuery(FactId factId) {

}
