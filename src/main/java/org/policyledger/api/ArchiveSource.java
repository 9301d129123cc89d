package org.policyledger.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Archives the text of a registered source, as retrieved from {@code url} at
 * {@code retrievedAt} (both may be unknown) in {@code mediaType} (the document's type
 * before it was turned to text); records {@link SourceArchived} as the source's next
 * version, unless the text is the latest version's already.
 */
public record ArchiveSource(@NotNull @TargetAggregateIdentifier SourceId sourceId,
		@NotBlank @Pattern(regexp = "[a-z]+/[a-z0-9.+-]+",
				message = "must be a media type such as text/plain") String mediaType,
		@Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String url, Instant retrievedAt,
		@NotBlank @Size(max = MAX_TEXT_LENGTH) String text) implements LedgerCommand {

	/** The longest text archived, in characters. */
	public static final int MAX_TEXT_LENGTH = 5_000_000;

}
