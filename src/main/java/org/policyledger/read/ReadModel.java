package org.policyledger.read;

/**
 * The processing group of every projection: one pooled streaming processor feeds them.
 */
public final class ReadModel {

	public static final String PROCESSING_GROUP = "read-model";

	private ReadModel() {
	}

}
