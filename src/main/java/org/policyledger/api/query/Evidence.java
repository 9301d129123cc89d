package org.policyledger.api.query;

import java.util.List;

import org.policyledger.api.SourceId;
import org.policyledger.api.SourceKind;

/** A fact, current version, and each of its citations as evidence. */
public record Evidence(FactView fact, List<Item> evidence) {

	/**
	 * One citation: the source and its kind, the quoted passage, and its check against
	 * the archived version it was checked against ({@code archive}, null when there is
	 * none): where the passage is ({@code offset}, {@code length}; for a quote not found,
	 * the nearest passage) and the text around it ({@code context}, which starts at
	 * {@code contextStart}). When the source has been archived again since,
	 * {@code latestVersion} and {@code latestStatus} say whether the passage is in the
	 * latest text.
	 */
	public record Item(int position, SourceId sourceId, String publisher, String title, SourceKind kind, String locator,
			QuoteStatus status, ArchiveVersion archive, Integer offset, Integer length, Integer contextStart,
			String context, Integer latestVersion, QuoteStatus latestStatus) {

	}

}
