package org.policyledger.read.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.policyledger.api.SourceId;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest archived text of each source, as the fact projection checks quotes against
 * it: read from the read model once and kept, normalised, for the few sources read most
 * recently; the sources without any archive are remembered by id.
 */
@Component
class ArchivedTexts {

	/** A source's latest version, normalised for matching. */
	record Latest(int version, QuoteMatcher.Text text) {
	}

	private static final String LATEST = """
			select a.version, t.content from rm_source_archive a join rm_archive_text t on t.sha256 = a.sha256
			where a.source_id = :source order by a.version desc fetch first 1 rows only
			""";

	private static final int TEXTS_KEPT = 16;

	private final NamedParameterJdbcTemplate named;

	private final Set<SourceId> withoutArchive = ConcurrentHashMap.newKeySet();

	private final Map<SourceId, Latest> texts = new LinkedHashMap<>(TEXTS_KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<SourceId, Latest> eldest) {
			return size() > TEXTS_KEPT;
		}
	};

	ArchivedTexts(NamedParameterJdbcTemplate named) {
		this.named = named;
	}

	/** The source's latest archived version, or null when it has none. */
	Latest latest(SourceId source) {
		if (withoutArchive.contains(source)) {
			return null;
		}
		synchronized (texts) {
			Latest kept = texts.get(source);
			if (kept != null) {
				return kept;
			}
		}
		Latest read = named.query(LATEST, Map.of("source", source.value()), rs -> rs.next()
				? new Latest(rs.getInt("version"), new QuoteMatcher.Text(rs.getString("content"))) : null);
		if (read == null) {
			withoutArchive.add(source);
		}
		else {
			synchronized (texts) {
				texts.put(source, read);
			}
		}
		return read;
	}

	/** Forgets what is known of a source, which has just been archived again. */
	void forget(SourceId source) {
		withoutArchive.remove(source);
		synchronized (texts) {
			texts.remove(source);
		}
	}

	/** Forgets everything, as the read model is rebuilt. */
	void clear() {
		withoutArchive.clear();
		synchronized (texts) {
			texts.clear();
		}
	}

}
