// One small bar chart per variant (uPlot): deterrence, P(war), the hub's abandonment risk and one
// named state's entrapment given war, all probabilities on the same 0–1 scale so the variants
// compare at a glance. Which number each bar is and where it sits in a result come from the
// measure catalogue (GET /api/measures); only the short axis labels live here, as a 230-px chart
// has room for a few letters under each bar.

import { el, clear } from './dom.js';

const BARS = [
  { name: 'deterrence', short: 'deter.', color: '#2b6cb0' },
  { name: 'p_war', short: 'P(war)', color: '#c53030' },
  { name: 'hub_abandonment', short: 'aband.', color: '#dd6b20' },
  { name: 'entrapment', short: 'entrap.', color: '#6b46c1' },
];

/** The value at a JSON pointer of /api/measures (e.g. /hub/abandonment) in a result. */
export function at(result, pointer) {
  return pointer.split('/').slice(1).reduce((x, key) => (x == null ? undefined : x[key]), result);
}

/**
 * Whose entrapment the charts show: the lab's spoke when it is a candidate of the crisis (the
 * target and the challenger cannot be entrapped), else the candidate most entrapped in the first
 * variant. One state for every chart, so the bars compare the same state's risk across variants.
 */
export function entrapmentState(variants, spoke) {
  const first = variants[0].result.entrapment;
  if (spoke && Number.isFinite(first[spoke])) return spoke;
  let best = null;
  for (const [id, x] of Object.entries(first)) {
    if (Number.isFinite(x) && (best === null || x > first[best])) best = id;
  }
  return best;
}

/** The bars' catalogue entries, values and axis labels for one variant's result. */
function bars(result, catalogue, state) {
  return BARS.map(b => {
    const m = catalogue.find(x => x.name === b.name);
    const raw = at(result, m.result_pointer);
    const value = m.scope === 'state' ? (state === null ? undefined : raw[state]) : raw;
    const label = m.scope === 'state' ? b.short + '\n' + (state === null ? '–' : state) : b.short;
    const whose = m.scope === 'state' ? ' of ' + (state === null ? 'no state (no candidate in this crisis)' : state) : '';
    return { ...b, value: Number.isFinite(value) ? value : null, label, title: m.label + whose + ': ' + m.description };
  });
}

let charts = [];

/** catalogue: the measures of GET /api/measures; spoke: the lab's spoke, whose entrapment is preferred. */
export function drawCharts(container, variants, selected, onSelect, catalogue, spoke) {
  charts.forEach(c => c.destroy());
  charts = [];
  clear(container);
  const state = variants.length ? entrapmentState(variants, spoke) : null;
  container.dataset.entrapmentState = state === null ? '' : state;
  variants.forEach((v, i) => {
    const shown = bars(v.result, catalogue, state);
    const box = el('figure', {
      class: 'chart' + (i === selected ? ' selected' : ''), dataset: { variant: v.variant }, onclick: () => onSelect(i),
      title: shown.map(b => b.title).join('\n'),
    });
    const plot = el('div');
    box.append(plot, el('figcaption', {}, v.variant));
    container.append(box);
    const xs = shown.map((_, k) => k);
    const ys = shown.map(b => b.value);
    const opts = {
      width: 230, height: 160, legend: { show: false }, cursor: { show: false },
      scales: { x: { time: false, range: [-0.6, shown.length - 0.4] }, y: { range: [0, 1] } },
      axes: [
        { splits: () => xs, values: (u, splits) => splits.map(k => (shown[k] ? shown[k].label : '')), size: 34, gap: 2, font: '10px sans-serif' },
        { splits: () => [0, 0.5, 1], values: (u, s) => s.map(x => Math.round(x * 100) + '%'), size: 44, font: '10px sans-serif' },
      ],
      series: [{}, {
        label: v.variant, points: { show: false }, fill: '#2b6cb0', stroke: '#2b6cb0', width: 0,
        paths: uPlot.paths.bars({ size: [0.7, 40], disp: { fill: { unit: 3, values: () => shown.map(b => b.color) } } }),
      }],
    };
    charts.push(new uPlot(opts, [xs, ys], plot));
  });
}
