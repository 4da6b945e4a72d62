// Saved runs: the list, reopening one in the lab, CSV/JSON export, deleting, and two runs side by side.

import { el, $, clear, num } from './dom.js';
import { api, download } from './api.js';

let onOpen = () => {};

export function initRuns(open) {
  onOpen = open;
  $('#runs-refresh').addEventListener('click', refreshRuns);
  $('#runs-compare').addEventListener('click', compareSelected);
  document.addEventListener('spokes:runs-changed', refreshRuns);
}

export async function refreshRuns() {
  const { runs } = await api('/api/runs');
  const table = clear($('#runs-table'));
  $('#runs-status').textContent = runs.length ? runs.length + ' saved runs.' : 'No saved runs yet: save one from the crisis lab.';
  if (!runs.length) return;
  table.append(el('thead', {}, el('tr', {}, ['', 'run', 'saved', 'label', 'scenario', 'crisis', 'variants', 'seed', 'version', ''].map(h => el('th', {}, h)))));
  const body = el('tbody');
  for (const r of runs) {
    body.append(el('tr', { dataset: { run: String(r.id) } },
      el('td', {}, el('input', { type: 'checkbox', class: 'pick', value: String(r.id), 'aria-label': 'select run ' + r.id, onchange: picked })),
      el('td', {}, '#' + r.id),
      el('td', {}, new Date(r.created).toLocaleString()),
      el('td', { class: 'label' }, r.label),
      el('td', {}, r.scenario),
      el('td', {}, r.challenger + ' → ' + r.target),
      el('td', {}, r.variants.join(', ')),
      el('td', {}, String(r.seed)),
      el('td', {}, r.version),
      el('td', { class: 'actions' },
        el('button', { type: 'button', onclick: () => open(r.id) }, 'Open'),
        el('button', { type: 'button', onclick: () => download(`/api/runs/${r.id}/export?format=csv`) }, 'CSV'),
        el('button', { type: 'button', onclick: () => download(`/api/runs/${r.id}/export?format=json`) }, 'JSON'),
        el('button', { type: 'button', class: 'remove', onclick: () => remove(r.id) }, 'Delete'))));
  }
  table.append(body);
  picked();
}

function selected() {
  return [...document.querySelectorAll('#runs-table input.pick:checked')].map(i => i.value);
}

function picked() {
  $('#runs-compare').disabled = selected().length !== 2;
}

async function open(id) {
  const run = await api('/api/runs/' + id);
  onOpen(run);
}

async function remove(id) {
  await api('/api/runs/' + id, { method: 'DELETE' });
  await refreshRuns();
}

async function compareSelected() {
  const [a, b] = selected().map(Number).sort((x, y) => x - y);
  const c = await api(`/api/runs/compare?a=${a}&b=${b}`);
  const view = clear($('#runs-compare-view'));
  const flags = [['same_scenario', 'scenario'], ['same_crisis', 'crisis'], ['same_seed', 'seed'], ['same_version', 'version']]
    .map(([k, t]) => (c[k] ? 'same ' : 'different ') + t).join(', ');
  view.append(
    el('h2', {}, 'Run #' + c.a.id + ' (' + c.a.label + ') beside run #' + c.b.id + ' (' + c.b.label + ')'),
    el('p', {}, flags + '.'),
    c.parameters.length ? el('p', {}, 'Parameters that differ: ' + c.parameters.map(p => p.symbol + ' ' + p.a + ' → ' + p.b).join(', ') + '.')
      : el('p', {}, 'Same parameters.'),
    el('table', { class: 'table', id: 'runs-side-by-side' },
      el('thead', {}, el('tr', {}, ['variant', 'measure', 'run #' + c.a.id, 'run #' + c.b.id, 'difference'].map(h => el('th', {}, h)))),
      el('tbody', {}, c.rows.map(r => el('tr', {},
        el('td', {}, r.variant), el('td', {}, r.measure), el('td', {}, num(r.a, 4)), el('td', {}, num(r.b, 4)),
        el('td', { class: r.difference > 0 ? 'up' : r.difference < 0 ? 'down' : '' }, num(r.difference, 4)))))));
}
