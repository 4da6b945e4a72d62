// The scenario editor: a form over the scenario document (the file format as JSON). Every change
// is checked by the server's reader (POST /api/validate), and its message is shown next to the
// field it names, exactly as the command line would report it.

import { el, $, clear, debounce } from './dom.js';
import { api, download, ApiError } from './api.js';

const OBLIGATIONS = ['defense', 'offense', 'consultation', 'neutrality', 'nonaggression', 'none'];
const INSTITUTIONS = [['integrated_command', 'integrated command'], ['bases_troops', 'bases/troops'],
  ['intelligence_sharing', 'intelligence sharing'], ['nuclear_umbrella', 'nuclear umbrella'],
  ['consultation_mechanism', 'consultation body']];
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

let doc = null;
let lastValid = null;   // the last answer of /api/validate that accepted the document
let onUse = () => {};

export function initEditor(scenarios, use) {
  onUse = use;
  clear($('#editor-bundled')).append(...scenarios.filter(s => !s.error).map(s => el('option', { value: s.name }, s.name)));
  $('#editor-load').addEventListener('click', async () => {
    const s = await api('/api/scenarios/' + encodeURIComponent($('#editor-bundled').value));
    setEditorDocument(s.document);
    accepted(s);
  });
  $('#editor-upload').addEventListener('change', upload);
  $('#editor-download').addEventListener('click', async () => {
    try {
      const name = await download('/api/yaml', { method: 'POST', body: { document: doc } });
      $('#editor-status').textContent = 'Downloaded ' + name + '.';
    } catch (e) {
      showError(e);
    }
  });
  $('#editor-use').addEventListener('click', () => {
    if (lastValid) onUse({ bundled: null, document: structuredClone(doc), network: lastValid.network });
  });
}

export function setEditorDocument(document) {
  doc = structuredClone(document);
  render();
}

export function editorHasDocument() {
  return doc !== null;
}

async function upload(e) {
  const file = e.target.files[0];
  if (!file) return;
  const text = await file.text();
  e.target.value = '';
  try {
    const s = await api('/api/validate', { method: 'POST', body: { yaml: text, file: file.name } });
    setEditorDocument(s.document);
    accepted(s);
    $('#editor-status').textContent = 'Loaded ' + file.name + '.';
  } catch (err) {
    clearErrors();
    showError(err);
  }
}

// ---- the document ----------------------------------------------------------------------------

function parsePath(path) {
  return path.split('.').flatMap(part => {
    const m = part.match(/^([^[\]]+)((\[\d+\])*)$/);
    const keys = [m[1]];
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(i[1]));
    return keys;
  });
}

function setAt(path, value, optional) {
  const keys = parsePath(path);
  let o = doc;
  for (const k of keys.slice(0, -1)) {
    if (o[k] === undefined) o[k] = typeof k === 'number' ? {} : {};
    o = o[k];
  }
  const last = keys[keys.length - 1];
  if (optional && (value === '' || value === null)) delete o[last];
  else o[last] = value;
}

function getAt(path) {
  return parsePath(path).reduce((o, k) => (o === undefined || o === null ? undefined : o[k]), doc);
}

const validateSoon = debounce(validate, 250);

function changedDoc() {
  $('#editor-status').textContent = 'Checking…';
  validateSoon();
}

// ---- inputs bound to paths --------------------------------------------------------------------

function text(path, { optional = false, placeholder = '', size } = {}) {
  const v = getAt(path);
  return el('input', {
    type: 'text', value: v === undefined || v === null ? '' : String(v), placeholder, size, dataset: { field: path },
    'aria-label': path, oninput: e => { setAt(path, e.target.value, optional); changedDoc(); },
  });
}

/** Numbers are sent as numbers when they read as one, otherwise as typed, so the reader names the problem. */
function number(path, { optional = false, size = 8, whole = false } = {}) {
  const v = getAt(path);
  return el('input', {
    type: 'text', inputmode: whole ? 'numeric' : 'decimal', value: v === undefined || v === null ? '' : String(v), size,
    dataset: { field: path }, 'aria-label': path,
    oninput: e => {
      const t = e.target.value.trim();
      setAt(path, NUMBER.test(t) ? Number(t) : t, optional);
      changedDoc();
    },
  });
}

