// What one analysis of a draft leaves for the next analysis of the same draft. An editor analyses
// the draft again after every keystroke, and a keystroke changes one paragraph: whatever a check
// computes from one paragraph's text alone is kept here, keyed by that text, and found again
// instead of computed again. A key holds everything the value was computed from, so a value found
// is the value that would have been computed: the cache changes how fast, never what.

/**
 * A map that keeps only what the last analysis used: `turn()` at the start of an analysis drops
 * what the one before did not ask for, so a draft's cache stays the size of the draft.
 */
export class Memo<V> {
  private older = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string): V | undefined {
    let v = this.current.get(key);
    if (v === undefined) {
      v = this.older.get(key);
      if (v !== undefined) this.current.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  turn(): void {
    this.older = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.current.size;
  }
}

/**
 * The cache of one draft. Each check owns its part (`slots`, by the check's name) and decides what
 * to keep; `analyze` turns every memo once per analysis and drops the whole cache when the options
 * change (a style sheet or a setting can change any result).
 */
export class AnalysisCache {
  /** The Document of the last analysis: its unchanged paragraphs lend their sentences. */
  document?: import('./types').Document;
  private options = '';
  private readonly memos: Memo<unknown>[] = [];
  private readonly slots = new Map<string, unknown>();

  /** The part of the cache named `name`, made by `make` the first time it is asked for. */
  slot<T>(name: string, make: () => T): T {
    let s = this.slots.get(name) as T | undefined;
    if (s === undefined) this.slots.set(name, (s = make()));
    return s;
  }

  /** A memo that is turned with every analysis. */
  memo<V>(name: string): Memo<V> {
    return this.slot(name, () => {
      const m = new Memo<V>();
      this.memos.push(m as Memo<unknown>);
      return m;
    });
  }

  /** Called by `analyze` before it reads anything from the cache. */
  begin(optionsKey: string): void {
    if (optionsKey !== this.options) {
      this.options = optionsKey;
      this.document = undefined;
      this.slots.clear();
      this.memos.length = 0;
    }
    for (const m of this.memos) m.turn();
  }
}
