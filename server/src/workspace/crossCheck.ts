// The CLI's side of the desk's memory: the drafts it was given, checked against each other.
// Every draft's name words go into one index, then each draft is told what the others write.

import { acrossDraftsFindings, keptWords, WorkspaceIndex, type DraftNames } from '../analysis/workspace';
import type { AnalysisOptions, Finding } from '../analysis';

export interface CheckedDraft {
  /** How the output names it (the path as given). */
  key: string;
  /** Its file name, for messages. */
  name: string;
  /** Modified time, ms. */
  time: number;
  names: DraftNames;
  options: AnalysisOptions;
  /** Its own findings: the other drafts' are added, in offset order. */
  findings: Finding[];
}

export function checkAcross(drafts: readonly CheckedDraft[]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const d of drafts) index.set({ key: d.key, name: d.name, time: d.time, words: keptWords(d.names) });
  for (const d of drafts) {
    const extra = acrossDraftsFindings(d.names, index, d.key, d.options);
    if (!extra.length) continue;
    d.findings.push(...extra);
    d.findings.sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));
  }
  return index;
}
