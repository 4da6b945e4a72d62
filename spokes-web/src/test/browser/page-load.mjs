// Page load timing for bench/web-page.sh: node page-load.mjs BASE_URL LOADS
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, loadsText] = process.argv.slice(2);
const loads = Number(loadsText || 10);
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function timing(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { ready: window.spokesLab.readyAt, load: nav.loadEventEnd, bytes: performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, nav.transferSize) };
  });
}

function summary(label, xs, key) {
  const v = xs.map(x => x[key]).sort((a, b) => a - b);
  const median = v[Math.floor((v.length - 1) / 2)];
  console.log(`${label.padEnd(40)} n=${v.length}  median ${median.toFixed(0)} ms  max ${v[v.length - 1].toFixed(0)} ms`);
}

const cold = [];
for (let i = 0; i < loads; i++) {
  const profile = mkdtempSync(join(tmpdir(), 'spokes-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 }, args });
  const page = await ctx.newPage();
  await page.goto(base + '/');
  cold.push(await timing(page));
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}
const profile = mkdtempSync(join(tmpdir(), 'spokes-chromium-'));
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 }, args });
const page = await ctx.newPage();
await page.goto(base + '/');
await timing(page);
const warm = [];
for (let i = 0; i < loads; i++) {
  await page.reload();
  warm.push(await timing(page));
}
await ctx.close();
rmSync(profile, { recursive: true, force: true });
summary('cold cache: network drawn', cold, 'ready');
summary('cold cache: load event', cold, 'load');
summary('warm cache: network drawn', warm, 'ready');
console.log(`transferred on a cold load: ${(cold[0].bytes / 1024).toFixed(0)} KiB`);
