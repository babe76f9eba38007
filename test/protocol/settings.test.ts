// Settings and workspace files as an editor meets them: a rule switched off in the settings goes
// quiet at once, "Ignore here" is remembered in the workspace, and a quotation mark being typed is
// not flagged until the writer pauses.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, open, quickFixesFor, withServer } from '../support/lspClient';
import { scratchDir } from '../support/scratch';

const STRAY = 'Our interests coincide and will expand," the deputy chairman said.\n';

test('turning a rule off in the settings removes its diagnostics, turning it on brings them back', async () => {
  await withServer(undefined, async (c) => {
    const uri = 'file:///tmp/settings-draft.txt';
    open(c, uri, STRAY);
    await c.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'quotes/unopened'));
    const before = c.published.length;
    c.settings = { rules: { 'quotes/unopened': 'off' } };
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.diagnostics(
      uri,
      (p) => c.published.indexOf(p) >= before && !p.diagnostics.some((d) => d.code === 'quotes/unopened'),
    );
    const mid = c.published.length;
    c.settings = { rules: { quotes: 'hint' } };
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await c.diagnostics(
      uri,
      (x) => c.published.indexOf(x) >= mid && x.diagnostics.some((d) => d.code === 'quotes/unopened'),
    );
    assert.equal(
      p.diagnostics.find((d) => d.code === 'quotes/unopened')!.severity,
      4,
      'a family severity applies to its rules',
    );
  });
});

test('"Ignore here" writes the workspace ignore file and the finding goes quiet', async () => {
  const root = scratchDir('copydesk-ws-');
  const file = path.join(root, 'draft.txt');
  fs.writeFileSync(file, STRAY);
  const uri = pathToFileURL(file).href;
  const c = await startServer({ rootPath: root });
  try {
    open(c, uri, STRAY);
    const p = await c.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'quotes/unopened'));
    const d = p.diagnostics.find((x) => x.code === 'quotes/unopened')!;
    const actions = await quickFixesFor(c, uri, d);
    const ignore = actions.find((a) => /^Ignore quotes\/unopened here/.test(a.title));
    assert.ok(ignore?.command, 'an Ignore here action that runs a server command');
    const before = c.published.length;
    await c.connection.sendRequest('workspace/executeCommand', {
      command: ignore!.command!.command,
      arguments: ignore!.command!.arguments,
    });
    const written = fs.readFileSync(path.join(root, '.copydesk', 'ignore.txt'), 'utf8');
    assert.match(written, /^quotes\/unopened\tOur interests coincide and will expand," the deputy chairman said\.$/m);
    await c.diagnostics(
      uri,
      (x) => c.published.indexOf(x) >= before && !x.diagnostics.some((g) => g.code === 'quotes/unopened'),
    );
  } finally {
    await c.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a quotation mark being typed is held back until the writer pauses, then reported', async () => {
  await withServer({ settings: { holdBack: 400 } }, async (c) => {
    const uri = 'file:///tmp/typing.txt';
    const text = 'The mayor opened the bridge on Monday.\n';
    open(c, uri, text);
    await c.diagnostics(uri);
    // The writer types an opening mark at the start of a new sentence.
    const at = text.indexOf('\n');
    const before = c.published.length;
    await c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, text: ' "We' }],
    });
    const first = await c.diagnostics(uri, (p) => p.version === 2 && c.published.indexOf(p) >= before);
    assert.ok(!first.diagnostics.some((d) => String(d.code).startsWith('quotes/')), 'not flagged while typing');
    const later = await c.diagnostics(
      uri,
      (p) => p.version === 2 && p.diagnostics.some((d) => d.code === 'quotes/unclosed'),
      3000,
    );
    assert.ok(c.published.indexOf(later) > c.published.indexOf(first), 'reported after the pause');
  });
});

/** Types `typed` at the end of line `line` of `uri`, one character a change, `gapMs` apart; returns the last version. */
async function typeAt(
  c: Awaited<ReturnType<typeof startServer>>,
  uri: string,
  line: number,
  character: number,
  typed: string,
  version: number,
  gapMs: number,
) {
  for (const ch of typed) {
    const at = { line, character };
    await c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: at, end: at }, text: ch }],
    });
    character += ch.length;
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return version;
}

