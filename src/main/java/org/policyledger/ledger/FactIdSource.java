package org.policyledger.ledger;

import org.policyledger.api.FactId;

/** Where fact ids come from when the client does not choose one. */
@FunctionalInterface
public interface FactIdSource {

	FactId next();

}
