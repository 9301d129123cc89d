package org.policyledger.interchange.unvotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.policyledger.api.ActorId;
import org.policyledger.api.ActorKind;
import org.policyledger.interchange.unvotes.Countries.Country;

class CountriesTest {

	@Test
	void mapsIsoCodesToAlpha3States() {
		assertThat(Countries.of("US", "United States")).isEqualTo(new Country(ActorId.of("USA"), ActorKind.STATE));
	}

	@Test
	void readsNamibiasCodeNaAsNamibiaNotAsMissing() {
		assertThat(Countries.of("NA", "Namibia")).isEqualTo(new Country(ActorId.of("NAM"), ActorKind.STATE));
	}

	@Test
	void identifiesCountriesWithoutCodeByName() {
		assertThat(Countries.of("NA", "Federal Republic of Germany"))
			.isEqualTo(new Country(ActorId.of("DEU"), ActorKind.STATE));
		assertThat(Countries.of(null, "Zanzibar")).isEqualTo(new Country(ActorId.of("ZAN"), ActorKind.FORMER_STATE));
		assertThat(Countries.of("NA", "Yemen Arab Republic"))
			.isEqualTo(new Country(ActorId.of("YAR"), ActorKind.FORMER_STATE));
	}

	@Test
	void keepsWithdrawnCodesAsFormerStates() {
		assertThat(Countries.of("CS", "Czechoslovakia"))
			.isEqualTo(new Country(ActorId.of("CSK"), ActorKind.FORMER_STATE));
		assertThat(Countries.of("YU", "Yugoslavia")).isEqualTo(new Country(ActorId.of("YUG"), ActorKind.FORMER_STATE));
		assertThat(Countries.of("DD", "German Democratic Republic"))
			.isEqualTo(new Country(ActorId.of("DDR"), ActorKind.FORMER_STATE));
		assertThat(Countries.of("YD", "Yemen People's Republic"))
			.isEqualTo(new Country(ActorId.of("YMD"), ActorKind.FORMER_STATE));
	}

	@Test
	void rejectsAnUnknownCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> Countries.of("QQ", "Nowhere"))
			.withMessageContaining("'QQ' is not an ISO 3166 country code");
	}

	@Test
	void rejectsAMissingCodeWithAnUnknownName() {
		assertThatIllegalArgumentException().isThrownBy(() -> Countries.of("NA", "Atlantis"))
			.withMessageContaining("'Atlantis' is not a known country");
	}

}
