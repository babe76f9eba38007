// The press-release grammar, tokenized by vscode-textmate with Oniguruma: the same engine VS Code
// colours the editor with, so a scope asserted here is a colour a writer sees.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { ROOT } from '../support/lspClient';

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () =>
      vsctm.parseRawGrammar(
        fs.readFileSync(path.join(ROOT, 'syntaxes', 'press-release.tmLanguage.json'), 'utf8'),
        'press-release.tmLanguage.json',
      ),
  });
  const g = await registry.loadGrammar('text.press-release');
  if (!g) throw new Error('grammar did not load');
  return g;
}

/** The scopes of the token covering `needle` on each line of `text`. */
async function scopesOf(text: string, needle: string): Promise<string[]> {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    const at = line.indexOf(needle);
    if (at >= 0) {
      const tok = r.tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
      return tok.scopes;
    }
  }
  throw new Error(`${needle} not in text`);
}

const DRAFT = [
  'Copper plant reopens after floods',
  '',
  'FOR IMMEDIATE RELEASE',
  '',
  'ASTANA, Nov. 27 — The plant reopened on Monday.',
  '',
  '“We are back at full output,” said the director. «Всё работает», — сказал он. „Alles läuft“, sagte er.',
  '',
  'Media contact:',
  'Press office, +7 700 000 00 00, press@example.org',
  '',
  '###',
].join('\n');

test('the headline, the release line and the end mark are scoped', async () => {
  assert.ok((await scopesOf(DRAFT, 'Copper plant')).includes('markup.heading.press-release'));
  assert.ok((await scopesOf(DRAFT, 'FOR IMMEDIATE')).includes('keyword.other.release.press-release'));
  assert.ok((await scopesOf(DRAFT, '###')).includes('keyword.control.end-mark.press-release'));
});

test('the dateline is scoped', async () => {
  assert.ok((await scopesOf(DRAFT, 'ASTANA')).includes('entity.name.tag.dateline.press-release'));
});

test('quotations of every family are strings, and attribution verbs are keywords', async () => {
  assert.ok((await scopesOf(DRAFT, 'full output')).some((s) => s.startsWith('string.quoted.double.curly')));
  assert.ok((await scopesOf(DRAFT, 'Всё')).some((s) => s.startsWith('string.quoted.guillemet')));
  assert.ok((await scopesOf(DRAFT, 'Alles')).some((s) => s.startsWith('string.quoted.double.low')));
  assert.ok((await scopesOf(DRAFT, 'said the')).includes('keyword.other.attribution-verb.press-release'));
});

test('the media-contact block is scoped, with its e-mail address', async () => {
  assert.ok((await scopesOf(DRAFT, 'press@example.org')).some((s) => s.startsWith('markup.underline.link.email')));
});

test('an apostrophe before a decade does not open a quotation', async () => {
  const text = 'Title line here\n\nThe port was built in the ’90s and the ‘80s, the city said.';
  assert.ok(!(await scopesOf(text, 'the city')).some((s) => s.startsWith('string.quoted')));
});

test('a stray opening mark of any family colours no further than its paragraph', async () => {
  for (const open of ['“', '"', '„', '«', '»', '‹', '「', '『', '‘']) {
    const text = `Title line here\n\nThe mayor said ${open}the bridge will open in March.\n\nThe council met on Monday.`;
    assert.ok(
      (await scopesOf(text, 'bridge')).some((s) => s.startsWith('string.quoted')),
      `${open} opens a quotation`,
    );
    assert.ok(
      !(await scopesOf(text, 'council')).some((s) => s.startsWith('string.quoted')),
      `${open}: the next paragraph is not a quotation`,
    );
  }
});

test('every quotation scope of the grammar ends at the end of its line at the latest', () => {
  const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'press-release.tmLanguage.json'), 'utf8'));
  const rules: Array<{ begin?: string; end?: string; patterns?: unknown[] }> = [];
  const walk = (r: { begin?: string; end?: string; patterns?: unknown[] }) => {
    if (r.begin) rules.push(r);
    for (const p of r.patterns ?? []) walk(p as typeof r);
  };
  walk(grammar.repository.quotation);
  walk(grammar.repository['inner-quotation']);
  assert.ok(rules.length >= 10);
  for (const r of rules) assert.match(r.end!, /\|\$$/, `${r.begin} ends at $`);
});
