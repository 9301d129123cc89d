// The page's state lives in the address: view, id, actors, asOf, knownAt, since, measure, zoom, topic and fact, so every
// view can be bookmarked and shared. Links keep the time controls as they are.
const KEYS = ['view', 'id', 'kind', 'actors', 'asOf', 'knownAt', 'since', 'measure', 'zoom', 'topic', 'fact'];

export function current() {
	const parameters = new URLSearchParams(location.search);
	return Object.fromEntries(KEYS.map((key) => [key, parameters.get(key) || null]));
}

export function link(changes) {
	const next = { ...current(), fact: null, ...changes };
	const parameters = new URLSearchParams();
	for (const key of KEYS) {
		if (next[key]) {
			parameters.set(key, next[key]);
		}
	}
	return `?${parameters}`;
}

export function go(changes, { replace = false } = {}) {
	const url = link(changes);
	if (replace) {
		history.replaceState(null, '', url);
	}
	else {
		history.pushState(null, '', url);
	}
	window.dispatchEvent(new Event('routechange'));
}
