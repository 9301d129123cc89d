import { get } from './api.js';
import { h, replaceChildren } from './dom.js';
import { factLabel, factText, INFERRED, instant, name, STANCES, stanceChip, startOf, statusBadge, UNCERTAIN } from './format.js';
import { go, link } from './route.js';
import { stanceChart, yearChart, yearSpan } from './charts.js';

const KINDS = { actors: 'Actors', topics: 'Topics', instruments: 'Instruments' };

// The most actors whose voting agreement is asked at once (the API's limit).
const AGREEMENT_ACTORS = 10;

// Facts fetched for a timeline: every fact of the busiest UN member (the API's most for a page).
const TIMELINE_LIMIT = 20000;

// Facts shown per timeline group before "show all" (a UN member state has thousands of votes).
const GROUP_LIMIT = 50;

function time(route) {
	return { asOf: route.asOf, knownAt: route.knownAt };
}

export function entryLink(kind, entry) {
	return h('a', { href: link({ view: kind.replace(/s$/, ''), id: entry.id, actors: null }), 'data-nav': true }, entry.name);
}

function factButton(fact, catalog, { date = true } = {}) {
	return h('button', { type: 'button', class: `fact fact-${fact.status}`, 'data-fact': fact.factId },
		date ? h('time', { class: 'when' }, fact.validTime) : null,
		h('span', { class: `kind kind-${fact.type}` }, factLabel(fact.type)),
		fact.stance ? stanceChip(fact.stance) : null,
		h('span', { class: 'what' }, factText(fact, catalog)),
		statusBadge(fact.status));
}

export async function home(route, catalog) {
	return [h('h1', null, 'Policy ledger'),
		h('p', { class: 'lead' }, 'Every governance fact is recorded once, with its sources. ',
			'Pick an actor to replay its stances, move the date to see them as they stood, ',
			'and set "as known at" to see what the ledger knew before later corrections.'),
		...Object.keys(KINDS).map((kind) => catalogSection(kind, catalog, 'h2'))];
}

export async function list(route, catalog) {
	const kind = KINDS[route.kind] ? route.kind : 'actors';
	return [catalogSection(kind, catalog, 'h1')];
}

// Every entry of a kind by name (numbers in names in numeric order); roll calls, thousands
// of them in the UN data, by year, each year's list built when it is opened.
function catalogSection(kind, catalog, heading) {
	const byName = (a, b) => a.name.localeCompare(b.name, undefined, { numeric: true });
	const all = [...catalog[kind].values()];
	const rollCalls = all.filter((entry) => entry.kind === 'ROLL_CALL');
	const entries = all.filter((entry) => entry.kind !== 'ROLL_CALL').sort(byName);
	const list = (shown) => h('ul', { class: 'entries' }, shown.map((entry) => h('li', null, entryLink(kind, entry),
		entry.kind && entry.kind !== 'topic' && entry.kind !== 'ROLL_CALL' ? h('span', { class: 'muted' }, ` ${entry.kind.toLowerCase().replaceAll('_', ' ')}`) : null,
		entry.date ? h('span', { class: 'muted' }, ` ${entry.date}`) : null)));
	const years = Object.entries(Object.groupBy(rollCalls, (entry) => entry.date?.slice(0, 4) ?? 'undated'))
		.sort(([a], [b]) => a.localeCompare(b));
	return h('section', { class: 'catalog', 'aria-labelledby': `catalog-${kind}` },
		h(heading, { id: `catalog-${kind}` }, `${KINDS[kind]} (${all.length})`),
		list(entries),
		rollCalls.length === 0 ? null : [h('h3', null, `Roll calls (${rollCalls.length}), by year`),
			h('div', { class: 'years' }, years.map(([year, calls]) => h('details', { 'data-year': year, ontoggle: (event) => {
				if (event.target.open && event.target.children.length === 1) {
					event.target.append(list(calls.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || byName(a, b))));
				}
			} }, h('summary', null, `${year} (${calls.length})`))))]);
}

// The timeline last fetched and its section, neither of which depends on the chosen day:
// moving the slider reuses them (only the marks of facts after the day change, and groups
// shown whole stay so) until the actor, the known-at instant or the view changes
// (forgetTimeline).
let timelineCache = null;

export function forgetTimeline() {
	timelineCache = null;
}

