// The shapes every part of Copydesk shares. All offsets are UTF-16 code-unit offsets into the
// original text (what JavaScript strings, LSP positions and the CLI's JSON all count in), and
// every span is half-open: [start, end).

import type { RuleId, Severity } from './rules';

export type { RuleId, Severity };

export type Format = 'plaintext' | 'markdown';

/** A replacement of `length` characters at `offset` by `newText`. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/**
 * Stands in a fix command's arguments for the URI of the draft, which the analysis does not know:
 * the LSP adapter puts the real URI in its place.
 */
export const DOCUMENT_URI_ARG = '${documentUri}';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes go into fix-all (`source.fixAll.copydesk`): the result is certain, not a guess. */
  safe: boolean;
  /** The fix an editor offers first (LSP `isPreferred`). */
  preferred?: boolean;
  /** Snippet text (LSP snippet syntax) the editor may use instead of `edits[0].newText`. */
  snippet?: string;
  /**
   * A server command to run instead of (or after) the edits: writing to the style sheet or the
   * ignore file is the adapter's job, the analysis only names what to write.
   */
  command?: { name: string; args: unknown[] };
}

export interface Related {
  offset: number;
  length: number;
  message: string;
  /** The place is in another draft (names/across-drafts): its key there, and its line and character; `offset` is then that draft's. */
  draft?: { key: string; line: number; character: number };
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  related: Related[];
  fixes: Fix[];
}

export interface Span {
  start: number;
  end: number;
}

export type ParagraphKind = 'prose' | 'heading' | 'dateline' | 'boilerplate';

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  /** Indexes into `Document.sentences`: [first, last). */
  sentences: [number, number];
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Document {
  /** The original text, never changed. */
  text: string;
  /**
   * The text with everything that is not prose (Markdown code, URLs, HTML, front matter,
   * silencing comments) replaced by spaces: same length, so offsets agree with `text`.
   */
  prose: string;
  format: Format;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** True when plain text is hard-wrapped, so single line breaks do not end paragraphs. */
  hardWrapped: boolean;
}

/** The family a quotation mark belongs to. */
export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

export interface Quotation extends Span {
  /** Offset of the opening mark, or -1 where it is missing (a running quotation or an error). */
  open: number;
  /** Offset of the closing mark, or -1 where it is missing. */
  close: number;
  paragraph: number;
  family: QuoteFamily;
  /** 0 for an outer quotation, 1 inside another, ... */
  depth: number;
  /** Continues a quotation left open at the end of the previous paragraph. */
  continues: boolean;
  /** Left open at the end of its paragraph and continued by the next one. */
  runsOn: boolean;
  /** Marks do not balance here: attribution checks stay quiet inside such a span (no cascade). */
  malformed: boolean;
  /** What the quoted words are: speech, or a name, title or scare quote. Set by attribution. */
  kind: 'direct' | 'partial' | 'title' | 'unknown';
}

export type EntityKind = 'person' | 'organisation' | 'unknown';

export interface Mention extends Span {
  /** The words as written, possessive stripped ("Nazarbayev’s" → "Nazarbayev"). */
  text: string;
  /** Index into `Analysis.entities`, or -1. */
  entity: number;
  /** A title or honorific right before the name ("Mr", "President"). */
  title?: string;
  paragraph: number;
}

export interface Entity {
  id: number;
  kind: EntityKind;
  /** The spelling the draft should use. */
  canonical: string;
  /** Where the canonical spelling comes from. */
  canonicalFrom: 'style-sheet' | 'introduction' | 'majority';
  /** The role given when the entity was introduced ("first deputy chairman of the party"). */
  role?: string;
  /** Indexes into `Analysis.mentions`. */
  mentions: number[];
  /** Gender read from pronouns or honorifics, for resolving "he" and "she". */
  gender?: 'female' | 'male';
}

export interface Speaker extends Span {
  text: string;
  kind: 'name' | 'pronoun' | 'organisation' | 'descriptor' | 'document';
  /** Index into `Analysis.entities`, or -1 when it resolves to none. */
  entity: number;
}

