// The read API, with the reader token the user gave (kept for this browser tab only).
const TOKEN_KEY = 'policy-ledger.token';

export class ApiError extends Error {
	constructor(status, detail) {
		super(detail);
		this.status = status;
	}
}

export function setToken(token) {
	if (token) {
		sessionStorage.setItem(TOKEN_KEY, token);
	}
	else {
		sessionStorage.removeItem(TOKEN_KEY);
	}
}

export async function get(path, parameters = {}) {
	const url = new URL(path, location.origin);
	for (const [name, value] of Object.entries(parameters)) {
		if (value) {
			url.searchParams.set(name, value);
		}
	}
	const headers = { Accept: 'application/json' };
	const token = sessionStorage.getItem(TOKEN_KEY);
	if (token) {
		headers.Authorization = `Bearer ${token}`;
	}
	const response = await fetch(url, { headers });
	if (!response.ok) {
		const problem = await response.json().catch(() => ({}));
		throw new ApiError(response.status, problem.detail ?? response.statusText);
	}
	return response.json();
}

let catalog;

// The most entries the catalogue endpoints send in one page.
const CATALOG_PAGE = 1000;

// Actors, topics and instruments by id, loaded once per page load.
export async function loadCatalog() {
	if (!catalog) {
		catalog = Promise.all(['actors', 'topics', 'instruments'].map(entries))
			.then(([actors, topics, instruments]) => ({
				actors: byId(actors),
				topics: byId(topics),
				instruments: byId(instruments),
			}))
			.catch((error) => {
				catalog = undefined;
				throw error;
			});
	}
	return catalog;
}

// Every entry of a catalogue, page by page.
async function entries(kind) {
	const first = await get(`/api/${kind}`, { limit: CATALOG_PAGE });
	const rest = [];
	for (let offset = CATALOG_PAGE; offset < first.total; offset += CATALOG_PAGE) {
		rest.push(get(`/api/${kind}`, { offset, limit: CATALOG_PAGE }));
	}
	return [first, ...await Promise.all(rest)].flatMap((page) => page.entries);
}

function byId(entries) {
	return new Map(entries.map((entry) => [entry.id, entry]));
}