export async function actor(route, catalog) {
	const actorId = route.id;
	const key = `${actorId}|${route.knownAt ?? ''}`;
	if (timelineCache?.key !== key) {
		const timeline = get(`/api/actors/${encodeURIComponent(actorId)}/timeline`, { knownAt: route.knownAt, limit: TIMELINE_LIMIT });
		timelineCache = { key, timeline, votes: timeline.then((facts) => votesOverTime(actorId, facts, route, catalog)) };
		timelineCache.votes.catch(forgetTimeline);
	}
	const [report, timeline, votes] = await Promise.all([
		get(`/api/actors/${encodeURIComponent(actorId)}/stances`, time(route)),
		timelineCache.timeline,
		timelineCache.votes,
	]);
	const entry = catalog.actors.get(actorId);
	timelineCache.section ??= h('section', { 'aria-labelledby': 'timeline-heading', 'data-first-day': timeline.facts.length ? startOf(timeline.facts[0].validTime) : null },
		h('h2', { id: 'timeline-heading' }, 'Timeline'),
		h('p', { class: 'muted' }, `As known at ${instant(timeline.knownAt)}. Facts dated after `, h('span', { class: 'as-of-day' }),
			' are marked as later; corrected and retracted facts are marked.'),
		timelineGroups(timeline, catalog));
	markLater(timelineCache.section, report.asOf);
	return [
		h('h1', null, entry?.name ?? actorId),
		entry?.aliases?.length ? h('p', { class: 'muted' }, `Also: ${entry.aliases.join(', ')}`) : null,
		h('p', null, h('a', { href: link({ view: 'compare', id: null, actors: actorId }), 'data-nav': true }, 'Compare with other actors')),
		h('section', { 'aria-labelledby': 'stances-heading' },
			h('h2', { id: 'stances-heading' }, `Stances as of ${report.asOf}`),
			report.stances.length === 0 ? h('p', null, 'No stated positions by this day.') : legend(),
			h('ul', { class: 'stance-cards' }, report.stances.map((answer) => h('li', { class: 'stance-card', 'data-topic': answer.topicId },
				h('a', { href: link({ view: 'topic', id: answer.topicId, actors: null }), 'data-nav': true }, name(catalog.topics, answer.topicId)),
				stanceChip(answer.stance, !answer.certain, answer.inferred),
				answer.basis ? factButton(answer.basis, catalog) : h('span', { class: 'muted' }, noBasis(answer, timeline, catalog)))))),
		stanceOverTime(timeline, report.asOf, catalog),
		votes,
		timelineCache.section,
	];
}

// Marks the timeline's facts dated after the day (as text too, for screen readers).
function markLater(section, asOf) {
	section.querySelector('.as-of-day').textContent = asOf;
	for (const item of section.querySelectorAll('li[data-start]')) {
		item.classList.toggle('later', item.dataset.start > asOf);
	}
}

// Why a stance card has no fact to rest on: the positions on its topic were recorded after
// the known-at instant, or are dated after the day, or are dated too loosely to tell.
function noBasis(answer, timeline, catalog) {
	if (answer.unresolved?.length) {
		return 'no position certainly stated by this day: a loosely dated one may apply';
	}
	const known = timeline.facts.filter((fact) => factTopics(fact, catalog).includes(answer.topicId));
	return known.length === 0 ? `not yet recorded as known at ${instant(timeline.knownAt)}`
		: `not stated by this day (first on ${known.map((fact) => startOf(fact.validTime)).sort()[0]})`;
}

// The topics a fact is about: a position's topic, a vote's topics, or its instrument's.
function factTopics(fact, catalog) {
	return fact.topicId ? [fact.topicId]
		: fact.topics?.length ? fact.topics : catalog.instruments.get(fact.instrumentId)?.topics ?? [];
}

// The actor's stated positions as step lines, one per topic, as known at the timeline's
// instant (so a correction moves them), with the chosen day marked; none without positions.
function stanceOverTime(timeline, asOf, catalog) {
	const positions = timeline.facts.filter((fact) => fact.stance && fact.status !== 'RETRACTED');
	if (positions.length === 0) {
		return null;
	}
	const days = [...new Set([...positions.map((fact) => startOf(fact.validTime)), asOf])].sort();
	const byTopic = Map.groupBy(positions, (fact) => fact.topicId);
	const series = [...byTopic.entries()].map(([topicId, facts]) => {
		const values = days.map(() => null);
		facts.forEach((fact) => {
			values[days.indexOf(startOf(fact.validTime))] = STANCES.indexOf(fact.stance);
		});
		return { label: name(catalog.topics, topicId), values };
	});
	return h('section', { 'aria-labelledby': 'stance-chart-heading' },
		h('h2', { id: 'stance-chart-heading' }, 'Stances over time'),
		stanceChart({ id: 'stances-over-time', title: `Stated positions per topic, as known at ${instant(timeline.knownAt)}; the dashed line is ${asOf}`,
			days, series, marked: asOf }));
}

