// The CLI's progress line over a long run: on a terminal it is rewritten in place on stderr and
// cleared at the end, never mixed into the report on stdout; in CI, through a pipe or on a short run
// there is none. The built CLI runs under a real pseudo-terminal (util-linux `script`); the same
// rules are checked on the Progress class with a stand-in stream, so they hold where `script` is
// missing too.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient';
import { Progress } from '../../server/src/workspace/progress';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const HAVE_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const noScript = HAVE_SCRIPT ? false : 'util-linux `script` is not installed: no pseudo-terminal to run under';

const made: string[] = [];
after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A folder of `n` short drafts about different people. */
function archive(n: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-progress-'));
  made.push(dir);
  for (let i = 0; i < n; i++)
    fs.writeFileSync(
      path.join(dir, `school-${i}.release`),
      `Aigerim Bekova opened school number ${i} in Taraz on Friday.\n\n“Every child deserves a desk,” Bekova said.\n`,
    );
  return dir;
}

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `copydesk ARGS` on a pseudo-terminal, with `redirect` (a shell redirection) applied to it;
 * `screen` is what reached the terminal.
 */
function onTerminal(args: string[], redirect: string, env: Record<string, string> = {}) {
  const command = `${sh(process.execPath)} ${sh(CLI)} ${args.map(sh).join(' ')} ${redirect}`;
  const r = spawnSync('script', ['-qefc', command, '/dev/null'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '', ...env },
    timeout: 60000,
  });
  assert.equal(r.stderr, '', 'script itself complained');
  return { status: r.status, screen: r.stdout };
}

const LINE = /^(?:\r\x1b\[Kcopydesk: [\d,]+ of ([\d,]+) drafts)+\r\x1b\[K$/;

test(
  'a long run on a terminal: the line counts drafts on stderr, is cleared at the end, stdout stays clean',
  { skip: noScript },
  () => {
    const dir = archive(60);
    const out = path.join(dir, 'report.json');
    // stdout to a file, stderr to the terminal: the screen is stderr alone.
    const r = onTerminal(['--format', 'json', dir], `> ${sh(out)}`);
    assert.equal(r.status, 0);
    assert.match(r.screen, LINE, `the terminal showed: ${JSON.stringify(r.screen)}`);
    const counts = [...r.screen.matchAll(/copydesk: (\d+) of 60 drafts/g)].map((m) => Number(m[1]));
    assert.ok(counts.length >= 1);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => a - b),
      'counts only go up',
    );
    assert.equal(counts[counts.length - 1], 60, 'the last count is the whole run');
    // The report is exactly the report: parseable, every draft in it, no progress mixed in.
    const report = fs.readFileSync(out, 'utf8');
    assert.doesNotMatch(report, /\r|\x1b|of 60 drafts/);
    assert.equal((JSON.parse(report) as unknown[]).length, 60);
  },
);

test('no progress line in CI, when stderr is not a terminal, or on a short run', { skip: noScript }, () => {
  const dir = archive(60);
  const out = path.join(dir, 'report.json');
  // CI=true: a terminal, a long run, nothing.
  let r = onTerminal(['--format', 'json', dir], `> ${sh(out)}`, { CI: 'true' });
  assert.equal(r.status, 0);
  assert.equal(r.screen, '');
  // stderr to a file, stdout to the terminal: the file stays empty; the terminal has the report only.
  const err = path.join(dir, 'stderr.txt');
  r = onTerminal([dir], `2> ${sh(err)}`);
  assert.equal(r.status, 0);
  assert.equal(fs.readFileSync(err, 'utf8'), '');
  assert.doesNotMatch(r.screen, /of 60 drafts|\x1b\[K/);
  // A short run on a terminal is over before a line would help.
  const short = archive(10);
  r = onTerminal(['--format', 'json', short], `> ${sh(out)}`);
  assert.equal(r.status, 0);
  assert.equal(r.screen, '');
});

/** A stand-in for stderr that keeps what is written. */
const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, out: { isTTY, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream };
};

function withCI<T>(value: string | undefined, body: () => T): T {
  const was = process.env.CI;
  if (value === undefined) delete process.env.CI;
  else process.env.CI = value;
  try {
    return body();
  } finally {
    if (was === undefined) delete process.env.CI;
    else process.env.CI = was;
  }
}

const run = (p: Progress, total: number) => {
  for (let i = 1; i <= total; i++) p.tick(i);
  p.end();
};

test('Progress: a terminal gets the line rewritten in place, ending on the whole count, then cleared', () => {
  const s = stream(true);
  const start = performance.now();
  withCI(undefined, () => run(new Progress(1200, s.out), 1200));
  const tenths = Math.floor((performance.now() - start) / 100);
  const text = s.written.join('');
  assert.match(text, LINE);
  assert.match(text, /copydesk: 1,200 of 1,200 drafts\r\x1b\[K$/);
  // At most ten lines a second (plus the last count and the clearing): not one write per draft.
  assert.ok(s.written.length <= tenths + 3, `${s.written.length} writes in ${tenths} tenths of a second`);
});

test('Progress: nothing in CI, on a pipe or a file, or for a short run', () => {
  for (const [ci, tty, total] of [
    ['true', true, 500],
    ['1', true, 500],
    [undefined, false, 500],
    [undefined, true, 10],
  ] as const) {
    const s = stream(tty);
    withCI(ci, () => run(new Progress(total, s.out), total));
    assert.deepEqual(s.written, [], `CI=${ci} isTTY=${tty} total=${total}`);
  }
});

test('Progress: CI=false or CI=0 on a terminal is no CI', () => {
  for (const ci of ['false', '0', 'FALSE']) {
    const s = stream(true);
    withCI(ci, () => run(new Progress(500, s.out), 500));
    assert.match(s.written.join(''), /copydesk: 500 of 500 drafts/, `CI=${ci}`);
  }
});
