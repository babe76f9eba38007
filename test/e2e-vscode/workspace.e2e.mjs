// names/across-drafts in a real VS Code workbench: a workspace of three releases that write
// ‘Ashimbayev’ and today's draft that writes ‘Ashimbaev’. The open draft shows the warning (squiggle
// and Problems view) from drafts it never opened, and its quick fix writes the workspace's spelling
// to the file. Same tools and environment as e2e.mjs (run.sh runs both); one line per check, then
// `N passed, N failed`.

import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

const VSIX = process.env.COPYDESK_VSIX;
const ENTRY = process.env.CODE_SERVER_ENTRY;
const NODE24 = process.env.NODE24 || process.execPath;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.resolve(process.env.E2E_SCREENSHOTS || 'screenshots');
const STEP = 30_000;
const t0 = Date.now();
const log = (...a) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const release = (topic) => `FOR IMMEDIATE RELEASE

Maulen Ashimbayev, chairman of the Senate, spoke at the opening of ${topic} on Tuesday.

“We have worked for two years to get here,” Ashimbayev said.
`;
const TODAY = `ASTANA, March 3 — Senate chairman Maulen Ashimbaev opened the spring session on Monday.

The session will take up the budget first, officials said.
`;
const DRAFTS = {
  'budget.release': release('the budget hearings'),
  'roads.release': release('the new motorway'),
  'congress.release': release('the party congress'),
  'today.release': TODAY,
};

async function poll(fn, { timeout = STEP, interval = 200, what = 'condition' } = {}) {
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

const run = (cmd, args, opts) =>
  new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: 120_000, ...opts }, (e, stdout, stderr) =>
      e ? reject(new Error(`${e.message}\n${stderr}`)) : resolve({ stdout, stderr }),
    ),
  );

let page;
let WS;

const editorFocused = () => page.evaluate(() => !!document.activeElement?.closest('.editor-instance .monaco-editor'));
const quickInputHidden = () =>
  page
    .locator('.quick-input-widget')
    .evaluateAll((els) => els.every((e) => getComputedStyle(e).display === 'none' || !e.offsetParent));
async function backToEditor() {
  await poll(quickInputHidden, { what: 'the quick input to close', timeout: 10_000 });
  await poll(editorFocused, { what: 'focus back in the editor', timeout: 10_000 });
}

async function command(label, { toEditor = true } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>' + label);
  const row = page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({
      has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    })
    .first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
  if (toEditor) await backToEditor();
}

