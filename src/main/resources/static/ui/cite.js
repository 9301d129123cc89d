import { factLabel, factText, name } from './format.js';

const PUBLISHER = 'Policy ledger';

// How to cite a fact: its permalink, which pins the instant of recording time the reader
// saw it as (knownAt), and the day it was retrieved, as APA-style text, BibTeX and CSL-JSON.
export function citations(fact, catalog, knownAt, retrievedAt) {
	const parameters = new URLSearchParams({ view: 'actor', id: fact.actorId, knownAt, fact: fact.factId });
	const permalink = `${location.origin}${location.pathname}?${parameters}`;
	const text = factText(fact, catalog);
	const title = `${name(catalog.actors, fact.actorId)}: ${factLabel(fact.type)}, ${text.length > 200 ? `${text.slice(0, 199)}…` : text}`;
	const issued = fact.validTime.split('-').map(Number);
	const retrieved = retrievedAt.slice(0, 10);
	const note = `Fact ${fact.factId}, as known at ${knownAt}`;
	return {
		text: `${PUBLISHER}. (${fact.validTime}). ${title} [${note}]. Retrieved ${retrieved}, from ${permalink}`,
		bibtex: [`@misc{${fact.factId.replace(/[^A-Za-z0-9:_-]/g, '-')},`,
			`  author = {{${PUBLISHER}}},`,
			`  title = {{${bibtex(title)}}},`,
			`  year = {${issued[0]}},`,
			`  howpublished = {\\url{${permalink}}},`,
			`  note = {${bibtex(note)}; retrieved ${retrieved}}`,
			'}'].join('\n'),
		csl: JSON.stringify([{
			id: fact.factId, type: 'dataset', title, publisher: PUBLISHER, URL: permalink, version: String(fact.version),
			issued: { 'date-parts': [issued] }, accessed: { 'date-parts': [retrieved.split('-').map(Number)] }, note,
		}], null, 2),
		permalink,
	};
}

// Text as BibTeX reads it literally.
function bibtex(text) {
	return text.replace(/\\/g, '\\textbackslash{}').replace(/([{}%&#_$])/g, '\\$1');
}
