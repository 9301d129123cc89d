package org.policyledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

	@Test
	void keepsTheYearPrecisionOfAYear() {
		PartialDate year = PartialDate.parse("2019");
		assertThat(year.precision()).isEqualTo(PartialDate.Precision.YEAR);
		assertThat(year.start()).isEqualTo(LocalDate.of(2019, 1, 1));
		assertThat(year.end()).isEqualTo(LocalDate.of(2019, 12, 31));
		assertThat(year).hasToString("2019");
	}

	@Test
	void keepsTheMonthPrecisionOfAMonth() {
		PartialDate month = PartialDate.parse("2024-02");
		assertThat(month.precision()).isEqualTo(PartialDate.Precision.MONTH);
		assertThat(month.end()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(month).hasToString("2024-02");
	}

	@Test
	void readsADay() {
		PartialDate day = PartialDate.parse("2025-09-24");
		assertThat(day.start()).isEqualTo(day.end()).isEqualTo(LocalDate.of(2025, 9, 24));
		assertThat(day).hasToString("2025-09-24");
	}

	@Test
	void isAfterADayOnlyWhenTheWholePeriodIs() {
		assertThat(PartialDate.parse("2025").isAfter(LocalDate.of(2025, 6, 1))).isFalse();
		assertThat(PartialDate.parse("2025-07").isAfter(LocalDate.of(2025, 6, 30))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "19", "2019-1", "2019-13", "2019-02-30", "0999", "2019/05/01", "2019-05-01T00:00",
			" 2019" })
	void rejectsWhatIsNotAPartialDate(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text))
			.withMessageContaining("invalid date");
	}

	@Test
	void rejectsAStartThatIsNotTheFirstDayOfItsPeriod() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PartialDate(LocalDate.of(2019, 5, 2), PartialDate.Precision.MONTH))
			.withMessage("2019-05-02 is not the first day of a month");
	}

}
