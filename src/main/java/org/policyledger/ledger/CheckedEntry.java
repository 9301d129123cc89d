package org.policyledger.ledger;

import java.util.List;

/**
 * An entry of a bulk write whose fields {@link Ledger#check} has checked, with what they
 * break (nothing for a well-formed entry), or that it checked in an earlier reading of
 * the same bytes ({@link Ledger#checkedBefore}). Only the ledger makes one, so a batch is
 * checked on whichever thread reads it, and {@link Ledger#write} does not check it again.
 */
public final class CheckedEntry {

	private final BatchEntry entry;

	private final List<Rejection> invalid;

	CheckedEntry(BatchEntry entry, List<Rejection> invalid) {
		this.entry = entry;
		this.invalid = List.copyOf(invalid);
	}

	public BatchEntry entry() {
		return entry;
	}

	/** One rejection per malformed field; empty when the entry is well formed. */
	public List<Rejection> invalid() {
		return invalid;
	}

}