// The stance colours, and what the marks beside a stance mean (the same words as their tooltips).
function legend() {
	return [h('p', { class: 'legend', 'aria-label': 'Stance colours' }, STANCES.map((stance) => stanceChip(stance))),
		h('p', { class: 'muted legend-marks' }, `“?”: ${UNCERTAIN}. “(inferred)”: ${INFERRED}.`)];
}

// The group of votes on roll calls that have no topic (no topic id can be empty).
const VOTES_WITHOUT_TOPIC = ' votes';

// Facts grouped by topic: a position's topic, a vote's topics, or its instrument's topics;
// votes without one in a group of their own, other facts without one last.
function timelineGroups(timeline, catalog) {
	const shifted = new Map(timeline.shifts.map((shift) => [shift.after.factId, shift]));
	const groups = new Map();
	for (const fact of timeline.facts) {
		const topics = factTopics(fact, catalog);
		for (const topic of topics.length ? topics : [fact.type === 'VoteCast' ? VOTES_WITHOUT_TOPIC : '']) {
			if (!groups.has(topic)) {
				groups.set(topic, []);
			}
			groups.get(topic).push(fact);
		}
	}
	const last = (topic) => topic === '' ? 2 : topic === VOTES_WITHOUT_TOPIC ? 1 : 0;
	const order = [...groups.keys()].sort((a, b) => last(a) - last(b) || name(catalog.topics, a).localeCompare(name(catalog.topics, b)));
	return order.map((topic) => {
		const title = topic === VOTES_WITHOUT_TOPIC ? 'Votes on roll calls without a topic'
			: topic ? name(catalog.topics, topic) : 'Declarations, initiatives and policies';
		const facts = groups.get(topic);
		const item = (fact) => h('li', { 'data-start': startOf(fact.validTime) },
			factButton(fact, catalog),
			shifted.has(fact.factId) && (!topic || shifted.get(fact.factId).topicId === topic)
				? h('span', { class: 'shift' }, `shift: ${stanceText(shifted.get(fact.factId))}`) : null,
			h('span', { class: 'after-day visually-hidden' }, ' (after the chosen date)'));
		const list = h('ol', { class: 'timeline' }, facts.slice(-GROUP_LIMIT).map(item));
		const more = facts.length > GROUP_LIMIT
			? h('button', { type: 'button', class: 'more', onclick: (event) => {
				list.replaceChildren(...facts.map(item));
				const section = list.closest('section[data-first-day]');
				markLater(section, section.querySelector('.as-of-day').textContent);
				event.target.remove();
			} }, `Show all ${facts.length} (latest ${GROUP_LIMIT} shown)`) : null;
		return h('section', { class: 'group', 'data-group': topic === VOTES_WITHOUT_TOPIC ? 'votes-without-topic' : topic },
			h('h3', null, title, h('span', { class: 'muted' }, ` ${facts.length}`)), more, list);
	});
}

function stanceText(shift) {
	return `${(shift.from ?? 'none').toLowerCase().replace('_', ' ')} → ${shift.to.toLowerCase().replace('_', ' ')}`;
}

