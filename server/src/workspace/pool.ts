// Worker threads for the CLI's `--jobs N`: the same bundle runs in each worker (its entry point
// checks `isWorker` first), takes drafts in small batches, and posts back what it made of them.
// Batches rather than an even split: one long file must not leave the other workers idle.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const BATCH = 8;

/** Whether this thread is one of the pool's workers (started by runPool with `tag`). */
export function isWorker(tag: string): boolean {
  return (
    !isMainThread &&
    !!workerData &&
    typeof workerData === 'object' &&
    (workerData as Record<string, unknown>)[tag] !== undefined
  );
}

/** What runPool gave this worker under `tag`. */
export function workerSetup<S>(tag: string): S {
  return (workerData as Record<string, S>)[tag];
}

/** The worker's side: answers each batch of items with their results, in order. */
export function serveWorker<T, R>(handle: (item: T) => R): void {
  parentPort!.on('message', (batch: T[]) => {
    parentPort!.postMessage(batch.map(handle));
  });
}

/**
 * Runs `items` through `jobs` workers of `script`, each started with `{ [tag]: setup }`; calls
 * `done` with each item's index and result as batches come back. Resolves when all are done.
 */
export function runPool<T, R>(
  script: string,
  tag: string,
  setup: unknown,
  items: readonly T[],
  jobs: number,
  done: (index: number, result: R) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    let failed = false;
    const workers: Worker[] = [];
    const give = (w: Worker, pending: number[]) => {
      if (next >= items.length) {
        void w.terminate();
        return;
      }
      const size = Math.max(1, Math.min(BATCH, Math.ceil((items.length - next) / (jobs * 2))));
      const ids: number[] = [];
      for (let k = 0; k < size && next < items.length; k++) ids.push(next++);
      pending.splice(0, pending.length, ...ids);
      w.postMessage(ids.map((i) => items[i]));
    };
    for (let j = 0; j < Math.min(jobs, items.length); j++) {
      const w = new Worker(script, { workerData: { [tag]: setup } });
      workers.push(w);
      const pending: number[] = [];
      w.on('message', (results: R[]) => {
        results.forEach((r, k) => done(pending[k], r));
        finished += results.length;
        if (finished === items.length) {
          for (const x of workers) void x.terminate();
          resolve();
        } else give(w, pending);
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        for (const x of workers) void x.terminate();
        reject(e);
      });
      give(w, pending);
    }
    if (!items.length) resolve();
  });
}
