// Rename (F2), Find All References and document highlight for names: every mention of the
// entity under the cursor, variant spellings included.

import type { DocumentHighlight, Location, Range, WorkspaceEdit } from 'vscode-languageserver/node';
import type { Analysis, Mention } from '../analysis';
import type { Draft } from './documents';
import { rangeOf, versionedEdit } from './convert';

export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  return analysis.mentions.find((m) => m.start <= offset && offset <= m.end && m.entity >= 0);
}

function mentionsOf(analysis: Analysis, m: Mention): Mention[] {
  return analysis.entities[m.entity].mentions.map((i) => analysis.mentions[i]);
}

export function prepareRename(draft: Draft, analysis: Analysis, offset: number): { range: Range; placeholder: string } | null {
  const m = mentionAt(analysis, offset);
  return m ? { range: rangeOf(draft.doc, m.start, m.end - m.start), placeholder: m.text } : null;
}

/**
 * Renames every mention written like the one under the cursor, and every variant spelling of it.
 * A full name renamed to a full name also renames the bare surname mentions when the surname
 * changes ("Maulen Ashimbayev" → "Maulen Ashimbaev" turns "Ashimbayev" into "Ashimbaev").
 */
export function rename(draft: Draft, analysis: Analysis, offset: number, newName: string): WorkspaceEdit | null {
  const m = mentionAt(analysis, offset);
  if (!m || !newName.trim()) return null;
  const target = m.text.split(/\s+/);
  const replacement = newName.trim().split(/\s+/);
  const edits = [];
  for (const other of mentionsOf(analysis, m)) {
    const words = other.text.split(/\s+/);
    let text: string;
    if (words.length === target.length) text = newName.trim();
    else if (words.length === 1) text = replacement[replacement.length - 1];
    else if (words.length < target.length) text = replacement.slice(-words.length).join(' ');
    else text = [...words.slice(0, words.length - target.length), ...replacement].join(' ');
    if (text !== other.text) edits.push({ offset: other.start, length: other.end - other.start, newText: text });
  }
  return versionedEdit(draft.doc, edits);
}

export function references(draft: Draft, analysis: Analysis, offset: number): Location[] {
  const m = mentionAt(analysis, offset);
  if (!m) return [];
  return mentionsOf(analysis, m).map((x) => ({ uri: draft.doc.uri, range: rangeOf(draft.doc, x.start, x.end - x.start) }));
}

export function highlights(draft: Draft, analysis: Analysis, offset: number): DocumentHighlight[] {
  const m = mentionAt(analysis, offset);
  if (!m) return [];
  return mentionsOf(analysis, m).map((x) => ({ range: rangeOf(draft.doc, x.start, x.end - x.start), kind: 1 }));
}
