/**
 * Who may do what: the roles, and the API tokens that carry them (kept only as their
 * SHA-256). The web layer enforces them; the command line makes tokens.
 */
package org.policyledger.access;
