package org.policyledger.ledger;

import java.util.List;

import org.policyledger.api.FactReceipt;

/**
 * What a committed batch did: entries newly recorded, entries found recorded already (a
 * re-run import), registrations kept as they were although the file's differ, the entries
 * refused and left out, and a receipt for each fact recorded or found recorded, in the
 * batch's order.
 */
public record BatchOutcome(int recorded, int alreadyRecorded, List<String> kept, List<Rejection> rejected,
		List<FactReceipt> receipts) {

}
