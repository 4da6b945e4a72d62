// Draws a scenario's alliance network with Cytoscape.js: the hub in the middle of its spokes
// (a wheel), the other states on an outer ring, states sized by capability, ties styled by
// obligation and thickened by institutionalization (iota).

import { el, clear } from './dom.js';

export const OBLIGATIONS = {
  defense: { color: '#2b6cb0', line: 'solid', text: 'defense' },
  offense: { color: '#9b2c2c', line: 'solid', text: 'offense' },
  consultation: { color: '#dd6b20', line: 'dashed', text: 'consultation' },
  neutrality: { color: '#4a5568', line: 'dotted', text: 'neutrality' },
  nonaggression: { color: '#718096', line: 'dotted', text: 'non-aggression' },
  none: { color: '#a0aec0', line: 'dotted', text: 'no obligation (institutions only)' },
};
const RANK = { none: 0, nonaggression: 1, neutrality: 2, consultation: 3, offense: 4, defense: 5 };
const ROLE_COLOR = { hub: '#1a365d', spoke: '#4299e1', other: '#cbd5e0' };

function rank(tie) {
  return tie ? RANK[tie.obligation] : -1;
}

/** Cytoscape elements for a network view (GET /api/scenarios/{name} → network). */
export function elements(network) {
  const maxCap = Math.max(...network.states.map(s => s.capability));
  const nodes = network.states.map(s => ({
    group: 'nodes',
    data: {
      id: s.id, label: s.id, name: s.name, role: s.role,
      size: Math.round(22 + 68 * Math.sqrt(s.capability / maxCap)),
      ring: s.role === 'hub' ? 3 : s.role === 'spoke' ? 2 : 1,
      fill: ROLE_COLOR[s.role], text: s.role === 'hub' ? '#ffffff' : '#1a202c',
      border: s.nuclear ? 4 : 1,
    },
  }));
  // One edge per tied pair; an arrow marks a one-sided commitment, from the state that owes it.
  const edges = network.links.map(l => {
    const oneSided = !l.symmetric;
    const fromB = oneSided && rank(l.ba) > rank(l.ab);
    return {
      group: 'edges',
      data: {
        id: 'tie:' + l.id, link: l.id, source: fromB ? l.b : l.a, target: fromB ? l.a : l.b,
        obligation: l.obligation, width: 1.5 + 7 * l.iota, arrow: oneSided ? 'triangle' : 'none',
        color: OBLIGATIONS[l.obligation].color, line: OBLIGATIONS[l.obligation].line,
        opacity: RANK[l.obligation] >= 4 ? 0.85 : RANK[l.obligation] === 3 ? 0.7 : 0.35,
      },
    };
  });
  return nodes.concat(edges);
}

const STYLE = [
  {
    selector: 'node',
    style: {
      width: 'data(size)', height: 'data(size)', label: 'data(label)', 'background-color': 'data(fill)',
      color: 'data(text)', 'font-size': 12, 'min-zoomed-font-size': 0, 'font-weight': 600, 'text-valign': 'center', 'text-halign': 'center',
      'text-wrap': 'wrap', 'border-width': 'data(border)', 'border-color': '#1a202c',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)', 'line-color': 'data(color)', 'line-style': 'data(line)', 'curve-style': 'bezier',
      'target-arrow-shape': 'data(arrow)', 'target-arrow-color': 'data(color)', opacity: 'data(opacity)',
    },
  },
  { selector: 'node.challenger', style: { 'border-color': '#c53030', 'border-width': 5 } },
  { selector: 'node.target', style: { 'border-color': '#2f855a', 'border-width': 5 } },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: ':selected', style: { 'overlay-opacity': 0.15, 'overlay-color': '#2b6cb0' } },
];

/**
 * Wheel positions: the principal hub (the scenario's named hub, else the one with most spokes) in the
 * middle, its spokes on an inner ring, everyone else on an outer ring with each other hub next to
 * its own spokes.
 */
export function wheel(network) {
  const hubs = Object.entries(network.hubs).sort((a, b) => b[1].length - a[1].length);
  // The server's principal hub (HubSystem.principal); the history view names its one hub itself.
  const main = 'principal_hub' in network ? network.principal_hub : (network.hub || null);
  const inner = main ? (network.hubs[main] || []) : [];
  const placed = new Set([main, ...inner]);
  const outer = [];
  for (const [hub, spokes] of hubs) {
    for (const id of [hub, ...spokes]) if (!placed.has(id)) { outer.push(id); placed.add(id); }
  }
  for (const s of network.states) if (!placed.has(s.id)) { outer.push(s.id); placed.add(s.id); }
  const positions = {};
  if (main) positions[main] = { x: 0, y: 0 };
  const ring = (ids, r, offset) => ids.forEach((id, i) => {
    const a = offset + (2 * Math.PI * i) / ids.length - Math.PI / 2;
    positions[id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  ring(inner, 170, 0);
  ring(outer, 340, outer.length ? Math.PI / outer.length : 0);
  return positions;
}

/** Draws the network in {@code container}; calls onFocus(kind, id) when a state or tie is hovered or tapped. */
export function draw(container, network, onFocus) {
  const positions = wheel(network);
  const cy = cytoscape({
    container, elements: elements(network), style: STYLE,
    layout: { name: 'preset', positions: n => positions[n.id()], padding: 24, animate: false },
    minZoom: 0.3, maxZoom: 3,
  });
  if (onFocus) {
    cy.on('mouseover tap', 'node', e => onFocus('state', e.target.id()));
    cy.on('mouseover tap', 'edge', e => onFocus('tie', e.target.data('link')));
  }
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.edges = String(cy.edges().length);
  return cy;
}

/** A legend of the obligation styles and node roles. */
export function legend(node, extra = []) {
  clear(node);
  for (const [key, o] of Object.entries(OBLIGATIONS)) {
    node.append(el('span', { class: 'key' },
      el('span', { class: 'swatch line', style: `border-top: 3px ${o.line} ${o.color}` }), o.text));
  }
  node.append(el('span', { class: 'key' }, 'thicker = more institutionalized (iota); arrow = one-sided, from the state that owes it; thick ring = nuclear'));
  extra.forEach(x => node.append(x));
}

function mix(a, b, t) {
  const pa = [1, 3, 5].map(i => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map(i => parseInt(b.slice(i, i + 2), 16));
  return '#' + pa.map((x, i) => Math.round(x + (pb[i] - x) * Math.max(0, Math.min(1, t))).toString(16).padStart(2, '0')).join('');
}

/** Colours states by their intervention probability q in a crisis result (blue: defenders, orange: supporters). */
export function recolour(cy, result) {
  cy.batch(() => {
    cy.nodes().forEach(n => {
      const id = n.id();
      n.removeClass('challenger target');
      const q = result.intervention[id];
      if (id === result.crisis.challenger) {
        n.addClass('challenger');
        n.data({ fill: '#feb2b2', text: '#1a202c', label: id + '\nchallenger' });
      } else if (id === result.crisis.target) {
        n.addClass('target');
        n.data({ fill: '#c6f6d5', text: '#1a202c', label: id + '\ntarget' });
      } else if (q === undefined || q === null) {
        n.data({ fill: '#edf2f7', text: '#718096', label: id });
      } else {
        const supporter = result.side[id] === 'supporter';
        n.data({ fill: mix('#ffffff', supporter ? '#dd6b20' : '#2b6cb0', q), text: q > 0.55 ? '#ffffff' : '#1a202c',
          label: id + '\n' + Math.round(100 * q) + '%' });
      }
    });
  });
}
