// The desk's memory says how far indexing got: a client that advertises window.workDoneProgress
// (VS Code does) is asked to create a progress and sees begin → reports → end, the end once every
// draft is in the index; a client that does not is never asked and still gets its findings.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { open, withServer, type TestClient, type WorkDoneProgressValue } from '../support/lspClient';

const RULE = 'names/across-drafts';
const FILLERS = 300;
const release = (full: string, topic: string) => {
  const surname = full.split(' ').pop();
  return `${full}, chairman of the Senate, spoke at the opening of ${topic} on Tuesday.\n\n“We have worked for two years to get here,” ${surname} said.\n`;
};
const TODAY = 'Senate chairman Maulen Ashimbaev opened the spring session on Monday.\n';

const made: string[] = [];
after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Enough drafts to take many indexing slices; the ones that matter come last in the walk. */
function workspace(): { dir: string; drafts: number } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-progress-')));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'archive'));
  for (let i = 0; i < FILLERS; i++)
    fs.writeFileSync(
      path.join(dir, 'archive', `school-${String(i).padStart(3, '0')}.release`),
      `Aigerim Bekova opened school number ${i} in Taraz on Friday.\n\n“Every child deserves a desk,” Bekova said.\n`,
    );
  fs.mkdirSync(path.join(dir, 'senate'));
  ['the budget hearings', 'the new motorway', 'the party congress'].forEach((topic, day) => {
    const file = path.join(dir, 'senate', `${topic.split(' ').pop()}.release`);
    fs.writeFileSync(file, release('Maulen Ashimbayev', topic));
    fs.utimesSync(file, new Date(2026, 0, day + 1), new Date(2026, 0, day + 1));
  });
  return { dir, drafts: FILLERS + 3 };
}

const uriOf = (file: string) => pathToFileURL(file).href;

async function until(what: string, ok: () => boolean, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const values = (c: TestClient, token: string | number): WorkDoneProgressValue[] =>
  c.progress.flatMap((e) => ('value' in e && e.token === token ? [e.value] : []));

test('indexing progress: create, then begin, reports counting drafts, end once every draft is indexed', async () => {
  const { dir, drafts } = workspace();
  await withServer({ rootPath: dir, workDoneProgress: true }, async (c) => {
    await until('the end of the indexing progress', () =>
      c.progress.some((e) => 'value' in e && e.value.kind === 'end'),
    );
    // The server asks first, then speaks only with the token it was given back.
    const first = c.progress[0];
    assert.ok('create' in first, `the first progress message is not a create request: ${JSON.stringify(first)}`);
    const token = first.token;
    assert.equal(c.progress.filter((e) => 'create' in e).length, 1, 'one progress per indexing run');
    assert.deepEqual(
      c.progress.filter((e) => 'value' in e && e.token !== token),
      [],
      'progress under a token never created',
    );

    const seq = values(c, token);
    assert.equal(seq[0].kind, 'begin');
    assert.equal(seq[seq.length - 1].kind, 'end');
    assert.deepEqual(
      seq.slice(1, -1).map((v) => v.kind),
      seq.slice(1, -1).map(() => 'report'),
      `one begin, one end, reports between: ${JSON.stringify(seq)}`,
    );
    const begin = seq[0] as { title: string; cancellable?: boolean };
    assert.match(begin.title, /^Copydesk\b.*index/i, 'the title says who is working on what');
    assert.notEqual(begin.cancellable, true, 'nothing would cancel it');

    // Reports say how many drafts are done; never more than there are, never going backwards.
    const reports = seq.filter((v) => v.kind === 'report') as Array<{ message?: string; percentage?: number }>;
    assert.ok(reports.length >= 1, 'at least one report');
    let last = -1;
    let lastPct = -1;
    for (const r of reports) {
      const m = /^([\d,]+) drafts(?: of ([\d,]+))?$/.exec(r.message ?? '');
      assert.ok(m, `a report a writer can read: ${JSON.stringify(r)}`);
      const n = Number(m[1].replace(/,/g, ''));
      assert.ok(n >= last && n <= drafts, `${n} drafts after ${last}, of ${drafts}`);
      if (m[2] !== undefined) assert.ok(Number(m[2].replace(/,/g, '')) <= drafts);
      last = n;
      if (r.percentage !== undefined) {
        assert.ok(r.percentage >= lastPct && r.percentage <= 100, `percentage ${r.percentage}`);
        lastPct = r.percentage;
      }
    }

    // When the end has come, every draft is in the index: a draft opened now gets, in its very first
    // publish, the finding that counts the three drafts read last.
    const uri = uriOf(path.join(dir, 'today.release'));
    open(c, uri, TODAY, 'press-release');
    const p = await c.diagnostics(uri);
    assert.deepEqual(
      p.diagnostics.filter((d) => d.code === RULE).map((d) => d.message),
      ['‘Ashimbaev’ — 3 other drafts write ‘Ashimbayev’, latest congress.release'],
    );
    assert.equal(values(c, token).length, seq.length, 'nothing after the end');
  });
});

test('a client that does not advertise workDoneProgress is never asked, and the index still works', async () => {
  const { dir } = workspace();
  await withServer({ rootPath: dir }, async (c) => {
    const uri = uriOf(path.join(dir, 'today.release'));
    open(c, uri, TODAY, 'press-release');
    const p = await c.diagnostics(
      uri,
      (x) => x.diagnostics.some((d) => d.code === RULE && String(d.message).includes('3 other drafts')),
      15000,
    );
    assert.ok(p);
    assert.deepEqual(c.progress, [], 'no window/workDoneProgress/create and no $/progress');
    assert.equal(c.process.exitCode, null, 'the server is still running');
    assert.deepEqual(c.stderr, []);
  });
});
