// What both real-editor suites (e2e.mjs, workspace.e2e.mjs) need to start a VS Code workbench and
// drive it: code-server with the .vsix installed, Chromium on it through playwright-core, waiting,
// and the palette and Go to Line by keyboard and exact labels (see docs/real-editor-testing recipe).
// `page` is the workbench's page once `openWorkbench` has opened it.

import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const STEP = 30_000; // per UI step
const t0 = Date.now();

export const log = (...a) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function poll(fn, { timeout = STEP, interval = 200, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(
        `timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
      );
    await sleep(interval);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 120_000, maxBuffer: 1 << 24, ...opts }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/**
 * Installs the .vsix into `runDir`'s own extensions folder and starts code-server on a free
 * loopback port over the folder `ws` (its log in runDir/code-server.log). The caller has written
 * runDir/config.yaml and runDir/user-data. `close()` closes the browser, if one was opened, and
 * stops code-server.
 */
export async function startCodeServer({ runDir, ws, vsix, entry, node24 }) {
  const csArgs = [
    '--config',
    path.join(runDir, 'config.yaml'),
    '--user-data-dir',
    path.join(runDir, 'user-data'),
    '--extensions-dir',
    path.join(runDir, 'extensions'),
  ];
  const env = { ...process.env, TMPDIR: path.join(runDir, 'tmp') };
  log('installing', path.basename(vsix));
  const inst = await run(node24, [entry, ...csArgs, '--install-extension', vsix], { env });
  log(inst.stdout.trim().split('\n').pop());
  const installed = await fsp.readdir(path.join(runDir, 'extensions'));
  if (!installed.some((d) => d.startsWith('copydesk.copydesk-')))
    throw new Error(`extension not installed: ${installed.join(', ')}`);

  const port = await freePort();
  const cs = spawn(
    node24,
    [
      entry,
      ...csArgs,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ws,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const csLog = fs.createWriteStream(path.join(runDir, 'code-server.log'));
  cs.stdout.pipe(csLog);
  cs.stderr.pipe(csLog);
  const server = {
    port,
    ws,
    browser: undefined,
    async close() {
      await server.browser?.close().catch(() => {});
      try {
        process.kill(-cs.pid, 'SIGTERM');
      } catch {}
    },
  };
  return server;
}

export let page;

/** Waits for code-server, opens its workbench in headless Chromium and waits for the explorer. */
export async function openWorkbench(server, { chromiumPath }) {
  await poll(async () => (await fetch(`http://127.0.0.1:${server.port}/healthz`)).ok, {
    what: 'code-server /healthz',
    timeout: 30_000,
  });
  log('code-server up on port', server.port);
  server.browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  page = await (await server.browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(STEP);
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(server.ws)}`);
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 90_000 });
  log('workbench ready');
  return page;
}

export async function editorFocused() {
  return page.evaluate(() => !!document.activeElement?.closest('.editor-instance .monaco-editor'));
}

async function quickInputHidden() {
  return page
    .locator('.quick-input-widget')
    .evaluateAll((els) => els.every((e) => getComputedStyle(e).display === 'none' || !e.offsetParent));
}

export async function backToEditor() {
  await poll(quickInputHidden, { what: 'the quick input to close', timeout: 10_000 });
  await poll(editorFocused, { what: 'focus back in the editor', timeout: 10_000 });
}

/** Runs a command from the palette by its exact label. */
export async function command(label, { toEditor = true } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: STEP });
  await input.fill('>' + label);
  const row = page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({
      has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    })
    .first();
  try {
    await row.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    const seen = await page
      .locator('.quick-input-widget .monaco-list-row .label-name')
      .allTextContents()
      .catch(() => []);
    await page.keyboard.press('Escape');
    throw new Error(`no command "${label}" in the palette; it offers: ${JSON.stringify(seen.slice(0, 8))}`);
  }
  await row.click();
  if (toEditor) await backToEditor();
}

/** Go to Line: 1-based line and column. */
export async function gotoPos({ line, col }) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: STEP });
  await input.fill(`:${line}:${col}`);
  await page.keyboard.press('Enter');
  await backToEditor();
}

/** Runs a suite's `main` (which returns the counts) and ends with its `N passed, N failed` line. */
export function runSuite(main, name) {
  main().then(
    ({ passed, failed }) => {
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed || passed === 0 ? 1 : 0);
    },
    (e) => {
      console.error(`${name}: could not run:`, e.stack || e);
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
