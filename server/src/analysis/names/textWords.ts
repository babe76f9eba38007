// The draft's word sets, filled straight from the text: a word already in is found by its hash and
// compared in place, so only the draft's distinct words are ever cut out of it.

import { ownCopy } from '../strings';

/**
 * A set of words (or any stretches) of the text, added straight from it. Words of news copy
 * repeat: one already in is recognised by its hash and compared in place, so only the draft's
 * distinct words are ever cut out of it (a slice per word was a large share of the name finder's
 * allocations), and each is one string however often it is written.
 */
export class TextWords {
  /** For `has` from scratch, where it is asked for every capitalised word; a kept one (`owned`) is only added to, and looks a word up by its hash. */
  private readonly set: Set<string> | undefined;
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing: index + 1 into `words`, 0 for an empty slot. */
  private slots = new Int32Array(1024);
  /** The index of the word the last addRange added or found (a paragraph lists each word once by it). */
  last = -1;

  /** `owned`: words are copied out of the text (for sets kept across versions of a draft). */
  constructor(private readonly owned = false) {
    this.set = owned ? undefined : new Set();
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.set ? this.set.has(word) : this.hasRange(word, 0, word.length);
  }

  hasRange(text: string, start: number, end: number): boolean {
    return this.slots[this.probe(text, start, end, hashOf(text, start, end))] !== 0;
  }

  /** Adds the word at text[start, end) and returns it (the one string kept for it). */
  addRange(text: string, start: number, end: number, h = hashOf(text, start, end)): string {
    const at = this.probe(text, start, end, h);
    if (this.slots[at] !== 0) return this.words[(this.last = this.slots[at] - 1)];
    const word = this.owned ? ownCopy(text.slice(start, end)) : text.slice(start, end);
    this.last = this.words.length;
    this.words.push(word);
    this.hashes.push(h);
    this.set?.add(word);
    this.slots[at] = this.words.length;
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      const mask = this.slots.length - 1;
      for (let i = 0; i < this.hashes.length; i++) {
        const g = this.hashes[i];
        let a = (g ^ (g >>> 15)) & mask;
        while (this.slots[a] !== 0) a = (a + 1) & mask;
        this.slots[a] = i + 1;
      }
    }
    return word;
  }

  /** The slot holding the word at text[start, end), or the empty slot where it would go. */
  private probe(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    let at = (h ^ (h >>> 15)) & mask;
    for (let slot = this.slots[at]; slot !== 0; slot = this.slots[at]) {
      if (
        this.hashes[slot - 1] === h &&
        this.words[slot - 1].length === len &&
        sameAt(text, start, this.words[slot - 1])
      )
        return at;
      at = (at + 1) & mask;
    }
    return at;
  }
}

/** text.startsWith(w, start), compared here: the builtin call costs more than these few letters. */
function sameAt(text: string, start: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(start + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** FNV-1a over the UTF-16 units; tokenize computes the same hash as it reads a word. */
export const HASH_SEED = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;
export function hashOf(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), HASH_PRIME);
  return h;
}
