// The catalogue of rules: the single list the settings schema, the README table, docs/rules, the
// CLI's SARIF output and the server read (test/unit/catalogue.test.ts fails when any of them
// disagrees). A rule's id is `family/name`; the family is what a user can switch off at once.
// Findings are made only through `finding()` (finding.ts), which takes the severity from here: a user's setting
// may change it later (analyze.ts), a check never does.

/** How loud a finding is; the names are LSP's. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  /** Whether fix-all may apply this rule's safe fixes (typography only, or a style-sheet spelling when the rule flags spellings). */
  readonly fixAll: boolean;
  /** Held back near the caret while the writer types (the mark or the attribution is half-typed). */
  readonly heldBackWhileTyping: boolean;
  /** Flags a spelling of a name, so the name card lists it. */
  readonly flagsSpelling: boolean;
}

function rule(
  id: string,
  severity: Severity,
  summary: string,
  props: { fixAll?: boolean; heldBackWhileTyping?: boolean; flagsSpelling?: boolean } = {},
) {
  return {
    id,
    severity,
    summary,
    fixAll: props.fixAll ?? false,
    heldBackWhileTyping: props.heldBackWhileTyping ?? false,
    flagsSpelling: props.flagsSpelling ?? false,
  } as const;
}

const typing = { heldBackWhileTyping: true } as const;

export const RULES = [
  rule(
    'quotes/unclosed',
    'error',
    'An opening quotation mark is never closed in its paragraph, and the next paragraph does not continue the quotation.',
    typing,
  ),
  rule('quotes/unopened', 'error', 'A closing quotation mark has no opening mark in its paragraph.', typing),
  rule('quotes/mismatched', 'warning', 'A pair of quotation marks from different families or facing the wrong way.', {
    ...typing,
    fixAll: true,
  }),
  rule('quotes/nesting', 'warning', 'A quotation inside a quotation uses the same marks instead of alternating.', {
    ...typing,
    fixAll: true,
  }),
  rule(
    'quotes/style',
    'information',
    'The draft mixes straight and curly marks, or single and double marks for outer quotations.',
    { ...typing, fixAll: true },
  ),
  rule('quotes/apostrophe', 'warning', 'An apostrophe typed as an opening quotation mark (‘90s, rock ‘n’ roll).', {
    ...typing,
    fixAll: true,
  }),
  rule(
    'quotes/closer-as-opener',
    'warning',
    'A closing quotation mark typed as an opening one (…in 20 years. “ at the end of a quotation).',
    {
      ...typing,
      fixAll: true,
    },
  ),
  rule(
    'quotes/misplaced-space',
    'warning',
    'An opening quotation mark on the wrong side of its space (…said Ramirez.“ The case).',
    {
      ...typing,
      fixAll: true,
    },
  ),
  rule(
    'quotes/two-apostrophes',
    'warning',
    "Two apostrophes typed for a double quotation mark (''We will appeal,'').",
    {
      ...typing,
      fixAll: true,
    },
  ),
  rule(
    'quotes/doubled-mark',
    'warning',
    'A quotation mark typed twice where a quotation opens (said, “”We… or said, ““We…).',
    {
      ...typing,
      fixAll: true,
    },
  ),
  rule(
    'quotes/not-reopened',
    'warning',
    'A quotation runs over several paragraphs, but the paragraphs after the first do not reopen it.',
    typing,
  ),
  rule('names/variant', 'warning', 'One person or organisation spelled two ways in the draft.', {
    flagsSpelling: true,
  }),
  rule('names/style-sheet', 'warning', 'A name spelled differently from the workspace style sheet.', {
    fixAll: true,
    flagsSpelling: true,
  }),
  rule('names/across-drafts', 'warning', 'A name spelled otherwise than the other drafts of the workspace spell it.', {
    flagsSpelling: true,
  }),
  rule('names/first-reference', 'information', 'A bare surname used before the person is introduced by full name.'),
  rule('names/title', 'information', 'A person’s honorific written otherwise than at first use (Dr. / Dr, Dr / Mrs).'),
  // Held back at the caret: a speaker or verb being typed after a closing mark is not yet missing.
  rule('attribution/missing', 'warning', 'A direct quotation with no speaker.', typing),
  rule('attribution/no-verb', 'warning', 'An attribution that names a speaker but has no speech verb.', typing),
  rule(
    'attribution/unresolved',
    'warning',
    'A pronoun, surname or descriptor as speaker that points to no one, or to two people.',
    typing,
  ),
  rule(
    'attribution/double-verb',
    'warning',
    'One attribution with two speech verbs, left over from an edit ("said Smith said", "Smith told reporters said").',
  ),
  rule('attribution/late', 'information', 'More than two quoted sentences before the speaker is named.'),
  rule('attribution/vague', 'information', 'A vague source: "sources said", "it is reported", "many experts believe".'),
  // Its fix changes a word: a quick fix the writer chooses, never fix-all's.
  rule('attribution/tense', 'information', 'Attribution verbs mix tenses (said and says) in one draft.'),
  rule(
    'attribution/loaded-verb',
    'hint',
    'A loaded attribution verb (claimed, admitted, conceded, smiled) where "said" is neutral.',
  ),
] as const satisfies readonly Rule[];

/** Every rule id: a typo in a check is a compile error, not a finding no setting reaches. */
export type RuleId = (typeof RULES)[number]['id'];

export type Family = RuleId extends `${infer F}/${string}` ? F : never;

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
