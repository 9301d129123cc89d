package org.policyledger.read.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyledger.api.ActorId;
import org.policyledger.api.Amendment;
import org.policyledger.api.Citation;
import org.policyledger.api.FactId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.PositionStated;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;
import org.policyledger.api.TopicId;

class FactVersionTest {

	private static final Instant RECORDED = Instant.parse("2025-10-01T00:00:00Z");

	private static final String RECORDER = "editor-token";

	private static final PositionStated POSITION = new PositionStated(FactId.of("p1"), ActorId.of("USA"),
			TopicId.of("multilateral-ai-governance"), Stance.SUPPORTS, "Supports", "a quote", null, "UNGA",
			PartialDate.parse("2019"), List.of(new Citation(SourceId.of("csis"), "a passage")), RECORDED);

	@Test
	void startsAsTheFactWasRecorded() {
		FactVersion version = FactVersion.of(POSITION, RECORDER);
		assertThat(version.version()).isZero();
		assertThat(version.knownFrom()).isEqualTo(RECORDED);
		assertThat(version.stance()).isEqualTo(Stance.SUPPORTS);
		assertThat(version.type()).isEqualTo("PositionStated");
		assertThat(version.recordedAt()).isEqualTo(RECORDED);
		assertThat(version.recordedBy()).isEqualTo(RECORDER);
	}

	@Test
	void keepsTheFactsRecordingInEveryLaterVersion() {
		Instant later = RECORDED.plusSeconds(60);
		FactVersion corrected = FactVersion.of(POSITION, RECORDER)
			.amended(new Amendment(null, Stance.OPPOSES, null, null, null), FactId.of("c1"), later);
		FactVersion retracted = corrected.retracted(FactId.of("r1"), later.plusSeconds(60));
		assertThat(List.of(corrected, retracted)).allSatisfy(version -> {
			assertThat(version.recordedAt()).isEqualTo(RECORDED);
			assertThat(version.recordedBy()).isEqualTo(RECORDER);
		});
	}

	@Test
	void replacesOnlyTheAmendedFields() {
		Instant corrected = RECORDED.plusSeconds(60);
		FactVersion next = FactVersion.of(POSITION, RECORDER)
			.amended(new Amendment(PartialDate.parse("2019-05"), Stance.STRONGLY_SUPPORTS, null, null, null),
					FactId.of("c1"), corrected);
		assertThat(next.version()).isEqualTo(1);
		assertThat(next.knownFrom()).isEqualTo(corrected);
		assertThat(next.amendedBy()).isEqualTo(FactId.of("c1"));
		assertThat(next.validTime()).isEqualTo(PartialDate.parse("2019-05"));
		assertThat(next.stance()).isEqualTo(Stance.STRONGLY_SUPPORTS);
		assertThat(next.summary()).isEqualTo("Supports");
		assertThat(next.quote()).isEqualTo("a quote");
	}

	@Test
	void keepsARetractedFactWithItsContent() {
		FactVersion retracted = FactVersion.of(POSITION, RECORDER).retracted(FactId.of("r1"), RECORDED.plusSeconds(60));
		assertThat(retracted.retracted()).isTrue();
		assertThat(retracted.stance()).isEqualTo(Stance.SUPPORTS);
		assertThat(retracted.version()).isEqualTo(1);
	}

}
