// The names check's shared types: what the reading of a paragraph yields (mentions, loose words,
// resolutions), what the draft-wide passes memoise on a mention, and what the check returns. One
// file, imported by type, so the reading, the draft-wide passes and the incremental fast paths
// depend on it and not on each other.

import type { Document, Entity, Finding, Mention, ParagraphKind } from '../types';
import type { VariantKind } from './variants';

export interface NameResult {
  mentions: Mention[];
  entities: Entity[];
  findings: Finding[];
  /**
   * The words the draft writes in lower case, as the names check read them. With a cache it is
   * the cache's live set: it answers for this analysis until the draft is analysed again.
   */
  lowercase: WordSet;
}

/** A name word; offsets relative to its paragraph's start (see RawMention.base). */
export interface Unit {
  start: number;
  end: number;
  /** As written, possessive stripped. */
  text: string;
  initial: boolean;
}

export interface RawMention {
  start: number;
  end: number;
  text: string;
  /** Offsets relative to `base`: the units are the shape's, shared, not copied per analysis. */
  units: Unit[];
  /** Where the mention's paragraph starts. */
  base: number;
  /** How many units are not initials: two or more make a full name. */
  names: number;
  title?: string;
  titleStart?: number;
  paragraph: number;
  sentence: number;
  /** The first word of a sentence or of a quotation: its capital proves nothing. */
  sentenceInitial: boolean;
  org: boolean;
  acronym: boolean;
  quoted: boolean;
  /** A speech verb right before or after ("Smith said", "said Smith"). */
  speaks: boolean;
  /** How a full name is introduced right after it: its age (", 34,") or the first words of its role (", a farmer near"), or undefined. */
  intro?: string;
  /** A given name alone, listed with another before their shared surname ("Jaylen and Jaylin Mercer"): that other given name. */
  listedWith?: string;
  /** The same mention as read in its paragraph, where what is worked out from it alone is kept. */
  shape: MentionShape;
}

/** Words known to be written in lower case somewhere in the draft. */
export interface WordSet {
  has(word: string): boolean;
}

/** A capitalised word outside any name: a title, an organisation word ("Attorney", "Ministry"). */
export interface LooseWord {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** In a headline: counted, never flagged (headline capitals prove nothing). */
  heading?: boolean;
  sentenceInitial?: boolean;
}

export interface MentionScan {
  mentions: RawMention[];
  lowercase: WordSet;
  loose: LooseWord[];
}

/** A capitalised word outside any name, as read in its paragraph (offsets relative to its start). */
export interface LooseShape {
  start: number;
  end: number;
  text: string;
  sentenceInitial: boolean;
}

/**
 * What the passes after the reading work out from one mention alone, once: kept with the
 * mention's shape (a kept paragraph's mentions keep them across keystrokes). Written only by
 * entities.ts, spellings.ts and findings.ts, each through its own field; never read by the reading.
 */
export interface MentionMemo {
  /** Worked out by entities.ts from this mention alone, once. */
  keys?: MentionKeys;
  /** Read by entities.ts around this mention in its paragraph, once. */
  reading?: MentionReading;
  /** findings.ts: the name words in lower case, in order. */
  order?: string;
  /** entities.ts: the gender the title says (null for none), and the surname's ending. */
  titleGender?: 'female' | 'male' | null;
  endingGender?: 'female' | 'male' | null;
  /** spellings.ts: surnameIndex, and the skeleton of each unit. */
  surname?: number;
  skeletons?: string[];
  /** entities.ts: whether a unit or organisation word is a variant spelling, for the variants of generation `variantsSeen`. */
  variantsSeen?: number;
  holdsVariant?: boolean;
}

/** A mention as read in its paragraph: offsets relative to its start, `sentence` to its first sentence. */
export interface MentionShape extends Omit<RawMention, 'paragraph' | 'shape' | 'base'>, MentionMemo {}

/**
 * What the name finder keeps of one paragraph. A mention's neighbourhood is read up to 110
 * characters past the paragraph, never past a line break: those characters are `tail`, part of
 * what a kept paragraph is found by.
 */
export interface ParagraphNames {
  kind: ParagraphKind;
  tail: string;
  /** The mentions read against the document-wide sets, and what was asked of those sets. */
  resolution?: Resolution;
  /** The analysis (MentionState.serial) that last made sure `resolution` holds. */
  checkedAt: number;
}

/**
 * A paragraph's mentions and loose words given the document-wide sets. They depend on those sets
 * only through the questions asked of them, kept here with their answers: while every answer is
 * still the same, so are the mentions.
 */
