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

/**
 * The drafts of a run against each other: each is added as its worker gives it back (the index
 * grows while the other drafts are still being read), then `finish` tells each what the others write.
 */
export class CrossCheck {
  readonly index = new WorkspaceIndex();
  private readonly drafts: CheckedDraft[] = [];

  add(d: CheckedDraft): void {
    this.drafts.push(d);
    this.index.set({ key: d.key, name: d.name, time: d.time, language: d.names.language, words: keptWords(d.names) });
  }

  finish(): void {
    for (const d of this.drafts) {
      const extra = acrossDraftsFindings(d.names, this.index, d.key, d.options);
      if (!extra.length) continue;
      d.findings.push(...extra);
      d.findings.sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));
    }
  }
}
