package org.policyledger.interchange;

import java.util.List;
import java.util.function.Consumer;

import org.policyledger.ledger.Ledger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a {@link LedgerDocument} through the {@link Ledger}, all of it in one
 * transaction: a document that fails anywhere leaves nothing behind, and the failure
 * names the entry.
 */
@Component
public class DocumentLoader {

	private final Ledger ledger;

	private final TransactionTemplate transaction;

	public DocumentLoader(Ledger ledger, TransactionTemplate transaction) {
		this.ledger = ledger;
		this.transaction = transaction;
	}

	public void load(LedgerDocument document) {
		transaction.executeWithoutResult(status -> {
			each("actors", document.actors(), ledger::register);
			each("topics", document.topics(), ledger::register);
			each("sources", document.sources(), ledger::register);
			each("instruments", document.instruments(), ledger::register);
			each("facts", document.facts(), ledger::record);
		});
	}

	private static <T> void each(String section, List<T> entries, Consumer<T> submit) {
		for (int i = 0; i < entries.size(); i++) {
			try {
				submit.accept(entries.get(i));
			}
			catch (RuntimeException ex) {
				throw new DocumentEntryException(section, i, ex);
			}
		}
	}

}
