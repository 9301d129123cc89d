import uPlot from '../webjars/uplot/dist/uPlot.esm.js';
import { h } from './dom.js';
import { current } from './route.js';

// Colours for series, distinguishable and at least 3:1 against white.
const COLOURS = ['#1f5fa8', '#b3461b', '#2e7d32', '#7b3fa0', '#8a6d00', '#00796b', '#c2185b', '#455a64', '#5d4037', '#283593'];

// A line chart of values per year (uPlot, drawn once the figure is laid out on the page), with
// the same numbers as a table for screen readers and for copying.
export function yearChart({ id, title, years, series, format, range }) {
	const plot = h('div', { class: 'chart', 'aria-hidden': 'true' });
	const data = chartData(title, years, series);
	const downloads = h('p', { class: 'downloads' }, 'Download ',
		download(`${id}.csv`, 'text/csv', csv(data), 'CSV'), ', ',
		download(`${id}.json`, 'application/json', JSON.stringify(data, null, 2), 'JSON'));
	const figure = h('figure', { class: 'year-chart', id },
		h('figcaption', null, title), plot, downloads,
		h('details', null, h('summary', null, 'The numbers'),
			h('div', { class: 'scroll' }, h('table', { class: 'chart-data' },
				h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Year'),
					series.map((line) => h('th', { scope: 'col' }, line.label)))),
				h('tbody', null, years.map((year, index) => h('tr', null, h('th', { scope: 'row' }, year),
					series.map((line) => h('td', null, line.values[index] == null ? '—' : format(line.values[index]))))))))));
	const drawn = new ResizeObserver(() => {
		if (!plot.isConnected || plot.clientWidth === 0) {
			return;
		}
		drawn.disconnect();
		const chart = new uPlot({
			width: Math.max(300, Math.min(900, plot.clientWidth)),
			height: 260,
			scales: { x: { time: false }, y: { range } },
			axes: [{ label: 'Year', incrs: [1, 2, 5, 10, 20, 50], values: (chart, ticks) => ticks.map(String) },
				{ values: (chart, ticks) => ticks.map(format) }],
			series: [{ label: 'Year' }, ...series.map((line, index) => ({
				label: line.label, stroke: COLOURS[index % COLOURS.length], width: 2, points: { show: true, size: 4 },
				value: (chart, value) => value == null ? '—' : format(value),
			}))],
		}, [years, ...series.map((line) => line.values)], plot);
		downloads.append(', ', h('a', { href: chart.ctx.canvas.toDataURL('image/png'), download: `${id}.png` }, 'PNG'));
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

// What a chart shows, with where and when it was looked at: the view's address, its asOf
// day and knownAt instant (now, when the view leaves them open).
function chartData(title, years, series) {
	const route = current();
	const now = new Date().toISOString();
	return { title, view: location.href, asOf: route.asOf ?? now.slice(0, 10), knownAt: route.knownAt ?? now.replace(/\.\d+Z$/, 'Z'),
		years, series: series.map((line) => ({ label: line.label, values: line.values })) };
}

// The data as CSV: the view, asOf and knownAt as comment lines, then a row per year.
function csv(data) {
	const cell = (value) => value == null ? '' : /[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value);
	return [`# ${data.title}`, `# view: ${data.view}`, `# asOf: ${data.asOf}`, `# knownAt: ${data.knownAt}`,
		['year', ...data.series.map((line) => line.label)].map(cell).join(','),
		...data.years.map((year, index) => [year, ...data.series.map((line) => line.values[index])].map(cell).join(','))]
		.join('\n') + '\n';
}

function download(file, type, body, label) {
	return h('a', { href: `data:${type};charset=utf-8,${encodeURIComponent(body)}`, download: file }, label);
}
