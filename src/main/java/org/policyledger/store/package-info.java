/**
 * What is stored, below the domain: the PostgreSQL dialect that keeps payloads and tokens
 * in {@code bytea}, and the verification that the stored ledger holds together.
 */
package org.policyledger.store;