async function gotoPos(line, col) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${col}`);
  await page.keyboard.press('Enter');
  await backToEditor();
}

async function main() {
  for (const [k, v] of Object.entries({ COPYDESK_VSIX: VSIX, CODE_SERVER_ENTRY: ENTRY }))
    if (!v || !fs.existsSync(v)) throw new Error(`${k} missing or not found: ${v}`);
  await fsp.mkdir(SHOTS, { recursive: true });
  const RUN = await fsp.mkdtemp(path.join('/tmp', 'cdws.'));
  WS = path.join(RUN, 'ws');
  for (const d of ['ws', 'user-data/User', 'extensions', 'tmp'])
    await fsp.mkdir(path.join(RUN, d), { recursive: true });
  for (const [name, text] of Object.entries(DRAFTS)) await fsp.writeFile(path.join(WS, name), text);
  await fsp.writeFile(path.join(RUN, 'config.yaml'), '');
  await fsp.writeFile(
    path.join(RUN, 'user-data', 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': 'off',
      'chat.disableAIFeatures': true,
      'editor.hover.delay': 100,
      'files.autoSave': 'off',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'editor.minimap.enabled': false,
      'editor.wordWrap': 'on',
      'window.commandCenter': false,
    }),
  );
  const csArgs = [
    '--config',
    path.join(RUN, 'config.yaml'),
    '--user-data-dir',
    path.join(RUN, 'user-data'),
    '--extensions-dir',
    path.join(RUN, 'extensions'),
  ];
  const env = { ...process.env, TMPDIR: path.join(RUN, 'tmp') };
  await run(NODE24, [ENTRY, ...csArgs, '--install-extension', VSIX], { env });
  const port = await freePort();
  const cs = spawn(
    NODE24,
    [
      ENTRY,
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
      WS,
    ],
    { env, stdio: 'ignore', detached: true },
  );
  let browser;
  let passed = 0;
  let failed = 0;
  const check = async (name, fn) => {
    const start = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok     ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      console.log(
        `FAILED ${name}\n       ${String(e.message || e)
          .split('\n')
          .join('\n       ')}`,
      );
      await page?.screenshot({ path: path.join(SHOTS, `FAILED-workspace-${passed + failed}.png`) }).catch(() => {});
    }
  };
  try {
    await poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, { what: 'code-server /healthz' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
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
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.setDefaultTimeout(STEP);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(WS)}`);
    await page
      .locator('.explorer-folders-view .monaco-list-row')
      .first()
      .waitFor({ state: 'visible', timeout: 90_000 });
    log('workbench ready');

    await check('today.release, opened alone, shows names/across-drafts from the three drafts on disk', async () => {
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'today.release' }).first();
      await row.click();
      await page
        .locator('.editor-instance .monaco-editor .view-lines', { hasText: 'spring session' })
        .first()
        .waitFor({ state: 'visible' });
      await gotoPos(1, 1);
      await poll(async () => (await page.locator('.editor-instance .monaco-editor .squiggly-warning').count()) > 0, {
        what: 'a warning squiggle',
        timeout: 60_000,
      });
      await command('Problems: Focus on Problems View', { toEditor: false });
      const text = await poll(
        async () => {
          const rows = await page.locator('.markers-panel .monaco-list-row').allTextContents();
          return rows
            .map((r) => r.replace(/\u00a0/g, ' '))
            .find((r) => r.includes('3 other drafts write ‘Ashimbayev’, latest'));
        },
        { what: 'the Problems view to list names/across-drafts', timeout: 60_000 },
      );
      if (!text.includes('names/across-drafts')) throw new Error(`Problems row without the rule id: ${text}`);
      await page.screenshot({ path: path.join(SHOTS, 'workspace-across-drafts.png') });
      await command('View: Toggle Panel Visibility', { toEditor: false });
    });

    await check('its quick fix writes the workspace’s spelling, and the file on disk has it', async () => {
      const line = 1;
      const col = TODAY.split('\n')[0].indexOf('Ashimbaev') + 3;
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await gotoPos(line, col);
      await sleep(200);
      await page.keyboard.press('Control+.');
      const rows = page.locator('.action-widget .monaco-list-row');
      await rows.first().waitFor({ state: 'attached' });
      const target = rows.filter({ hasText: /Use ‘Ashimbayev’ here, as the other drafts do/ }).first();
      await target.waitFor({ state: 'attached', timeout: 15_000 });
      for (let i = 0; i < 40 && !(await target.evaluate((e) => e.classList.contains('focused'))); i++) {
        await page.keyboard.press('ArrowDown');
        await sleep(60);
      }
      await page.keyboard.press('Enter');
      await page
        .locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Maulen Ashimbayev opened' })
        .first()
        .waitFor({ state: 'visible' });
      await poll(editorFocused, { what: 'focus in the editor', timeout: 10_000 });
      await page.keyboard.press('Control+S');
      const expected = TODAY.replace('Ashimbaev', 'Ashimbayev');
      await poll(async () => (await fsp.readFile(path.join(WS, 'today.release'), 'utf8')) === expected, {
        what: 'today.release on disk to carry the fix',
        timeout: 15_000,
      });
      await poll(async () => (await page.locator('.editor-instance .monaco-editor .squiggly-warning').count()) === 0, {
        what: 'the squiggle to go',
      });
    });
  } finally {
    await browser?.close().catch(() => {});
    try {
      process.kill(-cs.pid, 'SIGTERM');
    } catch {}
    if (!process.env.E2E_KEEP) await fsp.rm(RUN, { recursive: true, force: true }).catch(() => {});
  }
  return { passed, failed };
}

main().then(
  ({ passed, failed }) => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed || passed === 0 ? 1 : 0);
  },
  (e) => {
    console.error('e2e-vscode workspace: could not run:', e.stack || e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
