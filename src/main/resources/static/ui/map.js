import { get } from './api.js';
import { dataDownloads, download } from './charts.js';
import { h, svg } from './dom.js';
import { name, STANCES, stanceChip, stanceLabel } from './format.js';
import { go, link } from './route.js';
import { rollCallTopics } from './views.js';

// Countries from Natural Earth at 1:50m (world-atlas), keyed by ISO 3166-1 numeric code,
// which i18n-iso-countries maps to the alpha-3 codes that identify the ledger's states;
// drawn with d3-geo's Natural Earth projection. Loaded once, when a map is first shown.
const SCRIPTS = ['webjars/d3-array/dist/d3-array.min.js', 'webjars/d3-geo/dist/d3-geo.min.js',
	'ui/vendor/topojson-client/topojson-client.min.js'];
const WIDTH = 960;
const HEIGHT = 500;

// Yes shares in five bands, coloured like the five stances from opposing to supporting.
const BANDS = [0.2, 0.4, 0.6, 0.8, Infinity];

let world;

function script(src) {
	return new Promise((resolve, reject) => {
		document.head.append(h('script', { src, onload: resolve, onerror: () => reject(new Error(`Could not load ${src}`)) }));
	});
}

// Each country's shape as an SVG path, with its alpha-3 code and name.
function countries() {
	world ??= (async () => {
		for (const src of SCRIPTS) {
			await script(src);
		}
		const [atlas, codes] = await Promise.all([get('/ui/vendor/world-atlas/countries-50m.json'),
			get('/ui/vendor/i18n-iso-countries/codes.json')]);
		const alpha3 = new Map(codes.map(([, code, numeric]) => [numeric, code]));
		const projection = window.d3.geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
		const path = window.d3.geoPath(projection);
		return { sphere: path({ type: 'Sphere' }), countries: window.topojson.feature(atlas, atlas.objects.countries).features
			.map((feature) => ({ code: alpha3.get(feature.id), name: feature.properties.name, d: path(feature) })) };
	})();
	world.catch(() => {
		world = null;
	});
	return world;
}

// The colours of the page's stance scale, read once per map from its style sheet so that a
// downloaded map keeps them.
function colours() {
	const style = getComputedStyle(document.documentElement);
	return new Map(STANCES.map((stance) => [stance, style.getPropertyValue(`--${stance.toLowerCase().replace('_', '-')}`).trim()]));
}

// What each actor shows on the map: its stance as of the day, or its share of yes votes
// in the day's year, each as a place on the stance scale with words to say it.
async function values(route, topicId, yes) {
	if (yes) {
		const year = Number((route.asOf ?? new Date().toISOString()).slice(0, 4));
		const answer = await get(`/api/topics/${encodeURIComponent(topicId)}/votes`, { year, knownAt: route.knownAt });
		return { when: `in ${year}`, heading: 'Share of yes votes', values: answer.actors.map((actor) => ({
			actorId: actor.actorId, stance: STANCES[BANDS.findIndex((band) => actor.yesShare < band)],
			text: `${Math.round(actor.yesShare * 100)}% yes (${actor.yes} yes, ${actor.no} no, ${actor.abstain} abstaining)` })) };
	}
	const report = await get(`/api/topics/${encodeURIComponent(topicId)}/stances`, { asOf: route.asOf, knownAt: route.knownAt });
	return { when: `as of ${report.asOf}`, heading: 'Stance', values: report.stances.filter((answer) => answer.stance)
		.map((answer) => ({ actorId: answer.actorId, stance: answer.stance, text: stanceLabel(answer.stance) })) };
}

function legend(yes) {
	return h('ul', { class: 'map-legend', 'aria-label': 'Map colours' }, STANCES.map((stance, index) => h('li', null,
		yes ? h('span', { class: `stance stance-${stance}` }, `${index * 20}–${index * 20 + 20}% yes`) : stanceChip(stance))),
	h('li', null, h('span', { class: 'stance stance-NONE' }, yes ? 'no votes recorded' : 'no stance recorded')));
}

