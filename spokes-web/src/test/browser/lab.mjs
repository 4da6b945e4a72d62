// Drives Debian's chromium through the Spokes lab (run by LabBrowserTest, never on its own
// browser download). Usage: node lab.mjs BASE_URL PHASE [SCREENSHOT_DIR]
//   PHASE "first": page and network, a slider moving deterrence, a treaty error shown next to its
//                  field, two runs saved, the history view redrawn for another year.
//   PHASE "after-restart": the runs saved before the restart are listed, reopen, and compare.
// Prints one "ok: ..." line per check and exits non-zero on the first failure.

import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, phase, shots] = process.argv.slice(2);
if (!base || !['first', 'after-restart'].includes(phase)) {
  console.error('usage: node lab.mjs BASE_URL first|after-restart [SCREENSHOT_DIR]');
  process.exit(2);
}
const LABEL = 'browser run kbar 1.5';
const SECOND = 'browser run baseline';

let checks = 0;
function ok(what) {
  checks += 1;
  console.log('ok: ' + what);
}
function expect(condition, what) {
  if (!condition) throw new Error('failed: ' + what);
  ok(what);
}

const profile = mkdtempSync(join(tmpdir(), 'spokes-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  acceptDownloads: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await context.newPage();
const problems = [];
page.on('pageerror', e => problems.push('page error: ' + e.message));
page.on('console', m => { if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push('console: ' + m.text()); });

async function shot(name, fullPage = false) {
  if (shots) await page.screenshot({ path: join(shots, name), fullPage });
}

async function tab(view) {
  await page.click(`#tabs button[data-view="${view}"]`);
  await page.waitForSelector(`#view-${view}:not([hidden])`);
}

async function open() {
  await page.goto(base + '/');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
}

async function first() {
  await open();
  const readyAt = await page.evaluate(() => window.spokesLab.readyAt);
  console.log('measure: page ready (network drawn) ' + readyAt.toFixed(0) + ' ms after navigation start');
  const drawn = await page.evaluate(() => ({
    nodes: window.spokesLab.systemGraph.nodes().length,
    edges: window.spokesLab.systemGraph.edges().length,
    canvases: [...document.querySelectorAll('#system-graph canvas')].filter(c => c.width > 0 && c.height > 0).length,
  }));
  expect(drawn.nodes === 12 && drawn.edges > 20 && drawn.canvases > 0,
    `network drawn: ${drawn.nodes} states, ${drawn.edges} ties on ${drawn.canvases} canvases`);

  // Hovering a state shows its details with the source of its capability.
  const at = await page.evaluate(() => {
    const p = window.spokesLab.systemGraph.getElementById('KOR').renderedPosition();
    const box = document.querySelector('#system-graph').getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.move(at.x, at.y);
  await page.waitForSelector('#details-body[data-id="KOR"]', { timeout: 5000 });
  const details = await page.textContent('#details-body');
  expect(details.includes('South Korea') && details.includes('COW NMC 7.0'), 'hovering KOR shows its details and source');

  // North Korea is China's spoke in China's own component: not coloured as a spoke of the principal system.
  const prk = await page.evaluate(() => {
    const n = window.spokesLab.systemGraph.getElementById('PRK');
    const box = document.querySelector('#system-graph').getBoundingClientRect();
    return { role: n.data('role'), x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
  });
  await page.mouse.move(prk.x, prk.y);
  await page.waitForSelector('#details-body[data-id="PRK"]', { timeout: 5000 });
  const prkDetails = await page.textContent('#details-body');
  expect(prk.role === 'other' && prkDetails.includes('spoke of CHN, outside USA\'s system'),
    'North Korea is drawn as other, its details name it China\'s spoke outside the US system');
  await shot('lab-system.png');

  // The crisis lab: moving the kbar slider changes deterrence within a second.
  await tab('lab');
  await page.waitForFunction(() => document.querySelector('#measure-deterrence'));
  const before = await page.textContent('#measure-deterrence');
  const started = Date.now();
  await page.focus('#param-kbar');
  await page.keyboard.press('End');
  await page.waitForFunction(b => document.querySelector('#measure-deterrence').textContent !== b, before, { timeout: 5000 });
  const after = await page.textContent('#measure-deterrence');
  const elapsed = Date.now() - started;
  console.log('measure: deterrence redrawn ' + elapsed + ' ms after the slider moved');
  expect(before !== after && elapsed < 3000, `moving kbar to its maximum changes deterrence ${before} -> ${after} (${elapsed} ms)`);
  expect((await page.textContent('#value-kbar')) === '4', 'the slider shows its new value');

  // Architectures and a spoke's policy add variants: one bar chart each, and the network is recoloured.
  await page.check('#architectures input[value="lattice"]');
  await page.check('#policies input[value="alignment"]');
  await page.waitForFunction(() => document.querySelectorAll('#charts figure.chart').length === 3, null, { timeout: 5000 });
  const variants = await page.$$eval('#charts figure.chart', fs => fs.map(f => f.dataset.variant));
  expect(variants.join(',') === 'baseline,lattice,alignment(KOR)', 'a bar chart per variant: ' + variants.join(', '));
  const usa = await page.evaluate(() => window.spokesLab.labGraph.getElementById('USA').data('label'));
  expect(/^USA\n\d+%$/.test(usa), 'the network shows the hub\'s intervention probability: ' + usa.replace('\n', ' '));
  await page.click('#charts figure.chart[data-variant="lattice"]');
  await page.waitForFunction(() => document.querySelector('#headline').textContent.includes('lattice'));
  ok('choosing a variant redraws the measures');

  // The entrapment bar is one named state's, the same in every chart: the lab's spoke when it can be
  // entrapped, else the most entrapped candidate (KOR is the target of PRK -> KOR, so not KOR here).
  const entrapped = await page.$eval('#charts', c => c.dataset.entrapmentState);
  const titles = await page.$$eval('#charts figure.chart', fs => fs.map(f => f.title));
  expect(/^[A-Z]{3}$/.test(entrapped) && entrapped !== 'KOR' && titles.every(t => t.includes('entrapment | war of ' + entrapped + ':')),
    'the entrapment bar names its state in every chart: ' + entrapped);
  await page.selectOption('#spoke', 'JPN');
  await page.waitForFunction(() => document.querySelector('#charts').dataset.entrapmentState === 'JPN'
    && [...document.querySelectorAll('#charts figure.chart')].some(f => f.dataset.variant === 'alignment(JPN)'), null, { timeout: 5000 });
  ok('with Japan as the spoke, the entrapment bar is Japan\'s');
  await page.selectOption('#spoke', 'KOR');
  await page.waitForFunction(() => [...document.querySelectorAll('#charts figure.chart')].some(f => f.dataset.variant === 'alignment(KOR)'), null, { timeout: 5000 });

  // kbar back down to 1.5 (Home is 0.1, each step 0.05) for the saved run and the screenshot.
  await page.focus('#param-kbar');
  await page.keyboard.press('Home');
  for (let i = 0; i < 28; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#value-kbar').textContent === '1.5');
  await page.waitForFunction(() => document.querySelector('#lab-controls').dataset.busy === 'false');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('lab-crisis.png', true);

  // Two saved runs: this one, and one with the parameters reset.
  await page.fill('#run-label', LABEL);
  await page.click('#save-run');
  await page.waitForSelector('#save-status[data-saved]', { timeout: 10000 });
  const firstId = await page.getAttribute('#save-status', 'data-saved');
  await page.click('#reset-parameters');
  await page.uncheck('#architectures input[value="lattice"]');
  await page.uncheck('#policies input[value="alignment"]');
  await page.fill('#run-label', SECOND);
  await page.waitForFunction(() => document.querySelectorAll('#charts figure.chart').length === 1);
  await page.click('#save-run');
  await page.waitForFunction(id => { const s = document.querySelector('#save-status'); return s.dataset.saved && s.dataset.saved !== id; }, firstId);
  ok('two runs saved');

  // The editor: a treaty member that is not a state gets the reader's message next to the field.
  await tab('editor');
  const field = '[data-field="treaties[0].members[1].state"]';
  await page.waitForSelector(field);
  await page.fill(field, 'RKO');
  await page.waitForSelector('.field-error', { timeout: 5000 });
  const error = await page.evaluate(f => {
    const e = document.querySelector('.field-error');
    return { text: e.textContent, nextToField: e.previousElementSibling === document.querySelector(f) };
  }, field);
  expect(error.text === "treaty 'US-ROK' names unknown state 'RKO'" && error.nextToField,
    'a treaty error is shown next to its field: ' + error.text);
  await page.evaluate(f => document.querySelector(f).scrollIntoView({ block: 'center' }), field);
  await shot('lab-editor.png');
  await page.fill(field, 'KOR');
  await page.waitForFunction(() => !document.querySelector('.field-error') && document.querySelector('#editor-status').className === 'ok');
  ok('fixing the field clears the message');
  // Rivalries are edited like the rest: a new one naming an unknown state is refused at its field.
  const rivals = await page.evaluate(() => window.spokesLab.editorDocument().rivalries.length);
  await page.click('#add-rivalry');
  const second = `[data-field="rivalries[${rivals}].states[1]"]`;
  await page.fill(`[data-field="rivalries[${rivals}].source"]`, 'browser test');
  await page.fill(`[data-field="rivalries[${rivals}].states[0]"]`, 'PRK');
  await page.fill(second, 'XXX');
  await page.waitForFunction(() => [...document.querySelectorAll('.field-error')].some(e => e.textContent.includes("'XXX'")),
    null, { timeout: 5000 });
  const rivalError = await page.evaluate(f => {
    const e = [...document.querySelectorAll('.field-error')].find(x => x.textContent.includes("'XXX'"));
    return { text: e.textContent, nextToField: e.previousElementSibling === document.querySelector(f) };
  }, second);
  expect(rivalError.text.includes("unknown state 'XXX'") && rivalError.nextToField,
    'a rivalry error is shown next to its field: ' + rivalError.text);
  await page.fill(second, 'JPN');
  await page.waitForFunction(() => !document.querySelector('.field-error') && document.querySelector('#editor-status').className === 'ok');
  const kept = await page.evaluate(() => ({
    rivalries: window.spokesLab.editorDocument().rivalries.length, citations: window.spokesLab.editorDocument().citations.length,
    description: document.querySelector('[data-field="description"]').value.length,
  }));
  expect(kept.rivalries === rivals + 1 && kept.citations > 0 && kept.description > 0,
    `the editor adds a rivalry (${kept.rivalries}) and shows the description and ${kept.citations} citations`);
  const download = page.waitForEvent('download');
  await page.click('#editor-download');
  expect((await download).suggestedFilename() === 'korea-2023.yaml', 'the edited scenario downloads as korea-2023.yaml');

  await tab('runs');
  await page.waitForSelector(`#runs-table td.label:text-is("${LABEL}")`);
  ok('the saved runs are listed');

  // History: the real ATOP defense network of a year, redrawn when the year slider moves.
  await tab('history');
  await page.waitForSelector('#history-graph[data-year="1955"]', { timeout: 20000 });
  const y1955 = await page.evaluate(() => ({ nodes: window.spokesLab.historyGraph.nodes().length, hub: document.querySelector('#history-hub').textContent }));
  expect(y1955.nodes > 30 && y1955.hub.startsWith('Hub: USA'), `1955: ${y1955.nodes} allied states, the United States the hub`);
  await page.mouse.move(0, 0);
  await shot('lab-history.png');
  await page.focus('#history-year');
  await page.keyboard.press('Home');
  await page.waitForSelector('#history-graph[data-year="1816"]', { timeout: 10000 });
  const y1816 = await page.evaluate(() => window.spokesLab.historyGraph.nodes().length);
  expect(y1816 < y1955.nodes && (await page.textContent('#history-year-value')) === '1816',
    `moving the year slider to 1816 redraws the network: ${y1816} allied states`);
}

async function afterRestart() {
  await open();
  await tab('runs');
  await page.waitForSelector(`#runs-table td.label:text-is("${LABEL}")`, { timeout: 10000 });
  await page.waitForSelector(`#runs-table td.label:text-is("${SECOND}")`);
  ok('both runs saved before the restart are listed after it');
  await page.check('#runs-table tbody tr:nth-child(1) input.pick');
  await page.check('#runs-table tbody tr:nth-child(2) input.pick');
  await page.click('#runs-compare');
  await page.waitForSelector('#runs-side-by-side tbody tr');
  const rows = await page.$$eval('#runs-side-by-side tbody tr', r => r.length);
  const text = await page.textContent('#runs-compare-view');
  expect(rows >= 5 && text.includes('kbar 1.5 → 1'), `two runs side by side: ${rows} rows, parameters that differ named`);
  await shot('lab-runs.png');
  const row = page.locator('#runs-table tbody tr', { has: page.locator(`td.label:text-is("${LABEL}")`) });
  await row.locator('button', { hasText: 'Open' }).click();
  await page.waitForSelector('#view-lab:not([hidden])');
  await page.waitForFunction(() => document.querySelector('#lab-source').textContent.startsWith('Saved run #'));
  const kbar = await page.textContent('#value-kbar');
  const charts = await page.$$eval('#charts figure.chart', f => f.length);
  expect(kbar === '1.5' && charts === 3, 'reopening a run restores its controls and stored results');
}

// The checks a phase defines: the expect/ok calls written in its function (none sits in a loop),
// plus the final "no script errors". LabBrowserTest requires every defined check to have passed,
// so a phase that returns early cannot pass with fewer checks.
function defined() {
  const body = (phase === 'first' ? first : afterRestart).toString();
  return (body.match(/\b(?:expect|ok)\(/g) || []).length + 1;
}

try {
  if (phase === 'first') await first();
  else await afterRestart();
  expect(problems.length === 0, 'no script errors' + (problems.length ? ': ' + problems.join('; ') : ''));
  console.log(`${phase}: ${checks} passed, 0 failed, ${defined()} defined`);
} catch (e) {
  console.log(e.message);
  if (problems.length) console.log(problems.join('\n'));
  if (shots) await page.screenshot({ path: join(shots, 'failure-' + phase + '.png') }).catch(() => {});
  console.log(`${phase}: ${checks} passed, 1 failed, ${defined()} defined`);
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
