package org.policyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;

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

	@Test
	void unpacksTheFactsItPackedInTheirOrder() {
		RecordedFacts facts = new RecordedFacts();
		for (int i = 0; i < 10_000; i++) {
			facts.put(FactId.of("f-" + i), fact(i));
		}
		RecordedFacts unpacked = RecordedFacts.unpacked(facts.packed());
		assertThat(unpacked).isEqualTo(facts);
		assertThat(unpacked.get(FactId.of("f-9999"))).isEqualTo(fact(9999));
		assertThat(RecordedFacts.unpacked(new RecordedFacts().packed())).isEqualTo(new RecordedFacts());
	}

	@Test
	void refusesPackedFactsCutShort() {
		RecordedFacts facts = new RecordedFacts();
		facts.put(FactId.of("f-1"), fact(1));
		byte[] packed = facts.packed();
		assertThatThrownBy(() -> RecordedFacts.unpacked(Arrays.copyOf(packed, packed.length - 4)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("not packed facts");
	}

	@Test
	void refusesPackedFactsNamingAClassThatIsNoFactEvent() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
			out.writeInt(0);
			out.writeInt(1);
			out.writeUTF(String.class.getName());
			out.writeInt(0);
		}
		assertThatThrownBy(() -> RecordedFacts.unpacked(bytes.toByteArray()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("java.lang.String");
	}

}