export async function topic(route, catalog) {
	const path = `/api/topics/${encodeURIComponent(route.id)}/stances`;
	const since = route.since ?? yearBefore(route.asOf ?? new Date().toISOString().slice(0, 10));
	const [report, before] = await Promise.all([get(path, time(route)), get(path, { asOf: since, knownAt: route.knownAt })]);
	const entry = catalog.topics.get(route.id);
	const rows = report.stances.filter((answer) => answer.stance)
		.sort((a, b) => STANCES.indexOf(b.stance) - STANCES.indexOf(a.stance) || name(catalog.actors, a.actorId).localeCompare(name(catalog.actors, b.actorId)));
	const form = h('form', { class: 'compare-form', onsubmit: (event) => {
		event.preventDefault();
		const chosen = [...event.target.querySelectorAll('input[name=actor]:checked')].map((box) => box.value);
		go({ view: 'compare', id: null, actors: chosen.join(',') });
	} },
	h('div', { class: 'scroll' }, h('table', { class: 'stance-table' },
		h('caption', null, `Every actor's stance as of ${report.asOf}`, report.diverges ? ` — they diverge (spread ${report.spread} of 4)` : ''),
		h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Compare'), h('th', { scope: 'col' }, 'Actor'),
			h('th', { scope: 'col' }, 'Stance'), h('th', { scope: 'col' }, 'Basis'))),
		h('tbody', null, rows.map((answer) => h('tr', { 'data-actor': answer.actorId },
			h('td', null, h('input', { type: 'checkbox', name: 'actor', value: answer.actorId,
				'aria-label': `Compare ${name(catalog.actors, answer.actorId)}` })),
			h('th', { scope: 'row' }, entryLink('actors', catalog.actors.get(answer.actorId) ?? { id: answer.actorId, name: answer.actorId })),
			h('td', null, stanceChip(answer.stance, !answer.certain, answer.inferred)),
			h('td', null, factButton(answer.basis, catalog))))))),
	rows.length === 0 ? h('p', null, 'No actor has stated a position on this topic by this day.') : null,
	h('button', { type: 'submit' }, 'Compare selected actors'));
	return [h('h1', null, entry?.name ?? route.id), entry?.description ? h('p', { class: 'lead' }, entry.description) : null,
		h('p', null, h('a', { href: link({ view: 'map', actors: null, since: null }), 'data-nav': true }, 'See it on a world map')), legend(), form,
		changes(before, report, catalog)];
}

// The same day a year earlier (28 February for 29 February).
function yearBefore(day) {
	const earlier = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
	return earlier.endsWith('-02-29') ? earlier.replace(/29$/, '28') : earlier;
}

// The actors whose stance on the topic moved between two days, each with the facts its
// stance rested on then and now.
function changes(before, report, catalog) {
	const then = new Map(before.stances.map((answer) => [answer.actorId, answer]));
	const now = new Map(report.stances.map((answer) => [answer.actorId, answer]));
	const moved = [...new Set([...then.keys(), ...now.keys()])]
		.filter((actorId) => (then.get(actorId)?.stance ?? null) !== (now.get(actorId)?.stance ?? null))
		.sort((a, b) => name(catalog.actors, a).localeCompare(name(catalog.actors, b)));
	const since = h('input', { id: 'since', type: 'date', value: before.asOf, min: '1946-01-01',
		onchange: (event) => event.target.value && go({ since: event.target.value }, { replace: true }) });
	return h('section', { 'aria-labelledby': 'changes-heading' },
		h('h2', { id: 'changes-heading' }, `What changed between ${before.asOf} and ${report.asOf}`),
		h('p', null, h('label', { for: 'since' }, 'From '), since),
		moved.length === 0 ? h('p', null, 'No actor\'s stance on this topic moved.')
			: h('table', { class: 'changes' },
				h('thead', null, h('tr', null, ['Actor', `On ${before.asOf}`, `On ${report.asOf}`, 'Moved by']
					.map((title) => h('th', { scope: 'col' }, title)))),
				h('tbody', null, moved.map((actorId) => h('tr', { 'data-actor': actorId },
					h('th', { scope: 'row' }, entryLink('actors', catalog.actors.get(actorId) ?? { id: actorId, name: actorId })),
					h('td', null, stanceChip(then.get(actorId)?.stance, then.get(actorId) && !then.get(actorId).certain)),
					h('td', null, stanceChip(now.get(actorId)?.stance, now.get(actorId) && !now.get(actorId).certain)),
					h('td', null, now.get(actorId)?.basis ? factButton(now.get(actorId).basis, catalog)
						: h('span', { class: 'muted' }, 'no stated position now')))))));
}

