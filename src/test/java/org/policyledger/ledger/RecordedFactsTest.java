package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.policyledger.api.DeclarationSigned;
import org.policyledger.api.FactId;
import org.policyledger.api.InstrumentId;
import org.policyledger.api.PositionStated;
import org.policyledger.api.VoteCast;

class RecordedFactsTest {

	private static RecordedFact fact(int i) {
		return new RecordedFact(i % 2 == 0 ? VoteCast.class : PositionStated.class,
				Instant.ofEpochSecond(1_700_000_000L + i, i * 1_000L), i % 2 == 0 ? InstrumentId.of("rc-" + i) : null,
				i % 3 == 0, i * 31L, -i);
	}

	@Test
	void findsEveryFactItWasGivenAfterGrowing() {
		RecordedFacts facts = new RecordedFacts();
		for (int i = 0; i < 10_000; i++) {
			facts.put(FactId.of("f-" + i), fact(i));
		}
		for (int i = 0; i < 10_000; i++) {
			assertThat(facts.get(FactId.of("f-" + i))).isEqualTo(fact(i));
		}
	}

	@Test
	void answersNothingForAnIdNeverRecorded() {
		RecordedFacts facts = new RecordedFacts();
		facts.put(FactId.of("f-1"), fact(1));
		assertThat(facts.get(FactId.of("f-2"))).isNull();
		assertThat(facts.get(FactId.of("F-1"))).as("ids are exact here; the claims compare case").isNull();
	}

	@Test
	void replacesTheFactRecordedUnderTheSameId() {
		RecordedFacts facts = new RecordedFacts();
		facts.put(FactId.of("f-1"), fact(1));
		RecordedFact signed = new RecordedFact(DeclarationSigned.class, Instant.EPOCH, InstrumentId.of("decl"), false,
				1, 2);
		facts.put(FactId.of("f-1"), signed);
		assertThat(facts.get(FactId.of("f-1"))).isEqualTo(signed);
	}

	@Test
	void equalsTheSameFactsInTheSameOrder() {
		RecordedFacts one = new RecordedFacts();
		RecordedFacts other = new RecordedFacts();
		for (int i = 0; i < 20; i++) {
			one.put(FactId.of("f-" + i), fact(i));
			other.put(FactId.of("f-" + i), fact(i));
		}
		assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
		other.put(FactId.of("f-20"), fact(20));
		assertThat(one).isNotEqualTo(other);
	}

}
