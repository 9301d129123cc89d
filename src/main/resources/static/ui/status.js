// Tells the reader when answers are behind the ledger or incomplete, from /api/status.
import { get } from './api.js';
import { h, replaceChildren } from './dom.js';

const POLL_MS = 3000;

const notice = document.getElementById('read-model-notice');
let timer;
let wasBehind = false;

function count(n, noun) {
	return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

export async function checkStatus() {
	clearTimeout(timer);
	let status;
	try {
		status = await get('/api/status');
	}
	catch {
		return;
	}
	const parts = [];
	if (!status.caughtUp) {
		const share = status.head > 0 ? Math.floor(100 * Math.max(status.position, 0) / status.head) : 0;
		parts.push(status.rebuilding
			? `Rebuilding the answers from the ledger: ${share}% done, ${count(status.behind, 'event')} to go. Answers are back when it is done.`
			: `Still loading: answers reflect ${share}% of the ledger, ${count(status.behind, 'event')} to go.`);
		wasBehind = true;
	}
	else if (wasBehind) {
		parts.push('Everything is loaded now. ', h('button', { type: 'button', onclick: () => location.reload() }, 'Reload'));
	}
	if (status.deadLetters > 0) {
		parts.push(` ${count(status.deadLetters, 'recorded event')} could not be shown; answers that depend on them are incomplete.`);
	}
	replaceChildren(notice, parts);
	notice.hidden = parts.length === 0;
	if (!status.caughtUp) {
		timer = setTimeout(checkStatus, POLL_MS);
	}
}
