// The crisis lab: pick challenger and target, move the main parameters, toggle architectures and
// a spoke's policy; every change asks POST /api/compare and redraws the measures, a bar chart per
// variant and the network coloured by intervention probability.

import { el, $, clear, num, pct, debounce } from './dom.js';
import { api } from './api.js';
import { draw, legend, recolour } from './graph.js';
import { drawCharts, at } from './charts.js';

const lab = {
  scenario: null,      // { bundled, document, network }
  parameters: [],      // GET /api/parameters
  measures: [],        // GET /api/measures: the catalogue the charts read
  headline: [],        // its headline measures
  base: {},            // the scenario's own parameter values, by symbol
  values: {},          // slider values, by symbol
  result: null,        // the last POST /api/compare answer
  selected: 0,         // index of the variant drawn on the network
  sequence: 0,
  controller: null,
  pending: false,      // a change waits for its request
};
let cy = null;

/** Wires the controls; the architectures, policies and measures come from the server's catalogues. */
export function initLab(parameters, catalogue) {
  lab.parameters = parameters.parameters;
  lab.measures = catalogue.measures.measures;
  lab.headline = lab.measures.filter(m => m.headline);
  $('#lab-controls').addEventListener('submit', e => e.preventDefault());
  for (const a of catalogue.architectures.architectures) {
    $('#architectures').append(el('label', { title: a.description }, el('input', { type: 'checkbox', name: 'architecture', value: a.name, onchange: changed }), ' ' + a.name + ': ' + a.description));
  }
  for (const p of catalogue.policies.policies) {
    $('#policies').append(el('label', { title: p.description }, el('input', { type: 'checkbox', name: 'policy', value: p.name, onchange: changed }), ' ' + p.name + ': ' + p.description));
  }
  for (const id of ['#challenger', '#target', '#spoke', '#coordination']) $(id).addEventListener('change', changed);
  $('#seed').addEventListener('input', changed);
  $('#reset-parameters').addEventListener('click', () => {
    setSliders(lab.base);
    changed();
  });
  $('#save-run').addEventListener('click', saveRun);
}

/** A new scenario: fill the pickers and sliders from it, redraw the network, solve its first crisis. */
export function setLabScenario(scenario, preset) {
  lab.scenario = scenario;
  const n = scenario.network;
  const ids = n.states.map(s => s.id);
  for (const [sel, fallback] of [['#challenger', 0], ['#target', 1]]) {
    clear($(sel)).append(...ids.map(id => el('option', { value: id }, id + ' – ' + n.states.find(s => s.id === id).name)));
    $(sel).value = ids[fallback];
  }
  const crisis = n.crises[0];
  if (crisis) {
    $('#challenger').value = crisis.challenger;
    $('#target').value = crisis.target;
  }
  clear($('#crisis-shortcuts')).append(...n.crises.map(c => el('button', {
    type: 'button', class: 'link', onclick: () => {
      $('#challenger').value = c.challenger;
      $('#target').value = c.target;
      changed();
    },
  }, c.label)));
  // The principal hub's spokes first; the crisis target is the natural spoke to try a policy for.
  const main = n.principal_hub;
  const spokes = [...new Set([...(n.hubs[main] || []), ...Object.values(n.hubs).flat()])];
  clear($('#spoke')).append(...spokes.map(id => el('option', { value: id }, id + (n.hubs[main] && n.hubs[main].includes(id) ? '' : ' (spoke of another hub)'))));
  if (crisis && spokes.includes(crisis.target)) $('#spoke').value = crisis.target;
  $('#spoke').disabled = spokes.length === 0;
  document.querySelectorAll('#policies input').forEach(i => { i.disabled = spokes.length === 0; });
  const docParams = (scenario.document && scenario.document.parameters) || {};
  lab.base = {};
  for (const p of lab.parameters) lab.base[p.symbol] = docParams[p.symbol] !== undefined ? docParams[p.symbol] : p.default;
  $('#coordination').value = docParams.coordination || 'auto';
  buildSliders();
  if (cy) cy.destroy();
  cy = null;
  if (preset) applyRequest(preset);
  if (!$('#view-lab').hidden) ensureGraph();
  if (!preset) changed();
}

