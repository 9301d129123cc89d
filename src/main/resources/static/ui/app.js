import { ApiError, get, loadCatalog, setToken } from './api.js';
import { h, replaceChildren } from './dom.js';
import { closeFact, openFact } from './drawer.js';
import { factText, monthName, name } from './format.js';
import { map } from './map.js';
import { current, go, link } from './route.js';
import { checkStatus } from './status.js';
import * as views from './views.js';

const FIRST_YEAR = 1946;
const SLIDER_DELAY_MS = 50;
const SEARCH_RESULTS = 12;
// Facts shown in the search results, and the fewest characters searched for in them (the API's).
const FACT_RESULTS = 5;
const MIN_FACT_TEXT = 3;
const FACT_SEARCH_DELAY_MS = 250;

const main = document.getElementById('main');
// Says in a few words what the page now shows (the whole view is not re-read on each change).
const viewStatus = document.getElementById('view-status');
const slider = document.getElementById('as-of-slider');
const asOfInput = document.getElementById('as-of');
const asOfLabel = document.getElementById('as-of-label');
const knownAtInput = document.getElementById('known-at');
const search = document.getElementById('search');
const results = document.getElementById('search-results');

const today = () => new Date().toISOString().slice(0, 10);

// The slider moves a month at a time; its day is the month's last (today for this month).
function monthIndex(day) {
	const [year, month] = day.split('-').map(Number);
	return (year - FIRST_YEAR) * 12 + month - 1;
}

function monthEnd(index) {
	const end = new Date(Date.UTC(FIRST_YEAR + Math.floor(index / 12), index % 12 + 1, 0)).toISOString().slice(0, 10);
	return end < today() ? end : today();
}

function showTime(route) {
	const asOf = route.asOf ?? today();
	const index = monthIndex(asOf);
	slider.min = /^\d{4}$/.test(route.zoom ?? '') ? monthIndex(`${route.zoom}-01`) : 0;
	slider.max = monthIndex(today());
	slider.value = index;
	const month = monthName(FIRST_YEAR + Math.floor(index / 12), index % 12 + 1);
	slider.setAttribute('aria-valuetext', month);
	asOfLabel.value = route.asOf ? asOf : `today (${asOf})`;
	asOfInput.value = asOf;
	asOfInput.max = today();
	knownAtInput.value = route.knownAt ?? '';
	knownAtInput.removeAttribute('aria-invalid');
}

// A step after the slider has rested shows its day at once; steps that follow each other
// closer than the delay (a drag, a held key) are shown once they rest.
let sliderTimer;
let lastStep = -Infinity;
slider.addEventListener('input', () => {
	const asOf = monthEnd(Number(slider.value));
	const show = () => go({ asOf, fact: current().fact }, { replace: true });
	showTime({ ...current(), asOf });
	clearTimeout(sliderTimer);
	const rested = performance.now() - lastStep >= SLIDER_DELAY_MS;
	lastStep = performance.now();
	if (rested) {
		show();
	}
	else {
		sliderTimer = setTimeout(show, SLIDER_DELAY_MS);
	}
});
asOfInput.addEventListener('change', () => {
	if (asOfInput.validity.valid && asOfInput.value) {
		go({ asOf: asOfInput.value, fact: current().fact }, { replace: true });
	}
});
// An instant typed in ISO 8601 (UTC, as the API takes it), or a day for its first instant;
// the seconds and the Z may be left out.
knownAtInput.addEventListener('change', () => {
	const value = knownAtInput.value.trim();
	const parts = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?)?Z?$/.exec(value);
	if (value && !parts) {
		knownAtInput.setAttribute('aria-invalid', 'true');
		return;
	}
	go({ knownAt: parts ? `${parts[1]}T${parts[2] ?? '00:00'}${parts[3] ?? ':00'}Z` : null, fact: current().fact });
});
document.getElementById('known-now').addEventListener('click', () => go({ knownAt: null, fact: current().fact }));

