// The command line: `copydesk [--format stylish|json|sarif] [--fix] PATH...` for a newsroom's CI.
// Exit 0 when no finding is an error, 1 when one is, 2 on usage or read errors.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  analyze,
  applyEdits,
  LineIndex,
  RULES,
  settledFixAllEdits,
  type Analysis,
  type AnalysisOptions,
  type Finding,
  type Format,
} from './analysis';
import { draftNames, type DraftNames } from './analysis/workspace';
import {
  findWorkspaceRoot,
  houseQuoteStyle,
  isQuoteStyle,
  readWorkspaceData,
  type QuoteStyle,
  type WorkspaceData,
} from './workspaceFiles';
import { VERSION } from './version';
import { isWorker, runPool, serveWorker, workerSetup } from './workspace/pool';
import { Progress } from './workspace/progress';
import { CrossCheck } from './workspace/crossCheck';
import { DEFAULT_CACHE_FILE, ResultCache, resultKey } from './cliCache';

const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.release', '.draft']);
const MAX_FILE_BYTES = 64 * 1024 * 1024;

interface Options {
  format: 'stylish' | 'json' | 'sarif';
  fix: boolean;
  quoteLocale: string;
  quoteStyle: QuoteStyle;
  rules: Record<string, { enabled?: boolean }>;
  paths: string[];
  /** Worker threads; 1 checks every draft on the main thread. */
  jobs: number;
  /** Where last run's results are kept (--cache), or undefined: every draft is analysed. */
  cache?: string;
}

const USAGE = `usage: copydesk [--format stylish|json|sarif] [--fix] [--quote-locale TAG] [--quote-style auto|curly|straight] [--disable RULE]... [--jobs N] [--cache] [--cache-location PATH] PATH...
  PATH   a file, a directory (searched for ${[...EXTENSIONS].join(' ')}), or - for standard input
  --jobs N   worker threads (default: the machine's cores less one); the drafts given are also checked against each other
  --cache    keep each draft's results in ${DEFAULT_CACHE_FILE} (or --cache-location, a file or folder): a draft
             unchanged since the last run, with the same settings and Copydesk, is not analysed again
exit: 0 no error-level finding, 1 some error-level finding, 2 usage or read error`;

class UsageError extends Error {}

/**
 * One core is left to V8's own threads (the optimising compiler, the garbage collector), which a
 * worker keeps busy: on two cores a second worker made a run slower, not faster (2,000 drafts:
 * 4.6 s with two workers, 3.8 s with the main thread alone).
 */
