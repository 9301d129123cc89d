package org.policyledger.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.policyledger.api.Recorder;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed file on the first start of an empty ledger. A ledger that holds any
 * event is never seeded again; a seed with a bad entry stops the start and leaves the
 * ledger empty.
 */
@Component
@ConditionalOnProperty(name = "ledger.seed.enabled", havingValue = "true")
class SeedLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final EventStorageEngine storage;

	private final Importer importer;

	private final ObjectMapper objectMapper;

	private final Resource seed;

	private final TransactionTemplate transaction;

	SeedLoader(EventStorageEngine storage, Importer importer, ObjectMapper objectMapper,
			@Value("${ledger.seed.location}") Resource seed, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.storage = storage;
		this.importer = importer;
		this.objectMapper = objectMapper;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (storage.readEvents(null, false).findAny().isPresent()) {
			log.info("The ledger holds events already; seed data not loaded");
			return;
		}
		// One transaction around the batches: the seed is small, and loads whole or not
		// at all.
		ImportReport report = transaction.execute(status -> {
			ImportReport result = importSeed();
			if (result.stopped()) {
				throw new IllegalStateException("the seed " + seed.getDescription() + " has bad entries: "
						+ result.rejected().stream().map(Object::toString).toList());
			}
			return result;
		});
		log.info("Loaded {} seed entries from {}", report.recorded(), seed.getDescription());
	}

	private ImportReport importSeed() {
		try {
			return importer.run(
					() -> FileFormat.JSON.read(seed.getFilename(), seed.getInputStream(), () -> -1, objectMapper),
					importer.options(false, Recorder.SEED), ProgressListener.NONE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
