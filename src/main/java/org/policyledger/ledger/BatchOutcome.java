package org.policyledger.ledger;

import java.util.List;

/**
 * What a committed batch did: entries newly recorded, entries found recorded already (a
 * re-run import), registrations kept as they were although the file's differ, and the
 * entries refused and left out.
 */
public record BatchOutcome(int recorded, int alreadyRecorded, List<String> kept, List<Rejection> rejected) {

}
