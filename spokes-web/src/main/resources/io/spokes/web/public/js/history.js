// The history view: a year slider 1816–2018 redrawing the real ATOP defense network of a region
// (GET /api/data/network), beside its centralization and lattice-density curves (GET /api/data/series).

import { el, $, clear, num, debounce } from './dom.js';
import { api } from './api.js';
import { wheel } from './graph.js';

let cy = null;
let chart = null;
let series = null;
let sequence = 0;
let started = false;

export function initHistory() {
  $('#history-year').addEventListener('input', () => {
    $('#history-year-value').textContent = $('#history-year').value;
    if (chart) chart.redraw(false);
    redrawSoon();
  });
  $('#history-region').addEventListener('change', async () => {
    series = null;
    await loadSeries();
    redraw();
  });
}

/** Loads the curves and the first network when the view is first shown. */
export async function showHistory() {
  if (!started) {
    started = true;
    $('#history-status').textContent = 'Reading ATOP 5.1 and COW data…';
    await loadSeries();
    await redraw();
  } else if (cy) {
    cy.resize();
    cy.fit(undefined, 20);
  }
}

const redrawSoon = debounce(() => redraw(), 80);

async function loadSeries() {
  const region = $('#history-region').value;
  series = await api('/api/data/series?region=' + encodeURIComponent(region));
  if (chart) chart.destroy();
  const box = clear($('#history-chart'));
  const marker = u => {
    const x = Math.round(u.valToPos(Number($('#history-year').value), 'x', true));
    const ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = '#1a202c';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.restore();
  };
  chart = new uPlot({
    width: 400, height: 240, scales: { x: { time: false }, y: { range: [0, 1] } },
    series: [{ label: 'year' },
      { label: 'centralization', stroke: '#2b6cb0', width: 2, spanGaps: false },
      { label: 'lattice density', stroke: '#dd6b20', width: 2, spanGaps: false }],
    axes: [{ values: (u, v) => v.map(String) }, { values: (u, v) => v.map(x => x.toFixed(1)) }],
    hooks: { draw: [marker] },
  }, [series.years, series.centralization, series.lattice_density], box);
  $('#history-sources').textContent = 'Sources: ' + series.sources + '.';
}

async function redraw() {
  const year = Number($('#history-year').value);
  const region = $('#history-region').value;
  const mine = ++sequence;
  const n = await api(`/api/data/network?year=${year}&region=${encodeURIComponent(region)}`);
  if (mine !== sequence) return;
  draw(n);
  measures(n);
  $('#history-status').textContent = n.states.length + ' allied states, ' + n.links.length + ' defense ties in ' + n.year + '.';
}

function draw(n) {
  const hub = n.states.find(s => s.role === 'hub');
  const byId = Object.fromEntries(n.states.map(s => [String(s.ccode), s]));
  const maxCap = Math.max(1e-6, ...n.states.map(s => s.capability || 0));
  // The same wheel as the system view: the year's best-connected state in the middle, its allies around it.
  const positions = wheel({
    hub: hub ? String(hub.ccode) : null,
    hubs: hub ? { [hub.ccode]: n.states.filter(s => s.role === 'spoke').map(s => String(s.ccode)) } : {},
    states: n.states.map(s => ({ id: String(s.ccode) })),
  });
  const elements = n.states.map(s => ({
    data: {
      id: String(s.ccode), label: s.id, size: 14 + 50 * Math.sqrt((s.capability || 0) / maxCap),
      fill: s.role === 'hub' ? '#1a365d' : s.role === 'spoke' ? '#4299e1' : s.in_region ? '#cbd5e0' : '#f7fafc',
      text: s.role === 'hub' ? '#ffffff' : '#1a202c',
    },
  })).concat(n.links.map(([a, b]) => ({ data: { id: a + '-' + b, source: String(a), target: String(b) } })));
  if (cy) cy.destroy();
  const container = $('#history-graph');
  cy = cytoscape({
    container, elements,
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', 'background-color': 'data(fill)', color: 'data(text)', 'font-size': 9, 'text-valign': 'center', 'border-width': 1, 'border-color': '#4a5568' } },
      { selector: 'edge', style: { width: 1.2, 'line-color': '#2b6cb0', opacity: 0.45, 'curve-style': 'haystack' } },
    ],
    layout: { name: 'preset', positions: node => positions[node.id()], padding: 20, animate: false },
  });
  cy.on('mouseover tap', 'node', e => {
    const s = byId[e.target.id()];
    $('#history-status').textContent = s.name + ' (' + s.id + ', COW ' + s.ccode + ')' + (s.major ? ', major power' : '')
      + ', CINC ' + num(s.capability, 4) + ', ' + e.target.degree() + ' defense ties in ' + n.year + '.';
  });
  container.dataset.year = String(n.year);
  container.dataset.nodes = String(n.states.length);
  window.spokesLab = Object.assign(window.spokesLab || {}, { historyGraph: cy });
}

function measures(n) {
  const m = n.measures;
  const card = (label, value) => el('div', { class: 'measure' }, el('span', { class: 'label' }, label), el('span', { class: 'value' }, value));
  clear($('#history-measures')).append(
    card('Year', String(n.year)),
    card('Centralization', num(m.centralization, 2)),
    card('Lattice density', num(m.lattice_density, 2)),
    card('Allied states', String(m.allied_states)));
  const hub = clear($('#history-hub'));
  hub.append(m.hubs.length
    ? el('p', {}, 'Hub' + (m.hubs.length > 1 ? 's' : '') + ': ' + m.hubs.join(', ') + ' (' + m.hub_degree + ' defense partners). Spokes of ' + m.hubs[0] + ': '
      + (m.spokes.join(', ') || 'none') + '. ' + m.components + (m.components === 1 ? ' component' : ' components') + '; transitivity ' + num(m.transitivity, 2) + '.')
    : el('p', {}, 'No defense ties in ' + n.year + '.'));
}
