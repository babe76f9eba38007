// Property tests of the fixes: one keystroke must settle a squiggle. A quick fix applied once
// removes its finding (so applying "it" again has nothing to do), and fix-all reaches a text
// where it has nothing left to fix, where applying it again changes nothing.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertProperty } from './property';
import { analyze, fixAllEdits, type Analysis } from '../../server/src/analysis';
import { draft, format, PARAMS, quoteSoup } from './arbitraries';
import { applyStrict, checkAnalysis, sameFindingAfter } from './invariants';

// Fix-all defers a fix that overlaps one it already chose; a few rounds settle any draft (the CLI
// allows five). Ten without settling means two fixes undo each other.
const MAX_ROUNDS = 10;
const MAX_FIXES_PER_TEXT = 25;

const input = fc.oneof({ weight: 3, arbitrary: draft }, { weight: 1, arbitrary: quoteSoup });

test('every quick fix removes the finding it was offered for (pressing it twice does nothing more)', () => {
  assertProperty(
    fc.property(input, format, (text, fmt) => {
      const options = { format: fmt };
      const a = analyze(text, options);
      let tried = 0;
      for (const f of a.findings) {
        for (const fix of f.fixes) {
          // A snippet is a template the user completes ("${1:speaker} said"); its bare edit is a
          // placeholder, not the fix.
          if (!fix.edits.length || fix.snippet || tried >= MAX_FIXES_PER_TEXT) continue;
          tried++;
          const what = `${f.rule}@${f.offset} "${fix.title}"`;
          const fixed = applyStrict(text, fix.edits, what);
          const after = analyze(fixed, options);
          checkAnalysis(fixed, after);
          const again = sameFindingAfter(after, f, fix, fix.edits);
          assert.equal(again, undefined, `${what} is offered again after being applied: ${JSON.stringify(fixed)}`);
        }
      }
    }),
    PARAMS,
  );
});

test('fix-all settles: each round removes what it chose, and at the end applying it again changes nothing', () => {
  assertProperty(
    fc.property(input, format, (start, fmt) => {
      const options = { format: fmt };
      let text = start;
      let a: Analysis = analyze(text, options);
      for (let round = 0; ; round++) {
        const edits = fixAllEdits(a);
        if (!edits.length) break;
        assert.ok(
          round < MAX_ROUNDS,
          `fix-all still has ${edits.length} edits after ${MAX_ROUNDS} rounds: ${JSON.stringify(text)}`,
        );
        const next = applyStrict(text, edits, `fix-all round ${round}`);
        const after = analyze(next, options);
        checkAnalysis(next, after);
        // The findings whose fixes this round applied are gone from the result.
        for (const f of a.findings) {
          const fix = f.fixes.find((x) => x.safe && x.edits.length && x.edits.every((e) => edits.includes(e)));
          if (!fix) continue;
          const again = sameFindingAfter(after, f, fix, edits);
          assert.equal(
            again,
            undefined,
            `fix-all applied "${fix.title}" for ${f.rule}@${f.offset} but it is still there: ${JSON.stringify(next)}`,
          );
        }
        text = next;
        a = after;
      }
      // Settled: fix-all of the settled text is the empty edit, so applying it twice equals once.
      assert.equal(applyStrict(text, fixAllEdits(analyze(text, options)), 'fix-all at rest'), text);
    }),
    PARAMS,
  );
});
