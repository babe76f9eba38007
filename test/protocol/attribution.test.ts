// The attribution check as an editor meets it: squiggles, the one-keystroke fixes (a snippet for
// the speaker, "said" for a verbless attribution), the quotation hover and the outline by speaker.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { open, quickFixesFor, withServer } from '../support/lspClient';

const DRAFT =
  'Arman Tulegenov, the port director, said the berth would open in June.\n\n' +
  '“We have already hired 300 dockers,” Tulegenov said.\n\n' +
  '“The cranes arrive in May,” the port director of the company.\n\n' +
  'The berth cost $80 million.\n\n' +
  '“Nobody else could have built it.”';

function firstEdit(a: CodeAction): { range: unknown; newText: string } {
  const edits =
    Object.values(a.edit?.changes ?? {})[0] ?? (a.edit?.documentChanges?.[0] as unknown as { edits: never[] }).edits;
  return (edits as Array<{ range: unknown; newText: string }>)[0];
}

test('a verbless attribution and a quotation with no speaker are warnings with one-keystroke fixes', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/attribution-draft.txt';
    open(c, uri, DRAFT);
    const p = await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'attribution/missing'));
    const noVerb = p.diagnostics.find((d) => d.code === 'attribution/no-verb')!;
    assert.ok(noVerb, 'the verbless attribution is reported');
    assert.equal(noVerb.severity, 2);
    assert.deepEqual(noVerb.range.start, { line: 4, character: 28 });
    const add = (await quickFixesFor(c, uri, noVerb)).find((a) => a.isPreferred)!;
    assert.ok(add, 'a preferred fix');
    assert.equal(firstEdit(add).newText, ' said');

    const missing = p.diagnostics.find((d) => d.code === 'attribution/missing')!;
    assert.equal(missing.range.start.line, 8);
    const insert = (await quickFixesFor(c, uri, missing)).find((a) => a.isPreferred)!;
    assert.ok(insert, 'a fix that inserts the speaker');
    assert.match(firstEdit(insert).newText, /said/);
    // Paragraphs 2 (in its sentence) and 1's paraphrase give no missing speaker.
    assert.equal(p.diagnostics.filter((d) => d.code === 'attribution/missing').length, 1);
  });
});

test('hover on a quotation says who said it and how that was decided', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/attribution-hover.txt';
    open(c, uri, DRAFT);
    await c.diagnostics(uri);
    const h = (await c.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 5 },
    })) as Hover;
    const value = (h.contents as MarkupContent).value;
    assert.match(value, /Tulegenov/);
    assert.match(value, /attribution after the quotation/i);
  });
});

test('the outline groups quotations by speaker, with the unattributed ones under “No speaker”', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/attribution-outline.txt';
    open(c, uri, DRAFT);
    await c.diagnostics(uri);
    const symbols = (await c.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    })) as DocumentSymbol[];
    const names = symbols.map((s) => s.name);
    assert.ok(
      names.some((n) => /Tulegenov/.test(n)),
      JSON.stringify(names),
    );
    assert.ok(names.includes('No speaker'), JSON.stringify(names));
    const none = symbols.find((s) => s.name === 'No speaker')!;
    assert.equal(none.children!.length, 1);
  });
});

const ROLES_DRAFT =
  'The talks were held between the first deputy chairman of the party Dana Ospanova and the Ambassador of Norway to Kazakhstan Lars Holm, the party’s press office said.\n\n' +
  '“The talks went well and we will meet again in the spring in Oslo,” the first deputy chairman of the party, whose words are given in the release.\n\n' +
  '“We support the plan and we will send a delegation in May,” the diplomat stressed.';

test('descriptors are linked to the people introduced in their roles, in the outline and the hover', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/attribution-roles.txt';
    open(c, uri, ROLES_DRAFT);
    const p = await c.diagnostics(uri);
    const symbols = (await c.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    })) as DocumentSymbol[];
    const byParagraph = new Map(
      symbols.flatMap((s) => s.children!.map((ch) => [ch.detail!.split(' ·')[0], s.name] as const)),
    );
    assert.match(byParagraph.get('paragraph 2') ?? '', /Dana Ospanova/);
    assert.match(byParagraph.get('paragraph 3') ?? '', /Lars Holm/);
    const h = (await c.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 4, character: 5 },
    })) as Hover;
    assert.match((h.contents as MarkupContent).value, /diplomat introduced at/);
    // The verbless attribution: the minimal fix, and the editor's rewrite whose title shows it.
    const noVerb = p.diagnostics.find((d) => d.code === 'attribution/no-verb')!;
    const titles = (await quickFixesFor(c, uri, noVerb)).map((a) => a.title);
    assert.ok(
      titles.some((t) => t.startsWith('Rewrite: …,” the first deputy chairman of the party said.')),
      JSON.stringify(titles),
    );
  });
});