export async function compare(route, catalog) {
	const asked = (route.actors ?? '').split(',').filter(Boolean);
	const chosen = asked.filter((actorId) => catalog.actors.has(actorId));
	const unknown = asked.filter((actorId) => !catalog.actors.has(actorId));
	const picker = actorPicker(chosen, catalog);
	const notice = unknown.length === 0 ? null : h('p', { class: 'unknown-actors', role: 'alert' },
		`No actor is registered as ${unknown.map((actorId) => `“${actorId}”`).join(', ')}; left out. `,
		h('button', { type: 'button', onclick: () => go({ actors: chosen.join(',') }) }, unknown.length === 1 ? 'Remove it' : 'Remove them'));
	if (chosen.length < 2) {
		return [h('h1', null, 'Compare actors'), notice, h('p', null, 'Choose two or more actors to set their stances side by side.'), picker];
	}
	const topics = [...catalog.topics.values()].sort((a, b) => a.name.localeCompare(b.name));
	const [reports, voting] = await Promise.all([
		Promise.all(topics.map((entry) => get(`/api/topics/${encodeURIComponent(entry.id)}/stances`,
			{ ...time(route), actors: chosen.join(',') }))),
		votingSection(chosen, route, catalog),
	]);
	return [h('h1', null, 'Compare actors'), notice, picker, legend(),
		h('div', { class: 'scroll' }, h('table', { class: 'compare-table' },
			h('caption', null, `Stances as of ${reports[0]?.asOf ?? ''}; rows where the actors diverge are marked`),
			h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Topic'),
				chosen.map((actorId) => h('th', { scope: 'col' }, name(catalog.actors, actorId))),
				h('th', { scope: 'col' }, 'Diverge?'))),
			h('tbody', null, topics.map((entry, index) => {
				const answers = new Map(reports[index].stances.map((answer) => [answer.actorId, answer]));
				return h('tr', { class: reports[index].diverges ? 'diverges' : null, 'data-topic': entry.id },
					h('th', { scope: 'row' }, entryLink('topics', entry)),
					chosen.map((actorId) => {
						const answer = answers.get(actorId);
						return h('td', null, stanceChip(answer?.stance, answer && !answer.certain, answer?.inferred),
							answer?.basis ? factButton(answer.basis, catalog) : null);
					}),
					h('td', null, reports[index].diverges ? `yes, spread ${reports[index].spread}` : 'no'));
			})))), voting];
}

const percent = (value) => `${Math.round(value * 100)}%`;

// The topics that roll calls are about.
export function rollCallTopics(catalog) {
	return new Set([...catalog.instruments.values()].filter((entry) => entry.kind === 'ROLL_CALL').flatMap((entry) => entry.topics ?? []));
}

// How the actors voted on roll calls (all, or those about the topic chosen): the share of
// yes votes per year for each, and how alike each pair voted (docs/queries.md); nothing
// when they have not voted.
async function votingSection(chosen, route, catalog) {
	const topics = [...rollCallTopics(catalog)].sort((a, b) => name(catalog.topics, a).localeCompare(name(catalog.topics, b)));
	const topic = topics.includes(route.topic) ? route.topic : null;
	const records = await Promise.all(chosen.map((actorId) => get(`/api/actors/${encodeURIComponent(actorId)}/votes`,
		{ topic, knownAt: route.knownAt })));
	const voted = records.some((record) => record.years.length > 0);
	if (!topic && !voted) {
		return null;
	}
	const about = topic ? ` on ${name(catalog.topics, topic)}` : '';
	const charts = [topics.length === 0 ? null : h('p', null, h('label', { for: 'vote-topic' }, 'Roll calls '),
		h('select', { id: 'vote-topic', onchange: (event) => go({ topic: event.target.value || null }, { replace: true }) },
			h('option', { value: '' }, 'all'),
			topics.map((id) => h('option', { value: id, selected: id === topic }, `about ${name(catalog.topics, id)}`)))),
	voted ? yesShareChart('yes-share', `Share of yes votes per year${about}`,
		records.map((record) => [name(catalog.actors, record.actorId), record])) : h('p', null, `No votes recorded${about}.`)];
	if (voted && chosen.length <= AGREEMENT_ACTORS) {
		const agreement = await get('/api/votes/agreement', { actors: chosen.join(','), topic, knownAt: route.knownAt });
		const shared = agreement.pairs.filter((pair) => pair.all.shared > 0);
		if (shared.length > 0) {
			const pairYears = yearSpan(shared.map((pair) => pair.years.map((year) => year.year)));
			charts.push(yearChart({ id: 'agreement', title: `Agreement per year${about} (same vote 1, one abstaining ½, opposed 0)`,
				years: pairYears, format: percent, range: [0, 1],
				series: shared.map((pair) => {
					const byYear = new Map(pair.years.map((year) => [year.year, year.counts.score]));
					return { label: `${name(catalog.actors, pair.first)} – ${name(catalog.actors, pair.second)}`,
						values: pairYears.map((year) => byYear.get(year) ?? null) };
				}) }));
			charts.push(h('table', { class: 'agreement' },
				h('caption', null, `Agreement over every roll call${about} both voted on`),
				h('thead', null, h('tr', null, ['Pair', 'Roll calls', 'Same', 'One abstained', 'Opposed', 'Agreement']
					.map((title) => h('th', { scope: 'col' }, title)))),
				h('tbody', null, shared.map((pair) => h('tr', null,
					h('th', { scope: 'row' }, `${name(catalog.actors, pair.first)} – ${name(catalog.actors, pair.second)}`),
					[pair.all.shared, pair.all.same, pair.all.oneAbstained, pair.all.opposed, percent(pair.all.score)]
						.map((value) => h('td', null, value)))))));
		}
	}
	return h('section', { 'aria-labelledby': 'voting' }, h('h2', { id: 'voting' }, 'Votes on roll calls'), charts);
}

