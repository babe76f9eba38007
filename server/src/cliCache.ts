// The CLI's memory between runs (`--cache`): a newsroom's CI checks the same archive on every push,
// and most drafts have not changed since the last run. A draft whose bytes, settings and Copydesk
// build are what they were gets last time's findings and name words back without being analysed;
// the drafts are still checked against each other (names/across-drafts) on every run, since one
// changed draft can change what the others are told. Keyed by content, not modified time: a CI
// checkout gives every file a new time.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { ruleById, type Finding } from './analysis';
import type { DraftNames } from './analysis/workspace';
import { VERSION } from './version';

/** Bumped when what an entry holds changes shape. */
const FORMAT = 1;

/** What a draft's analysis left for the run: its own findings, its notice and its name words. */
export interface CachedResult {
  findings: Finding[];
  notice?: string;
  /** Absent when the run did not check drafts against each other (one draft given). */
  names?: DraftNames;
}

interface Entry extends CachedResult {
  key: string;
}

/** A finding the run can print (a cache edited by hand or by another tool is read again, never trusted). */
function wellFormed(f: Finding): boolean {
  return (
    !!f &&
    ruleById(f.rule) !== undefined &&
    typeof f.message === 'string' &&
    Number.isInteger(f.offset) &&
    Number.isInteger(f.length) &&
    Array.isArray(f.related) &&
    Array.isArray(f.fixes)
  );
}

export const DEFAULT_CACHE_FILE = '.copydeskcache';

let build: string | undefined;
/** This build of Copydesk: its version and the code that runs (another build may read drafts otherwise). */
function buildId(): string {
  if (build === undefined) {
    const h = createHash('sha1').update(VERSION);
    try {
      h.update(fs.readFileSync(__filename));
    } catch {
      /* the version alone */
    }
    build = h.digest('hex');
  }
  return build;
}

/** The key of a draft's text under a run's settings for it (format, locale, rules, style sheet…). */
export function resultKey(text: string, settings: string): string {
  return createHash('sha1').update(settings).update('\u0000').update(text).digest('hex');
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private changed = false;

  private constructor(readonly file: string) {}

  /** The cache at `location` (a file, or a folder to hold `.copydeskcache`); absent, damaged or of another build: empty. */
  static open(location: string): ResultCache {
    let file = path.resolve(location);
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, DEFAULT_CACHE_FILE);
    } catch {
      /* not there yet */
    }
    const cache = new ResultCache(file);
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        format?: unknown;
        build?: unknown;
        drafts?: unknown;
      };
      if (data.format !== FORMAT || data.build !== buildId() || !Array.isArray(data.drafts)) return cache;
      for (const d of data.drafts as Array<[string, Entry]>)
        if (Array.isArray(d) && typeof d[0] === 'string' && d[1] && typeof d[1].key === 'string')
          cache.entries.set(d[0], d[1]);
    } catch {
      /* absent or damaged: start afresh */
    }
    return cache;
  }

  /** Last run's result for `file`, if its key is the same now. */
  get(file: string, key: string, withNames: boolean): CachedResult | undefined {
    const e = this.entries.get(file);
    if (!e || e.key !== key || !Array.isArray(e.findings) || !e.findings.every(wellFormed)) return undefined;
    if (withNames && (!e.names || !Array.isArray(e.names.words))) return undefined;
    return e;
  }

  set(file: string, key: string, result: CachedResult): void {
    this.entries.set(file, { key, findings: result.findings, notice: result.notice, names: result.names });
    this.changed = true;
  }

  /** Writes the cache if anything changed; a message when it could not be written. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    // Drafts gone from the disk since are forgotten: the file grows with the archive, not with its history.
    for (const file of this.entries.keys()) if (!fs.existsSync(file)) this.entries.delete(file);
    // Written whole to a temporary file, then renamed: a crash never leaves half a cache.
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, build: buildId(), drafts: [...this.entries] }));
      fs.renameSync(tmp, this.file);
      return undefined;
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      return `could not write the cache ${this.file} (${e instanceof Error ? e.message : String(e)}); the results are complete`;
    }
  }
}
