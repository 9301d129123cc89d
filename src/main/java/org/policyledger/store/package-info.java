/**
 * What is stored, below the domain: the PostgreSQL dialect that keeps payloads and tokens
 * in {@code bytea}, the verification that the stored ledger holds together, and copies of
 * the whole H2 database.
 */
package org.policyledger.store;
