package org.policyledger.api;

/**
 * How user input is shown back in error messages: cut short, so a huge value stays
 * readable.
 */
public final class Inputs {

	private static final int SHOWN = 40;

	private Inputs() {
	}

	/** The input, cut after {@value #SHOWN} characters with "..." to say so. */
	public static String shown(String input) {
		return input.length() <= SHOWN ? input : input.substring(0, SHOWN) + "...";
	}

}