/**
 * How a quotation's speaker was found: data the checks branch on and the hover words (lsp/hover.ts).
 * - `in-sentence`: a speech verb and its subject beside the quotation, `where` the quotation;
 * - `colon`: introduced by a colon after the speaker (`The minister told parliament: “…”`);
 * - `no-verb`: a speaker with no speech verb: after the closing mark (`…,” the chairman.`), a
 *   colon attribution (`Smith, chief executive: “…”`) or a bare name before the quotation;
 * - `verb-without-subject`: a speech verb beside the quotation with no subject (`…,” said, adding`);
 * - `inherits`: no attribution in its sentence; the paragraph's speaker;
 * - `carried-over`: the last speaker of the paragraph before (`from`, a paragraph index);
 * - `layout`: the page says who, not the sentence (attribution/layout.ts): a paragraph ending in a
 *   colon introduces it, it answers a question line, it runs on to where it is attributed (`to`,
 *   a paragraph index), or the next paragraph points back to it;
 * - `none`: no speaker in the sentence, the paragraph or the paragraph before.
 */
export type AttributionHow =
  | { kind: 'in-sentence'; where: 'before' | 'after' }
  | { kind: 'colon' }
  | { kind: 'no-verb'; form: 'after-quotation' | 'colon' | 'name-before' }
  | { kind: 'verb-without-subject'; where: 'before' | 'after' }
  | { kind: 'inherits' }
  | { kind: 'carried-over'; from: number }
  | { kind: 'layout'; form: 'introduced' }
  | { kind: 'layout'; form: 'answer' }
  | { kind: 'layout'; form: 'runs-on'; to: number }
  | { kind: 'layout'; form: 'points-back'; to: number }
  | { kind: 'layout'; form: 'signature'; to: number }
  | { kind: 'none' };

/**
 * How a descriptor as speaker ("the diplomat") was linked to a person: the one person the draft
 * named before it, or the person introduced in a role the descriptor names (`introducedAt`: the
 * offset of the role word that introduced them).
 */
export type SpeakerLink = { kind: 'only-person-before' } | { kind: 'role'; role: string; introducedAt: number };

export interface Attribution {
  /** Index into `Analysis.quotations`. */
  quotation: number;
  speaker: Speaker | null;
  verb: (Span & { text: string }) | null;
  /** How the speaker was found. */
  how: AttributionHow;
  /** How a descriptor as speaker was linked to its person, when it was. */
  link?: SpeakerLink;
}

export interface StyleSheet {
  /** Preferred spellings, one per name ("Maulen Ashimbayev"). */
  names: string[];
  /** Pairs of spellings that belong to different people or organisations. */
  distinct: Array<[string, string]>;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface AnalysisOptions {
  format?: Format;
  /** BCP 47 tag or 'auto' (detected from the text). */
  quoteLocale?: string;
  /** The house's quotation-mark style; 'auto' (default) follows the draft, curly on a tie. */
  quoteStyle?: 'auto' | 'curly' | 'straight';
  styleSheet?: StyleSheet;
  /** Per rule id, or per family ("quotes"). */
  rules?: Record<string, RuleSetting>;
  /** Findings silenced by the workspace ignore file: rule id + the text it was on. */
  ignored?: Array<{ rule: string; text: string }>;
  /** Verbs that count as loaded (attribution/loaded-verb); defaults to the built-in list. */
  loadedVerbs?: string[];
}

export interface Analysis {
  document: Document;
  quotations: Quotation[];
  /** In text order (binary-searchable by `start`). */
  mentions: Mention[];
  entities: Entity[];
  attributions: Attribution[];
  /** Sorted by offset. */
  findings: Finding[];
  /** The locale the quote marks were read in ("en", "de", ...). */
  quoteLocale: string;
  /** Set when the text was too large or not text: one sentence the adapters show as is. */
  notice?: string;
}
