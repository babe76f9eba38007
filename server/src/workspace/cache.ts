// The index on disk, so a restart reads only the drafts that changed: one JSON file under the
// extension's storage folder, each draft as its path, modified time, size and name words (never
// its text). A draft whose time or size differs is read again; a file that cannot be read or
// parsed is no cache at all.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import type { KeptWord } from '../analysis/workspace';
import { VERSION } from '../version';

const FORMAT = 3;

export interface CachedDraft {
  time: number;
  size: number;
  language: string;
  words: KeptWord[];
}

/** The cache file of a set of workspace roots (one per workspace, in the storage folder). */
export function cacheFile(storage: string, roots: readonly string[]): string {
  const id = createHash('sha1').update(roots.join('\n')).digest('hex').slice(0, 12);
  return path.join(storage, `workspace-index-${id}.json`);
}

export function loadCache(file: string): Map<string, CachedDraft> {
  const out = new Map<string, CachedDraft>();
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      format?: number;
      version?: string;
      drafts?: Array<[string, number, number, string, KeptWord[]]>;
    };
    // Another release may read names otherwise: its words are no words of this one's.
    if (data.format !== FORMAT || data.version !== VERSION || !Array.isArray(data.drafts)) return out;
    for (const [key, time, size, language, words] of data.drafts)
      if (typeof key === 'string' && typeof language === 'string' && Array.isArray(words))
        out.set(key, { time, size, language, words });
  } catch {
    /* absent or damaged: start afresh */
  }
  return out;
}

export function saveCache(file: string, drafts: ReadonlyMap<string, CachedDraft>): void {
  const list: Array<[string, number, number, string, KeptWord[]]> = [];
  for (const [key, d] of drafts) list.push([key, d.time, d.size, d.language, d.words]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole to a temporary file, then renamed: a crash never leaves half a cache.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, version: VERSION, drafts: list }));
  fs.renameSync(tmp, file);
}
