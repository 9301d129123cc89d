package org.policyledger.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.policyledger.api.FactId;
import org.policyledger.api.query.ChangedSource;
import org.policyledger.api.query.ChangedSourcesQuery;
import org.policyledger.api.query.Conflict;
import org.policyledger.api.query.ConflictsQuery;
import org.policyledger.api.query.Evidence;
import org.policyledger.api.query.EvidenceQuery;
import org.policyledger.api.query.FactPage;
import org.policyledger.api.query.QuoteAuditQuery;
import org.policyledger.api.query.QuoteStatus;
import org.policyledger.api.query.SecondaryOnlyFactsQuery;
import org.policyledger.api.query.SingleSourcedFactsQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "audit", mixinStandardHelpOptions = true,
		description = "Audit the evidence: quotes not found in their sources' archived texts (or of another"
				+ " status), claims resting on one source or only on secondary sources, sources archived again"
				+ " after they were cited, conflicting facts, or one fact's evidence side by side.")
class AuditCommand implements Callable<Integer> {

	enum View {

		QUOTES, SINGLE_SOURCED, SECONDARY_ONLY, CHANGED_SOURCES, CONFLICTS, EVIDENCE

	}

	/** The most items a view shows. */
	private static final int LIMIT = 1_000;

	@ParentCommand
	LedgerCli cli;

	@Mixin
	Queries queries;

	@Parameters(index = "0", paramLabel = "VIEW",
			description = "One of ${COMPLETION-CANDIDATES} (lower case or with dashes is fine too).",
			converter = ViewConverter.class)
	View view;

	@Parameters(index = "1", arity = "0..1", paramLabel = "FACT", description = "The fact, for evidence.")
	String fact;

	@Option(names = "--status", paramLabel = "STATUS", defaultValue = "not-found",
			description = "For quotes: not-found (default), verified or no-archive.")
	String status;

	static final class ViewConverter implements ITypeConverter<View> {

		@Override
		public View convert(String value) {
			return View.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
		}

	}

	@Override
	public Integer call() throws Exception {
		Object answer = switch (view) {
			case QUOTES -> queries.ask(cli, new QuoteAuditQuery(QuoteStatus.of(status), null, LIMIT), FactPage.class);
			case SINGLE_SOURCED -> queries.ask(cli, new SingleSourcedFactsQuery(null, LIMIT), FactPage.class);
			case SECONDARY_ONLY -> queries.ask(cli, new SecondaryOnlyFactsQuery(null, LIMIT), FactPage.class);
			case CHANGED_SOURCES -> list(new ChangedSourcesQuery(0, LIMIT), ChangedSource.class);
			case CONFLICTS -> list(new ConflictsQuery(0, LIMIT), Conflict.class);
			case EVIDENCE -> {
				if (fact == null) {
					throw new IllegalArgumentException("audit evidence needs a FACT id");
				}
				yield queries.ask(cli, new EvidenceQuery(FactId.of(fact)), Evidence.class);
			}
		};
		if (queries.json) {
			cli.printJson(answer, true);
			return 0;
		}
		print(answer);
		return 0;
	}

	private <T> List<T> list(Object query, Class<T> type) {
		return queries.ask(cli, query, ResponseTypes.multipleInstancesOf(type));
	}

	private static void print(Object answer) {
		if (answer instanceof FactPage page) {
			page.facts().forEach(fact -> {
				System.out.println(Facts.describe(fact));
				Facts.printSources(fact, "    ");
			});
			System.out.printf("%d facts%s%n", page.facts().size(),
					page.next() == null ? "" : " (the first " + LIMIT + "; the API pages through the rest)");
		}
		else if (answer instanceof Evidence evidence) {
			System.out.println(Facts.describe(evidence.fact()));
			for (Evidence.Item item : evidence.evidence()) {
				System.out.printf("  %d. %s, \"%s\" (%s): %s%n", item.position() + 1, item.publisher(), item.title(),
						item.kind() == null ? "kind not stated" : item.kind().name().toLowerCase(),
						item.status().label());
				System.out.printf("     quoted: \"%s\"%n", item.locator());
				if (item.archive() != null) {
					System.out.printf("     %s version %d, sha256 %s, recorded %s: \"%s\"%n",
							item.status() == QuoteStatus.VERIFIED ? "found in" : "nearest passage in",
							item.archive().version(), item.archive().sha256(), item.archive().recordedAt(),
							item.context()
								.substring(item.offset() - item.contextStart(),
										item.offset() - item.contextStart() + item.length()));
				}
				if (item.latestStatus() != null) {
					System.out.printf("     in the latest version (%d): %s%n", item.latestVersion(),
							item.latestStatus().label());
				}
			}
		}
		else {
			for (Object item : (List<?>) answer) {
				if (item instanceof Conflict conflict) {
					System.out.printf("%s %s about %s: %s differ%n", conflict.actorId().value(), conflict.type(),
							conflict.instrumentId() != null ? conflict.instrumentId().value()
									: conflict.topicId().value(),
							conflict.differs());
					conflict.facts().forEach(fact -> System.out.println("  " + Facts.describe(fact)));
				}
				else if (item instanceof ChangedSource changed) {
					System.out.printf("%s: %d versions; checked against an earlier one:%n", changed.sourceId().value(),
							changed.versions().size());
					changed.earlierCitations()
						.forEach(cited -> System.out.printf("  %s citation %d: version %d, %s%n",
								cited.factId().value(), cited.position() + 1, cited.version(), cited.status().label()));
				}
			}
			System.out.printf("%d found%n", ((List<?>) answer).size());
		}
	}

}
