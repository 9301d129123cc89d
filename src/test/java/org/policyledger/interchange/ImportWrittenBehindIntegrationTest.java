package org.policyledger.interchange;

import org.policyledger.LedgerIntegrationTest;

import org.springframework.test.context.TestPropertySource;

/**
 * Every import case again, each batch stored while the next is decided, as the
 * {@code import} command does: a batch the store refuses (a fact id another actor holds)
 * is written again the ordinary way, with the same report and the same store.
 */
@LedgerIntegrationTest
@TestPropertySource(properties = "ledger.import.write-behind=true")
class ImportWrittenBehindIntegrationTest extends ImportIntegrationTest {

}
