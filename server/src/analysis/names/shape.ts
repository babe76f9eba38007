// A mention as the name finder keeps it for a paragraph (see MentionShape in mentions.ts). A
// draft of 500,000 words keeps some 40,000 of them; its yes-or-no fields and the three-way
// memos of entities.ts are bits of one number, read and written through accessors, so a shape
// is 15 fields rather than 22 (one word each, whatever a field holds).

import type { LooseShape, MentionKeys, MentionReading, MentionShape, Unit } from './model';

const SENTENCE_INITIAL = 1;
const ORG = 2;
const ACRONYM = 4;
const QUOTED = 8;
const SPEAKS = 16;
const TITLE_GENDER = 5; // two bits from here, as GENDERS indexes them
const ENDING_GENDER = 7;
const HOLDS_VARIANT = 9; // two bits: unset, false, true

/** A memo of a gender in two bits: 0 for not worked out yet. */
const GENDERS = [undefined, null, 'female', 'male'] as const;
type Gender = 'female' | 'male' | null | undefined;
const genderBits = (g: Gender): number => (g === undefined ? 0 : g === null ? 1 : g === 'female' ? 2 : 3);

// The fields are `declare`d and set in the constructor only: a class field is defined on the
// object one by one before the constructor runs, which made a shape cost more to build than the
// object literal it replaces (3% of the names check from scratch, counted in instructions).
export class Shape implements MentionShape {
  declare start: number;
  declare end: number;
  declare text: string;
  declare units: Unit[];
  declare names: number;
  declare title: string | undefined;
  declare titleStart: number | undefined;
  declare sentence: number;
  declare keys: MentionKeys | undefined;
  declare reading: MentionReading | undefined;
  declare order: string | undefined;
  declare surname: number | undefined;
  declare skeletons: string[] | undefined;
  declare variantsSeen: number | undefined;
  declare intro: string | undefined;
  declare listedWith: string | undefined;
  declare private bits: number;

  constructor(
    start: number,
    end: number,
    text: string,
    units: Unit[],
    names: number,
    title: string | undefined,
    titleStart: number | undefined,
    sentence: number,
    sentenceInitial: boolean,
    org: boolean,
    acronym: boolean,
    quoted: boolean,
    speaks: boolean,
    intro: string | undefined,
    listedWith: string | undefined,
  ) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.units = units;
    this.names = names;
    this.title = title;
    this.titleStart = titleStart;
    this.sentence = sentence;
    this.keys = undefined;
    this.reading = undefined;
    this.order = undefined;
    this.surname = undefined;
    this.skeletons = undefined;
    this.variantsSeen = undefined;
    this.intro = intro;
    this.listedWith = listedWith;
    this.bits =
      (sentenceInitial ? SENTENCE_INITIAL : 0) |
      (org ? ORG : 0) |
      (acronym ? ACRONYM : 0) |
      (quoted ? QUOTED : 0) |
      (speaks ? SPEAKS : 0);
  }

  get sentenceInitial(): boolean {
    return (this.bits & SENTENCE_INITIAL) !== 0;
  }
  set sentenceInitial(v: boolean) {
    this.bits = v ? this.bits | SENTENCE_INITIAL : this.bits & ~SENTENCE_INITIAL;
  }
  get org(): boolean {
    return (this.bits & ORG) !== 0;
  }
  set org(v: boolean) {
    this.bits = v ? this.bits | ORG : this.bits & ~ORG;
  }
  get acronym(): boolean {
    return (this.bits & ACRONYM) !== 0;
  }
  set acronym(v: boolean) {
    this.bits = v ? this.bits | ACRONYM : this.bits & ~ACRONYM;
  }
  get quoted(): boolean {
    return (this.bits & QUOTED) !== 0;
  }
  set quoted(v: boolean) {
    this.bits = v ? this.bits | QUOTED : this.bits & ~QUOTED;
  }
  get speaks(): boolean {
    return (this.bits & SPEAKS) !== 0;
  }
  set speaks(v: boolean) {
    this.bits = v ? this.bits | SPEAKS : this.bits & ~SPEAKS;
  }
  get titleGender(): Gender {
    return GENDERS[(this.bits >> TITLE_GENDER) & 3];
  }
  set titleGender(g: Gender) {
    this.bits = (this.bits & ~(3 << TITLE_GENDER)) | (genderBits(g) << TITLE_GENDER);
  }
  get endingGender(): Gender {
    return GENDERS[(this.bits >> ENDING_GENDER) & 3];
  }
  set endingGender(g: Gender) {
    this.bits = (this.bits & ~(3 << ENDING_GENDER)) | (genderBits(g) << ENDING_GENDER);
  }
  get holdsVariant(): boolean | undefined {
    const b = (this.bits >> HOLDS_VARIANT) & 3;
    return b === 0 ? undefined : b === 2;
  }
  set holdsVariant(v: boolean | undefined) {
    this.bits = (this.bits & ~(3 << HOLDS_VARIANT)) | ((v === undefined ? 0 : v ? 2 : 1) << HOLDS_VARIANT);
  }
}

/**
 * A name word (Unit) as kept: its text is prose[start, end) (possessive stripped, particles
 * joined), so its end is start + text.length, and whether it is an initial is the low bit of its
 * start. Two fields instead of four: a draft of 500,000 words keeps some 60,000 units.
 */
export class NameWord implements Unit {
  declare text: string;
  declare private readonly at: number;

  constructor(start: number, text: string, initial: boolean) {
    this.text = text;
    this.at = start * 2 + (initial ? 1 : 0);
  }

  get start(): number {
    return this.at >>> 1;
  }
  get end(): number {
    return (this.at >>> 1) + this.text.length;
  }
  get initial(): boolean {
    return (this.at & 1) !== 0;
  }
}

/** A loose word (LooseShape) as kept, the same way: its text is prose[start, end). */
export class LooseName implements LooseShape {
  declare text: string;
  declare private readonly at: number;

  constructor(start: number, text: string, sentenceInitial: boolean) {
    this.text = text;
    this.at = start * 2 + (sentenceInitial ? 1 : 0);
  }

  get start(): number {
    return this.at >>> 1;
  }
  get end(): number {
    return (this.at >>> 1) + this.text.length;
  }
  get sentenceInitial(): boolean {
    return (this.at & 1) !== 0;
  }
}
