package org.policyledger.api;

/**
 * The answer to {@link ArchiveSource}: the version the text is, and whether it was that
 * version already (nothing new recorded).
 */
public record ArchiveReceipt(SourceId sourceId, int version, String sha256, boolean alreadyArchived) {

}
