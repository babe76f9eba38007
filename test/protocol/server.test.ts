// The built server over stdio, as any LSP editor meets it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { open, withServer } from '../support/lspClient';

test('initialize announces hover, code actions, rename and diagnostics-driving sync', async () => {
  await withServer(undefined, async (c) => {
    const caps = c.initializeResult.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.codeActionProvider);
    assert.deepEqual((caps.renameProvider as { prepareProvider: boolean }).prepareProvider, true);
    assert.ok(caps.textDocumentSync);
  });
});

test('an opened plaintext draft gets its diagnostics published', async () => {
  await withServer(undefined, async (c) => {
    open(c, 'file:///tmp/draft.txt', 'The minister spoke.\n\nHe said nothing new.');
    const p = await c.diagnostics('file:///tmp/draft.txt');
    assert.ok(Array.isArray(p.diagnostics));
  });
});

test('unknown methods and bad params get an error reply, and the server keeps answering', async () => {
  await withServer(undefined, async (c) => {
    await assert.rejects(c.connection.sendRequest('copydesk/noSuchMethod', {}));
    const hover = await c.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///never-opened.txt' },
      position: { line: 5, character: 2 },
    });
    assert.equal(hover, null);
    c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///never-opened.txt', version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    open(c, 'file:///tmp/after.txt', 'Still alive.');
    await c.diagnostics('file:///tmp/after.txt');
  });
});