/** Draws the lab's network once its tab is visible (Cytoscape needs a sized container). */
export function ensureGraph() {
  if (!lab.scenario) return;
  if (!cy) {
    cy = draw($('#lab-graph'), lab.scenario.network, null);
    legend($('#lab-legend'), [el('span', { class: 'key' }, 'fill: intervention probability q (blue: for the target, orange: for the challenger)')]);
    window.spokesLab = Object.assign(window.spokesLab || {}, { labGraph: cy });
    if (lab.result) recolour(cy, lab.result.variants[lab.selected].result);
  } else {
    cy.resize();
    cy.fit(undefined, 16);
  }
}

function buildSliders() {
  clear($('#sliders'));
  clear($('#sliders-more'));
  for (const p of lab.parameters) {
    if (!p.slider) continue;
    const value = Math.min(p.slider.hi, Math.max(p.slider.lo, lab.base[p.symbol]));
    lab.values[p.symbol] = lab.base[p.symbol];
    const input = el('input', {
      type: 'range', min: p.slider.lo, max: p.slider.hi, step: p.slider.step, value: String(value),
      id: 'param-' + p.symbol, name: p.symbol, 'aria-label': p.symbol, list: 'ticks-' + p.symbol,
    });
    const shown = el('output', { for: 'param-' + p.symbol, id: 'value-' + p.symbol }, String(lab.base[p.symbol]));
    const at = (100 * (p.default - p.slider.lo)) / (p.slider.hi - p.slider.lo);
    const row = el('div', { class: 'slider', title: p.meaning, dataset: { symbol: p.symbol } },
      el('label', { for: 'param-' + p.symbol }, el('code', {}, p.symbol), ' ', el('span', { class: 'meaning' }, p.meaning)),
      el('div', { class: 'track' }, input,
        el('span', { class: 'default-mark', style: `left: calc(${at}% + ${(0.5 - at / 100) * 14}px)`, title: 'spec default ' + p.default }, '▲')),
      shown,
      el('datalist', { id: 'ticks-' + p.symbol }, el('option', { value: String(p.default), label: 'default' })));
    input.addEventListener('input', () => {
      lab.values[p.symbol] = Number(input.value);
      shown.textContent = input.value;
      row.classList.toggle('changed', Number(input.value) !== p.default);
      changed();
    });
    row.classList.toggle('changed', lab.base[p.symbol] !== p.default);
    (p.slider.main ? $('#sliders') : $('#sliders-more')).append(row);
  }
}

function setSliders(values) {
  for (const p of lab.parameters) {
    if (!p.slider || values[p.symbol] === undefined) continue;
    lab.values[p.symbol] = values[p.symbol];
    const input = $('#param-' + p.symbol);
    input.value = String(values[p.symbol]);
    $('#value-' + p.symbol).textContent = String(values[p.symbol]);
    input.closest('.slider').classList.toggle('changed', values[p.symbol] !== p.default);
  }
}

/** The request the controls describe (the body of POST /api/compare). */
export function labRequest() {
  const r = { challenger: $('#challenger').value, target: $('#target').value };
  if (lab.scenario.bundled) r.scenario = lab.scenario.bundled;
  else r.document = lab.scenario.document;
  const seed = $('#seed').value.trim();
  if (seed !== '') r.seed = /^-?[0-9]+$/.test(seed) ? Number(seed) : seed;
  const parameters = {};
  for (const [k, v] of Object.entries(lab.values)) if (v !== lab.base[k]) parameters[k] = v;
  const coordination = $('#coordination').value;
  if (coordination !== ((lab.scenario.document.parameters || {}).coordination || 'auto')) parameters.coordination = coordination;
  r.parameters = parameters;
  r.architectures = [...document.querySelectorAll('#architectures input:checked')].map(i => i.value);
  r.policies = [...document.querySelectorAll('#policies input:checked')].map(i => i.value);
  if (r.policies.length) r.spoke = $('#spoke').value;
  return r;
}

/** Sets the controls from a stored request (a reopened run). */
function applyRequest(req) {
  $('#challenger').value = req.challenger;
  $('#target').value = req.target;
  $('#seed').value = String(req.seed);
  const values = Object.assign({}, lab.base);
  for (const [k, v] of Object.entries(req.parameters || {})) if (k !== 'coordination') values[k] = v;
  setSliders(values);
  $('#coordination').value = (req.parameters || {}).coordination || (lab.scenario.document.parameters || {}).coordination || 'auto';
  document.querySelectorAll('#architectures input').forEach(i => { i.checked = req.architectures.includes(i.value); });
  document.querySelectorAll('#policies input').forEach(i => { i.checked = req.policies.includes(i.value); });
  if (req.spoke) $('#spoke').value = req.spoke;
}

