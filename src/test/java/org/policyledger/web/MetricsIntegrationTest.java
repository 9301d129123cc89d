package org.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.read.ReadModelMaintenance;

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

	@Autowired
	private ReadModelMaintenance readModel;

	@Test
	void servesPrometheusMetricsToAdminsOnly() throws Exception {
		// Axon registers a processor's latency gauge once it has handled an event.
		await().atMost(Duration.ofSeconds(30)).until(readModel::isCaughtUp);
		mvc.perform(get("/api/actors/USA/stances/multilateral-ai-governance")).andExpect(status().isOk());
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
				"commandBus_successCounter_total{payloadType=\"RegisterActor\"}",
				"queryBus_successCounter_total{payloadType=\"StanceQuery\"}",
				"queryBus_allTimer_seconds_count{payloadType=\"StanceQuery\"}");
		assertThat(metrics).as("no capacity monitor keeping ten minutes of samples")
			.doesNotContain("eventProcessor_capacity", "queryBus_capacity", "commandBus_capacity");
		assertThat(metrics).as("events counted once, at commit, by ledger_events_recorded_total")
			.doesNotContain("eventStore_");
	}

}