// A line per voting record (a label and the API's record): its share of yes votes per year.
function yesShareChart(id, title, records) {
	const years = yearSpan(records.map(([, record]) => record.years.map((year) => year.year)));
	return yearChart({ id, title, years, format: percent, range: [0, 1],
		series: records.map(([label, record]) => {
			const byYear = new Map(record.years.map((year) => [year.year, year.yesShare]));
			return { label, values: years.map((year) => byYear.get(year) ?? null) };
		}) });
}

// The actor's share of yes votes per year on all roll calls and on each topic it voted on;
// nothing when it has not voted.
async function votesOverTime(actorId, timeline, route, catalog) {
	const topics = [...new Set(timeline.facts.filter((fact) => fact.type === 'VoteCast')
		.flatMap((fact) => factTopics(fact, catalog)))].sort((a, b) => name(catalog.topics, a).localeCompare(name(catalog.topics, b)));
	const path = `/api/actors/${encodeURIComponent(actorId)}/votes`;
	const [all, ...onTopics] = await Promise.all([null, ...topics].map((topic) => get(path, { topic, knownAt: route.knownAt })));
	if (all.years.length === 0) {
		return null;
	}
	return h('section', { 'aria-labelledby': 'actor-votes-heading' },
		h('h2', { id: 'actor-votes-heading' }, 'Votes on roll calls'),
		yesShareChart('actor-yes-share', `Share of yes votes per year, as known at ${instant(timeline.knownAt)}`,
			[['All roll calls', all], ...onTopics.map((record, index) => [name(catalog.topics, topics[index]), record])]));
}

function actorPicker(chosen, catalog) {
	const others = [...catalog.actors.values()].filter((entry) => !chosen.includes(entry.id))
		.sort((a, b) => a.name.localeCompare(b.name));
	return h('div', { class: 'picker' },
		h('ul', { class: 'chosen', 'aria-label': 'Actors compared' }, chosen.map((actorId) => h('li', null, name(catalog.actors, actorId), ' ',
			h('button', { type: 'button', 'aria-label': `Remove ${name(catalog.actors, actorId)}`,
				onclick: () => go({ actors: chosen.filter((other) => other !== actorId).join(',') }) }, '×')))),
		h('label', { for: 'add-actor' }, 'Add an actor '),
		h('select', { id: 'add-actor', onchange: (event) => event.target.value && go({ actors: [...chosen, event.target.value].join(',') }) },
			h('option', { value: '' }, 'choose…'), others.map((entry) => h('option', { value: entry.id }, entry.name))));
}