// A world map of a topic: every country coloured by its stance as of the slider's day, or,
// for topics with roll calls, by its share of yes votes in the day's year. A country opens
// its actor; actors that are not countries on the map are listed beside it.
export async function map(route, catalog) {
	const topics = [...catalog.topics.values()].sort((a, b) => a.name.localeCompare(b.name));
	const topicId = catalog.topics.has(route.id) ? route.id : null;
	const picker = h('p', null, h('label', { for: 'map-topic' }, 'Topic '),
		h('select', { id: 'map-topic', onchange: (event) => go({ id: event.target.value || null }) },
			h('option', { value: '' }, 'choose…'),
			topics.map((entry) => h('option', { value: entry.id, selected: entry.id === topicId }, entry.name))));
	if (!topicId) {
		return [h('h1', null, 'World map'), route.id ? h('p', { role: 'alert' }, `No topic is registered as “${route.id}”.`) : null,
			h('p', null, 'Choose a topic to colour every country by its stance on it.'), picker];
	}
	const votes = rollCallTopics(catalog).has(topicId);
	const yes = votes && route.measure === 'yes';
	const [shapes, shown] = await Promise.all([countries(), values(route, topicId, yes)]);
	const byActor = new Map(shown.values.map((value) => [value.actorId, value]));
	const drawn = new Set();
	const fills = colours();
	const title = `${name(catalog.topics, topicId)}: ${shown.heading.toLowerCase()} ${shown.when}`;
	const picture = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'world', 'aria-labelledby': 'map-title' },
		svg('title', { id: 'map-title' }, title),
		svg('path', { class: 'sphere', d: shapes.sphere, fill: '#eef3f7' }),
		shapes.countries.map((country) => {
			const value = byActor.get(country.code);
			if (!value) {
				return svg('path', { class: 'country', d: country.d, fill: '#ffffff', 'aria-hidden': 'true' });
			}
			drawn.add(country.code);
			const label = `${name(catalog.actors, country.code)}: ${value.text}`;
			return svg('a', { href: link({ view: 'actor', id: country.code, measure: null }), 'data-nav': true, 'aria-label': label },
				svg('path', { class: 'country', d: country.d, fill: fills.get(value.stance), 'data-actor': country.code,
					'data-stance': value.stance }, svg('title', null, label)));
		}));
	const elsewhere = shown.values.filter((value) => !drawn.has(value.actorId));
	const measure = votes ? h('fieldset', { class: 'measure' }, h('legend', null, 'Colour by'),
		[['', `stance ${route.asOf ? `as of ${route.asOf}` : 'today'}`], ['yes', 'share of yes votes in the year']]
			.map(([key, text]) => h('label', null, h('input', { type: 'radio', name: 'measure', value: key, checked: (route.measure ?? '') === key,
				onchange: () => go({ measure: key || null }, { replace: true }) }), ` ${text}`))) : null;
	const keys = shown.values.map((value) => name(catalog.actors, value.actorId));
	const downloads = dataDownloads('map', title, 'Actor', keys, [{ label: shown.heading, values: shown.values.map((value) => value.text) }]);
	downloads.append(', ', download('map.svg', 'image/svg+xml', new XMLSerializer().serializeToString(picture), 'SVG'));
	return [h('h1', null, `World map: ${name(catalog.topics, topicId)}`), picker, measure,
		h('figure', { class: 'map-figure', id: 'map' },
			h('figcaption', null, title), legend(yes), picture, downloads,
			shown.values.length === 0 ? h('p', null, yes ? `No votes on this topic are recorded ${shown.when}.`
				: `No actor has stated a position on this topic ${shown.when}.`) : null,
			elsewhere.length === 0 ? null : h('p', { class: 'elsewhere' }, 'Not on the map: ',
				elsewhere.map((value, index) => [index ? '; ' : '', h('a', { href: link({ view: 'actor', id: value.actorId, measure: null }), 'data-nav': true },
					name(catalog.actors, value.actorId)), ` (${value.text})`])),
			h('details', null, h('summary', null, 'The numbers'),
				h('div', { class: 'scroll' }, h('table', { class: 'map-data' },
					h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col' }, shown.heading))),
					h('tbody', null, shown.values.map((value, index) => h('tr', { 'data-actor': value.actorId },
						h('th', { scope: 'row' }, keys[index]), h('td', null, value.text))))))))];
}
