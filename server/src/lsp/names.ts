// Rename (F2), Find All References and document highlight for names: every mention of the
// entity under the cursor, variant spellings included.

import type { DocumentHighlight, Location, Range, WorkspaceEdit } from 'vscode-languageserver/node';
import { mentionAt, mentionsOfEntity, renameEdits, type Analysis } from '../analysis';
import type { Draft } from './documents';
import { rangeOf, versionedEdit } from './convert';

export function prepareRename(
  draft: Draft,
  analysis: Analysis,
  offset: number,
): { range: Range; placeholder: string } | null {
  const m = mentionAt(analysis, offset);
  return m ? { range: rangeOf(draft.doc, m.start, m.end - m.start), placeholder: m.text } : null;
}

export function rename(draft: Draft, analysis: Analysis, offset: number, newName: string): WorkspaceEdit | null {
  const edits = renameEdits(analysis, offset, newName);
  return edits ? versionedEdit(draft.doc, edits) : null;
}

export function references(draft: Draft, analysis: Analysis, offset: number): Location[] {
  const m = mentionAt(analysis, offset);
  if (!m) return [];
  return mentionsOfEntity(analysis, m).map((x) => ({
    uri: draft.doc.uri,
    range: rangeOf(draft.doc, x.start, x.end - x.start),
  }));
}

export function highlights(draft: Draft, analysis: Analysis, offset: number): DocumentHighlight[] {
  const m = mentionAt(analysis, offset);
  if (!m) return [];
  return mentionsOfEntity(analysis, m).map((x) => ({ range: rangeOf(draft.doc, x.start, x.end - x.start), kind: 1 }));
}
