// The workspace index: for every draft of a workspace (or of the paths the CLI is given), the
// name words it writes, and for every spelling the drafts that write it, with the one-edit buckets
// names/variant compares through. Pure: the server and the CLI read and write drafts, this only
// keeps what they give it. A draft is kept as its name words alone (a few hundred bytes), never
// as its text or its Analysis.

import type { DraftNames, NameWord } from './contribution';
import { bucketKeys } from './matching';

/** A name word as kept for a draft that is not the one being checked. */
export interface KeptWord {
  text: string;
  kind: NameWord['kind'];
  surname: boolean;
  given: string[];
  count: number;
  ordinary: boolean;
  /** The first place it is written: offset, line and character in its draft. */
  offset: number;
  line: number;
  character: number;
}

export interface IndexedDraft {
  /** How the adapter names the draft: a file URI in the editor, a path in the CLI. */
  key: string;
  /** What a message calls it: its file name. */
  name: string;
  /** When it was last written (ms since the epoch): the "latest" of a message. */
  time: number;
  /** Its language: transliterations are compared only within one (Serikbaïev is French for Serikbayev). */
  language: string;
  words: KeptWord[];
}

const NO_GIVEN: string[] = [];

/**
 * A draft's name words as the index keeps them: its places are the draft's own business, and a
 * person's words only as a surname written with a given name (no other draft is compared with a
 * given name or a bare surname: see acrossDrafts.ts), which is most of what a draft names.
 */
export function keptWords(names: DraftNames): KeptWord[] {
  return names.words
    .filter((w) => w.kind === 'organisation' || (w.surname && w.given.length > 0))
    .map((w) => ({
      text: w.text,
      kind: w.kind,
      surname: w.surname,
      given: w.given.length ? w.given : NO_GIVEN,
      count: w.count,
      ordinary: w.ordinary,
      offset: w.places.length ? w.places[0] : -1,
      line: w.line,
      character: w.character,
    }));
}

export class WorkspaceIndex {
  private readonly drafts = new Map<string, IndexedDraft>();
  /** Spelling → the drafts that write it, each with its word there. */
  private readonly writers = new Map<string, Map<string, KeptWord>>();
  /**
   * Bucket key (hashed to a small integer: no key strings kept) → the spellings with that key. A
   * collision only brings a spelling the variant test then turns down.
   */
  private readonly buckets = new Map<number, string | Set<string>>();
  /** Each indexed spelling's hashed bucket keys: asked again for every draft that writes it. */
  private readonly keysOf = new Map<string, number[]>();
  /** Given names' skeletons, one string each however many drafts write them. */
  private readonly givenNames = new Map<string, string>();
  /** Goes up on every change: an adapter compares it to know its findings are stale. */
  version = 0;

  get size(): number {
    return this.drafts.size;
  }

  draft(key: string): IndexedDraft | undefined {
    return this.drafts.get(key);
  }

  keys(): IterableIterator<string> {
    return this.drafts.keys();
  }

  /** Puts a draft in, replacing what it gave before. */
  set(draft: IndexedDraft): void {
    const old = this.drafts.get(draft.key);
    if (old && sameWords(old, draft)) {
      // The same words: the writers keep pointing at the old words, whose places moved.
      this.drafts.set(draft.key, draft);
      for (const w of draft.words) this.writers.get(w.text)?.set(draft.key, w);
      return;
    }
    if (old) this.unlink(old);
    this.drafts.set(draft.key, draft);
    for (const w of draft.words) {
      let m = this.writers.get(w.text);
      if (!m) {
        this.writers.set(w.text, (m = new Map()));
        const keys = hashedKeys(w.text);
        this.keysOf.set(w.text, keys);
        for (const k of keys) {
          const b = this.buckets.get(k);
          if (b === undefined) this.buckets.set(k, w.text);
          else if (typeof b === 'string') this.buckets.set(k, new Set([b, w.text]));
          else b.add(w.text);
        }
      } else {
        // One string per spelling, however many drafts write it (the words are the index's now).
        const any = m.values().next().value;
        if (any) w.text = any.text;
      }
      for (let g = 0; g < w.given.length; g++) {
        const kept = this.givenNames.get(w.given[g]);
        if (kept === undefined) this.givenNames.set(w.given[g], w.given[g]);
        else w.given[g] = kept;
      }
      m.set(draft.key, w);
    }
    this.version++;
  }

  delete(key: string): boolean {
    const old = this.drafts.get(key);
    if (!old) return false;
    this.unlink(old);
    this.drafts.delete(key);
    this.version++;
    return true;
  }

  /** The drafts that write `text`, each with its word there. */
  writersOf(text: string): ReadonlyMap<string, KeptWord> {
    return this.writers.get(text) ?? NONE;
  }

  /**
   * Spellings that share a bucket with `text` (one edit apart or one skeleton), `text` left out;
   * with `oneEdit` false, only those with its skeleton or plain form (a transliteration, accents).
   */
  neighbours(text: string, oneEdit = true): Set<string> {
    const out = new Set<string>();
    const keys = this.keysOf.get(text) ?? hashedKeys(text);
    for (let i = 0, n = oneEdit ? keys.length : Math.min(2, keys.length); i < n; i++) {
      const k = keys[i];
      const b = this.buckets.get(k);
      if (b === undefined) continue;
      if (typeof b === 'string') out.add(b);
      else for (const s of b) out.add(s);
    }
    out.delete(text);
    return out;
  }

  private unlink(old: IndexedDraft): void {
    for (const w of old.words) {
      const m = this.writers.get(w.text);
      if (!m) continue;
      m.delete(old.key);
      if (m.size) continue;
      this.writers.delete(w.text);
      const keys = this.keysOf.get(w.text) ?? hashedKeys(w.text);
      this.keysOf.delete(w.text);
      for (const k of keys) {
        const b = this.buckets.get(k);
        if (b === undefined) continue;
        if (typeof b === 'string') this.buckets.delete(k);
        else {
          b.delete(w.text);
          if (b.size === 1) this.buckets.set(k, b.values().next().value!);
        }
      }
    }
  }
}

const NONE: ReadonlyMap<string, KeptWord> = new Map();

/** FNV-1a of each bucket key: its plain and skeleton keys first, as bucketKeys gives them. */
function hashedKeys(text: string): number[] {
  return bucketKeys(text).map((k) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
    return h | 0;
  });
}

/**
 * A keystroke that changes no name word changes no finding elsewhere: the draft's record is
 * replaced (its places moved) but the version stays, so no other draft is checked again.
 */
function sameWords(a: IndexedDraft, b: IndexedDraft): boolean {
  if (a.words.length !== b.words.length || a.name !== b.name || a.language !== b.language) return false;
  for (let i = 0; i < a.words.length; i++) {
    const x = a.words[i];
    const y = b.words[i];
    if (
      x.text !== y.text ||
      x.kind !== y.kind ||
      x.surname !== y.surname ||
      x.count !== y.count ||
      x.ordinary !== y.ordinary ||
      x.given.join() !== y.given.join()
    )
      return false;
  }
  return true;
}
