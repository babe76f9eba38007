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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

function lettersAndDigits(s: string): string {
  return (s.match(LETTER_OR_DIGIT) ?? []).join('');
}

/**
 * Whether an edit changes only typography: marks, apostrophes, spaces. Its letters and digits,
 * before and after, are the same in the same order. Wording ("says" → "said") is never fix-all's
 * to change, whatever a check says of its fix.
 */
export function typographyOnly(text: string, e: TextEdit): boolean {
  return lettersAndDigits(text.slice(e.offset, e.offset + e.length)) === lettersAndDigits(e.newText);
}

/** Fix-all's edits, and whether it left a safe fix out because it touched another's characters. */
export interface FixAllPlan {
  edits: TextEdit[];
  deferred: boolean;
}

/**
 * The edits of fix-all: every safe fix of a rule that allows it, that changes typography only
 * (or a name's spelling, for a rule that flags spellings: the style sheet's), skipping any that
 * would touch characters another chosen fix already touches (`deferred`: a next round takes it).
 */
export function fixAllPlan(analysis: Analysis): FixAllPlan {
  const text = analysis.document.text;
  const chosen: TextEdit[] = [];
  let deferred = false;
  for (const f of analysis.findings) {
    const rule = ruleById(f.rule);
    if (!rule?.fixAll) continue;
    const fix = f.fixes.find(
      (x) =>
        x.safe &&
        x.edits.length > 0 &&
        !x.command &&
        (rule.flagsSpelling || x.edits.every((e) => typographyOnly(text, e))),
    );
    if (!fix) continue;
    if (editsOverlap(fix.edits, chosen)) {
      deferred = true;
      continue;
    }
    chosen.push(...fix.edits);
  }
  return { edits: chosen.sort((a, b) => a.offset - b.offset), deferred };
}

/** The edits of one round of fix-all (see `fixAllPlan`). */
export function fixAllEdits(analysis: Analysis): TextEdit[] {
  return fixAllPlan(analysis).edits;
}

/**
 * Fix-all to the end: rounds of `fixAllPlan` while one deferred a fix (at most `rounds`), composed
 * into edits of the original text, so one Fix All leaves nothing for a second. A later round's
 * edit that falls inside text an earlier round wrote is left for the next Fix All.
 */
export function settledFixAllEdits(first: Analysis, analyzeAgain: (text: string) => Analysis, rounds = 4): TextEdit[] {
  let plan = fixAllPlan(first);
  const all: TextEdit[] = plan.edits.map((e) => ({ ...e }));
  // Each round's edits, in the coordinates of the text that round read.
  const history: TextEdit[][] = [plan.edits];
  let text = first.document.text;
  for (let round = 1; round < rounds && plan.deferred && plan.edits.length; round++) {
    text = applyEdits(text, plan.edits);
    plan = fixAllPlan(analyzeAgain(text));
    const back: TextEdit[] = [];
    for (const e of plan.edits) {
      const o = originalEdit(e, history);
      if (o && !editsOverlap([o], all) && !editsOverlap([o], back)) back.push(o);
    }
    history.push(plan.edits);
    all.push(...back);
  }
  return all.sort((a, b) => a.offset - b.offset || a.length - b.length);
}

/** `e`, made in the text after the rounds of `history`, as an edit of the text before them; undefined when it touches text a round wrote. */
function originalEdit(e: TextEdit, history: readonly TextEdit[][]): TextEdit | undefined {
  let start = e.offset;
  let end = e.offset + e.length;
  for (let k = history.length - 1; k >= 0; k--) {
    let shift = 0;
    for (const h of history[k]) {
      const newStart = h.offset + shift;
      const newEnd = newStart + h.newText.length;
      if (newEnd <= start) {
        shift += h.newText.length - h.length;
        continue;
      }
      if (newStart >= end) break;
      return undefined;
    }
    start -= shift;
    end -= shift;
  }
  return { offset: start, length: end - start, newText: e.newText };
}