// The slider spans 1946 to today; a view with dated facts (an actor's) offers to narrow it
// to the years from its first fact.
const zoom = document.getElementById('zoom');
zoom.addEventListener('click', () => go({ zoom: current().zoom ? null : zoom.dataset.year, fact: current().fact }, { replace: true }));

function showZoom(route) {
	const first = main.querySelector('[data-first-day]')?.dataset.firstDay;
	zoom.hidden = !first && !route.zoom;
	zoom.dataset.year = first?.slice(0, 4) ?? '';
	zoom.textContent = route.zoom ? `Show ${FIRST_YEAR}–today` : `Zoom to ${zoom.dataset.year}–today`;
}

// Links and fact buttons navigate inside the page; the address keeps the state.
document.addEventListener('click', (event) => {
	if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
		return;
	}
	const anchor = event.target.closest('a[data-nav]');
	const fact = event.target.closest('button[data-fact]');
	if (anchor) {
		event.preventDefault();
		history.pushState(null, '', anchor.getAttribute('href'));
		clearSearch();
		render({ focus: true });
	}
	else if (fact) {
		opener = fact.dataset.fact;
		go({ fact: fact.dataset.fact });
	}
});
document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape' && current().fact) {
		go({ fact: null });
	}
});
window.addEventListener('popstate', () => render({ focus: true }));
window.addEventListener('routechange', () => render({ focus: false }));

let opener;
let shownKey;
// The view, ids and known-at instant last rendered: what a slider step leaves as it is.
let shownPlace;
let renderCount = 0;

async function render({ focus }) {
	const route = current();
	showTime(route);
	const key = JSON.stringify({ ...route, fact: null });
	const place = JSON.stringify({ ...route, fact: null, asOf: null });
	if (place !== shownPlace) {
		views.forgetTimeline();
		shownPlace = place;
	}
	const count = ++renderCount;
	checkStatus();
	try {
		const catalog = await loadCatalog();
		if (key !== shownKey) {
			main.setAttribute('aria-busy', 'true');
			const content = await view(route)(route, catalog);
			if (count !== renderCount) {
				return;
			}
			replaceChildren(main, content);
			shownKey = key;
			const heading = main.querySelector('h1')?.textContent ?? 'Policy ledger';
			document.title = `${heading} · Policy ledger`;
			viewStatus.textContent = `${heading}, as of ${route.asOf ?? 'today'}${route.knownAt ? `, as known at ${route.knownAt}` : ''}`;
			if (focus) {
				main.focus();
			}
		}
		showZoom(route);
		if (route.fact) {
			await openFact(route.fact, catalog, () => go({ fact: null }));
		}
		else if (!document.getElementById('drawer').hidden) {
			closeFact();
			(opener && main.querySelector(`[data-fact="${CSS.escape(opener)}"]`) || main).focus();
		}
	}
	catch (error) {
		if (count === renderCount) {
			shownKey = null;
			replaceChildren(main, problem(error));
		}
	}
	finally {
		if (count === renderCount) {
			main.setAttribute('aria-busy', 'false');
		}
	}
}

function view(route) {
	const byName = { actor: views.actor, topic: views.topic, compare: views.compare, instrument: views.instrument, list: views.list, audit: views.audit, map };
	return (route.id || ['compare', 'list', 'audit', 'map'].includes(route.view)) && byName[route.view] || views.home;
}

function problem(error) {
	if (error instanceof ApiError && error.status === 401) {
		const token = h('input', { id: 'token', type: 'password', autocomplete: 'off', required: true });
		return h('form', { class: 'token-form', onsubmit: (event) => {
			event.preventDefault();
			setToken(token.value);
			render({ focus: true });
		} }, h('h1', null, 'This ledger needs a reader token'),
		h('label', { for: 'token' }, 'Token '), token, h('button', { type: 'submit' }, 'Use it'),
		h('p', { class: 'muted' }, 'It is kept for this browser tab only.'));
	}
	return [h('h1', null, 'Could not show this'), h('p', { role: 'alert' }, error.message)];
}

const NO_MATCH = 4;

