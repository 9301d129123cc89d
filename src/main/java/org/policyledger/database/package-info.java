/**
 * Which database the ledger runs on, asked by the store and by the read models for the
 * few things only one of them does; it depends on no other package of the ledger, so that
 * both may use it without depending on each other.
 */
package org.policyledger.database;
