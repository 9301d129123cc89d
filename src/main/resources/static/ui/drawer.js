import { get } from './api.js';
import { h, replaceChildren } from './dom.js';
import { factLabel, factText, instant, name, stanceChip, statusBadge } from './format.js';
import { link } from './route.js';

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
		content = provenance(await get(`/api/facts/${encodeURIComponent(factId)}`), catalog);
	}
	catch (error) {
		content = [h('h2', { id: 'drawer-title' }, 'Fact'), h('p', { role: 'alert' }, error.message)];
	}
	replaceChildren(panel, close, content);
	panel.focus();
}

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
