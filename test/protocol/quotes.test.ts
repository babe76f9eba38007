// The quotation check as an editor meets it: squiggles with related marks, quick fixes, fix-all,
// and the quoteLocale setting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, open, quickFixesFor, fixAllFor, editsOf, withServer, ROOT } from '../support/lspClient';

const DRAFT =
  '"Kazakhstan is pleased with the results," says the statement.\n\n' +
  'There are many areas where our interests coincide and expand," the first deputy chairman said.\n\n' +
  '“The deal is signed," said Timur Zhumabayev.';

test('a stray closer is an error squiggle whose preferred fix inserts the opener at the paragraph start', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/quotes-draft.txt';
    open(c, uri, DRAFT);
    const p = await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'quotes/unopened'));
    const d = p.diagnostics.find((x) => x.code === 'quotes/unopened')!;
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range.start, { line: 2, character: 61 });
    assert.match(String(d.message), /no opening mark in this paragraph/);
    const actions = await quickFixesFor(c, uri, d);
    const insert = actions.find((a) => a.isPreferred);
    assert.ok(insert, 'a preferred fix');
    assert.deepEqual(editsOf(insert!.edit)[0], {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: '"',
    });
    // The straight closer of a curly pair is information only.
    const style = p.diagnostics.filter((x) => x.code === 'quotes/style');
    assert.ok(style.every((x) => x.severity === 3));
  });
});

test('fix-all turns the style marks and leaves the guessed insertions alone', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/quotes-fixall.txt';
    open(c, uri, '“The deal is signed," said Timur.\n\n“Exports recover,” he said.');
    await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'quotes/style'));
    const actions = await fixAllFor(c, uri);
    assert.equal(actions.length, 1);
    assert.deepEqual(
      editsOf(actions[0].edit).map((e) => e.newText),
      ['”'],
    );
  });
});

test('the quoteLocale setting decides whether German „…” is flagged', async () => {
  const text = '„Terminal zwei”, Serikbajew.';
  const en = await startServer({ settings: { quoteLocale: 'en' } });
  try {
    open(en, 'file:///tmp/q-en.txt', text);
    const p = await en.diagnostics('file:///tmp/q-en.txt');
    assert.deepEqual(
      p.diagnostics.filter((d) => String(d.code).startsWith('quotes/')),
      [],
    );
  } finally {
    await en.close();
  }
  const de = await startServer({ settings: { quoteLocale: 'de' } });
  try {
    open(de, 'file:///tmp/q-de.txt', text);
    const p = await de.diagnostics('file:///tmp/q-de.txt', (x) =>
      x.diagnostics.some((d) => d.code === 'quotes/mismatched'),
    );
    assert.equal(p.diagnostics.find((d) => d.code === 'quotes/mismatched')!.range.start.character, 14);
  } finally {
    await de.close();
  }
});

test('the style finding is one diagnostic for the whole draft, with every other mark related and one fix for all', async () => {
  const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'mixed-marks.release'), 'utf8');
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/mixed-marks.release';
    open(c, uri, text, 'press-release');
    const p = await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'quotes/style'));
    const style = p.diagnostics.filter((d) => d.code === 'quotes/style');
    assert.equal(style.length, 1);
    assert.equal(style[0].relatedInformation?.length, 8, 'the eight other straight marks are related places');
    const actions = await quickFixesFor(c, uri, style[0]);
    const all = actions.filter((a) => a.edit && /Change all 9 straight marks to curly/.test(a.title));
    assert.equal(all.length, 1);
    const doc = TextDocument.create(uri, 'press-release', 1, text);
    const fixed = TextDocument.applyEdits(doc, editsOf(all[0].edit));
    assert.ok(!/["']/.test(fixed));
    const letters = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).join('');
    assert.equal(letters(fixed), letters(text));
    // Fix-all does the same and leaves "says" to the writer.
    const fixAll = await fixAllFor(c, uri);
    assert.equal(TextDocument.applyEdits(doc, editsOf(fixAll[0].edit)), fixed);
    assert.ok(fixed.includes('says Sadykov'));
  });
});
