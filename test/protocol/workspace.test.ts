// The desk's memory in the editor: the open draft against the drafts of the workspace on disk,
// kept current as files are renamed, deleted and edited in other open drafts; the style sheet
// still wins; relatives are never reported; the name card's workspace line; the cache on disk.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { open, quickFixesFor, editsOf, withServer, type TestClient } from '../support/lspClient';
import { scratchDir } from '../support/scratch';

const RULE = 'names/across-drafts';
const release = (full: string, topic: string) => {
  const surname = full.split(' ').pop();
  return `${full}, chairman of the Senate, spoke at the opening of ${topic} on Tuesday.\n\n“We have worked for two years to get here,” ${surname} said.\n`;
};
const TODAY = 'Senate chairman Maulen Ashimbaev opened the spring session on Monday.\n';

function workspace(): string {
  const dir = scratchDir('copydesk-wsp-');
  const files: Array<[string, string, number]> = [
    ['budget.release', release('Maulen Ashimbayev', 'the budget hearings'), 1],
    ['roads.release', release('Maulen Ashimbayev', 'the new motorway'), 2],
    ['congress.release', release('Maulen Ashimbayev', 'the party congress'), 3],
    ['family.release', release('Aigerim Nurlanova', 'the clinic'), 4],
    ['family2.release', release('Aigerim Nurlanova', 'the hospital'), 5],
    ['family3.release', release('Aigerim Nurlanova', 'the school'), 6],
  ];
  for (const [name, text, day] of files) {
    fs.writeFileSync(path.join(dir, name), text);
    fs.utimesSync(path.join(dir, name), new Date(2026, 0, day), new Date(2026, 0, day));
  }
  // Ignored by git: never indexed.
  fs.mkdirSync(path.join(dir, 'old'));
  for (let i = 0; i < 5; i++)
    fs.writeFileSync(path.join(dir, 'old', `old${i}.release`), release('Maulen Ashimbaev', `the archive ${i}`));
  fs.writeFileSync(path.join(dir, '.gitignore'), 'old/\n');
  return dir;
}

const uriOf = (file: string) => pathToFileURL(file).href;
const across = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === RULE);

/** The first publish for `uri` after the `from`th that passes `pred`. */
async function next(
  c: TestClient,
  from: number,
  uri: string,
  pred: (p: PublishDiagnosticsParams) => boolean,
  ms = 8000,
): Promise<PublishDiagnosticsParams> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const hit = c.published.slice(from).find((p) => p.uri === uri && pred(p));
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(
    `no matching publish for ${uri}: ${JSON.stringify(
      c.published
        .slice(from)
        .filter((p) => p.uri === uri)
        .map((p) => p.diagnostics.map((d) => d.message)),
    )}`,
  );
}

const changed = (c: TestClient, changes: Array<[string, 1 | 2 | 3]>) =>
  c.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: changes.map(([file, type]) => ({ uri: uriOf(file), type })),
  });

test('a name in the open draft against drafts only on disk: the finding, its related places and quick fixes', async () => {
  const dir = workspace();
  await withServer({ rootPath: dir }, async (c) => {
    const uri = uriOf(path.join(dir, 'today.release'));
    open(c, uri, TODAY, 'press-release');
    // The first publish comes at once, from the index as far as it got; then the index is complete.
    const p = await c.diagnostics(
      uri,
      (x) => across(x).some((d) => String(d.message).includes('3 other drafts')),
      8000,
    );
    const d = across(p)[0];
    assert.equal(d.message, '‘Ashimbaev’ — 3 other drafts write ‘Ashimbayev’, latest congress.release');
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range, { start: { line: 0, character: 23 }, end: { line: 0, character: 32 } });
    assert.deepEqual(
      d.relatedInformation!.map((r) => [r.location.uri, r.location.range.start, r.message]),
      ['congress', 'roads', 'budget'].map((n) => [
        uriOf(path.join(dir, `${n}.release`)),
        { line: 0, character: 7 },
        `‘Ashimbayev’ in ${n}.release`,
      ]),
    );
    const actions = await quickFixesFor(c, uri, d as Diagnostic);
    const use = actions.find((a) => a.isPreferred)!;
    assert.equal(use.title, 'Use ‘Ashimbayev’ here, as the other drafts do');
    assert.deepEqual(
      editsOf(use.edit).map((e) => e.newText),
      ['Ashimbayev'],
    );
    const sheet = actions.find((a) => a.command?.command === 'copydesk.addToStyleSheet')!;
    assert.deepEqual(sheet.command!.arguments, [uri, 'Maulen Ashimbayev']);
    // The name card says how the workspace writes the name.
    const h = (await c.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 25 },
    })) as Hover;
    assert.match(
      (h.contents as { value: string }).value,
      /Other drafts: ‘Ashimbayev’ in 3, latest congress\.release\./,
    );
    // Adding the workspace's spelling to the style sheet settles it: the finding goes.
    const mark = c.published.length;
    await c.connection.sendRequest('workspace/executeCommand', {
      command: sheet.command!.command,
      arguments: sheet.command!.arguments,
    });
    await next(c, mark, uri, (x) => across(x).length === 0);
    assert.match(fs.readFileSync(path.join(dir, '.copydesk', 'names.txt'), 'utf8'), /^Maulen Ashimbayev$/m);
  });
});

