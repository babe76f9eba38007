// The background indexer: walks the workspace's drafts a slice at a time (a few milliseconds,
// then the event loop answers the editor), reads each draft's name words into the workspace
// index, keeps them current from file events and open documents, and keeps a cache on disk.
// An open draft's own diagnostics never wait for it: they are published from the index as it is.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalysisOptions } from '../analysis';
import { draftNames, keptWords, WorkspaceIndex, type DraftNames } from '../analysis/workspace';
import { drafts as discover, isDraft, type Discovery } from './discover';
import { cacheFile, loadCache, saveCache, type CachedDraft } from './cache';

/** How long one slice of indexing may hold the event loop. */
const SLICE_MS = 8;
/**
 * A draft larger than this is not read for the index: a log or an export, not a release, and one
 * analysis of it would hold the event loop longer than a slice should (~40,000 words, ~0.1 s).
 */
const MAX_DRAFT_BYTES = 256 * 1024;
const SAVE_AFTER_MS = 5000;

export interface IndexerHost {
  /** The analysis options a draft on disk is read with (format, style sheet, ignore file). */
  optionsFor(file: string): AnalysisOptions;
  /** The index changed: drafts open in the editor are checked again. */
  changed(): void;
  log(line: string): void;
  /** The size cap was hit: said once, in words a user acts on. */
  capped(message: string): void;
  progress(done: number, total: number | undefined, finished: boolean): void;
}

export interface IndexerSettings extends Discovery {
  maxDrafts: number;
  /** Where the cache file goes; none: no cache. */
  storage?: string;
}

export class Indexer {
  readonly index = new WorkspaceIndex();
  /** Drafts open in the editor: their live text wins over the file. */
  private readonly open = new Set<string>();
  private cache = new Map<string, CachedDraft>();
  private cachePath: string | undefined;
  private walk: Generator<string> | undefined;
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private timer: NodeJS.Immediate | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private building = false;
  private done = 0;
  private capHit = false;
  private settings: IndexerSettings | undefined;
  private dirty = false;
  private lastVersion = -1;

  constructor(private readonly host: IndexerHost) {}

  /** (Re)starts from the settings: the whole workspace is walked, the cache saving most reads. */
  start(settings: IndexerSettings): void {
    this.stop();
    this.settings = settings;
    this.cachePath = settings.storage ? cacheFile(settings.storage, settings.roots) : undefined;
    this.cache = this.cachePath ? loadCache(this.cachePath) : new Map();
    for (const key of [...this.index.keys()]) if (!this.open.has(key)) this.index.delete(key);
    this.walk = discover(settings);
    this.building = true;
    this.done = 0;
    this.capHit = false;
    this.host.progress(0, undefined, false);
    this.pump();
  }

  stop(): void {
    if (this.timer) clearImmediate(this.timer);
    this.timer = undefined;
    this.walk = undefined;
    this.queue.length = 0;
    this.queued.clear();
    if (this.building) this.host.progress(this.done, this.done, true);
    this.building = false;
  }

  dispose(): void {
    this.stop();
    clearTimeout(this.saveTimer);
    this.save();
  }

  /** File events (created, changed, deleted; a rename is a deletion and a creation). */
  fileEvents(events: ReadonlyArray<{ file: string; deleted: boolean }>): void {
    if (!this.settings) return;
    for (const e of events) {
      if (e.deleted) {
        this.cache.delete(e.file);
        if (!this.open.has(e.file) && this.index.delete(e.file)) this.touch();
      } else if (isDraft(e.file, this.settings)) this.enqueue(e.file);
    }
  }

  /** An open draft's name words, from its live analysis. */
  openDraft(file: string, names: DraftNames): void {
    this.open.add(file);
    this.index.set({
      key: file,
      name: path.basename(file),
      time: Date.now(),
      language: names.language,
      words: keptWords(names),
    });
    this.noteChange();
  }

