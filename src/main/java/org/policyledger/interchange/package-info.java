/**
 * The ledger's own interchange format
 * ({@link org.policyledger.interchange.LedgerDocument}, documented in
 * docs/interchange.md) and the loading of documents, among them the seed data shipped
 * with the service.
 */
package org.policyledger.interchange;
