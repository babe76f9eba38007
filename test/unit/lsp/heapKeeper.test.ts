import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CEILING, GROWTH, HeapKeeper, processHeap, SLACK, type Heap } from '../../../server/src/lsp/memory';

const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A heap whose size the test sets; a collection brings it back to `live`. */
function fakeHeap(live: number) {
  const heap = { size: live, live, collections: 0 };
  const h: Heap = {
    used: () => heap.size,
    collect: () => {
      heap.collections++;
      heap.size = heap.live;
    },
  };
  return { heap, h };
}

test('the garbage a burst of typing leaves is collected once the writer pauses, not during the burst', async () => {
  const { heap, h } = fakeHeap(40 * MB);
  const keeper = new HeapKeeper(h, undefined, 30);
  keeper.afterAnalysis(); // the first analysis: learns nothing yet, the heap is all "new"
  await sleep(60);
  assert.equal(heap.collections, 1);
  for (let i = 0; i < 5; i++) {
    heap.size += 10 * MB; // each keystroke leaves the last analysis behind
    keeper.afterAnalysis(); // each publish restarts the wait for a pause
  }
  assert.equal(heap.collections, 1, 'no forced pause while the heap stays under the ceiling');
  await sleep(60);
  assert.equal(heap.collections, 2, 'collected after the pause');
  assert.equal(heap.size, 40 * MB);
});

test('a little garbage is left to V8', async () => {
  const { heap, h } = fakeHeap(40 * MB);
  const keeper = new HeapKeeper(h, undefined, 10);
  keeper.afterAnalysis();
  await sleep(30);
  const after = heap.collections;
  heap.size += SLACK / 2;
  keeper.afterAnalysis();
  await sleep(30);
  assert.equal(heap.collections, after);
});

test('a heap grown past the ceiling while the writer types is collected at once, after the publish', async () => {
  const live = 150 * MB;
  const { heap, h } = fakeHeap(live);
  const lines: string[] = [];
  const keeper = new HeapKeeper(h, (l) => lines.push(l), 60_000);
  heap.size = Math.max(CEILING, live * GROWTH) + MB;
  keeper.afterAnalysis();
  assert.equal(heap.collections, 0, 'not inside the publish itself');
  await new Promise((r) => setImmediate(r));
  assert.equal(heap.collections, 1);
  assert.match(lines[0], /heap \d+ -> 150 MB/);
});

test('without a heap to manage the keeper does nothing and never throws', () => {
  const keeper = new HeapKeeper(undefined);
  keeper.afterAnalysis();
});

test('this Node hands out its collector: garbage goes when the server collects', () => {
  const heap = processHeap();
  assert.ok(heap, 'v8.setFlagsFromString("--expose-gc") no longer gives a gc function');
  heap.collect();
  const base = heap.used();
  let junk: object[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `x${i}` }));
  assert.ok(heap.used() > base + 4 * MB && junk.length);
  // Dropping the only reference is the point: the collection below must free it.
  // eslint-disable-next-line no-useless-assignment
  junk = undefined;
  heap.collect();
  assert.ok(heap.used() < base + 2 * MB, `${heap.used() - base} bytes left`);
});
