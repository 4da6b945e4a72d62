// One small bar chart per variant (uPlot): deterrence, P(war), the hub's abandonment risk and
// the largest entrapment, all probabilities on the same 0–1 scale so the variants compare at a glance.

import { el, clear } from './dom.js';

export const BARS = [
  { key: 'deterrence', label: 'deter.', color: '#2b6cb0' },
  { key: 'p_war', label: 'P(war)', color: '#c53030' },
  { key: 'abandonment', label: 'aband.', color: '#dd6b20' },
  { key: 'entrapment', label: 'entrap.', color: '#6b46c1' },
];

/** The four numbers a chart shows for one variant's result. */
export function barValues(result) {
  const entrapment = Object.values(result.entrapment).filter(Number.isFinite);
  return {
    deterrence: result.deterrence,
    p_war: result.p_war,
    abandonment: result.hub.abandonment,
    entrapment: entrapment.length ? Math.max(...entrapment) : null,
  };
}

let charts = [];

export function drawCharts(container, variants, selected, onSelect) {
  charts.forEach(c => c.destroy());
  charts = [];
  clear(container);
  variants.forEach((v, i) => {
    const values = barValues(v.result);
    const box = el('figure', { class: 'chart' + (i === selected ? ' selected' : ''), dataset: { variant: v.variant }, onclick: () => onSelect(i) });
    const plot = el('div');
    box.append(plot, el('figcaption', {}, v.variant));
    container.append(box);
    const xs = BARS.map((_, k) => k);
    const ys = BARS.map(b => (Number.isFinite(values[b.key]) ? values[b.key] : null));
    const opts = {
      width: 230, height: 150, legend: { show: false }, cursor: { show: false },
      scales: { x: { time: false, range: [-0.6, BARS.length - 0.4] }, y: { range: [0, 1] } },
      axes: [
        { splits: () => xs, values: (u, splits) => splits.map(k => (BARS[k] ? BARS[k].label : '')), size: 24, gap: 2, font: '10px sans-serif' },
        { splits: () => [0, 0.5, 1], values: (u, s) => s.map(x => Math.round(x * 100) + '%'), size: 44, font: '10px sans-serif' },
      ],
      series: [{}, {
        label: v.variant, points: { show: false }, fill: '#2b6cb0', stroke: '#2b6cb0', width: 0,
        paths: uPlot.paths.bars({ size: [0.7, 40], disp: { fill: { unit: 3, values: () => BARS.map(b => b.color) } } }),
      }],
    };
    charts.push(new uPlot(opts, [xs, ys], plot));
  });
}
