// Names as an editor meets them: the variant squiggle and its quick fixes (with the draft's URI
// in the style-sheet commands), hover on a mention, rename of every mention, references and
// highlights, and the style sheet the server reads from the workspace.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover, Location, DocumentHighlight, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startServer, open, quickFixesFor, fixAllFor, editsOf, withServer } from '../support/lspClient';
import { scratchDir } from '../support/scratch';

const DRAFT =
  'Daulet Serikbayev, chief executive of NurTrans, opened the terminal on Monday.\n\n' +
  'Serikbayev said the second phase would start in spring.\n\n' +
  'Serikbaev added that 400 staff had been hired.';

test('a variant spelling is a warning whose preferred fix writes the canonical spelling', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/names-draft.txt';
    open(c, uri, DRAFT);
    const p = await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'names/variant'));
    const d = p.diagnostics.find((x) => x.code === 'names/variant')!;
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range.start, { line: 4, character: 0 });
    assert.match(
      String(d.message),
      /‘Serikbaev’ — this draft also writes ‘Serikbayev’ \(twice, first in paragraph 1\)/,
    );
    assert.ok((d.relatedInformation ?? []).length >= 1);
    const actions = await quickFixesFor(c, uri, d as Diagnostic);
    const use = actions.find((a) => a.isPreferred)!;
    assert.equal(use.title, 'Use ‘Serikbayev’ here');
    assert.equal(editsOf(use.edit)[0].newText, 'Serikbayev');
    const sheet = actions.find((a) => a.command?.command === 'copydesk.addToStyleSheet')!;
    assert.equal(sheet.command!.arguments![0], uri);
    const distinct = actions.find((a) => a.command?.command === 'copydesk.markDistinct')!;
    assert.deepEqual(distinct.command!.arguments, [uri, 'Serikbaev', 'Serikbayev']);
  });
});

test('hover on a surname shows the person as introduced, mentions counted and the variant', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/names-hover.txt';
    open(c, uri, DRAFT);
    await c.diagnostics(uri);
    const h = (await c.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 3 },
    })) as Hover;
    const value = (h.contents as { value: string }).value;
    assert.match(value, /Daulet Serikbayev/);
    assert.match(value, /chief executive of NurTrans/);
    assert.match(value, /3 mentions/);
    assert.match(value, /‘Serikbaev’ — 1×, first in paragraph 3 — \*\*variant spelling\*\*/);
  });
});

test('rename renames every mention, variants included; references and highlights list them all', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/names-rename.txt';
    open(c, uri, DRAFT);
    await c.diagnostics(uri);
    const at = { textDocument: { uri }, position: { line: 2, character: 3 } };
    const edit = (await c.connection.sendRequest('textDocument/rename', {
      ...at,
      newName: 'Serikbayuly',
    })) as WorkspaceEdit;
    const texts = editsOf(edit ?? undefined)
      .map((e) => e.newText)
      .sort();
    assert.deepEqual(texts, ['Daulet Serikbayuly', 'Serikbayuly', 'Serikbayuly']);
    const refs = (await c.connection.sendRequest('textDocument/references', {
      ...at,
      context: { includeDeclaration: true },
    })) as Location[];
    assert.equal(refs.length, 3);
    const hl = (await c.connection.sendRequest('textDocument/documentHighlight', at)) as DocumentHighlight[];
    assert.equal(hl.length, 3);
  });
});

test('the workspace style sheet settles a spelling, and its fix is in fix-all', async () => {
  const root = scratchDir('copydesk-names-');
  fs.mkdirSync(path.join(root, '.copydesk'));
  fs.writeFileSync(path.join(root, '.copydesk', 'names.txt'), '# house spellings\nDaulet Serikbaev\n');
  const c = await startServer({ rootPath: root });
  try {
    const uri = 'file://' + path.join(root, 'draft.txt');
    open(c, uri, 'Daulet Serikbayev opened the terminal.');
    const p = await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'names/style-sheet'));
    const d = p.diagnostics.find((x) => x.code === 'names/style-sheet')!;
    assert.match(String(d.message), /the style sheet spells it ‘Serikbaev’/);
    const actions = await fixAllFor(c, uri);
    assert.equal(editsOf(actions[0].edit)[0].newText, 'Serikbaev');
  } finally {
    await c.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
