// A fix that needs the writer's words (who said it) lands them on a selected placeholder in a
// client that takes snippet edits, and falls back to plain text in one that does not.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, open, quickFixesFor } from '../support/lspClient';

const DRAFT =
  'The terminal cost $120 million and was financed by a consortium of banks.\n\n“Nobody else could have built a terminal like this one, not in this region.”\n';

async function missingFix(snippetEdits: boolean): Promise<{ edits: Array<Record<string, unknown>> }> {
  const c = await startServer({ snippetEdits });
  try {
    const uri = `file:///tmp/snippet-${snippetEdits}.txt`;
    open(c, uri, DRAFT);
    const p = await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'attribution/missing'));
    const d = p.diagnostics.find((x) => x.code === 'attribution/missing') as Diagnostic;
    const actions = await quickFixesFor(c, uri, d);
    const add = actions.find((a) => /^Add who said it/.test(a.title));
    assert.ok(add?.edit?.documentChanges, 'an "Add who said it" fix with a versioned edit');
    return add!.edit!.documentChanges![0] as unknown as { edits: Array<Record<string, unknown>> };
  } finally {
    await c.close();
  }
}

test('with snippet support the speaker is a placeholder to type over', async () => {
  const change = await missingFix(true);
  const snippet = change.edits[0].snippet as { kind: string; value: string };
  assert.equal(snippet.kind, 'snippet');
  assert.match(snippet.value, /\$\{1:[Ss]peaker\} said/);
});

test('without snippet support the same fix is a plain text edit', async () => {
  const change = await missingFix(false);
  assert.equal(change.edits[0].snippet, undefined);
  assert.match(String(change.edits[0].newText), /[Ss]peaker said/);
});
