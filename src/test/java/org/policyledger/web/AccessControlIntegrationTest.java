package org.policyledger.web;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@LedgerIntegrationTest
class AccessControlIntegrationTest {

	static final String FACT = """
			{"type": "PositionStated", "factId": "%s", "actorId": "ESP", "topicId": "open-source-ai",
			 "stance": "SUPPORTS", "summary": "Backs open models", "validTime": "2025",
			 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a passage"}]}""";

	@Autowired
	private MockMvc mvc;

	static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	@Test
	void letsAnyoneRead() throws Exception {
		mvc.perform(get("/api/actors/USA/timeline")).andExpect(status().isOk());
	}

	@Test
	void keepsTheEditorWhoRecordedAFact() throws Exception {
		mvc.perform(as(post("/api/facts"), LedgerIntegrationTest.EDITOR_TOKEN).contentType(MediaType.APPLICATION_JSON)
			.content(FACT.formatted("access-recorder"))).andExpect(status().isCreated());
		await().untilAsserted(() -> mvc.perform(get("/api/facts/access-recorder"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fact.recordedBy").value("test-editor")));
	}

	@Test
	void letsAdminsRecordFactsToo() throws Exception {
		mvc.perform(as(post("/api/facts"), LedgerIntegrationTest.ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
			.content(FACT.formatted("access-admin"))).andExpect(status().isCreated());
	}

	@Test
	void refusesRebuildsToEditors() throws Exception {
		mvc.perform(as(post("/api/admin/rebuild"), LedgerIntegrationTest.EDITOR_TOKEN))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("the role of this token may not do that"));
	}

	@Test
	void refusesTheActuatorsMetricsToAnonymousReaders() throws Exception {
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(as(get("/actuator/metrics"), LedgerIntegrationTest.ADMIN_TOKEN)).andExpect(status().isOk());
	}

	@Test
	void keepsTheOnlineBackupForAdmins() throws Exception {
		mvc.perform(get("/api/admin/backup")).andExpect(status().isUnauthorized());
		mvc.perform(as(get("/api/admin/backup"), LedgerIntegrationTest.EDITOR_TOKEN)).andExpect(status().isForbidden());
	}

	@Test
	void keepsTheDatabaseCopyForAdmins() throws Exception {
		mvc.perform(get("/api/admin/backup/database")).andExpect(status().isUnauthorized());
		mvc.perform(as(get("/api/admin/backup/database"), LedgerIntegrationTest.EDITOR_TOKEN))
			.andExpect(status().isForbidden());
		mvc.perform(as(get("/api/admin/backup/database"), LedgerIntegrationTest.ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"ledger.database.zip\""));
	}

	@Test
	void keepsTheDatabaseConsoleOff() throws Exception {
		mvc.perform(as(get("/h2-console"), LedgerIntegrationTest.ADMIN_TOKEN)).andExpect(status().isNotFound());
	}

}
