package org.policyledger.access;

/**
 * What a token may do; each role includes the ones before it. Readers read (everyone,
 * unless reads are private), editors record facts, admins import, rebuild and verify.
 */
public enum Role {

	READER, EDITOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