const INTRO = 'Aigerim Kassymova, the mayor of Almaty, opened the bridge on Monday.\n\n';
const QUOTE = '“We will open the tunnel in May and the ring road by the end of the year,”';

for (const holdBack of [400, 0]) {
  test(`a speaker typed after a closing mark ${holdBack ? 'is not flagged while typing' : 'flashes attribution findings with holdBack 0 (the control)'}`, async () => {
    await withServer({ settings: { holdBack } }, async (c) => {
      const uri = `file:///tmp/typing-attribution-${holdBack}.txt`;
      open(c, uri, INTRO + QUOTE + '\n');
      await c.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'attribution/missing'));
      const from = c.published.length;
      const last = await typeAt(c, uri, 2, QUOTE.length, ' Kassymova told reporters.', 1, 15);
      await c.diagnostics(uri, (p) => p.version === last);
      const flashed = c.published
        .slice(from)
        .filter((p) => p.uri === uri && p.diagnostics.some((d) => String(d.code).startsWith('attribution/')));
      if (holdBack)
        assert.deepEqual(
          flashed.map((p) => p.version),
          [],
          'no attribution finding published while the speaker was typed',
        );
      else
        assert.ok(
          flashed.length > 0,
          'with no hold-back the half-typed attribution is published: the test can see a flash',
        );
      // After the pause the finished attribution stands clean.
      await new Promise((r) => setTimeout(r, holdBack + 200));
      const end = c.published.filter((p) => p.uri === uri).at(-1)!;
      assert.equal(end.version, last);
      assert.deepEqual(
        end.diagnostics.map((d) => d.code),
        [],
      );
    });
  });
}

test('"Add to the style sheet" says it created the file, then that it added to it', async () => {
  const root = scratchDir('copydesk-ws-');
  const c = await startServer({ rootPath: root });
  const messages: string[] = [];
  c.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
    messages.push(p.message);
    return null;
  });
  try {
    const uri = pathToFileURL(path.join(root, 'draft.txt')).href;
    open(c, uri, 'Maulen Ashimbayev spoke.\n');
    await c.diagnostics(uri);
    const add = (name: string) =>
      c.connection.sendRequest('workspace/executeCommand', {
        command: 'copydesk.addToStyleSheet',
        arguments: [uri, name],
      });
    await add('Maulen Ashimbayev');
    await add('Aigerim Kassymova');
    await add('Aigerim Kassymova');
    const deadline = Date.now() + 3000;
    while (messages.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(messages, [
      `Copydesk: created ${path.join('.copydesk', 'names.txt')} with “Maulen Ashimbayev”.`,
      `Copydesk: added “Aigerim Kassymova” to ${path.join('.copydesk', 'names.txt')}.`,
      `Copydesk: ${path.join('.copydesk', 'names.txt')} already has “Aigerim Kassymova”.`,
    ]);
  } finally {
    await c.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the house quotation-mark style comes from the setting, else from .copydesk/settings.json', async () => {
  const root = scratchDir('copydesk-ws-');
  fs.mkdirSync(path.join(root, '.copydesk'));
  fs.writeFileSync(path.join(root, '.copydesk', 'settings.json'), '{ "quoteStyle": "straight" }\n');
  const text = '“We are ready,” said Aigerim Kassymova. "So are we," said Dana Ospanova.\n';
  const c = await startServer({ rootPath: root });
  try {
    const uri = pathToFileURL(path.join(root, 'draft.txt')).href;
    open(c, uri, text);
    const style = (p: PublishDiagnosticsParams) => p.diagnostics.find((d) => d.code === 'quotes/style');
    const desk = await c.diagnostics(uri, (p) => !!style(p));
    assert.equal(text[style(desk)!.range.start.character], '“', 'the desk says straight: the curly marks depart');
    assert.match(String(style(desk)!.message), /house style/);
    const before = c.published.length;
    c.settings = { quoteStyle: 'curly' };
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const own = await c.diagnostics(
      uri,
      (p) => c.published.indexOf(p) >= before && !!style(p) && text[style(p)!.range.start.character] === '"',
    );
    assert.ok(own, "the editor's own setting wins over the desk's");
  } finally {
    await c.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