export interface Resolution {
  mentions: MentionShape[];
  loose: LooseShape[];
  /**
   * What was asked of the two sets, each question once, grouped by its answer (the order they
   * were asked in says nothing a check of them needs): words the lower-case set held, then words
   * it did not, then run heads the `alone` set held, then run heads it did not. One array and
   * three bounds instead of two lists of questions and two of answers, kept for every paragraph.
   */
  asked: string[];
  /** The ends of the first three groups of `asked`. */
  lowerYes: number;
  lowerNo: number;
  aloneYes: number;
}

/**
 * What the name finder read of a draft with its cache, before the mentions are placed: each
 * paragraph's resolution now and at the last analysis, and the lower-case words that came into
 * the draft or left it since.
 */
export interface KeptReading {
  doc: Document;
  /** The Document of the last analysis, if there was one. */
  before?: Document;
  /** By paragraph index (undefined for a paragraph names do not read), now and at the last analysis. */
  resolved: Array<Resolution | undefined>;
  resolvedBefore: Array<Resolution | undefined>;
  /** Lower-case words that came into the draft's set or went out of it with this analysis. */
  flipped: ReadonlySet<string>;
  lowercase: WordSet;
}

/**
 * What grouping reads from a mention's words, worked out as if every word were its own canonical
 * spelling (it is, but for the few variants of the draft: a mention holding one of those is worked
 * out again with the spelling table, never from these).
 */
export interface MentionKeys {
  /** The words of orgKey (canonicalUnit is asked about these and the units). */
  orgWords: string[];
  org: string;
  acronym: string;
  person: string;
  surname: string;
  given: string[];
  /** A person's canonical name words in the order written, initials left out. */
  words: string[];
  bare: string;
  place: boolean;
  honorific: boolean;
  /** "National Bank of Kazakhstan (NBK)": the acronym defined right after, or ''. */
  defines: string;
  /** The name an entity the mention introduces is given, initials in (`name`) or left out (`named`): made when first asked for. */
  name: string | undefined;
  named: string | undefined;
}

/**
 * What is read around a mention in its paragraph (its prose and tail, so a kept paragraph's
 * mention reads the same): the role beside it, and what PRONOUN_OR_NAME finds first after it
 * (0 nothing, 1 she, 2 he, 3 a name), up to the end of the next sentence or of the paragraph.
 */
export interface MentionReading {
  role?: string | null;
  after?: number;
}

/** The edit between two versions of the prose: the same first `head` characters, the same from `oldEnd` (old) on. */
export interface Move {
  head: number;
  oldEnd: number;
  newEnd: number;
  delta: number;
}

// The draft's spellings (built by spellings.ts; read by entities, findings and the workspace index).

export interface Occurrence {
  start: number;
  end: number;
  paragraph: number;
  /** The mention holding the word, or -1 for a capitalised word outside names ("Attorney"). */
  mention: number;
  unit: number;
  heading?: boolean;
}

export interface Spelling {
  text: string;
  /** How many times it is written (SpellingTable.occurrences says where). */
  count: number;
  /** Offset of the first occurrence inside a person's full name (two name words or more), or -1. */
  firstInFullName: number;
  first: number;
  /** Skeletons of the given names this spelling stands beside as a surname. */
  givenNames: Set<string>;
  /** Skeletons of the surnames this spelling stands beside as a given name. */
  surnames: Set<string>;
  asSurname: boolean;
  asGiven: boolean;
  /** The surname of a full name at least once (asSurname also counts a name written alone). */
  surnameInFull: boolean;
  /** In a full name beside a name word that is no English word (Corey S. Shoock; not Elder Justice Task Forco). */
  withName: boolean;
  /** How the full names it is the surname of are introduced (an age, a role): two people's, if none is shared. */
  intros: Set<string>;
  /** The role titles written before it as a surname ("DA Stephan", "Senator Bates"): one person's context. */
  titles: Set<string>;
  /** Inside a name mention at least once (not only a loose capitalised word). */
  named: boolean;
  /** An ordinary word of the draft (also written in lower case): never the one flagged. Worked out for spellings that pair with another only. */
  ordinary: boolean | undefined;
  /** Capitalised where a sentence does not begin, outside headlines: a name's or a title's capital. */
  midCaps: number;
}

export interface VariantGroup {
  spellings: number[];
  canonical: number;
  canonicalFrom: 'style-sheet' | 'introduction' | 'majority';
  /** How each flagged spelling differs from the canonical one. */
  kinds: Map<number, VariantKind>;
}

export interface SpellingTable {
  spellings: Spelling[];
  /** Where spelling `i` is written, in the order of the text (mentions first, then loose words). */
  occurrences(i: number): Occurrence[];
  byText: Map<string, number>;
  groups: VariantGroup[];
  /** Spelling index → its group, or -1. */
  groupOf: Int32Array;
}
