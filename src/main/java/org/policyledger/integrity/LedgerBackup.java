package org.policyledger.integrity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policyledger.api.LedgerId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole ledger, event by event as stored, and back: {@code backup} writes each stored
 * event (the fields the chain hashes, bytes in base64) checked against the chain, then
 * the signed digest of them all; {@code restore} loads such a file into an empty ledger
 * with its events, recording times and hashes unchanged, after checking every event hash,
 * the chain and the Merkle root against the file's digest and the digest's signature.
 * Unlike an import, nothing is recorded anew: this is the one way to move recording
 * times.
 */
@Service
public class LedgerBackup {

	static final String FORMAT = "policy-ledger-events/1";

	private static final int BATCH = 1_000;

	private final LedgerChain chain;

	private final Integrity integrity;

	private final DigestSigner signer;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	LedgerBackup(LedgerChain chain, Integrity integrity, DigestSigner signer, JdbcTemplate jdbc, ObjectMapper json) {
		this.chain = chain;
		this.integrity = integrity;
		this.signer = signer;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** What a backup wrote or a restore loaded: how many events, under which digest. */
	public record Outcome(long events, Digest digest) {
	}

	/**
	 * Writes every stored event, one JSON line each after a header, and the digest last.
	 */
	@Transactional(readOnly = true)
	public Outcome backup(OutputStream out) throws IOException {
		line(out, Map.of("format", FORMAT));
		List<byte[]> hashes = new ArrayList<>();
		byte[][] link = { Hashes.GENESIS };
		try {
			chain.eachVerifiedEvent(chain.head().position(), (entry, event) -> {
				hashes.add(entry.eventHash());
				link[0] = entry.chainHash();
				line(out, PublishedEvent.of(entry, event));
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		Digest digest = integrity.issue(hashes, link[0]);
		line(out, Map.of("digest", digest));
		out.flush();
		return new Outcome(hashes.size(), digest);
	}

	private void line(OutputStream out, Object value) {
		try {
			out.write(json.writeValueAsBytes(value));
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Loads a backup into this ledger, which must hold no event. Its digest must be
	 * signed by {@code trusted} (this ledger's own key when null). Any mismatch refuses
	 * the whole file and leaves the ledger empty.
	 */
	@Transactional
	public Outcome restore(InputStream in, PublicKey trusted) throws IOException {
		long held = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
		if (held > 0) {
			throw new IllegalStateException(
					String.format("restore loads into an empty ledger; this one holds %,d events", held));
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String first = reader.readLine();
		if (first == null || !FORMAT.equals(json.readTree(first).path("format").asText())) {
			throw new IllegalArgumentException("line 1: not a ledger backup (expected format " + FORMAT + ")");
		}
		LedgerChain.Link head = chain.lockHead();
		List<byte[]> hashes = new ArrayList<>();
		List<StoredEvent> batch = new ArrayList<>(BATCH);
		Digest digest = null;
		long lineNumber = 1;
		for (String line; digest == null && (line = reader.readLine()) != null;) {
			lineNumber++;
			JsonNode node = json.readTree(line);
			if (node.has("digest")) {
				digest = json.treeToValue(node.get("digest"), Digest.class);
				continue;
			}
			PublishedEvent published = json.treeToValue(node, PublishedEvent.class);
			StoredEvent event = published.stored();
			byte[] hash = event.hash();
			if (published.position() != hashes.size() + 1 || !Hashes.hex(hash).equals(published.eventHash())) {
				throw new IllegalArgumentException("line " + lineNumber + ": " + event.describe()
						+ " is not the event the file's chain holds at position " + (hashes.size() + 1));
			}
			hashes.add(hash);
			batch.add(event);
			if (batch.size() == BATCH) {
				head = store(head, batch);
			}
		}
		if (digest == null) {
			throw new IllegalArgumentException("the file ends before its digest: not a whole ledger backup");
		}
		head = store(head, batch);
		requireDigest(digest, hashes, head, trusted == null ? signer.publicKeyValue() : trusted);
		return new Outcome(hashes.size(), digest);
	}

	private LedgerChain.Link store(LedgerChain.Link head, List<StoredEvent> batch) {
		List<Object[]> registrations = new ArrayList<>();
		for (StoredEvent event : batch) {
			if (event.factId() == null && event.sequenceNumber() == 0) {
				registrations.add(new Object[] { LedgerId.parse(event.aggregateIdentifier()).key(),
						event.aggregateIdentifier() });
			}
		}
		List<IndexedEvent> indexed = IndexedEvent.after(head.position(), batch);
		IndexedEvent.insert(jdbc, indexed);
		jdbc.batchUpdate("insert into registration_key (id_key, id) values (?, ?)", registrations);
		LedgerChain.Link next = chain.append(head, indexed);
		batch.clear();
		return next;
	}

	private static void requireDigest(Digest digest, List<byte[]> hashes, LedgerChain.Link head, PublicKey trusted) {
		if (digest.size() != hashes.size() || !digest.rootHash().equals(Hashes.hex(new MerkleTree(hashes).root()))
				|| !Arrays.equals(Hashes.bytes(digest.chainHash()), head.chainHash())) {
			throw new IllegalArgumentException("the file's events do not give its digest (" + digest.size()
					+ " events, root " + digest.rootHash() + "): events were changed, added or removed");
		}
		if (!digest.isSignedBy(trusted)) {
			throw new IllegalArgumentException("the file's digest is not signed by the trusted key "
					+ DigestSigner.keyId(trusted) + " (it names key " + digest.keyId() + ")");
		}
	}

}
