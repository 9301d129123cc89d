/**
 * What is stored, below the domain: the PostgreSQL dialect that keeps payloads and tokens
 * in {@code bytea}, the verification that the stored ledger holds together, copies of the
 * whole H2 database, and its file rewritten to its live pages.
 */
package org.policyledger.store;
