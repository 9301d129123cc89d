package org.policyledger.interchange;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the seed document on the first start of an empty ledger. A ledger that holds any
 * event is never seeded again; a seed that fails to load stops the start and leaves the
 * ledger empty.
 */
@Component
@ConditionalOnProperty(name = "ledger.seed.enabled", havingValue = "true")
class SeedLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final EventStorageEngine storage;

	private final DocumentLoader loader;

	private final ObjectMapper objectMapper;

	private final Resource seed;

	SeedLoader(EventStorageEngine storage, DocumentLoader loader, ObjectMapper objectMapper,
			@Value("${ledger.seed.location}") Resource seed) {
		this.storage = storage;
		this.loader = loader;
		this.objectMapper = objectMapper;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (storage.readEvents(null, false).findAny().isPresent()) {
			log.info("The ledger holds events already; seed data not loaded");
			return;
		}
		LedgerDocument document;
		try (InputStream in = seed.getInputStream()) {
			document = objectMapper.readValue(in, LedgerDocument.class);
		}
		loader.load(document);
		log.info("Loaded {} seed entries from {}", document.size(), seed.getDescription());
	}

}
