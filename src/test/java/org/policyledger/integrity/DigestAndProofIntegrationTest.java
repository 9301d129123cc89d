package org.policyledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.api.ActorId;
import org.policyledger.api.Citation;
import org.policyledger.api.FactId;
import org.policyledger.api.PartialDate;
import org.policyledger.api.Recorder;
import org.policyledger.api.SourceId;
import org.policyledger.api.Stance;
import org.policyledger.api.StatePosition;
import org.policyledger.api.TopicId;
import org.policyledger.ledger.Ledger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@LedgerIntegrationTest
class DigestAndProofIntegrationTest {

	private static final FactId SEEDED = FactId.of("usa-2023-bletchley-declaration");

	@Autowired
	private Integrity integrity;

	@Autowired
	private Ledger ledger;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	private FactId recordOne(String id) {
		return ledger
			.record(new StatePosition(FactId.of(id), ActorId.of("USA"), TopicId.of("open-source-ai"), Stance.SUPPORTS,
					"A position", null, null, null, PartialDate.parse("2024"),
					List.of(new Citation(SourceId.of("csis-2025-10-07-un-global-dialogue"), "a passage"))),
					Recorder.principal("proof-test"))
			.factId();
	}

	@Test
	void provesAFactAgainstADigestPublishedBeforeLaterFacts() {
		Digest published = integrity.digest();
		recordOne("proof-later-1");
		InclusionProof proof = integrity.prove(SEEDED, published.size());
		assertThat(proof.rootHash()).isEqualTo(published.rootHash());
		assertThat(proof.provesInclusionUnder(published.rootHash())).isTrue();
		assertThat(integrity.digest(published.size()).rootHash()).isEqualTo(published.rootHash());
		InclusionProof now = integrity.prove(SEEDED, null);
		assertThat(now.provesInclusionUnder(integrity.digest().rootHash())).isTrue();
		assertThat(now.provesInclusionUnder(published.rootHash())).isFalse();
	}

	@Test
	void refusesToProveAFactRecordedAfterTheDigest() {
		Digest published = integrity.digest();
		FactId later = recordOne("proof-later-2");
		assertThatThrownBy(() -> integrity.prove(later, published.size()))
			.hasMessageContaining("after the " + published.size() + " events of that digest");
	}

	@Test
	void servesDigestsAndProofsThatCheckOut() throws Exception {
		String digestJson = mvc.perform(get("/api/integrity/digest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ledger").value("policy-ledger"))
			.andExpect(jsonPath("$.issuedAt").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Digest digest = json.readValue(digestJson, Digest.class);
		String proofJson = mvc.perform(get("/api/integrity/proofs/{id}?treeSize={size}", SEEDED.value(), digest.size()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json.readValue(proofJson, InclusionProof.class).provesInclusionUnder(digest.rootHash())).isTrue();
	}

	@Test
	void answersAnUnknownFactOrASizeBeyondTheLedgerWithAProblem() throws Exception {
		mvc.perform(get("/api/integrity/proofs/no-such-fact"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/integrity/digest?size=999999999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("a digest covers 0 to")));
	}

	@Test
	void signsDigestsWithThePublishedKey() throws Exception {
		Digest digest = json.readValue(
				mvc.perform(get("/api/integrity/digest")).andReturn().getResponse().getContentAsString(), Digest.class);
		SigningKey key = json.readValue(mvc.perform(get("/api/integrity/public-key"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), SigningKey.class);
		PublicKey publicKey = KeyFactory.getInstance(key.algorithm())
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey())));
		assertThat(digest.keyId()).isEqualTo(key.keyId());
		assertThat(digest.isSignedBy(publicKey)).isTrue();
		Digest forged = new Digest(digest.ledger(), digest.size(), digest.chainHash(), digest.chainHash(),
				digest.issuedAt(), digest.keyId(), digest.signature());
		assertThat(forged.isSignedBy(publicKey)).isFalse();
	}

	@Test
	void provesALaterDigestExtendsAnEarlierOne() throws Exception {
		Digest earlier = integrity.digest();
		recordOne("consistency-later-1");
		Digest later = integrity.digest();
		ConsistencyProof proof = json
			.readValue(mvc.perform(get("/api/integrity/consistency?first={first}", earlier.size()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), ConsistencyProof.class);
		assertThat(proof.secondSize()).isEqualTo(later.size());
		assertThat(proof.provesConsistencyOf(earlier.rootHash(), later.rootHash())).isTrue();
		assertThat(proof.provesConsistencyOf(later.rootHash(), later.rootHash())).isFalse();
	}

	@Test
	void refusesAConsistencyProofFromALaterDigestThanTheSecond() throws Exception {
		mvc.perform(get("/api/integrity/consistency?first=5&second=4"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("the earlier digest must cover 0 to 4 events")));
	}

	@Test
	void servesEachStoredEventSoThatAnyoneCanRecomputeItsHashAsDocumented() throws Exception {
		InclusionProof proof = integrity.prove(SEEDED, null);
		PublishedEvent event = json
			.readValue(mvc.perform(get("/api/integrity/events/{position}", proof.leafIndex() + 1))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), PublishedEvent.class);
		ByteArrayOutputStream fields = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(fields);
		for (String text : List.of(event.eventIdentifier(), event.aggregateIdentifier(), event.aggregateType(),
				Long.toString(event.sequenceNumber()), event.timestamp(), event.payloadType())) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			out.writeInt(bytes.length);
			out.write(bytes);
		}
		for (byte[] bytes : List.of(event.payloadRevision().getBytes(StandardCharsets.UTF_8),
				Base64.getDecoder().decode(event.payload()), Base64.getDecoder().decode(event.metaData()))) {
			out.writeInt(bytes.length);
			out.write(bytes);
		}
		String recomputed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fields.toByteArray()));
		assertThat(recomputed).isEqualTo(event.eventHash()).isEqualTo(proof.eventHash());
		assertThat(new String(Base64.getDecoder().decode(event.payload()), StandardCharsets.UTF_8))
			.contains(SEEDED.value());
	}

	@Test
	void answersAPositionOutsideTheChainWithAProblem() throws Exception {
		mvc.perform(get("/api/integrity/events/0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("no event at position 0")));
	}

}
