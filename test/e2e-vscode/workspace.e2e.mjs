// names/across-drafts in a real VS Code workbench: a workspace of three releases that write
// ‘Ashimbayev’ and today's draft that writes ‘Ashimbaev’. The open draft shows the warning (squiggle
// and Problems view) from drafts it never opened, and its quick fix writes the workspace's spelling
// to the file. Same tools and environment as e2e.mjs (run.sh runs both); one line per check, then
// `N passed, N failed`.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  sleep,
  poll,
  startCodeServer,
  openWorkbench,
  page,
  editorFocused,
  command,
  gotoPos,
  runSuite,
} from './workbench.mjs';

const VSIX = process.env.COPYDESK_VSIX;
const ENTRY = process.env.CODE_SERVER_ENTRY;
const NODE24 = process.env.NODE24 || process.execPath;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.resolve(process.env.E2E_SCREENSHOTS || 'screenshots');

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

let WS;

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
  const server = await startCodeServer({ runDir: RUN, ws: WS, vsix: VSIX, entry: ENTRY, node24: NODE24 });
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
    await openWorkbench(server, { chromiumPath: CHROMIUM });

    await check('today.release, opened alone, shows names/across-drafts from the three drafts on disk', async () => {
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'today.release' }).first();
      await row.click();
      await page
        .locator('.editor-instance .monaco-editor .view-lines', { hasText: 'spring session' })
        .first()
        .waitFor({ state: 'visible' });
      await gotoPos({ line: 1, col: 1 });
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
      await gotoPos({ line, col });
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
    await server.close();
    if (!process.env.E2E_KEEP) await fsp.rm(RUN, { recursive: true, force: true }).catch(() => {});
  }
  return { passed, failed };
}

runSuite(main, 'e2e-vscode workspace');