test('a renamed draft is named by its new name; deleted drafts stop counting', async () => {
  const dir = workspace();
  await withServer({ rootPath: dir }, async (c) => {
    const uri = uriOf(path.join(dir, 'today.release'));
    open(c, uri, TODAY, 'press-release');
    await c.diagnostics(uri, (x) => across(x).length > 0, 8000);
    fs.renameSync(path.join(dir, 'congress.release'), path.join(dir, 'congress-final.release'));
    let mark = c.published.length;
    changed(c, [
      [path.join(dir, 'congress.release'), 3],
      [path.join(dir, 'congress-final.release'), 1],
    ]);
    const p = await next(c, mark, uri, (x) =>
      across(x).some((d) => String(d.message).includes('latest congress-final.release')),
    );
    assert.equal(
      across(p)[0].message,
      '‘Ashimbaev’ — 3 other drafts write ‘Ashimbayev’, latest congress-final.release',
    );
    fs.unlinkSync(path.join(dir, 'roads.release'));
    fs.unlinkSync(path.join(dir, 'budget.release'));
    mark = c.published.length;
    changed(c, [
      [path.join(dir, 'roads.release'), 3],
      [path.join(dir, 'budget.release'), 3],
    ]);
    // One draft left that writes it otherwise: no settled spelling.
    await next(c, mark, uri, (x) => across(x).length === 0);
  });
});

test('an edit in another open draft changes what the first is told', async () => {
  const dir = workspace();
  fs.unlinkSync(path.join(dir, 'budget.release'));
  await withServer({ rootPath: dir }, async (c) => {
    const uri = uriOf(path.join(dir, 'today.release'));
    open(c, uri, TODAY, 'press-release');
    // Two drafts on disk against this one: 2 ≥ 2 × 1, reported.
    await c.diagnostics(uri, (x) => across(x).some((d) => String(d.message).includes('2 other drafts')), 8000);
    // The writer opens roads.release and changes its spelling to this draft's: 1 against 2.
    const roads = uriOf(path.join(dir, 'roads.release'));
    open(c, roads, fs.readFileSync(path.join(dir, 'roads.release'), 'utf8'), 'press-release');
    await c.diagnostics(roads);
    let mark = c.published.length;
    c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: roads, version: 2 },
      contentChanges: [{ text: release('Maulen Ashimbaev', 'the new motorway') }],
    });
    await next(c, mark, uri, (x) => across(x).length === 0);
    // Closed without saving: the file on disk speaks for it again.
    mark = c.published.length;
    c.connection.sendNotification('textDocument/didClose', { textDocument: { uri: roads } });
    await next(c, mark, uri, (x) => across(x).length > 0);
  });
});

test('the style sheet overrides the workspace; relatives across drafts are not reported', async () => {
  const dir = workspace();
  fs.mkdirSync(path.join(dir, '.copydesk'));
  fs.writeFileSync(path.join(dir, '.copydesk', 'names.txt'), 'Maulen Ashimbaev\n');
  await withServer({ rootPath: dir }, async (c) => {
    const uri = uriOf(path.join(dir, 'today.release'));
    open(c, uri, TODAY + '\nDaulet Nurlanov, the energy minister, said the grid was ready.\n', 'press-release');
    // Give the index time to finish, then make sure nothing came of it.
    await new Promise((r) => setTimeout(r, 1500));
    const mine = c.published.filter((p) => p.uri === uri);
    assert.ok(mine.length > 0);
    assert.deepEqual(mine.flatMap(across), []);
  });
});

test('files git ignores are not indexed; the cache under the storage path makes a restart read nothing again', async () => {
  const dir = workspace();
  const storage = scratchDir('copydesk-store-');
  // The five ignored drafts under old/ would outnumber the three: they must not count.
  await withServer({ rootPath: dir, initializationOptions: { storagePath: storage } }, async (c) => {
    const uri = uriOf(path.join(dir, 'today.release'));
    open(c, uri, TODAY, 'press-release');
    await c.diagnostics(uri, (x) => across(x).length > 0, 8000);
  });
  const files = fs.readdirSync(storage).filter((f) => f.startsWith('workspace-index-'));
  assert.equal(files.length, 1);
  const cache = JSON.parse(fs.readFileSync(path.join(storage, files[0]), 'utf8')) as {
    drafts: Array<[string, number, number, string, Array<{ text: string }>]>;
  };
  assert.deepEqual(cache.drafts.map((d) => path.basename(d[0])).sort(), [
    'budget.release',
    'congress.release',
    'family.release',
    'family2.release',
    'family3.release',
    'roads.release',
  ]);
  // A cached entry is what a restart uses while the file is unchanged: doctor one to prove it.
  const congress = cache.drafts.find((d) => d[0].endsWith('congress.release'))!;
  congress[4] = [];
  fs.writeFileSync(path.join(storage, files[0]), JSON.stringify(cache));
  await withServer({ rootPath: dir, initializationOptions: { storagePath: storage } }, async (c) => {
    const uri = uriOf(path.join(dir, 'today.release'));
    open(c, uri, TODAY, 'press-release');
    await c.diagnostics(
      uri,
      (x) =>
        across(x).some((d) => String(d.message).includes('2 other drafts write ‘Ashimbayev’, latest roads.release')),
      8000,
    );
  });
});

test('turned off in the settings, nothing is indexed or reported', async () => {
  const dir = workspace();
  await withServer({ rootPath: dir, settings: { workspace: { enable: false } } }, async (c) => {
    const uri = uriOf(path.join(dir, 'today.release'));
    open(c, uri, TODAY, 'press-release');
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(c.published.filter((p) => p.uri === uri).flatMap(across), []);
  });
});
