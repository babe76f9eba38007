// The server keeps each open draft's analysis cache between keystrokes. Whatever is typed, the
// diagnostics it publishes for a version must be the ones a fresh server would publish for that
// text: here a draft is typed into through incremental didChange notifications, and after every
// burst the last publish is compared with a fresh open of the same text.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { open, ROOT, withServer, type TestClient } from '../support/lspClient';

const DRAFT = fs.readFileSync(path.join(ROOT, 'examples', 'name-variants.txt'), 'utf8');

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Diagnostics without the draft's URI, so two drafts' can be compared. */
function comparable(p: PublishDiagnosticsParams) {
  return JSON.parse(JSON.stringify(p.diagnostics).split(p.uri).join('<draft>'));
}

async function typeInto(c: TestClient, uri: string, text: string, version: number, at: number, typed: string) {
  for (const ch of typed) {
    const pos = positionAt(text, at);
    text = text.slice(0, at) + ch + text.slice(at);
    at += ch.length;
    version++;
    c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: pos, end: pos }, text: ch }],
    });
  }
  return { text, version };
}

test('typing into an open draft publishes what a fresh open of the same text publishes', async () => {
  // No hold-back: a quotation mark being typed is reported at once, so the two publishes can match.
  await withServer({ settings: { holdBack: 0 } }, async (c) => {
    const uri = 'file:///typing/draft.txt';
    let text = DRAFT;
    let version = 1;
    open(c, uri, text);
    await c.diagnostics(uri, (p) => p.version === 1);
    // A name respelled, a closing mark taken away and put back elsewhere, a speech verb, a new paragraph.
    const bursts: Array<[number, string]> = [
      [text.indexOf(' ', text.length >> 1), ' Ashimbaev'],
      [text.indexOf('.') + 1, ' “We will see'],
      [text.length, '\n\n“It is done,” she said. Critics say it'],
      [Math.floor(text.length / 3), 'x'],
    ];
    for (const [k, [at, typed]] of bursts.entries()) {
      ({ text, version } = await typeInto(c, uri, text, version, Math.min(at, text.length), typed));
      const typedVersion = version;
      const edited = await c.diagnostics(uri, (p) => p.version === typedVersion, 10000);
      const fresh = `file:///typing/fresh-${k}.txt`;
      open(c, fresh, text);
      const scratch = await c.diagnostics(fresh, () => true, 10000);
      assert.deepEqual(comparable(edited), comparable(scratch), `after burst ${k + 1} (${JSON.stringify(typed)})`);
      assert.ok(edited.diagnostics.length > 0, 'the draft has findings to compare');
    }
  });
});