function defaultJobs(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    format: 'stylish',
    fix: false,
    quoteLocale: 'auto',
    quoteStyle: 'auto',
    rules: {},
    paths: [],
    jobs: defaultJobs(),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (f !== 'stylish' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format '${f}'`);
      o.format = f;
    } else if (a === '--fix') o.fix = true;
    else if (a === '--quote-locale' || a.startsWith('--quote-locale=')) o.quoteLocale = value();
    else if (a === '--quote-style' || a.startsWith('--quote-style=')) {
      const q = value();
      if (!isQuoteStyle(q)) throw new UsageError(`unknown quote style '${q}' (auto, curly or straight)`);
      o.quoteStyle = q;
    } else if (a === '--disable' || a.startsWith('--disable=')) o.rules[value()] = { enabled: false };
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = value();
      o.jobs = Number(v);
      if (!/^\d+$/.test(v) || o.jobs < 1) throw new UsageError(`--jobs needs a whole number of at least 1, not '${v}'`);
    } else if (a === '--cache') o.cache ??= DEFAULT_CACHE_FILE;
    else if (a === '--cache-location' || a.startsWith('--cache-location=')) o.cache = value();
    else if (a === '--') {
      o.paths.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
    else o.paths.push(a);
  }
  if (!o.paths.length) throw new UsageError('no PATH given');
  return o;
}

interface Input {
  given: string; // the path as the user gave it (or a path inside a given directory)
  file?: string; // absolute path on disk; undefined for stdin
  /** Its text, when the main thread already read it (to look it up in the cache). */
  text?: string;
}

function expand(given: string, out: Input[], errors: string[]): void {
  if (given === '-') {
    out.push({ given });
    return;
  }
  let st: fs.Stats;
  try {
    st = fs.statSync(given);
  } catch {
    errors.push(`${given}: no such file or directory`);
    return;
  }
  if (st.isDirectory()) {
    const found: Input[] = [];
    const walk = (dir: string, depth: number) => {
      if (depth > 32) return;
      let names: string[];
      try {
        names = fs.readdirSync(dir).sort();
      } catch {
        errors.push(`${dir}: cannot read directory`);
        return;
      }
      for (const n of names) {
        if (n === 'node_modules' || n.startsWith('.')) continue;
        const p = path.join(dir, n);
        let s: fs.Stats;
        try {
          s = fs.statSync(p);
        } catch {
          continue;
        }
        if (s.isDirectory()) walk(p, depth + 1);
        else if (s.isFile() && EXTENSIONS.has(path.extname(n).toLowerCase()))
          found.push({ given: p, file: path.resolve(p) });
      }
    };
    walk(given, 0);
    if (!found.length) errors.push(`${given}: no drafts found (looked for ${[...EXTENSIONS].join(' ')})`);
    out.push(...found);
  } else if (st.isFile()) out.push({ given, file: path.resolve(given) });
  else errors.push(`${given}: not a regular file`);
}

/** Decodes bytes as UTF-8 (BOM stripped), or UTF-16 with a BOM; refuses binary. */
export function decode(bytes: Buffer): { text?: string; error?: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: bytes.subarray(2).toString('utf16le') };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le') };
  }
  const probe = bytes.subarray(0, 65536);
  if (probe.includes(0)) return { error: 'looks binary (contains NUL bytes), not a text draft' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'is not valid UTF-8 text (save it as UTF-8 and try again)' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

function readInput(input: Input): { text?: string; error?: string } {
  try {
    if (!input.file) return decode(fs.readFileSync(0));
    const st = fs.statSync(input.file);
    if (st.size > MAX_FILE_BYTES)
      return { error: `is ${Math.round(st.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB` };
    return decode(fs.readFileSync(input.file));
  } catch (e) {
    return { error: `cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

function formatOf(file: string | undefined): Format {
  return file && /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
}

interface Result {
  input: Input;
  analysis: Pick<Analysis, 'findings' | 'notice'>;
  lines: LineIndex;
}

/** A related place: in this draft, or (names/across-drafts) in another draft given. */
function relatedPlaces(f: Finding, given: string, lines: LineIndex) {
  return f.related.map((r) => {
    const start = r.draft ? { line: r.draft.line, character: r.draft.character } : lines.positionAt(r.offset);
    const end = r.draft
      ? { line: start.line, character: start.character + r.length }
      : lines.positionAt(r.offset + r.length);
    return {
      message: r.message,
      file: r.draft ? r.draft.key : given,
      offset: r.offset,
      length: r.length,
      range: { start, end },
    };
  });
}

function jsonFinding(f: Finding, lines: LineIndex, given: string) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    offset: f.offset,
    length: f.length,
    range: { start: lines.positionAt(f.offset), end: lines.positionAt(f.offset + f.length) },
    ...(f.related.length ? { related: relatedPlaces(f, given, lines) } : {}),
  };
}

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (useColour ? `\x1b[${code}m${s}\x1b[0m` : s);
const SEVERITY_COLOUR: Record<string, string> = { error: '31', warning: '33', information: '36', hint: '90' };

function stylish(results: Result[]): string {
  const out: string[] = [];
  const counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    if (r.analysis.notice) out.push(paint('4', r.input.given), `  ${paint('33', 'notice')}  ${r.analysis.notice}`, '');
    if (!r.analysis.findings.length) continue;
    if (!r.analysis.notice) out.push(paint('4', r.input.given));
    for (const f of r.analysis.findings) {
      counts[f.severity]++;
      const p = r.lines.positionAt(f.offset);
      const where = `${p.line + 1}:${p.character + 1}`.padEnd(8);
      out.push(
        `  ${paint('2', where)} ${paint(SEVERITY_COLOUR[f.severity], f.severity.padEnd(11))} ${f.message}  ${paint('2', f.rule)}`,
      );
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const files = results.length;
  out.push(
    total === 0
      ? paint('32', `✔ no problems in ${files} file${files === 1 ? '' : 's'}`)
      : paint(
          counts.error ? '31' : '33',
          `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information + counts.hint} info) in ${files} file${files === 1 ? '' : 's'}`,
        ),
  );
  return out.join('\n') + '\n';
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const sarifUri = (file: string | undefined) =>
  file ? path.relative(process.cwd(), file).split(path.sep).join('/') : 'stdin';

function sarif(results: Result[]): string {
  const run = {
    tool: {
      driver: {
        name: 'Copydesk',
        version: VERSION,
        informationUri: 'https://example.invalid/copydesk',
        rules: RULES.map((r) => ({
          id: r.id,
          shortDescription: { text: r.summary },
          defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
        })),
      },
    },
    columnKind: 'utf16CodeUnits',
    results: results.flatMap((r) =>
      r.analysis.findings.map((f) => {
        const s = r.lines.positionAt(f.offset);
        const e = r.lines.positionAt(f.offset + f.length);
        const related = relatedPlaces(f, r.input.given, r.lines).map((p, id) => ({
          id,
          message: { text: p.message },
          physicalLocation: {
            artifactLocation: { uri: sarifUri(p.file === r.input.given ? r.input.file : path.resolve(p.file)) },
            region: {
              startLine: p.range.start.line + 1,
              startColumn: p.range.start.character + 1,
              endLine: p.range.end.line + 1,
              endColumn: p.range.end.character + 1,
              charOffset: p.offset,
              charLength: p.length,
            },
          },
        }));
        return {
          ruleId: f.rule,
          ruleIndex: RULES.findIndex((x) => x.id === f.rule),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: sarifUri(r.input.file) },
                region: {
                  startLine: s.line + 1,
                  startColumn: s.character + 1,
                  endLine: e.line + 1,
                  endColumn: e.character + 1,
                  charOffset: f.offset,
                  charLength: f.length,
                },
              },
            },
          ],
          ...(related.length ? { relatedLocations: related } : {}),
        };
      }),
    ),
  };
  return (
    JSON.stringify(
      { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] },
      null,
      2,
    ) + '\n'
  );
}

