// The Spokes lab page: loads the bundled scenarios, the parameters and the catalogues, then wires the four views.

import { el, $, clear, status } from './dom.js';
import { api } from './api.js';
import { showSystem, refitSystem } from './system.js';
import { initLab, setLabScenario, ensureGraph, showResult } from './lab.js';
import { initEditor, setEditorDocument, editorHasDocument } from './editor.js';
import { initRuns, refreshRuns } from './runs.js';
import { initHistory, showHistory } from './history.js';

const EDITED = '(edited)';
let current = null;

function showView(name) {
  for (const b of document.querySelectorAll('#tabs button')) b.setAttribute('aria-selected', String(b.dataset.view === name));
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + name;
  if (name === 'system') refitSystem();
  if (name === 'lab') ensureGraph();
  if (name === 'runs') refreshRuns().catch(e => status(e.message, 'bad'));
  if (name === 'history') showHistory().catch(e => status(e.message, 'bad'));
  document.body.dataset.view = name;
}

/** Makes a scenario current everywhere: system view, lab, and (if empty) the editor. */
function use(scenario, preset) {
  current = scenario;
  const select = $('#scenario-select');
  if (!scenario.bundled) {
    if (![...select.options].some(o => o.value === EDITED)) select.append(el('option', { value: EDITED }, 'edited: ' + scenario.network.name));
    select.value = EDITED;
    select.querySelector(`option[value="${EDITED}"]`).textContent = 'edited: ' + scenario.network.name;
  } else {
    select.value = scenario.bundled;
  }
  showSystem(scenario.network);
  setLabScenario(scenario, preset);
  if (!editorHasDocument()) setEditorDocument(scenario.document);
  document.body.dataset.scenario = scenario.network.name;
}

async function loadBundled(name, preset) {
  status('Loading ' + name + '…');
  const s = await api('/api/scenarios/' + encodeURIComponent(name));
  use({ bundled: name, document: s.document, network: s.network }, preset);
  status('');
}

/** A saved run: its scenario as it was stored, its controls, and its stored results. */
async function openRun(run) {
  const req = run.request;
  const bundledNow = req.scenario ? await api('/api/scenarios/' + encodeURIComponent(req.scenario)).catch(() => null) : null;
  const sameFile = bundledNow && JSON.stringify(bundledNow.document.states) === JSON.stringify(run.scenario.states)
    && JSON.stringify(bundledNow.document.treaties) === JSON.stringify(run.scenario.treaties);
  if (sameFile) {
    use({ bundled: req.scenario, document: bundledNow.document, network: bundledNow.network }, req);
  } else {
    // The stored scenario includes the run's parameters; the lab sends it as an edited document.
    const checked = await api('/api/validate', { method: 'POST', body: { document: run.scenario } });
    use({ bundled: null, document: run.scenario, network: checked.network }, Object.assign({}, req, { parameters: {} }));
  }
  showView('lab');
  showResult(run.results, 'Saved run #' + run.run.id + ' (“' + run.run.label + '”, ' + new Date(run.run.created).toLocaleString()
    + ', version ' + run.run.version + '): stored results. Change any control to solve again.');
}

async function start() {
  for (const b of document.querySelectorAll('#tabs button')) b.addEventListener('click', () => showView(b.dataset.view));
  const [scenarios, parameters, architectures, policies, measures] = await Promise.all([api('/api/scenarios'), api('/api/parameters'),
    api('/api/architectures'), api('/api/policies'), api('/api/measures')]);
  const valid = scenarios.scenarios.filter(s => !s.error);
  clear($('#scenario-select')).append(...valid.map(s => el('option', { value: s.name }, s.name + ' – ' + s.title)));
  $('#scenario-select').addEventListener('change', e => {
    if (e.target.value !== EDITED) loadBundled(e.target.value).catch(err => status(err.message, 'bad'));
  });
  initLab(parameters, { architectures, policies, measures });
  initEditor(scenarios.scenarios, s => {
    use(s);
    showView('lab');
  });
  initRuns(run => openRun(run).catch(e => status(e.message, 'bad')));
  initHistory();
  if (!valid.length) {
    status('No bundled scenarios found (' + scenarios.directory + '): upload one in the editor.', 'bad');
    showView('editor');
    return;
  }
  const first = valid.find(s => s.name === 'korea-2023') || valid[0];
  await loadBundled(first.name);
  showView('system');
  // Time from navigation start to a drawn network, read by the browser tests and bench/web-page.sh.
  window.spokesLab = Object.assign(window.spokesLab || {}, { readyAt: performance.now() });
  document.body.dataset.ready = 'true';
}

start().catch(e => status('Could not start: ' + e.message, 'bad'));
