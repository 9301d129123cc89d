import { get } from './api.js';
import { h, replaceChildren } from './dom.js';
import { factLabel, factText, instant, name, stanceChip, statusBadge } from './format.js';
import { citations } from './cite.js';
import { current, link } from './route.js';

const drawer = () => document.getElementById('drawer');

// Shows a fact's provenance: what was said, by whom, where, its sources, who recorded it
// when, and every version and amendment since.
export async function openFact(factId, catalog, onClose) {
	const panel = drawer();
	const close = h('button', { type: 'button', class: 'close', onclick: onClose, 'aria-label': 'Close the fact' }, '×');
	replaceChildren(panel, close, h('p', null, 'Loading…'));
	panel.hidden = false;
	let content;
	try {
		const id = encodeURIComponent(factId);
		const [facts, evidence] = await Promise.all([get(`/api/facts/${id}`), get(`/api/facts/${id}/evidence`)]);
		const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
		content = [provenance(facts, catalog), evidenceSection(evidence), citeSection(facts.fact, catalog, current().knownAt ?? now, now)];
	}
	catch (error) {
		content = [h('h2', { id: 'drawer-title' }, 'Fact'), h('p', { role: 'alert' }, error.message)];
	}
	replaceChildren(panel, close, content);
	panel.focus();
}

// While the drawer is open, Tab and Shift+Tab move through it only (Escape closes it).
document.addEventListener('keydown', (event) => {
	const panel = drawer();
	if (event.key !== 'Tab' || panel.hidden) {
		return;
	}
	const focusable = [...panel.querySelectorAll('a[href], button:not([disabled]), summary, [tabindex="0"]')]
		.filter((element) => element.checkVisibility());
	const first = focusable[0];
	const last = focusable.at(-1);
	const at = document.activeElement;
	if (!first) {
		event.preventDefault();
		panel.focus();
	}
	else if (!panel.contains(at) || (event.shiftKey ? at === first || at === panel : at === last)) {
		event.preventDefault();
		(event.shiftKey ? last : first).focus();
	}
});

export function closeFact() {
	drawer().hidden = true;
	replaceChildren(drawer());
}

function provenance({ fact, versions, amendments }, catalog) {
	return [
		h('h2', { id: 'drawer-title' }, `${factLabel(fact.type)} · ${name(catalog.actors, fact.actorId)}`, ' ', statusBadge(fact.status)),
		h('dl', { class: 'facts' },
			row('Date', fact.validTime),
			fact.topicId ? row('Topic', h('a', { href: link({ view: 'topic', id: fact.topicId, actors: null }), 'data-nav': true }, name(catalog.topics, fact.topicId))) : null,
			fact.stance ? row('Stance', stanceChip(fact.stance)) : null,
			fact.instrumentId ? row('Instrument', h('a', { href: link({ view: 'instrument', id: fact.instrumentId, actors: null }), 'data-nav': true }, name(catalog.instruments, fact.instrumentId))) : null,
			fact.vote ? row('Vote', fact.vote) : null,
			fact.speaker ? row('Speaker', [fact.speaker.name, fact.speaker.role].filter(Boolean).join(', ')) : null,
			fact.venue ? row('Venue', fact.venue) : null,
			fact.tally ? row('Tally', `${fact.tally.yes} yes, ${fact.tally.no} no, ${fact.tally.abstain} abstaining`) : null,
			row('Says', factText(fact, catalog))),
		fact.quote ? h('blockquote', { class: 'quote' }, fact.quote) : null,
		h('h3', null, `Sources (${fact.sources.length})`),
		h('ol', { class: 'sources' }, fact.sources.map(source)),
		h('h3', null, 'Record'),
		h('dl', { class: 'facts' },
			row('Fact id', h('code', null, fact.factId)),
			row('Recorded at', instant(fact.recordedAt)),
			row('Recorded by', fact.recordedBy ?? 'unknown'),
			fact.version > 0 ? row('This version since', instant(fact.knownFrom)) : null),
		versions.length > 1 ? [h('h3', null, `Versions (${versions.length})`),
			h('ol', { class: 'versions' }, versions.map((version) => h('li', null,
				h('span', { class: 'muted' }, `known from ${instant(version.knownFrom)} `), statusBadge(version.status),
				version.stance ? stanceChip(version.stance) : null, ' ', factText(version, catalog))))] : null,
		h('h3', null, `Corrections and retractions (${amendments.length})`),
		amendments.length === 0 ? h('p', { class: 'muted' }, 'None.') : h('ol', { class: 'amendments' }, amendments.map((change) => h('li', null,
			h('strong', null, factLabel(change.type)), ` ${instant(change.recordedAt)} by ${change.recordedBy ?? 'unknown'}: `, change.reason,
			h('ol', { class: 'sources' }, change.sources.map(source))))),
	];
}

