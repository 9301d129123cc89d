package org.policyledger.api.query;

/** An archived version and its text. */
public record ArchiveText(ArchiveVersion version, String text) {

}