  /** Closed: the file on disk speaks for it again (or nothing, if it was never saved). */
  closeDraft(file: string): void {
    if (!this.open.delete(file)) return;
    this.index.delete(file);
    this.noteChange();
    if (this.settings && fs.existsSync(file) && isDraft(file, this.settings)) this.enqueue(file);
  }

  private enqueue(file: string): void {
    if (this.open.has(file) || this.queued.has(file)) return;
    this.queued.add(file);
    this.queue.push(file);
    this.pump();
  }

  private pump(): void {
    if (this.timer) return;
    this.timer = setImmediate(() => {
      this.timer = undefined;
      this.slice();
    });
  }

  private slice(): void {
    const end = performance.now() + SLICE_MS;
    const max = this.settings?.maxDrafts ?? Infinity;
    while (performance.now() < end) {
      let file = this.queue.shift();
      if (file !== undefined) this.queued.delete(file);
      else if (this.walk) {
        const next = this.walk.next();
        if (next.done) {
          this.walk = undefined;
          continue;
        }
        file = next.value;
      } else break;
      if (this.open.has(file)) continue;
      if (!this.index.draft(file) && this.index.size >= max) {
        if (!this.capHit) {
          this.capHit = true;
          this.host.capped(
            `Copydesk compares names across the first ${max.toLocaleString('en')} drafts of this workspace (copydesk.workspace.maxDrafts); ` +
              'the other drafts are not indexed. Narrow it with copydesk.workspace.include or copydesk.workspace.exclude, or raise the cap.',
          );
        }
        this.walk = undefined;
        continue;
      }
      this.read(file);
      this.done++;
    }
    if (this.walk || this.queue.length) {
      if (this.building) this.host.progress(this.done, undefined, false);
      this.pump();
      return;
    }
    if (this.building) {
      this.building = false;
      this.host.progress(this.done, this.done, true);
      this.host.log(`workspace index: ${this.index.size} drafts`);
      this.scheduleSave(0);
    }
    this.noteChange();
  }

  private read(file: string): void {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      if (this.index.delete(file)) this.dirty = true;
      this.cache.delete(file);
      return;
    }
    const cached = this.cache.get(file);
    let entry = cached && cached.time === st.mtimeMs && cached.size === st.size ? cached : undefined;
    if (!entry) {
      const names = st.size > MAX_DRAFT_BYTES ? undefined : this.namesOf(file);
      entry = {
        time: st.mtimeMs,
        size: st.size,
        language: names?.language ?? '',
        words: names ? keptWords(names) : [],
      };
      this.cache.set(file, entry);
      this.scheduleSave(SAVE_AFTER_MS);
    }
    const before = this.index.version;
    this.index.set({
      key: file,
      name: path.basename(file),
      time: st.mtimeMs,
      language: entry.language,
      words: entry.words,
    });
    if (this.index.version !== before) this.dirty = true;
  }

  private namesOf(file: string): DraftNames | undefined {
    try {
      const text = decode(fs.readFileSync(file));
      if (text === undefined) return undefined;
      const options = this.host.optionsFor(file);
      return draftNames(analyze(text, options), options);
    } catch (e) {
      this.host.log(`workspace index: ${file}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  /** Tells the host once the index settles after changes (not once per draft while building). */
  private noteChange(): void {
    if (this.building) return;
    if (this.dirty || this.index.version !== this.lastVersion) {
      this.dirty = false;
      this.lastVersion = this.index.version;
      this.host.changed();
    }
  }

  private touch(): void {
    this.dirty = true;
    this.scheduleSave(SAVE_AFTER_MS);
    this.noteChange();
  }

  private scheduleSave(ms: number): void {
    if (!this.cachePath) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), ms);
    this.saveTimer.unref();
  }

  private save(): void {
    if (!this.cachePath) return;
    try {
      saveCache(this.cachePath, this.cache);
    } catch (e) {
      this.host.log(`workspace index: cache not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** UTF-8 (BOM dropped) or UTF-16 with a BOM; undefined for what is not text. */
function decode(bytes: Buffer): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