export async function instrument(route, catalog) {
	const status = await get(`/api/instruments/${encodeURIComponent(route.id)}/status`, time(route));
	const entry = catalog.instruments.get(route.id);
	const treaty = entry?.kind === 'TREATY';
	const roles = [['signatory', status.signatories, 'Signatories'], ['decliner', status.decliners, 'Decliners'],
		...(treaty ? [['party', status.parties, 'Parties'], ['in force', status.inForce, 'In force for']] : []),
		['member', status.members, 'Members']];
	const parties = roles.flatMap(([role, facts]) => facts.map((fact) => [role, fact]))
		.sort(([, a], [, b]) => startOf(a.validTime).localeCompare(startOf(b.validTime)));
	const counts = Object.fromEntries(roles.map(([role]) => [role, 0]));
	const inForce = treaty ? (status.enteredIntoForce ? ` In force since ${status.enteredIntoForce}.` : ' Not in force.') : '';
	return [
		h('h1', null, entry?.name ?? route.id),
		h('p', { class: 'muted' }, [entry?.kind?.toLowerCase().replaceAll('_', ' '), entry?.date, entry?.issuedBy && `issued by ${name(catalog.actors, entry.issuedBy)}`].filter(Boolean).join(' · ')),
		h('p', null, `Recorded in the ledger as of ${status.asOf}: ${recorded(status, treaty)}. The ledger holds what its sources report, which may not be every party.${inForce}`),
		parties.length === 0 && entry?.kind === 'ROLL_CALL' ? null : h('section', { 'aria-labelledby': 'over-time' },
			h('h2', { id: 'over-time' }, treaty ? 'Signatories and parties over time' : 'Signatories and decliners over time'),
			parties.length === 0 ? h('p', null, 'Nobody had signed, declined or joined by this day.') : h('div', { class: 'scroll' }, h('table', { class: 'parties' },
				h('thead', null, h('tr', null, ['Date', 'Actor', 'Fact', ...roles.map(([, , title]) => title)].map((title) => h('th', { scope: 'col' }, title)))),
				h('tbody', null, parties.map(([role, fact]) => {
					counts[role] += 1;
					return h('tr', { class: role.replace(' ', '-'), 'data-actor': fact.actorId }, h('td', null, fact.validTime),
						h('th', { scope: 'row' }, entryLink('actors', catalog.actors.get(fact.actorId) ?? { id: fact.actorId, name: fact.actorId })),
						h('td', null, factButton(fact, catalog, { date: false })),
						roles.map(([counted]) => h('td', null, counts[counted])));
				}))))),
		factsSection('Sponsors', status.sponsors, catalog),
		votesSection(status.votes, catalog),
		factsSection('Adoptions and publications', status.adoptions, catalog),
		factsSection('Dated too loosely to place on this day', status.unresolved, catalog),
	];
}

// What the ledger holds about an instrument, counted: "1 signatory, 2 decliners".
function recorded(status, treaty) {
	const counts = [[status.signatories, 'signatory', 'signatories'], [status.decliners, 'decliner', 'decliners'],
		...(treaty ? [[status.parties, 'party', 'parties']] : []), [status.members, 'member', 'members'],
		[status.votes, 'vote', 'votes']].filter(([facts]) => facts.length > 0)
		.map(([facts, one, many]) => `${facts.length} ${facts.length === 1 ? one : many}`);
	return counts.length === 0 ? 'nothing yet' : counts.join(', ');
}

// A roll call's votes: one row per actor, sortable by actor or vote, each vote opening
// its fact.
function votesSection(votes, catalog) {
	if (votes.length === 0) {
		return null;
	}
	const counts = Object.entries(Object.groupBy(votes, (fact) => fact.vote)).map(([vote, facts]) => `${facts.length} ${vote.toLowerCase()}`);
	const rows = votes.map((fact) => ({ fact, actor: name(catalog.actors, fact.actorId) }));
	const body = h('tbody');
	const columns = [['actor', 'Actor'], ['vote', 'Vote']];
	const headers = columns.map(([key, title]) => h('th', { scope: 'col', 'aria-sort': 'none' },
		h('button', { type: 'button', class: 'sort', onclick: () => sortBy(key) }, title)));
	const sortBy = (key) => {
		const ascending = headers[columns.findIndex(([column]) => column === key)].getAttribute('aria-sort') !== 'ascending';
		const value = (row) => key === 'actor' ? row.actor : row.fact.vote;
		rows.sort((a, b) => (ascending ? 1 : -1) * (value(a).localeCompare(value(b)) || a.actor.localeCompare(b.actor)));
		headers.forEach((header, index) => header.setAttribute('aria-sort',
			columns[index][0] === key ? (ascending ? 'ascending' : 'descending') : 'none'));
		replaceChildren(body, rows.map(({ fact, actor }) => h('tr', { 'data-actor': fact.actorId },
			h('th', { scope: 'row' }, entryLink('actors', catalog.actors.get(fact.actorId) ?? { id: fact.actorId, name: actor })),
			h('td', null, h('button', { type: 'button', class: `fact vote vote-${fact.vote}`, 'data-fact': fact.factId },
				fact.vote.toLowerCase())))));
	};
	sortBy('actor');
	return h('section', { 'aria-labelledby': 'votes' }, h('h2', { id: 'votes' }, `Votes (${counts.join(', ')})`),
		h('div', { class: 'scroll' }, h('table', { class: 'votes' }, h('thead', null, h('tr', null, headers)), body)));
}

