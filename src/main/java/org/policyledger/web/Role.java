package org.policyledger.web;

/**
 * What a token may do; each role includes the ones before it. Readers read (everyone,
 * unless reads are private), editors record facts, admins import, rebuild and verify.
 */
enum Role {

	READER, EDITOR, ADMIN;

	String authority() {
		return "ROLE_" + name();
	}

}