/** What checking one draft gives back (from a worker, as a structured clone). */
interface Checked {
  error?: string;
  text?: string;
  findings?: Finding[];
  notice?: string;
  names?: DraftNames;
  time?: number;
}

const workspaceMemo = new Map<string, WorkspaceData>();
function optionsFor(input: Input, options: Options): AnalysisOptions {
  // One read of a folder's style sheet and ignore file, however many drafts it holds.
  const dir = input.file ? path.dirname(input.file) : process.cwd();
  let ws = workspaceMemo.get(dir);
  if (!ws) workspaceMemo.set(dir, (ws = readWorkspaceData(findWorkspaceRoot(dir))));
  return {
    format: formatOf(input.file),
    quoteLocale: options.quoteLocale,
    quoteStyle: houseQuoteStyle(options.quoteStyle, ws.quoteStyle),
    rules: options.rules,
    styleSheet: ws.styleSheet,
    ignored: ws.ignored,
  };
}

function checkInput(input: Input, options: Options, withNames: boolean): Checked {
  const read = input.text !== undefined ? { text: input.text } : readInput(input);
  if (read.text === undefined) return { error: `${input.given}: ${read.error}` };
  const opts = optionsFor(input, options);
  let text = read.text;
  let analysis = analyze(text, opts);
  if (options.fix && input.file) {
    // The editor's Fix All: typography and style-sheet spellings, settled in rounds where fixes met.
    const edits = settledFixAllEdits(analysis, (t) => analyze(t, opts));
    if (edits.length) {
      text = applyEdits(text, edits);
      analysis = analyze(text, opts);
    }
    if (text !== read.text) fs.writeFileSync(input.file, text, 'utf8');
  }
  return {
    text: analysis.document.text,
    findings: analysis.findings,
    notice: analysis.notice,
    names: withNames ? draftNames(analysis, opts) : undefined,
    time: withNames ? modified(input) : 0,
  };
}

/** When the draft was last written (the "latest" of an across-drafts message), or 0. */
function modified(input: Input): number {
  try {
    return input.file ? fs.statSync(input.file).mtimeMs : 0;
  } catch {
    return 0; // gone since: it is still the draft read
  }
}

const settingsMemo = new Map<string, string>();
/** What besides its text decides a draft's results: its settings, as a key (one per folder and format). */
function settingsKey(input: Input, options: Options): string {
  const at = `${input.file ? path.dirname(input.file) : ''}\u0000${formatOf(input.file)}`;
  let key = settingsMemo.get(at);
  if (key === undefined) settingsMemo.set(at, (key = JSON.stringify(optionsFor(input, options))));
  return key;
}