function factsSection(title, facts, catalog) {
	return facts.length === 0 ? null : h('section', null, h('h2', null, title),
		h('ul', { class: 'entries' }, facts.map((fact) => h('li', null, factButton(fact, catalog), ' ', name(catalog.actors, fact.actorId)))));
}

// Facts shown per audit list; the API pages through the rest.
const AUDIT_LIMIT = 100;

const AUDITS = [
	['quotes', 'Quotes not found in their sources', '/api/audit/quotes', { status: 'not-found' },
		'Claims whose quoted passage is not in the archived text of the source it cites.'],
	['secondary', 'Resting only on secondary sources', '/api/audit/secondary-only', {},
		'Claims none of whose sources is primary (the actor\'s own words, an official record, a treaty text).'],
	['single', 'Resting on a single source', '/api/audit/single-sourced', {},
		'Claims that only one source supports.'],
];

// The audit views: claims to check, sources that changed after they were cited, and
// facts that disagree (found on request: it groups every fact of the ledger).
export async function audit(route, catalog) {
	const [pages, changed] = await Promise.all([
		Promise.all(AUDITS.map(([, , path, parameters]) => get(path, { ...parameters, limit: AUDIT_LIMIT }))),
		get('/api/audit/changed-sources'),
	]);
	const conflicts = h('div', { id: 'conflicts-result' },
		h('button', { type: 'button', onclick: (event) => findConflicts(event.target, conflicts, catalog) }, 'Find conflicting facts'));
	return [
		h('h1', null, 'Audit'),
		h('p', { class: 'lead' }, 'What to check before quoting the ledger. Open a fact to see its evidence: ',
			'each source, its kind, and the quoted passage in the archived text.'),
		AUDITS.map(([id, title, , , lead], index) => h('section', { 'aria-labelledby': `audit-${id}` },
			h('h2', { id: `audit-${id}` }, `${title} (${pages[index].facts.length}${pages[index].next ? '+' : ''})`),
			h('p', { class: 'muted' }, lead, pages[index].next ? ` The first ${AUDIT_LIMIT} are shown; the API pages through the rest.` : ''),
			pages[index].facts.length === 0 ? h('p', null, 'None.')
				: h('ul', { class: 'entries' }, pages[index].facts.map((fact) => h('li', null, factButton(fact, catalog), ' ', name(catalog.actors, fact.actorId)))))),
		h('section', { 'aria-labelledby': 'audit-changed' },
			h('h2', { id: 'audit-changed' }, `Sources archived again after they were cited (${changed.length})`),
			changed.length === 0 ? h('p', null, 'None.') : h('ul', { class: 'entries' }, changed.map((source) => h('li', null,
				`${source.sourceId}: ${source.versions.length} versions; `,
				`${source.earlierCitations.length} citations checked against an earlier one`,
				h('ul', { class: 'entries' }, source.earlierCitations.map((cited) => h('li', null,
					h('button', { type: 'button', class: 'fact', 'data-fact': cited.factId }, cited.factId),
					` version ${cited.version}: ${cited.status}`))))))),
		h('section', { 'aria-labelledby': 'audit-conflicts' },
			h('h2', { id: 'audit-conflicts' }, 'Facts that disagree'),
			h('p', { class: 'muted' }, 'One actor\'s facts of one kind about one instrument with different dates, or one statement read as two stances.'),
			conflicts),
	];
}

async function findConflicts(button, result, catalog) {
	button.disabled = true;
	button.textContent = 'Finding conflicting facts…';
	try {
		const found = await get('/api/audit/conflicts');
		replaceChildren(result, found.length === 0 ? h('p', null, 'No facts disagree.')
			: h('ul', { class: 'entries' }, found.map((conflict) => h('li', null,
				`${name(catalog.actors, conflict.actorId)}: ${factLabel(conflict.type)} `,
				conflict.instrumentId ? name(catalog.instruments, conflict.instrumentId) : name(catalog.topics, conflict.topicId),
				` — the ${conflict.differs === 'stance' ? 'stances' : 'dates'} differ`,
				h('ul', { class: 'entries' }, conflict.facts.map((fact) => h('li', null, factButton(fact, catalog))))))));
	}
	catch (error) {
		replaceChildren(result, h('p', { role: 'alert' }, error.message));
	}
}
