import { h } from './dom.js';

export const STANCES = ['STRONGLY_OPPOSES', 'OPPOSES', 'MIXED', 'SUPPORTS', 'STRONGLY_SUPPORTS'];

const FACT_LABELS = {
	PositionStated: 'Position',
	DeclarationSigned: 'Signed',
	DeclarationDeclined: 'Declined',
	SignatureWithdrawn: 'Withdrew signature',
	TreatyRatified: 'Became a party',
	TreatyEnteredIntoForce: 'In force for',
	InitiativeLaunched: 'Launched',
	InitiativeJoined: 'Joined',
	InitiativeLeft: 'Left',
	ResolutionSponsored: 'Sponsored',
	VoteCast: 'Voted',
	ResolutionAdopted: 'Adopted',
	PolicyPublished: 'Published',
	FactCorrected: 'Correction',
	FactRetracted: 'Retraction',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
	'November', 'December'];

export function stanceLabel(stance) {
	return stance ? stance.toLowerCase().replace('_', ' ') : 'no stance';
}

export const INFERRED = 'not stated: what the instrument it signed, joined or ratified expresses';
export const UNCERTAIN = 'a later position with an imprecise date may have changed this';

// A stance chip: coloured on the ordinal scale, and always labelled in words; an inferred
// stance says so.
export function stanceChip(stance, uncertain, inferred) {
	return h('span', { class: `stance stance-${stance ?? 'NONE'}`, 'data-stance': stance ?? 'NONE' },
		stanceLabel(stance), inferred ? h('span', { class: 'inferred', title: INFERRED }, ' (inferred)') : null,
		uncertain ? h('abbr', { title: UNCERTAIN }, ' ?') : null);
}

export function factLabel(type) {
	return FACT_LABELS[type] ?? type;
}

export function name(map, id) {
	return map.get(id)?.name ?? id;
}

// The first day a partial date (2019, 2019-05 or 2019-05-14) can mean.
export function startOf(partialDate) {
	const [year, month = '01', day = '01'] = partialDate.split('-');
	return `${year}-${month}-${day}`;
}

export function monthName(year, month) {
	return `${MONTHS[month - 1]} ${year}`;
}

export function instant(text) {
	return text ? text.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
}

export function statusBadge(status) {
	switch (status) {
		case 'CORRECTED':
			return h('span', { class: 'badge corrected', title: 'this is the corrected version; the drawer shows the original' }, 'corrected');
		case 'RETRACTED':
			return h('span', { class: 'badge retracted', title: 'withdrawn: shown, never counted' }, 'retracted');
		case 'SUPERSEDED':
			return h('span', { class: 'badge superseded' }, 'superseded');
		default:
			return null;
	}
}

// What a fact says, in one line.
export function factText(fact, catalog) {
	if (fact.type === 'VoteCast') {
		return `${fact.vote ?? ''} on ${name(catalog.instruments, fact.instrumentId)}`;
	}
	const instrument = fact.instrumentId ? name(catalog.instruments, fact.instrumentId) : null;
	const part = fact.means ? `by ${fact.means.toLowerCase()}` : fact.role ? `as ${fact.role.toLowerCase().replace('_', '-')}` : null;
	const about = instrument && part ? `${instrument} (${part})` : instrument;
	const text = fact.summary ?? fact.note;
	return [about, text].filter(Boolean).join(': ') || fact.factId;
}
