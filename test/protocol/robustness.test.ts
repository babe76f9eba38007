// Malformed and hostile traffic against the built server over stdio. Whatever a client sends, the
// server replies or ignores it and keeps serving; edits carry the version they were computed for;
// an old version is never published over a newer one; huge files do not freeze it.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, Hover, PublishDiagnosticsParams, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { open, startServer, type TestClient, withServer } from '../support/lspClient';

const UNCLOSED = 'The minister said “we are ready to talk.\n\nNobody else spoke.';

async function alive(c: TestClient, tag: string): Promise<void> {
  const uri = `file:///tmp/alive-${tag}.txt`;
  open(c, uri, UNCLOSED);
  const p = await c.diagnostics(uri, undefined, 20000);
  assert.ok(
    p.diagnostics.some((d) => d.code === 'quotes/unclosed'),
    `server still analyses after ${tag}`,
  );
  assert.equal(c.process.exitCode, null, 'server process still running');
}

async function quickFixes(c: TestClient, uri: string, line: number, character: number): Promise<CodeAction[]> {
  return (await c.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line, character }, end: { line, character: character + 1 } },
    context: { diagnostics: [] },
  })) as CodeAction[];
}

test('unknown requests get an error reply; unknown notifications are ignored', async () => {
  await withServer(undefined, async (c) => {
    await assert.rejects(c.connection.sendRequest('copydesk/noSuchMethod', { x: 1 }));
    await assert.rejects(c.connection.sendRequest('$/noSuchRequest'));
    c.connection.sendNotification('copydesk/noSuchNotification', { x: 1 });
    c.connection.sendNotification('$/cancelRequest', { id: 'nonexistent' });
    await alive(c, 'unknown methods');
  });
});

test('wrong params: missing fields, wrong types, null everywhere', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/wrong-params.txt';
    open(c, uri, UNCLOSED);
    await c.diagnostics(uri);
    const bad: Array<[string, unknown]> = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri }, position: null }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 'x', character: {} } }],
      ['textDocument/hover', null],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
      [
        'textDocument/codeAction',
        { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } },
      ],
      ['textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 4 }, newName: 42 }],
      ['textDocument/prepareRename', { textDocument: { uri } }],
      ['textDocument/references', { textDocument: { uri }, position: { line: -5, character: -1 } }],
      ['textDocument/documentHighlight', { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }],
      ['textDocument/documentSymbol', { textDocument: null }],
      ['workspace/executeCommand', { command: 'copydesk.fixAll', arguments: [null] }],
      ['workspace/executeCommand', { command: 'copydesk.addToStyleSheet', arguments: [] }],
      ['workspace/executeCommand', { command: 'no.such.command' }],
    ];
    for (const [method, params] of bad) {
      // A reply of either kind is fine; no reply (a hang) or a dead server is not.
      await c.connection.sendRequest(method, params).catch(() => undefined);
    }
    const badNotes: Array<[string, unknown]> = [
      [
        'textDocument/didOpen',
        { textDocument: { uri: 'file:///tmp/no-text.txt', languageId: 'plaintext', version: 1 } },
      ],
      ['textDocument/didOpen', null],
      ['textDocument/didChange', { textDocument: { uri }, contentChanges: null }],
      [
        'textDocument/didChange',
        {
          textDocument: { uri, version: 2 },
          contentChanges: [{ range: { start: { line: 0, character: 0 } }, text: 'x' }],
        },
      ],
      ['textDocument/didClose', {}],
      [
        'workspace/didChangeConfiguration',
        { settings: { copydesk: { rules: 'nonsense', languages: 7, holdBack: -3 } } },
      ],
      ['workspace/didChangeWatchedFiles', { changes: 'x' }],
    ];
    for (const [method, params] of badNotes) c.connection.sendNotification(method, params);
    await alive(c, 'wrong params');
  });
});

test('didChange and didClose for a document that was never opened are ignored', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/never-opened.txt';
    c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 7 },
      contentChanges: [{ range: { start: { line: 3, character: 1 }, end: { line: 3, character: 2 } }, text: '“' }],
    });
    c.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await alive(c, 'didChange for an unopened document');
    assert.ok(
      !c.published.some((p) => p.uri === uri && p.diagnostics.length),
      'nothing published for a document never opened',
    );
  });
});

test('out-of-range positions in requests and edits are clamped, never fatal', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/out-of-range.txt';
    open(c, uri, UNCLOSED);
    await c.diagnostics(uri);
    for (const position of [
      { line: 1_000_000, character: 5 },
      { line: 0, character: 1_000_000 },
      { line: -1, character: -1 },
      { line: 2 ** 31, character: 2 ** 31 },
    ]) {
      await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }).catch(() => undefined);
      await c.connection
        .sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: position, end: position },
          context: { diagnostics: [] },
        })
        .catch(() => undefined);
    }
    // An edit far past the end appends, as TextDocument.update clamps it.
    c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 999, character: 999 }, end: { line: 1999, character: 0 } }, text: ' More.' },
      ],
    });
    // The edit is near the quotation, so its finding may first be held back while "typing".
    await c.diagnostics(uri, (x) => x.version === 2 && x.diagnostics.some((d) => d.code === 'quotes/unclosed'), 5000);
    await alive(c, 'out-of-range positions');
  });
});

