package org.policyledger.read.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyledger.api.ActorId;
import org.policyledger.api.FactId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.Stance;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.FactStatus;
import org.policyledger.api.query.FactView;
import org.policyledger.api.query.StanceShift;

class StanceShiftsTest {

	private static FactView position(String id, String topic, Stance stance, FactStatus status) {
		return new FactView(FactId.of(id), "PositionStated", ActorId.of("USA"), TopicId.of(topic), null,
				PartialDate.parse("2020"), stance, null, null, null, null, null, null, null, null, null, null,
				List.of(), 0, status, null, null, null, null, List.of());
	}

	@Test
	void marksEachChangeOfStanceOnATopic() {
		List<StanceShift> shifts = FactQueries
			.shifts(List.of(position("a", "t", Stance.SUPPORTS, FactStatus.AS_RECORDED),
					position("b", "t", Stance.SUPPORTS, FactStatus.AS_RECORDED),
					position("c", "t", Stance.OPPOSES, FactStatus.CORRECTED)));
		assertThat(shifts).singleElement().satisfies(shift -> {
			assertThat(shift.from()).isEqualTo(Stance.SUPPORTS);
			assertThat(shift.to()).isEqualTo(Stance.OPPOSES);
			assertThat(shift.before().factId()).isEqualTo(FactId.of("b"));
			assertThat(shift.after().factId()).isEqualTo(FactId.of("c"));
		});
	}

	@Test
	void keepsTopicsApartAndSkipsRetractedPositions() {
		assertThat(FactQueries.shifts(List.of(position("a", "t", Stance.SUPPORTS, FactStatus.AS_RECORDED),
				position("b", "u", Stance.OPPOSES, FactStatus.AS_RECORDED),
				position("c", "t", Stance.OPPOSES, FactStatus.RETRACTED))))
			.isEmpty();
	}

}