// How well an entry matches the text typed (lower is better): its id or a name exactly, a
// name starting with it, a word of a name starting with it, or the text anywhere.
function rank(entry, text) {
	const names = [entry.name, ...(entry.aliases ?? [])].map((word) => word.toLowerCase());
	if (entry.id.toLowerCase() === text || names.includes(text)) {
		return 0;
	}
	if (names.some((word) => word.startsWith(text))) {
		return 1;
	}
	if (names.some((word) => word.split(/[^\p{L}\p{N}]+/u).some((part) => part.startsWith(text)))) {
		return 2;
	}
	return entry.id.toLowerCase().includes(text) || names.some((word) => word.includes(text)) ? 3 : NO_MATCH;
}

let searchCount = 0;
let factTimer;

// Search: names, ids and aliases of actors, topics and instruments, best matches first;
// then, once the typing rests, the words of facts (summaries, quotes, speakers).
search.addEventListener('input', async () => {
	const text = search.value.trim().toLowerCase();
	const count = ++searchCount;
	clearTimeout(factTimer);
	if (!text) {
		clearSearch();
		return;
	}
	const catalog = await loadCatalog();
	const matches = ['actors', 'topics', 'instruments'].flatMap((kind) => [...catalog[kind].values()]
		.map((entry) => [kind, entry, rank(entry, text)])
		.filter(([, , score]) => score < NO_MATCH))
		.sort(([, a, rankA], [, b, rankB]) => rankA - rankB || a.name.localeCompare(b.name, undefined, { numeric: true }));
	const shown = matches.slice(0, SEARCH_RESULTS);
	const entries = [shown.map(([kind, entry]) => h('li', null, views.entryLink(kind, entry), h('span', { class: 'muted' }, ` ${kind.replace(/s$/, '')}`))),
		matches.length > shown.length ? h('li', { class: 'muted' }, `${matches.length - shown.length} more: type more to narrow the list`) : null];
	const show = (facts) => {
		if (count === searchCount) {
			replaceChildren(results, entries, facts ?? (matches.length === 0 ? h('li', { class: 'muted' }, 'Nothing matches.') : null));
			results.hidden = false;
		}
	};
	if (text.length < MIN_FACT_TEXT) {
		show(null);
		return;
	}
	show(h('li', { class: 'muted' }, 'Searching facts…'));
	factTimer = setTimeout(async () => {
		try {
			const page = await get('/api/facts', { q: text, limit: FACT_RESULTS });
			show(page.facts.length === 0 ? (matches.length === 0 ? h('li', { class: 'muted' }, 'Nothing matches.') : [])
				: [page.facts.map((fact) => h('li', null,
					h('a', { href: link({ view: 'actor', id: fact.actorId, actors: null, kind: null, measure: null, fact: fact.factId }), 'data-nav': true },
						`${name(catalog.actors, fact.actorId)}, ${fact.validTime}: ${factText(fact, catalog)}`),
					h('span', { class: 'muted' }, ' fact'))),
				page.next ? h('li', { class: 'muted' }, 'More facts match: type more to narrow the list') : null]);
		}
		catch (error) {
			show(h('li', { role: 'alert' }, `Facts could not be searched: ${error.message}`));
		}
	}, FACT_SEARCH_DELAY_MS);
});
search.addEventListener('keydown', (event) => {
	const first = results.querySelector('a');
	if (event.key === 'ArrowDown' && first) {
		event.preventDefault();
		first.focus();
	}
	else if (event.key === 'Enter' && first) {
		event.preventDefault();
		first.click();
	}
	else if (event.key === 'Escape') {
		clearSearch();
	}
});
results.addEventListener('keydown', (event) => {
	const links = [...results.querySelectorAll('a')];
	const at = links.indexOf(document.activeElement);
	if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
		event.preventDefault();
		const next = at + (event.key === 'ArrowDown' ? 1 : -1);
		(next < 0 ? search : links[Math.min(next, links.length - 1)]).focus();
	}
	else if (event.key === 'Escape') {
		clearSearch();
		search.focus();
	}
});

function clearSearch() {
	searchCount++;
	clearTimeout(factTimer);
	search.value = '';
	results.hidden = true;
	replaceChildren(results);
}

render({ focus: false });
