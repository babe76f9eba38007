// What must hold of every Analysis, whatever the input: the contract of types.ts checked
// mechanically. Each check throws with the rule and offsets involved, so a fast-check
// counterexample says which check broke and where.

import * as assert from 'node:assert/strict';
import {
  applyEdits,
  fixAllEdits,
  ruleById,
  type Analysis,
  type Finding,
  type Fix,
  type TextEdit,
} from '../../server/src/analysis';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of one surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function assertSpan(text: string, offset: number, length: number, what: string): void {
  assert.ok(Number.isInteger(offset) && Number.isInteger(length), `${what}: non-integer span ${offset}+${length}`);
  assert.ok(
    offset >= 0 && length >= 0 && offset + length <= text.length,
    `${what}: span ${offset}+${length} outside text of ${text.length}`,
  );
  assert.ok(
    !splitsPair(text, offset) && !splitsPair(text, offset + length),
    `${what}: span ${offset}+${length} splits a surrogate pair`,
  );
}

/** Applies edits, refusing any that overlap or lie outside the text (applyEdits drops those). */
export function applyStrict(text: string, edits: readonly TextEdit[], what: string): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let pos = 0;
  let out = '';
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    assertSpan(text, e.offset, e.length, what);
    assert.ok(e.offset >= pos, `${what}: edit at ${e.offset} overlaps the previous one ending at ${pos}`);
    if (i > 0 && e.length === 0 && sorted[i - 1].offset === e.offset && sorted[i - 1].length === 0) {
      assert.fail(`${what}: two insertions at ${e.offset}, order undefined`);
    }
    out += text.slice(pos, e.offset) + e.newText;
    pos = e.offset + e.length;
  }
  out += text.slice(pos);
  assert.equal(applyEdits(text, edits), out, `${what}: applyEdits disagrees with a strict application`);
  return out;
}

function alnumCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s.match(/[\p{L}\p{N}]/gu) ?? []) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/**
 * A fix may remove letters or digits only where it says so: the words it takes out appear in its
 * title or its finding's message ("Change ‘Nazarbaev’ to ‘Nazarbayev’"). A quote-mark fix that
 * swallowed a letter next to the mark would lose a reporter's text silently.
 */
function assertNoSilentLoss(text: string, f: Finding, fix: Fix): void {
  for (const e of fix.edits) {
    const old = text.slice(e.offset, e.offset + e.length);
    const kept = alnumCounts(e.newText);
    const lost = [...alnumCounts(old)].filter(([ch, n]) => (kept.get(ch) ?? 0) < n).map(([ch]) => ch);
    if (!lost.length) continue;
    const named = `${fix.title}\n${f.message}`;
    for (const word of old.match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (![...word].some((ch) => lost.includes(ch))) continue;
      assert.ok(
        named.includes(word),
        `${f.rule} fix "${fix.title}" removes "${word}" at ${e.offset} without naming it`,
      );
    }
  }
}

export function checkAnalysis(text: string, a: Analysis): void {
  const doc = a.document;
  assert.equal(typeof a.quoteLocale, 'string');
  if (!a.notice) assert.equal(doc.text, text, 'document.text is the input');
  const checked = Math.min(doc.text.length, text.length);
  // A binary file gets no prose at all; everything else gets prose of the text's exact length.
  if (doc.prose.length || !a.notice) assert.equal(doc.prose.length, doc.text.length, 'prose has the length of text');

  let prevEnd = -1;
  for (const [i, p] of doc.paragraphs.entries()) {
    assert.equal(p.index, i);
    assert.ok(
      p.start >= prevEnd && p.end > p.start && p.end <= checked,
      `paragraph ${i} [${p.start},${p.end}) out of order or range`,
    );
    prevEnd = p.end;
    for (let s = p.sentences[0]; s < p.sentences[1]; s++) {
      const sent = doc.sentences[s];
      assert.ok(
        sent.paragraph === i && sent.start >= p.start && sent.end <= p.end && sent.end > sent.start,
        `sentence ${s} outside paragraph ${i}`,
      );
    }
  }

  for (const [i, q] of a.quotations.entries()) {
    assert.ok(
      q.start >= 0 && q.end >= q.start && q.end <= checked,
      `quotation ${i} [${q.start},${q.end}) outside text`,
    );
    for (const m of [q.open, q.close]) assert.ok(m === -1 || (m >= 0 && m < checked), `quotation ${i} mark at ${m}`);
    assert.ok(q.paragraph >= 0 && q.paragraph < doc.paragraphs.length, `quotation ${i} paragraph ${q.paragraph}`);
  }
  for (const [i, m] of a.mentions.entries()) {
    assertSpan(text, m.start, m.end - m.start, `mention ${i}`);
    assert.ok(m.entity >= -1 && m.entity < a.entities.length, `mention ${i} entity ${m.entity}`);
  }
  for (const at of a.attributions)
    assert.ok(at.quotation >= 0 && at.quotation < a.quotations.length, 'attribution names a quotation');

  let prevOffset = -1;
  for (const f of a.findings) {
    const what = `${f.rule}@${f.offset}`;
    assert.ok(ruleById(f.rule), `${what}: unknown rule`);
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${what}: empty message`);
    assert.ok(f.offset >= prevOffset, `${what}: findings not sorted by offset`);
    prevOffset = f.offset;
    assertSpan(text, f.offset, f.length, what);
    assert.ok(f.offset + f.length <= checked, `${what}: past the analysed part`);
    for (const r of f.related) assertSpan(text, r.offset, r.length, `${what} related`);
    for (const fix of f.fixes) {
      applyStrict(text, fix.edits, `${what} fix "${fix.title}"`);
      assertNoSilentLoss(text, f, fix);
    }
  }
  applyStrict(text, fixAllEdits(a), 'fix-all');
}

/** Where `offset` of the old text lands after `edits`; -1 when the edits deleted it. */
export function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const e of edits) {
    if (e.newText === '' && offset >= e.offset && offset < e.offset + e.length) return -1;
    const before = e.length === 0 ? e.offset <= offset : e.offset + e.length <= offset;
    if (before) shift += e.newText.length - e.length;
  }
  return offset + shift;
}

/** The same finding, offering the same fix, at the same place after the edits: a fix that did not take. */
export function sameFindingAfter(
  after: Analysis,
  f: Finding,
  fix: Fix,
  edits: readonly TextEdit[],
): Finding | undefined {
  const at = mapOffset(f.offset, edits);
  // Deleted: whatever now sits at that offset is another character, with findings of its own.
  if (at < 0) return undefined;
  return after.findings.find((g) => g.rule === f.rule && g.offset === at && g.fixes.some((x) => x.title === fix.title));
}