function check(path, label) {
  return el('label', { class: 'check' }, el('input', {
    type: 'checkbox', checked: getAt(path) === true, dataset: { field: path },
    onchange: e => { setAt(path, e.target.checked); changedDoc(); },
  }), ' ' + label);
}

function remove(label, action) {
  return el('button', { type: 'button', class: 'remove', title: label, 'aria-label': label, onclick: () => { action(); render(); changedDoc(); } }, '✕');
}

// ---- the form ---------------------------------------------------------------------------------

function render() {
  const form = clear($('#editor-form'));
  if (!doc) {
    form.append(el('p', { class: 'hint' }, 'Load a bundled scenario or upload a YAML file to edit it.'));
    return;
  }
  doc.states = doc.states || [];
  doc.treaties = doc.treaties || [];
  doc.crises = doc.crises || [];
  const ids = doc.states.map(s => s.id);
  form.append(
    el('datalist', { id: 'state-ids' }, ids.map(id => el('option', { value: id }))),
    el('section', { dataset: { field: '' } },
      el('h2', {}, 'Scenario'),
      el('div', { class: 'row' },
        el('label', {}, 'Name ', text('name')), el('label', {}, 'Title ', text('title', { size: 50 })),
        el('label', {}, 'Year ', number('year', { size: 5, whole: true })))),
    proseSection(),
    statesSection(),
    treatiesSection(ids),
    hubSection(ids),
    crisesSection(ids),
    rivalriesSection(),
    affinitiesSection(),
    el('p', { class: 'hint' }, (doc.amendments || []).length + ' amendments and the parameters ('
      + Object.keys(doc.parameters || {}).length + ' set) are kept as loaded; the crisis lab varies the parameters.'));
  window.spokesLab = Object.assign(window.spokesLab || {}, { editorDocument: () => doc });
}

/** The description and the works cited: they travel with the scenario into files and reports. */
function proseSection() {
  doc.citations = doc.citations || [];
  const description = el('textarea', {
    rows: 3, cols: 100, dataset: { field: 'description' }, 'aria-label': 'description',
    oninput: e => { setAt('description', e.target.value, true); changedDoc(); },
  });
  description.value = doc.description || '';
  const cites = doc.citations.map((c, i) => el('li', { dataset: { field: `citations[${i}]` } },
    text(`citations[${i}]`, { size: 100 }), remove('remove citation', () => doc.citations.splice(i, 1))));
  return el('section', { dataset: { field: 'citations' } },
    el('h2', {}, 'Description and works cited'),
    el('label', { class: 'wide' }, 'Description ', description),
    el('ol', { class: 'citations' }, cites),
    addButton('add-citation', 'Add citation', () => doc.citations.push('')));
}

