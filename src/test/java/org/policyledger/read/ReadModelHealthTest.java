package org.policyledger.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.health.Status;

/** The read model's health, which the readiness group includes. */
class ReadModelHealthTest {

	@Test
	void staysUpWhileNoMoreEventsBehindThanTheReadyLag() {
		ReadModelStatus behind = new ReadModelStatus(90, 100, 10, false, false, 0);
		assertThat(ReadModelConfiguration.health(behind, 10).getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void staysUpHoweverFarBehindWhenTheReadyLagIsNegative() {
		ReadModelStatus behind = new ReadModelStatus(0, 1_000_000, 1_000_000, false, false, 0);
		assertThat(ReadModelConfiguration.health(behind, -1).getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void goesOutOfServiceWhenMoreEventsBehindThanTheReadyLag() {
		ReadModelStatus behind = new ReadModelStatus(89, 100, 11, false, false, 0);
		assertThat(ReadModelConfiguration.health(behind, 10).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(ReadModelConfiguration.health(behind, 10).getDetails()).containsEntry("behind", 11L)
			.containsEntry("readyLag", 10L);
	}

}
