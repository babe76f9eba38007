// The catalogue of rules: the single list the settings, the README, the CLI's SARIF output and the
// server all read. A rule's id is `family/name`; the family is what a user can switch off at once.

import type { Severity } from './types';

export interface Rule {
  id: string;
  severity: Severity;
  summary: string;
  /** Whether fix-all may apply this rule's safe fixes. */
  fixAll: boolean;
}

export const RULES: readonly Rule[] = [
  { id: 'quotes/unclosed', severity: 'error', summary: 'An opening quotation mark is never closed in its paragraph, and the next paragraph does not continue the quotation.', fixAll: false },
  { id: 'quotes/unopened', severity: 'error', summary: 'A closing quotation mark has no opening mark in its paragraph.', fixAll: false },
  { id: 'quotes/mismatched', severity: 'warning', summary: 'A pair of quotation marks from different families or facing the wrong way.', fixAll: true },
  { id: 'quotes/nesting', severity: 'warning', summary: 'A quotation inside a quotation uses the same marks instead of alternating.', fixAll: true },
  { id: 'quotes/style', severity: 'information', summary: 'The draft mixes straight and curly marks, or single and double marks for outer quotations.', fixAll: true },
  { id: 'quotes/apostrophe', severity: 'warning', summary: 'An apostrophe typed as an opening quotation mark (‘90s, rock ‘n’ roll).', fixAll: true },
  { id: 'names/variant', severity: 'warning', summary: 'One person or organisation spelled two ways in the draft.', fixAll: false },
  { id: 'names/style-sheet', severity: 'warning', summary: 'A name spelled differently from the workspace style sheet.', fixAll: true },
  { id: 'names/first-reference', severity: 'information', summary: 'A bare surname used before the person is introduced by full name.', fixAll: false },
  { id: 'attribution/missing', severity: 'warning', summary: 'A direct quotation with no speaker.', fixAll: false },
  { id: 'attribution/no-verb', severity: 'warning', summary: 'An attribution that names a speaker but has no speech verb.', fixAll: false },
  { id: 'attribution/unresolved', severity: 'warning', summary: 'A pronoun, surname or descriptor as speaker that points to no one, or to two people.', fixAll: false },
  { id: 'attribution/vague', severity: 'information', summary: 'A vague source: "sources said", "it is reported", "many experts believe".', fixAll: false },
  { id: 'attribution/tense', severity: 'information', summary: 'Attribution verbs mix tenses (said and says) in one draft.', fixAll: true },
  { id: 'attribution/loaded-verb', severity: 'hint', summary: 'A loaded attribution verb (claimed, admitted, conceded, smiled) where "said" is neutral.', fixAll: false },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export const FAMILIES = ['quotes', 'names', 'attribution'] as const;
