import uPlot from '../webjars/uplot/dist/uPlot.esm.js';
import { h } from './dom.js';
import { STANCES, stanceLabel } from './format.js';
import { current } from './route.js';

// Colours for series, distinguishable and at least 3:1 against white.
const COLOURS = ['#1f5fa8', '#b3461b', '#2e7d32', '#7b3fa0', '#8a6d00', '#00796b', '#c2185b', '#455a64', '#5d4037', '#283593'];

// A line chart of values per year.
export function yearChart({ id, title, years, series, format, range }) {
	return chart({ id, title, axis: 'Year', keys: years, series, format, options: {
		scales: { x: { time: false }, y: { range } },
		axes: [{ label: 'Year', incrs: [1, 2, 5, 10, 20, 50], values: (plot, ticks) => ticks.map(String) },
			{ values: (plot, ticks) => ticks.map(format) }],
	} });
}

// Stances over time, one step line per topic (a stance holds until the next one), with
// the chosen day marked.
export function stanceChart({ id, title, days, series, marked }) {
	const seconds = (day) => Date.parse(`${day}T00:00:00Z`) / 1000;
	return chart({ id, title, axis: 'Day', keys: days, series, format: (value) => stanceLabel(STANCES[value]),
		x: days.map(seconds), options: {
			scales: { x: { time: true }, y: { range: [-0.3, STANCES.length - 0.7] } },
			axes: [{}, { size: 130, incrs: [1], values: (plot, ticks) => ticks.map((tick) => stanceLabel(STANCES[tick]) ?? '') }],
			step: true,
			hooks: { draw: [(plot) => {
				const x = Math.round(plot.valToPos(seconds(marked), 'x', true));
				const context = plot.ctx;
				context.save();
				context.strokeStyle = '#1b1b1b';
				context.setLineDash([4, 4]);
				context.beginPath();
				context.moveTo(x, plot.bbox.top);
				context.lineTo(x, plot.bbox.top + plot.bbox.height);
				context.stroke();
				context.restore();
			}] },
		} });
}

// A chart (uPlot, drawn once its figure is laid out on the page) with the same numbers as a
// table, for screen readers and for copying, and its data and image to download.
function chart({ id, title, axis, keys, series, format, x = keys, options }) {
	const plot = h('div', { class: 'chart', 'aria-hidden': 'true' });
	const downloads = dataDownloads(id, title, axis, keys, series);
	const figure = h('figure', { class: 'chart-figure', id },
		h('figcaption', null, title), plot, downloads,
		h('details', null, h('summary', null, 'The numbers'),
			h('div', { class: 'scroll' }, h('table', { class: 'chart-data' },
				h('thead', null, h('tr', null, h('th', { scope: 'col' }, axis),
					series.map((line) => h('th', { scope: 'col' }, line.label)))),
				h('tbody', null, keys.map((key, index) => h('tr', null, h('th', { scope: 'row' }, key),
					series.map((line) => h('td', null, line.values[index] == null ? '—' : format(line.values[index]))))))))));
	const { step, ...rest } = options;
	const drawn = new ResizeObserver(() => {
		if (!plot.isConnected || plot.clientWidth === 0) {
			return;
		}
		drawn.disconnect();
		const drawing = new uPlot({
			width: Math.max(300, Math.min(900, plot.clientWidth)),
			height: 260,
			...rest,
			series: [{ label: axis }, ...series.map((line, index) => ({
				label: line.label, stroke: COLOURS[index % COLOURS.length], width: 2, points: { show: true, size: 5 },
				spanGaps: step, paths: step ? uPlot.paths.stepped({ align: 1 }) : undefined,
				value: (unused, value) => value == null ? '—' : format(value),
			}))],
		}, [x, ...series.map((line) => line.values)], plot);
		downloads.append(', ', h('a', { href: drawing.ctx.canvas.toDataURL('image/png'), download: `${id}.png` }, 'PNG'));
	});
	drawn.observe(plot);
	return figure;
}

// Every year from the first to the last of those given, in order.
export function yearSpan(yearLists) {
	const all = yearLists.flat();
	if (all.length === 0) {
		return [];
	}
	const first = Math.min(...all);
	return Array.from({ length: Math.max(...all) - first + 1 }, (unused, index) => first + index);
}

// Links to download what a chart or map shows as CSV and JSON; more links (an image) may be
// appended.
export function dataDownloads(id, title, axis, keys, series) {
	const data = chartData(title, axis, keys, series);
	return h('p', { class: 'downloads' }, 'Download ',
		download(`${id}.csv`, 'text/csv', csv(data), 'CSV'), ', ',
		download(`${id}.json`, 'application/json', JSON.stringify(data, null, 2), 'JSON'));
}

// What a chart shows, with where and when it was looked at: the view's address, its asOf
// day and knownAt instant (now, when the view leaves them open).
function chartData(title, axis, keys, series) {
	const route = current();
	const now = new Date().toISOString();
	return { title, view: location.href, asOf: route.asOf ?? now.slice(0, 10), knownAt: route.knownAt ?? now.replace(/\.\d+Z$/, 'Z'),
		axis: axis.toLowerCase(), keys, series: series.map((line) => ({ label: line.label, values: line.values })) };
}

// The data as CSV: the view, asOf and knownAt as comment lines, then a row per key.
function csv(data) {
	const cell = (value) => value == null ? '' : /[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value);
	return [`# ${data.title}`, `# view: ${data.view}`, `# asOf: ${data.asOf}`, `# knownAt: ${data.knownAt}`,
		[data.axis, ...data.series.map((line) => line.label)].map(cell).join(','),
		...data.keys.map((key, index) => [key, ...data.series.map((line) => line.values[index])].map(cell).join(','))]
		.join('\n') + '\n';
}

export function download(file, type, body, label) {
	return h('a', { href: `data:${type};charset=utf-8,${encodeURIComponent(body)}`, download: file }, label);
}
