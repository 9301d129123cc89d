/**
 * The write side: aggregates that enforce the ledger's rules and turn commands into
 * events, and {@link org.policyledger.ledger.Ledger}, the one way in for every writer.
 */
package org.policyledger.ledger;
