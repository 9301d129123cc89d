package org.policyledger.interchange.unvotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionsTest {

	@Test
	void turnsBackslashRunsIntoQuotationMarks() {
		assertThat(Descriptions.clean(
				"TO INCLUDE INVALID BALLOTS IN THE TOTAL NUMBER OF \\MEMBERS PRESENT AND VOTING\\\\, IN CALCULATING THE"
						+ " MAJORITY VOTE.\\\""))
			.isEqualTo("TO INCLUDE INVALID BALLOTS IN THE TOTAL NUMBER OF \"MEMBERS PRESENT AND VOTING\", IN"
					+ " CALCULATING THE MAJORITY VOTE.");
	}

	@Test
	void collapsesDoubledQuotes() {
		assertThat(Descriptions.clean("REPLACING \\\\\"ACT IN ACCORDANCE\\\\\" IN PARAGRAPH 3"))
			.isEqualTo("REPLACING \"ACT IN ACCORDANCE\" IN PARAGRAPH 3");
	}

	@Test
	void dropsTrailingTabSeparatedCells() {
		assertThat(Descriptions.clean("SHALL BE NO NOMINATIONS.\t0\t0\t0")).isEqualTo("SHALL BE NO NOMINATIONS.");
	}

	@Test
	void decodesMacRomanQuotationMarks() {
		assertThat(Descriptions.clean("entitled <d2>Nuclear disarmament<d3>."))
			.isEqualTo("entitled \u201cNuclear disarmament\u201d.");
	}

	@Test
	void turnsControlCharactersIntoASpace() {
		assertThat(Descriptions.clean("draft decision, oneby one. 12\u0008 We first turn to draft resolution I"))
			.isEqualTo("draft decision, oneby one. 12 We first turn to draft resolution I");
	}

	@Test
	void readsNaAndBlankAsNoDescription() {
		assertThat(Descriptions.clean("NA")).isNull();
		assertThat(Descriptions.clean("  ")).isNull();
	}

}
