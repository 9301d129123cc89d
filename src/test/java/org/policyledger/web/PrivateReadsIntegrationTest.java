package org.policyledger.web;

import static org.policyledger.web.AccessControlIntegrationTest.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = { "ledger.data-dir=./target/test-data/${random.uuid}", "ledger.seed.enabled=false",
		"ledger.security.public-reads=false", "ledger.security.tokens[0].name=reader",
		"ledger.security.tokens[0].role=READER",
		"ledger.security.tokens[0].sha256=" + PrivateReadsIntegrationTest.READER_SHA256,
		"ledger.security.tokens[1].name=editor", "ledger.security.tokens[1].role=EDITOR",
		"ledger.security.tokens[1].sha256=" + LedgerIntegrationTest.EDITOR_TOKEN_SHA256 })
@AutoConfigureMockMvc
class PrivateReadsIntegrationTest {

	private static final String READER = "test-reader-token";

	static final String READER_SHA256 = "0b2e8ed1ad9b540959ccfa412a59dbc86cf6a4874072936c2233bda4ced1e1c6";

	@Autowired
	private MockMvc mvc;

	@Test
	void needsAReaderTokenToRead() throws Exception {
		mvc.perform(get("/api/actors")).andExpect(status().isUnauthorized());
		mvc.perform(as(get("/api/actors"), READER)).andExpect(status().isOk());
		mvc.perform(as(get("/api/actors"), LedgerIntegrationTest.EDITOR_TOKEN)).andExpect(status().isOk());
	}

	@Test
	void servesThePageWithoutATokenButNotItsData() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/ui/app.js")).andExpect(status().isOk());
		mvc.perform(get("/api/actors/USA/timeline")).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesWritesToReaders() throws Exception {
		mvc.perform(as(post("/api/facts"), READER).contentType(MediaType.APPLICATION_JSON)
			.content(AccessControlIntegrationTest.FACT.formatted("private-reader"))).andExpect(status().isForbidden());
	}

}
