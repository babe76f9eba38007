// When the server collects its garbage itself. V8 lets the old generation grow to several times
// what is live before it collects, because it tunes for throughput, not for an editor that keeps a
// process open for hours: a 500,000-word draft (75-100 MB live) grew the server to 545 MB over 60
// keystrokes. Every analysis of a long draft leaves the last one's result behind as garbage. So
// after each publish the server looks at the heap: when the writer pauses, whatever the typing
// left is collected; while they type, only a heap that has grown past a ceiling is.

import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/**
 * While the writer types, the heap may grow to this before the server steps in: below it V8's own
 * (mostly concurrent) collector is left alone, since a forced collection is a pause (measured: 15 ms at
 * 100,000 words, 30-35 ms at 500,000) that the next keystroke may wait for.
 */
export const CEILING = 192 * 1024 * 1024;
/** ...and to this many times what the last collection left alive. */
export const GROWTH = 2;
/** After a pause in typing this long, what the typing left behind is collected... */
export const PAUSE_MS = 700;
/** ...when it is at least this much: below it a collection frees too little to be worth it. */
export const SLACK = 24 * 1024 * 1024;

export interface Heap {
  /** Bytes in use. */
  used(): number;
  /** A full collection. */
  collect(): void;
}

/** The process's own heap; undefined where V8 will not hand out its `gc`. */
export function processHeap(): Heap | undefined {
  let gc: unknown;
  try {
    // Node documents this use of setFlagsFromString: a context made after it has `gc`.
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc');
  } catch {
    return undefined;
  }
  if (typeof gc !== 'function') return undefined;
  return { used: () => v8.getHeapStatistics().used_heap_size, collect: gc as () => void };
}

export class HeapKeeper {
  /** The heap in use right after the last collection: what the open drafts need (0: none yet). */
  private live = 0;
  private now?: NodeJS.Immediate;
  private later?: NodeJS.Timeout;

  constructor(
    private readonly heap: Heap | undefined,
    private readonly log?: (line: string) => void,
    private readonly pauseMs = PAUSE_MS,
  ) {}

  /** Called after an analysis was published; another call before the pause is over restarts it. */
  afterAnalysis(): void {
    if (!this.heap) return;
    clearTimeout(this.later);
    this.later = undefined;
    if (this.now) return;
    const used = this.heap.used();
    if (used - this.live < SLACK) return;
    // setImmediate: after the publish has been written, so the writer sees the squiggles first.
    if (used > CEILING && used > this.live * GROWTH) this.now = setImmediate(() => this.collect());
    else (this.later = setTimeout(() => this.collect(), this.pauseMs)).unref?.();
  }

  private collect(): void {
    this.now = this.later = undefined;
    const heap = this.heap!;
    const before = heap.used();
    const t0 = performance.now();
    heap.collect();
    this.live = heap.used();
    this.log?.(`heap ${mb(before)} -> ${mb(this.live)} MB, collected in ${(performance.now() - t0).toFixed(0)} ms`);
  }
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
