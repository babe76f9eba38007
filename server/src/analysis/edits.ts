// Applying a fix's edits to text. Used by the CLI's --fix, fix-all and the tests; the editor
// applies LSP edits itself.

import type { Analysis, TextEdit } from './types';
import { ruleById } from './rules';

/** Applies non-overlapping edits; overlapping ones after the first are dropped, never merged. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.offset < pos || e.offset + e.length > text.length) continue;
    out += text.slice(pos, e.offset) + e.newText;
    pos = e.offset + e.length;
  }
  return out + text.slice(pos);
}

/** True when no two edits touch the same characters. */
export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  for (const x of a)
    for (const y of b) {
      if (x.offset < y.offset + y.length && y.offset < x.offset + x.length) return true;
      if (x.length === 0 && y.length === 0 && x.offset === y.offset) return true;
    }
  return false;
}


/**
 * The edits of fix-all: every safe fix of a rule that allows it, skipping any that would touch
 * characters another chosen fix already touches (fix-all then runs again on the result, so a
 * skipped fix is not lost, only deferred).
 */
export function fixAllEdits(analysis: Analysis): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const f of analysis.findings) {
    if (!ruleById(f.rule)?.fixAll) continue;
    const fix = f.fixes.find((x) => x.safe && x.edits.length > 0 && !x.command);
    if (!fix || editsOverlap(fix.edits, chosen)) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.offset - b.offset);
}
