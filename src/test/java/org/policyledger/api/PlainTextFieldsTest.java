package org.policyledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextFieldsTest {

	private static jakarta.validation.ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void start() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	private static List<String> problems(Object command) {
		Set<ConstraintViolation<Object>> violations = validator.validate(command);
		return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
	}

	private static RegisterInstrument rollCall(String description) {
		return new RegisterInstrument(InstrumentId.of("unga-rc-5917"), InstrumentKind.ROLL_CALL, "Roll call 5917",
				PartialDate.parse("2011-12-24"), ActorId.of("UN"), null, description, List.of(), List.of());
	}

	@Test
	void rejectsAControlCharacterInARegistration() {
		assertThat(problems(rollCall("oneby one. 12\u0008 We first turn")))
			.containsExactly("description: text contains the control character U+0008 at 14");
	}

	@Test
	void rejectsAControlCharacterInsideACitation() {
		StatePosition position = new StatePosition(null, ActorId.of("USA"), TopicId.of("multilateral-ai-governance"),
				Stance.OPPOSES, "Rejected central control", null, null, null, PartialDate.parse("2025-09-24"),
				List.of(new Citation(SourceId.of("news"), "ok"), new Citation(SourceId.of("news"), "bad\u0000")));
		assertThat(problems(position))
			.containsExactly("sources[1].locator: text contains the control character U+0000 at 4");
	}

	@Test
	void rejectsAnUnpairedSurrogate() {
		assertThat(problems(rollCall("half \ud800 a pair")))
			.containsExactly("description: text contains an unpaired surrogate (U+D800) at 6");
	}

	@ParameterizedTest
	@CsvSource({ "'\u202E', 'the invisible formatting character U+202E'",
			"'\u2066', 'the invisible formatting character U+2066'",
			"'\u200B', 'the invisible formatting character U+200B'",
			"'\uFEFF', 'the invisible formatting character U+FEFF'", "'\uFFFE', 'the noncharacter U+FFFE'",
			"'\uFDD0', 'the noncharacter U+FDD0'", "'\uDB40\uDC41', 'the tag character U+E0041'",
			"'\uD83F\uDFFF', 'the noncharacter U+1FFFF'" })
	void rejectsInvisibleFormattingNoncharactersAndTags(String character, String named) {
		assertThat(problems(rollCall("USA" + character + "ASU")))
			.containsExactly("description: text contains " + named + " at 4");
	}

	@Test
	void acceptsTheJoinersThatPersianAndEmojiNeed() {
		assertThat(
				problems(rollCall("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \ud83d\udc69\u200D\ud83d\udcbb")))
			.isEmpty();
	}

	@Test
	void acceptsTabsNewlinesAndCharactersBeyondTheBasicPlane() {
		assertThat(problems(rollCall("line one\n\tline two \ud83c\udf0d\r\n"))).isEmpty();
	}

}
