package org.policyledger.cli;

import org.policyledger.api.query.FactStatus;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.SourceCitation;

/** Facts as one line of text, and their sources beneath. */
final class Facts {

	private Facts() {
	}

	static String describe(FactView fact) {
		StringBuilder line = new StringBuilder().append(fact.validTime()).append("  ").append(fact.type());
		append(line, " on ", fact.topicId() == null ? null : fact.topicId().value());
		append(line, " ", fact.instrumentId() == null ? null : fact.instrumentId().value());
		append(line, ": ", fact.stance() == null ? null : fact.stance().name());
		append(line, ": ", fact.vote() == null ? null : fact.vote().name());
		append(line, " \u2014 ", fact.summary() != null ? fact.summary() : fact.note());
		line.append("  [").append(fact.factId().value());
		if (fact.status() != FactStatus.AS_RECORDED) {
			line.append(", ").append(fact.status().name().toLowerCase());
		}
		return line.append(']').toString();
	}

	static void printSources(FactView fact, String indent) {
		for (SourceCitation source : fact.sources()) {
			System.out.printf("%s%s, \"%s\" (%s): \"%s\"%n", indent, source.publisher(), source.title(),
					source.published(), source.locator());
		}
	}

	private static void append(StringBuilder line, String separator, String value) {
		if (value != null) {
			line.append(separator).append(value);
		}
	}

}