/** Pairs of states in strategic rivalry (each side's affinity to the other is -1). */
function rivalriesSection() {
  doc.rivalries = doc.rivalries || [];
  const rows = doc.rivalries.map((r, i) => {
    r.states = r.states || ['', ''];
    return el('tr', { dataset: { field: `rivalries[${i}]` } },
      el('td', {}, memberState(`rivalries[${i}].states[0]`)), el('td', {}, memberState(`rivalries[${i}].states[1]`)),
      el('td', {}, text(`rivalries[${i}].source`, { size: 60 })),
      el('td', {}, remove('remove rivalry', () => doc.rivalries.splice(i, 1))));
  });
  return el('section', { dataset: { field: 'rivalries' } },
    el('h2', {}, 'Rivalries'),
    el('table', { class: 'table edit' }, el('thead', {}, el('tr', {}, ['state', 'state', 'source', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    addButton('add-rivalry', 'Add rivalry', () => doc.rivalries.push({ states: ['', ''], source: '' })));
}

/** Directed affinities that replace the computed ones (docs/model.md). */
function affinitiesSection() {
  doc.affinities = doc.affinities || [];
  const rows = doc.affinities.map((a, i) => el('tr', { dataset: { field: `affinities[${i}]` } },
    el('td', {}, memberState(`affinities[${i}].from`)), el('td', {}, memberState(`affinities[${i}].to`)),
    el('td', {}, number(`affinities[${i}].value`, { size: 6 })), el('td', {}, text(`affinities[${i}].source`, { size: 50 })),
    el('td', {}, remove('remove affinity override', () => doc.affinities.splice(i, 1)))));
  return el('section', { dataset: { field: 'affinities' } },
    el('h2', {}, 'Affinity overrides'),
    el('table', { class: 'table edit' }, el('thead', {}, el('tr', {}, ['from', 'to', 'value', 'source', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    addButton('add-affinity', 'Add affinity override', () => doc.affinities.push({ from: '', to: '', value: 0, source: '' })));
}

function addButton(id, label, add) {
  return el('button', { type: 'button', id, onclick: () => { add(); render(); changedDoc(); } }, label);
}

function statesSection() {
  const rows = doc.states.map((s, i) => el('tr', { dataset: { field: `states[${i}]` } },
    el('td', {}, text(`states[${i}].id`, { size: 4 })), el('td', {}, number(`states[${i}].cow`, { size: 4, whole: true })),
    el('td', {}, text(`states[${i}].name`, { size: 22 })), el('td', {}, number(`states[${i}].capability`, { size: 10 })),
    el('td', {}, check(`states[${i}].nuclear`, '')), el('td', {}, text(`states[${i}].source`, { size: 40 })),
    el('td', {}, remove('remove state ' + s.id, () => doc.states.splice(i, 1)))));
  return el('section', { dataset: { field: 'states' } },
    el('h2', {}, 'States'),
    el('table', { class: 'table edit' },
      el('thead', {}, el('tr', {}, ['id', 'COW', 'name', 'capability', 'nuclear', 'source', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    el('button', {
      type: 'button', id: 'add-state', onclick: () => {
        doc.states.push({ id: '', cow: '', name: '', capability: '', nuclear: false, source: '' });
        render();
        changedDoc();
      },
    }, 'Add state'));
}

function treatiesSection(ids) {
  const cards = doc.treaties.map((t, i) => {
    const p = `treaties[${i}]`;
    t.members = t.members || [];
    const members = t.members.map((m, k) => el('tr', { dataset: { field: `${p}.members[${k}]` } },
      el('td', {}, memberState(`${p}.members[${k}].state`)),
      el('td', { dataset: { field: `${p}.members[${k}].obligations` } }, OBLIGATIONS.map(o => el('label', { class: 'check' },
        el('input', {
          type: 'checkbox', checked: (m.obligations || []).includes(o), dataset: { obligation: o },
          onchange: e => {
            const list = new Set(m.obligations || []);
            if (e.target.checked) list.add(o); else list.delete(o);
            m.obligations = OBLIGATIONS.filter(x => list.has(x));
            changedDoc();
          },
        }), ' ' + o))),
      el('td', {}, remove('remove member', () => t.members.splice(k, 1)))));
    return el('div', { class: 'card treaty-card', dataset: { field: p } },
      el('div', { class: 'row' },
        el('label', {}, 'Id ', text(`${p}.id`, { size: 14 })), el('label', {}, 'Name ', text(`${p}.name`, { size: 40 })),
        remove('remove treaty ' + t.id, () => doc.treaties.splice(i, 1))),
      el('div', { class: 'row' },
        el('label', {}, 'Signed ', text(`${p}.signed`, { size: 10, placeholder: 'YYYY-MM-DD' })),
        el('label', {}, 'Ended ', text(`${p}.ended`, { size: 10, optional: true, placeholder: 'in force' })),
        el('label', {}, 'ATOP id ', number(`${p}.atopid`, { size: 5, optional: true, whole: true })),
        el('label', {}, 'milinst ', number(`${p}.milinst`, { size: 2, optional: true, whole: true })),
        el('label', {}, 'iota ', number(`${p}.iota`, { size: 4, optional: true }))),
      el('div', { class: 'row' }, INSTITUTIONS.map(([k, label]) => check(`${p}.${k}`, label))),
      el('table', { class: 'table edit members', dataset: { field: `${p}.members` } },
        el('thead', {}, el('tr', {}, el('th', {}, 'member'), el('th', {}, 'obligations it owes the others'), el('th', {}))),
        el('tbody', {}, members)),
      el('button', {
        type: 'button', onclick: () => {
          t.members.push({ state: '', obligations: ['defense'] });
          render();
          changedDoc();
        },
      }, 'Add member'),
      el('label', { class: 'wide' }, 'Source ', text(`${p}.source`, { size: 90 })));
  });
  return el('section', { dataset: { field: 'treaties' } },
    el('h2', {}, 'Treaties'), cards,
    el('button', {
      type: 'button', id: 'add-treaty', onclick: () => {
        doc.treaties.push({
          id: 'NEW-' + (doc.treaties.length + 1), name: '', signed: (doc.year || 2000) + '-01-01',
          members: ids.slice(0, 2).map(s => ({ state: s, obligations: ['defense'] })), source: '',
        });
        render();
        changedDoc();
      },
    }, 'Add treaty'));
}

/** A state id input that suggests the scenario's states (one shared datalist, made in render). */
function memberState(path) {
  const input = text(path, { size: 4 });
  input.setAttribute('list', 'state-ids');
  return input;
}

function hubSection(ids) {
  const hub = el('select', {
    dataset: { field: 'hub' }, 'aria-label': 'hub',
    onchange: e => { setAt('hub', e.target.value, true); changedDoc(); },
  }, el('option', { value: '' }, '(found from the defense ties)'), ids.map(id => el('option', { value: id }, id)));
  hub.value = doc.hub || '';
  const spokes = new Set(doc.spokes || []);
  return el('section', { dataset: { field: 'spokes' } },
    el('h2', {}, 'Hub and spokes'),
    el('div', { class: 'row' }, el('label', {}, 'Hub ', hub),
      el('span', {}, 'Spokes: ', ids.map(id => el('label', { class: 'check' }, el('input', {
        type: 'checkbox', checked: spokes.has(id),
        onchange: e => {
          if (e.target.checked) spokes.add(id); else spokes.delete(id);
          doc.spokes = ids.filter(x => spokes.has(x));
          if (!doc.spokes.length) delete doc.spokes;
          changedDoc();
        },
      }), ' ' + id)))));
}

function crisesSection(ids) {
  const rows = doc.crises.map((c, i) => el('tr', { dataset: { field: `crises[${i}]` } },
    el('td', {}, memberState(`crises[${i}].challenger`)), el('td', {}, memberState(`crises[${i}].target`)),
    el('td', {}, text(`crises[${i}].label`, { size: 40, optional: true })),
    el('td', {}, remove('remove crisis', () => doc.crises.splice(i, 1)))));
  return el('section', { dataset: { field: 'crises' } },
    el('h2', {}, 'Crises of interest'),
    el('table', { class: 'table edit' }, el('thead', {}, el('tr', {}, ['challenger', 'target', 'label', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    el('button', {
      type: 'button', onclick: () => {
        doc.crises.push({ challenger: ids[0] || '', target: ids[1] || '' });
        render();
        changedDoc();
      },
    }, 'Add crisis'));
}

// ---- validation -------------------------------------------------------------------------------

async function validate() {
  if (!doc) return;
  try {
    const s = await api('/api/validate', { method: 'POST', body: { document: doc } });
    accepted(s);
  } catch (e) {
    showError(e);
  }
}

function accepted(s) {
  lastValid = s;
  clearErrors();
  $('#editor-error').hidden = true;
  $('#editor-use').disabled = false;
  $('#editor-status').textContent = 'Valid: ' + s.states + ' states, ' + s.treaties + ' treaties, ' + s.ties + ' directed ties.';
  $('#editor-status').className = 'ok';
}

function clearErrors() {
  document.querySelectorAll('#editor-form .field-error').forEach(n => n.remove());
  document.querySelectorAll('#editor-form .invalid').forEach(n => n.classList.remove('invalid'));
}

/** Shows the reader's message next to the field it names (or the nearest enclosing part of the form). */
function showError(e) {
  clearErrors();
  lastValid = null;
  $('#editor-use').disabled = true;
  const banner = $('#editor-error');
  banner.hidden = false;
  banner.textContent = e.message;
  $('#editor-status').textContent = e instanceof ApiError && e.status === 422 ? 'Not valid: see the message next to the field.' : 'Error.';
  $('#editor-status').className = 'bad';
  if (!(e instanceof ApiError) || e.status !== 422) return;
  let field = e.field;
  let target = null;
  for (;;) {
    target = document.querySelector(`#editor-form [data-field="${CSS.escape(field)}"]`);
    if (target || field === '') break;
    const shorter = field.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    field = shorter === field ? '' : shorter;
  }
  if (!target) target = $('#editor-form section');
  target.classList.add('invalid');
  const message = el('div', { class: 'field-error', role: 'alert', dataset: { for: e.field } }, e.problem);
  if (target.matches('input, select')) target.after(message);
  else target.prepend(message);
}