const solveSoon = debounce(solve, 60);

function changed() {
  // Busy from the change on, not from the request: a test or a user waiting for "done" waits for this change.
  lab.pending = true;
  $('#lab-controls').dataset.busy = 'true';
  solveSoon();
}

async function solve() {
  if (!lab.scenario) return;
  const sequence = ++lab.sequence;
  lab.pending = false;
  if (lab.controller) lab.controller.abort();
  lab.controller = new AbortController();
  $('#lab-controls').dataset.busy = 'true';
  try {
    const result = await api('/api/compare', { method: 'POST', body: labRequest(), signal: lab.controller.signal });
    if (sequence !== lab.sequence) return;
    showResult(result, 'Live: solved on the server just now.');
    $('#timing').textContent = 'Server ' + num(result.timing.server, 1) + ' ms, round trip ' + num(result.timing.total, 1) + ' ms.';
  } catch (e) {
    if (e.name === 'AbortError' || sequence !== lab.sequence) return;
    const banner = $('#lab-error');
    banner.hidden = false;
    banner.textContent = e.message;
  } finally {
    if (sequence === lab.sequence && !lab.pending) $('#lab-controls').dataset.busy = 'false';
  }
}

/** Shows a compare answer: live, or the stored results of a reopened run. */
export function showResult(result, source) {
  lab.result = result;
  if (lab.selected >= result.variants.length) lab.selected = 0;
  $('#lab-error').hidden = true;
  $('#lab-source').textContent = source;
  render();
}

function render() {
  const variants = lab.result.variants;
  const v = variants[lab.selected];
  const r = v.result;
  const headline = clear($('#headline'));
  const card = (key, label, value, hint) => el('div', { class: 'measure', dataset: { measure: key }, title: hint },
    el('span', { class: 'label' }, label), el('span', { class: 'value', id: 'measure-' + key }, pct(value)));
  headline.append(
    ...lab.headline.map(m => card(m.name, m.label + (m.scope === 'hub' && r.hub.id ? ' (' + r.hub.id + ')' : ''), at(r, m.result_pointer),
      m.description + ' (' + m.applies_when + ')')),
    el('div', { class: 'measure small' }, el('span', { class: 'label' }, 'Variant'), el('span', { class: 'value' }, v.variant)));
  const tabs = clear($('#variant-tabs'));
  variants.forEach((x, i) => tabs.append(el('button', {
    type: 'button', role: 'tab', 'aria-selected': String(i === lab.selected), onclick: () => select(i),
  }, x.variant + ': ' + pct(x.result.deterrence))));
  drawCharts($('#charts'), variants, lab.selected, select, lab.measures, $('#spoke').value);
  perState(r);
  if (cy) recolour(cy, r);
}

function select(i) {
  lab.selected = i;
  render();
}

function perState(r) {
  const table = clear($('#per-state'));
  table.append(el('caption', {}, 'Per state, ' + lab.result.variants[lab.selected].variant + ': intervention q, abandonment and entrapment risk, burden share and expected war cost'));
  table.append(el('thead', {}, el('tr', {}, ['state', 'side', 'q', 'abandonment', 'entrapment', 'burden share', 'expected war cost'].map(h => el('th', {}, h)))));
  const body = el('tbody');
  const states = [r.crisis.target, r.crisis.challenger, ...Object.keys(r.intervention)];
  for (const id of states) {
    const role = id === r.crisis.target ? 'target' : id === r.crisis.challenger ? 'challenger' : r.side[id];
    body.append(el('tr', { dataset: { state: id } },
      el('td', {}, id), el('td', {}, role), el('td', {}, pct(r.intervention[id])), el('td', {}, pct(r.abandonment[id])),
      el('td', {}, pct(r.entrapment[id])), el('td', {}, num(r.burden_share[id], 3)), el('td', {}, num(r.expected_war_cost[id], 4))));
  }
  table.append(body);
}

async function saveRun() {
  const out = $('#save-status');
  out.textContent = 'Saving…';
  try {
    const saved = await api('/api/runs', { method: 'POST', body: { label: $('#run-label').value, request: labRequest() } });
    out.textContent = 'Saved as run ' + saved.run.id + ' (“' + saved.run.label + '”).';
    out.dataset.saved = String(saved.run.id);
    document.dispatchEvent(new CustomEvent('spokes:runs-changed'));
  } catch (e) {
    out.textContent = 'Not saved: ' + e.message;
  }
}
