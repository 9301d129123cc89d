package org.policyledger.interchange.unvotes;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;

import org.policyledger.api.ActorId;
import org.policyledger.api.ActorKind;

/**
 * Maps the dataset's countries to actors, identified by ISO 3166-1 alpha-3 codes as the
 * ledger's states are. Two traps: the code {@code NA} is Namibia's, but the dataset also
 * writes NA where a country has no code (West Germany, North Yemen, Zanzibar), so the
 * name decides; and withdrawn codes (CS, YU, DD, YD) name states that no longer exist,
 * which become former states under their ISO 3166-3 codes rather than being dropped.
 */
final class Countries {

	/** A country as the ledger records it. */
	record Country(ActorId id, ActorKind kind) {
	}

	private static final String NAMIBIA = "Namibia";

	private static final Map<String, Country> WITHDRAWN_CODES = Map.of("CS", former("CSK"), "YU", former("YUG"), "DD",
			former("DDR"), "YD", former("YMD"));

	/**
	 * Countries the dataset gives no code. West Germany is the state that is Germany
	 * today; North Yemen and Zanzibar merged into new states.
	 */
	private static final Map<String, Country> WITHOUT_CODE = Map.of("Federal Republic of Germany",
			new Country(ActorId.of("DEU"), ActorKind.STATE), "Yemen Arab Republic", former("YAR"), "Zanzibar",
			former("ZAN"));

	/** The states of the codes met so far: a code's lookup costs more than its row. */
	private static final Map<String, Country> BY_CODE = new ConcurrentHashMap<>();

	private Countries() {
	}

	/** The actor for a row's code and name; throws if neither identifies a country. */
	static Country of(String code, String name) {
		if (!hasCode(code, name)) {
			Country country = WITHOUT_CODE.get(name);
			if (country == null) {
				throw new IllegalArgumentException("no country code, and '" + name + "' is not a known country");
			}
			return country;
		}
		Country former = WITHDRAWN_CODES.get(code);
		return former != null ? former : BY_CODE.computeIfAbsent(code, Countries::ofIsoCode);
	}

	/** A current ISO 3166-1 alpha-2 code's state; throws if the code is not one. */
	private static Country ofIsoCode(String code) {
		try {
			String alpha3 = code.length() == 2 ? new Locale("", code).getISO3Country() : "";
			if (alpha3.isEmpty()) {
				throw new MissingResourceException(code, "Locale", code);
			}
			return new Country(ActorId.of(alpha3), ActorKind.STATE);
		}
		catch (MissingResourceException ex) {
			throw new IllegalArgumentException("'" + code + "' is not an ISO 3166 country code");
		}
	}

	/** Whether the row gives the country a code, rather than NA or nothing for none. */
	static boolean hasCode(String code, String name) {
		return code != null && !code.isBlank() && !("NA".equals(code) && !NAMIBIA.equals(name));
	}

	private static Country former(String code) {
		return new Country(ActorId.of(code), ActorKind.FORMER_STATE);
	}

}
