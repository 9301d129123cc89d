package org.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Prometheus endpoint with Axon's metrics and the ledger's own (Spring Boot's tests
 * leave metrics export off unless asked, hence its own context).
 */
@LedgerIntegrationTest
@AutoConfigureObservability(tracing = false)
class MetricsIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void servesPrometheusMetricsToAdminsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(AccessControlIntegrationTest.as(get("/actuator/prometheus"), LedgerIntegrationTest.EDITOR_TOKEN))
			.andExpect(status().isForbidden());
		String metrics = mvc
			.perform(AccessControlIntegrationTest.as(get("/actuator/prometheus"), LedgerIntegrationTest.ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(metrics).contains("ledger_events_recorded_total{type=\"PositionStated\"}", "ledger_chain_length ",
				"ledger_read_model_lag ", "ledger_read_model_dead_letters ",
				"ledger_import_entries_total{outcome=\"recorded\"}",
				"eventProcessor_latency{processorName=\"read-model\"}",
				"commandBus_successCounter_total{payloadType=\"RegisterActor\"}");
	}

}
