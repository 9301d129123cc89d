package org.policyledger.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a source document; records {@link SourceRegistered}. Its kind may be left
 * unstated (null): such a source is not counted as primary.
 */
public record RegisterSource(@NotNull @TargetAggregateIdentifier SourceId sourceId,
		@NotBlank @Size(max = 300) String publisher, @NotBlank @Size(max = 500) String title,
		@Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
		@Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String url, @NotNull PartialDate published,
		LocalDate retrievedOn, SourceKind kind) implements Registration {

	public RegisterSource {
		authors = authors == null ? List.of() : authors;
	}

	@Override
	public SourceId id() {
		return sourceId;
	}

	@Override
	public SourceRegistered toEvent() {
		return new SourceRegistered(sourceId, publisher, title, List.copyOf(authors), url, published, retrievedOn,
				kind);
	}

}