test('a code action names the version it was computed for, so the client refuses it on the next one', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/versioned.txt';
    open(c, uri, UNCLOSED, 'plaintext', 5);
    const p = await c.diagnostics(uri, (x) => x.version === 5);
    const d = p.diagnostics.find((x) => x.code === 'quotes/unclosed');
    assert.ok(d, 'the unclosed quotation is reported');
    const at = d.range.start;
    const v5 = (await quickFixes(c, uri, at.line, at.character)).find((a) => a.edit);
    assert.ok(v5?.edit?.documentChanges, 'a fix with a versioned edit');
    assert.equal((v5.edit.documentChanges[0] as TextDocumentEdit).textDocument.version, 5);

    // The user types one more character; the same fix is now computed for version 6.
    c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 6 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'X' }],
    });
    await c.diagnostics(uri, (x) => x.version === 6);
    const v6 = (await quickFixes(c, uri, at.line, at.character)).find((a) => a.edit);
    assert.ok(v6?.edit?.documentChanges);
    assert.equal((v6.edit.documentChanges[0] as TextDocumentEdit).textDocument.version, 6);

    const fixAll = (await c.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.copydesk'] },
    })) as CodeAction[];
    for (const a of fixAll) {
      for (const change of a.edit?.documentChanges ?? [])
        assert.equal((change as TextDocumentEdit).textDocument.version, 6);
    }
  });
});

test('rapid changes: the last publish carries the last version and versions never go backwards', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/rapid.txt';
    open(c, uri, UNCLOSED);
    await c.diagnostics(uri);
    let text = UNCLOSED;
    const LAST = 41;
    for (let v = 2; v <= LAST; v++) {
      // Alternately break and mend the quotation, so consecutive versions publish different results.
      text = v % 2 ? text.replace('talk.', 'talk.”') : text.replace('talk.”', 'talk.');
      c.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ text }],
      });
    }
    await c.diagnostics(uri, (x) => x.version === LAST, 20000);
    // Let any timer that was still pending (debounce, hold-back) fire.
    await new Promise((r) => setTimeout(r, 1500));
    const mine = c.published.filter((x) => x.uri === uri && x.version !== undefined) as Array<
      PublishDiagnosticsParams & { version: number }
    >;
    for (let i = 1; i < mine.length; i++)
      assert.ok(mine[i].version >= mine[i - 1].version, `published v${mine[i].version} after v${mine[i - 1].version}`);
    const last = mine[mine.length - 1];
    assert.equal(last.version, LAST);
    // Version 41 is odd: the quotation is closed, so no unclosed finding.
    assert.ok(!last.diagnostics.some((d) => d.code === 'quotes/unclosed'), 'the last publish describes the last text');
  });
});

/** The messages the server shows the user (window/showMessageRequest), as they arrive. */
function messagesShown(c: TestClient): string[] {
  const messages: string[] = [];
  c.connection.onRequest('window/showMessageRequest', (m: { message: string }) => {
    messages.push(m.message);
    return null;
  });
  return messages;
}

function bigDraft(bytes: number): string {
  const para =
    'The council said on Monday that “the budget will be balanced,” according to its leader, Maria Alvarez.\n\n';
  return para.repeat(Math.ceil(bytes / para.length));
}

for (const mb of [10, 50]) {
  test(`a ${mb} MB document opens without freezing the server and with one notice saying why it was cut`, async () => {
    const c = await startServer();
    const messages = messagesShown(c);
    try {
      const uri = `file:///tmp/huge-${mb}.txt`;
      open(c, uri, bigDraft(mb * 1024 * 1024));
      // Generous: the 50 MB message alone is parsed as JSON before anything is analysed.
      const p = await c.diagnostics(uri, undefined, 90000);
      assert.ok(Array.isArray(p.diagnostics));
      const t0 = Date.now();
      const hover = c.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 5 },
      }) as Promise<Hover | null>;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        hover,
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no hover reply within 10 s')), 10000))),
      ]);
      clearTimeout(timer);
      assert.ok(Date.now() - t0 < 10000);
      const notices = p.diagnostics.filter((d) => d.code === 'notice');
      assert.equal(notices.length, 1, 'one diagnostic says why');
      assert.match(notices[0].message as string, /checked the first [\d,]+ of [\d,]+ characters/);
      assert.deepEqual(notices[0].range.start, { line: 0, character: 0 });
      assert.ok(
        messages.some((m) => /checked the first/.test(m)),
        'and the user is told once',
      );
      await alive(c, `${mb} MB`);
    } finally {
      await c.close();
    }
  });
}

test('a binary document gets no findings and a notice, and the server lives on', async () => {
  const c = await startServer();
  const messages = messagesShown(c);
  try {
    const uri = 'file:///tmp/binary.txt';
    open(c, uri, '\x89PNG\r\n\x1a\n\0\0\0\rIHDR“' + '\0'.repeat(1000));
    const p = await c.diagnostics(uri);
    assert.deepEqual(
      p.diagnostics.map((d) => d.code),
      ['notice'],
    );
    assert.match(p.diagnostics[0].message as string, /binary/);
    await alive(c, 'binary');
    assert.ok(messages.some((m) => /binary/.test(m)));
  } finally {
    await c.close();
  }
});

test('a diagnostic after an emoji has its character counted in UTF-16 code units', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/emoji.txt';
    const line = '😀👩‍👩‍👧 The minister said “we are ready.';
    open(c, uri, `${line}\n\nNothing else.`);
    const p = await c.diagnostics(uri);
    const d = p.diagnostics.find((x) => x.code === 'quotes/unclosed');
    assert.ok(d);
    assert.deepEqual(d.range.start, { line: 0, character: line.indexOf('“') });
  });
});