const WORKER_TAG = 'copydeskCli';
/** Fewer drafts than this are checked on the main thread: starting workers would cost more. */
const POOL_FROM = 32;

export async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`copydesk: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const expanded: Input[] = [];
  const errors: string[] = [];
  for (const p of options.paths) expand(p, expanded, errors);
  // A draft given twice (a folder and a file in it) is one draft.
  const seen = new Set<string>();
  const inputs = expanded.filter((i) => !i.file || (!seen.has(i.file) && !!seen.add(i.file)));
  // The drafts given are checked against each other: that needs two at least.
  const across = inputs.length > 1;

  const checked: Checked[] = new Array(inputs.length);
  const progress = new Progress(inputs.length);
  const cross = new CrossCheck();
  let done = 0;
  const take = (i: number, c: Checked) => {
    checked[i] = c;
    const input = inputs[i];
    if (c.names)
      cross.add({
        key: input.given,
        name: path.basename(input.given),
        time: c.time ?? 0,
        names: c.names,
        options: optionsFor(input, options),
        findings: c.findings!,
      });
    progress.tick(++done);
  };
  // With --cache, each draft is read here first: one unchanged since the last run is taken as it was.
  // (--fix writes drafts: it always reads them afresh.)
  const cache = options.cache !== undefined && !options.fix ? ResultCache.open(options.cache) : undefined;
  const keys: Array<string | undefined> = new Array(inputs.length);
  let todo = inputs.map((_, i) => i);
  if (cache) {
    todo = [];
    inputs.forEach((input, i) => {
      if (!input.file) return todo.push(i);
      const read = readInput(input);
      if (read.text === undefined) return take(i, { error: `${input.given}: ${read.error}` });
      const key = (keys[i] = resultKey(read.text, settingsKey(input, options)));
      const kept = cache.get(input.file, key, across);
      if (!kept) {
        input.text = read.text;
        return todo.push(i);
      }
      take(i, {
        text: read.text,
        findings: kept.findings,
        notice: kept.notice,
        names: kept.names,
        time: modified(input),
      });
    });
  }
  const analysed = (k: number, c: Checked) => {
    const i = todo[k];
    const input = inputs[i];
    input.text = undefined;
    // Kept before the cross-check adds the other drafts' findings to it.
    if (cache && input.file && keys[i] !== undefined && c.findings)
      cache.set(input.file, keys[i]!, { findings: c.findings.slice(), notice: c.notice, names: c.names });
    take(i, c);
  };
  const work = todo.map((i) => inputs[i]);
  if (options.jobs > 1 && work.length >= POOL_FROM) {
    await runPool<Input, Checked>(__filename, WORKER_TAG, { options, across }, work, options.jobs, analysed);
  } else work.forEach((input, k) => analysed(k, checkInput(input, options, across)));
  progress.end();
  const unsaved = cache?.save();
  if (unsaved) process.stderr.write(`copydesk: ${unsaved}\n`);

  if (across) cross.finish();
  const results: Result[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const c = checked[i];
    if (c.error !== undefined) {
      errors.push(c.error);
      continue;
    }
    const input = inputs[i];
    const findings = c.findings!;
    results.push({ input, analysis: { findings, notice: c.notice }, lines: new LineIndex(c.text!) });
  }

  for (const e of errors) process.stderr.write(`copydesk: ${e}\n`);
  if (options.format === 'json') {
    const json = results.map((r) => ({
      file: r.input.given,
      findings: r.analysis.findings.map((f) => jsonFinding(f, r.lines, r.input.given)),
    }));
    process.stdout.write(JSON.stringify(json) + '\n');
  } else if (options.format === 'sarif') process.stdout.write(sarif(results));
  // Nothing was read (every path failed): the errors on stderr say it all, no "no problems" line.
  else if (results.length) process.stdout.write(stylish(results));

  if (errors.length) return 2;
  return results.some((r) => r.analysis.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (isWorker(WORKER_TAG)) {
  const { options, across } = workerSetup<{ options: Options; across: boolean }>(WORKER_TAG);
  serveWorker<Input, Checked>((input) => checkInput(input, options, across));
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`copydesk: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