const STATUS = {
	'verified': 'Quote found in the archived text',
	'not-found': 'Quote not found in the archived text; the nearest passage',
	'no-archive': 'No archived text of this source to check the quote against',
};

const KIND = { PRIMARY: 'primary source', SECONDARY: 'secondary source' };

// Each citation checked against its source's archived text, the passage marked in context.
function evidenceSection({ evidence }) {
	return [
		h('h3', null, `Evidence (${evidence.length})`),
		h('ol', { class: 'evidence' }, evidence.map((item) => h('li', { class: `evidence-item quote-${item.status}` },
			h('span', { class: 'publisher' }, item.publisher), ', ', h('cite', null, item.title),
			` · ${KIND[item.kind] ?? 'kind not stated'}`,
			h('p', { class: 'quote-status' }, STATUS[item.status]),
			item.archive ? passage(item) : null,
			item.archive ? h('p', { class: 'muted' },
				`Archived version ${item.archive.version}, sha256 ${item.archive.sha256.slice(0, 16)}…, `
				+ `${item.archive.mediaType}, recorded ${instant(item.archive.recordedAt)}`
				+ (item.archive.retrievedAt ? `, retrieved ${instant(item.archive.retrievedAt)}` : '')
				+ (item.archive.url ? ` from ${item.archive.url}` : '')) : null,
			item.latestStatus ? h('p', { class: 'quote-status' },
				`In the latest version (${item.latestVersion}): ${item.latestStatus === 'verified' ? 'found' : 'not found'}`) : null))),
	];
}

function passage(item) {
	const start = item.offset - item.contextStart;
	const end = start + item.length;
	return h('blockquote', { class: 'context' }, item.context.slice(0, start),
		h('mark', null, item.context.slice(start, end)), item.context.slice(end));
}

function citeSection(fact, catalog, knownAt, retrievedAt) {
	const cite = citations(fact, catalog, knownAt, retrievedAt);
	return h('details', { class: 'cite' }, h('summary', null, 'Cite this fact'),
		h('p', null, 'Its permalink shows it as the ledger knew it at ', h('code', null, knownAt), ': ',
			h('a', { href: cite.permalink }, cite.permalink)),
		[['Text', 'cite-text', cite.text], ['BibTeX', 'cite-bibtex', cite.bibtex], ['CSL-JSON', 'cite-csl', cite.csl]]
			.map(([title, id, body]) => [h('h4', { id: `${id}-title` }, title),
				h('pre', { id, 'aria-labelledby': `${id}-title`, tabindex: '0' }, body)]));
}

function row(term, value) {

	return [h('dt', null, term), h('dd', null, value)];
}

function source(citation) {
	return h('li', { class: 'source' },
		h('span', { class: 'publisher' }, citation.publisher ?? citation.sourceId), ', ',
		citation.url ? h('a', { href: citation.url, rel: 'noopener noreferrer', target: '_blank' }, citation.title)
			: h('cite', null, citation.title),
		citation.published ? ` (${citation.published})` : null,
		citation.locator ? h('blockquote', { class: 'locator' }, citation.locator) : null);
}
