// The system view: the scenario's network as a wheel, with the details and sources of whatever
// state or tie the pointer is on.

import { el, $, clear, num } from './dom.js';
import { draw, legend, OBLIGATIONS } from './graph.js';

let cy = null;
let shown = null;

export function showSystem(network) {
  shown = network;
  $('#system-title').textContent = network.title + (network.title.includes(String(network.year)) ? '' : ' (' + network.year + ')');
  if (cy) cy.destroy();
  const container = $('#system-graph');
  container.dataset.ready = 'false';
  cy = draw(container, network, (kind, id) => details(kind, id));
  legend($('#system-legend'), [el('span', { class: 'key' },
    el('span', { class: 'swatch dot', style: 'background:#1a365d' }), 'hub',
    el('span', { class: 'swatch dot', style: 'background:#4299e1' }), 'spoke',
    el('span', { class: 'swatch dot', style: 'background:#cbd5e0' }), 'other')]);
  clear($('#details-body')).append(overview(network));
  container.dataset.ready = 'true';
  window.spokesLab = Object.assign(window.spokesLab || {}, { systemGraph: cy });
}

/** Re-fits the graph after its tab becomes visible (Cytoscape measures its container). */
export function refitSystem() {
  if (cy) {
    cy.resize();
    cy.fit(undefined, 24);
  }
}

function overview(n) {
  const hubs = Object.entries(n.hubs).map(([h, s]) => el('li', {}, h + ': spokes ' + (s.length ? s.join(', ') : 'none')));
  return el('div', {},
    el('p', {}, n.states.length + ' states, ' + n.treaties.filter(t => t.active).length + ' treaties in force, ' + n.links.length + ' tied pairs.'),
    el('ul', {}, hubs),
    n.crises.length ? el('p', {}, 'Crises of interest: ' + n.crises.map(c => c.label).join('; ') + '.') : null);
}

function details(kind, id) {
  const body = clear($('#details-body'));
  body.dataset.kind = kind;
  body.dataset.id = id;
  if (kind === 'state') body.append(stateDetails(shown.states.find(s => s.id === id)));
  else body.append(tieDetails(shown.links.find(l => l.id === id)));
}

/** The role in words; another component's hub and spokes are told as such, not as the principal system's. */
function roleText(s) {
  if (s.role === 'spoke') return 'spoke of ' + s.hub_of_spoke;
  if (s.role !== 'other') return s.role;
  if (shown.hubs[s.id]) return 'other (hub of its own component, outside ' + shown.principal_hub + '\'s system)';
  if (s.hub_of_spoke) return 'other (spoke of ' + s.hub_of_spoke + ', outside ' + shown.principal_hub + '\'s system)';
  return 'other';
}

function stateDetails(s) {
  const rivals = shown.rivalries.filter(r => r.states.includes(s.id));
  return el('div', { class: 'card' },
    el('h3', {}, s.name + ' (' + s.id + ')'),
    el('dl', {},
      el('dt', {}, 'Role'), el('dd', {}, roleText(s)),
      el('dt', {}, 'Capability (CINC)'), el('dd', {}, num(s.capability, 5)),
      el('dt', {}, 'Nuclear'), el('dd', {}, s.nuclear ? 'yes' : 'no'),
      el('dt', {}, 'COW code'), el('dd', {}, String(s.cow))),
    el('p', { class: 'source' }, el('strong', {}, 'Source: '), s.source || 'none given'),
    rivals.length ? el('div', {}, el('h4', {}, 'Rivalries'),
      rivals.map(r => el('p', { class: 'source' }, r.states.join('–') + ': ' + r.source))) : null);
}

function direction(from, to, tie) {
  if (!tie) return el('li', {}, from + ' → ' + to + ': no tie');
  return el('li', {}, from + ' → ' + to + ': ' + OBLIGATIONS[tie.obligation].text + ', iota ' + num(tie.iota, 2)
    + (tie.pledge !== 1 ? ', pledge ×' + num(tie.pledge, 2) : ''));
}

function tieDetails(l) {
  const treaties = l.treaties.map(id => shown.treaties.find(t => t.id === id)).filter(Boolean);
  return el('div', { class: 'card' },
    el('h3', {}, l.a + ' – ' + l.b),
    el('ul', {}, direction(l.a, l.b, l.ab), direction(l.b, l.a, l.ba)),
    treaties.map(t => el('div', { class: 'treaty' },
      el('h4', {}, t.name),
      el('p', {}, 'Signed ' + t.signed + (t.ended ? ', ended ' + t.ended : '') + (t.atopid ? ', ATOP ' + t.atopid : '')
        + (t.milinst !== undefined ? ', milinst ' + t.milinst : '') + ', iota ' + num(t.iota, 2)),
      el('p', {}, 'Members: ' + t.members.map(m => m.state + ' (' + m.obligations.join(', ') + ')').join('; ')),
      el('p', { class: 'source' }, el('strong', {}, 'Source: '), t.source))));
}
