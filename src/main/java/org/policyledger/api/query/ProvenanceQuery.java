package org.policyledger.api.query;

import org.policyledger.api.FactId;

/** A fact's full provenance: every version, every amendment, every source. */
public record ProvenanceQuery(FactId factId) {

}
