// A bare surname as speaker, when two people of the draft share it (n11: Marat and Yerlan Ospanov,
// then "Ospanov said"), could be either. Full names are read from the writer's text once: a
// capitalised given name before a capitalised surname, titles and sentence words excluded.

import type { Context } from './context';

const NOT_GIVEN = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'minister',
  'chairman',
  'chairwoman',
  'secretary',
  'governor',
  'senator',
  'general',
  'judge',
  'justice',
  'mayor',
  'ambassador',
  'officer',
  'detective',
  'sergeant',
  'captain',
  'coach',
  'chief',
  'director',
  'deputy',
  'attorney',
  'rep',
  'sen',
  'gov',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'saint',
  'st',
  'rev',
  'father',
  'sister',
  'brother',
  'uncle',
  'aunt',
  'mother',
  'the',
  'and',
  'but',
  'said',
  'says',
  'in',
  'on',
  'at',
  'of',
  'for',
  'by',
  'with',
  'from',
  'to',
  'as',
  'if',
  'when',
  'while',
  'after',
  'before',
  'according',
  'meanwhile',
  'however',
  'chancellor',
  'premier',
  'commissioner',
  'inspector',
  'councillor',
  'councilmember',
  'assemblyman',
  'assemblywoman',
  'congressman',
  'congresswoman',
  'representative',
  'speaker',
  'leader',
  'manager',
  'defendant',
  'victim',
  'officers',
  'police',
  'district',
  'supreme',
  'court',
  'new',
  'north',
  'south',
  'east',
  'west',
  'united',
  'national',
]);

const PAIR =
  /(?<![\p{L}\p{N}’'-])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}-])/gu;

/** Exactly the characters /\s/ matches. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export class SurnameIndex {
  private given: Map<string, Array<[number, string]>> | undefined;
  private people: Map<string, Array<number | [number, string]>> | undefined;

  /** People of two words or more by surname: each entity with where it is first named, once asked. */
  private peopleBySurname(): Map<string, Array<number | [number, string]>> {
    const out = new Map<string, Array<number | [number, string]>>();
    const { entities } = this.ctx;
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      if (e.kind !== 'person') continue;
      // The last of the words `canonical.split(/\s+/)` gives, when it gives two or more.
      let w = e.canonical.length;
      while (w > 0 && !isSpace(e.canonical.charCodeAt(w - 1))) w--;
      if (w === 0) continue;
      const surname = e.canonical.slice(w);
      const list = out.get(surname);
      if (list) list.push(i);
      else out.set(surname, [i]);
    }
    return out;
  }

  private named(surname: string): Array<[number, string]> {
    const list = (this.people ??= this.peopleBySurname()).get(surname);
    if (!list) return [];
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      if (typeof i !== 'number') continue;
      const e = this.ctx.entities[i];
      let first = Infinity;
      for (const m of e.mentions) first = Math.min(first, this.ctx.rawMentions[m]?.start ?? Infinity);
      list[k] = [first, e.canonical];
    }
    return list as Array<[number, string]>;
  }

  constructor(private readonly ctx: Context) {}

  private build(): Map<string, Array<[number, string]>> {
    const out = new Map<string, Array<[number, string]>>();
    const masked = this.ctx.masks.text();
    PAIR.lastIndex = 0;
    for (let m = PAIR.exec(masked); m; m = PAIR.exec(masked)) {
      const given = m[1];
      if (NOT_GIVEN.has(given.toLowerCase())) {
        PAIR.lastIndex = m.index + m[1].length;
        continue;
      }
      const list = out.get(m[2]) ?? [];
      list.push([m.index, given]);
      out.set(m[2], list);
      PAIR.lastIndex = m.index + m[1].length;
    }
    return out;
  }

  /**
   * The full names before `before` that share `surname`, when there are two or more. The names
   * work decides who is one person ("Kenneth P. Thompson" and "Ken Thompson"): two spellings of one
   * entity are never two people. Without its entities, the draft's own pairs are read.
   */
  sharing(surname: string, before: number): string[] {
    if (this.ctx.entities.length) {
      const names = new Set<string>();
      for (const [at, canonical] of this.named(surname)) if (at < before) names.add(canonical);
      return names.size >= 2 ? [...names] : [];
    }
    this.given ??= this.build();
    const list = this.given.get(surname);
    if (!list) return [];
    const names = new Set<string>();
    for (const [at, given] of list) if (at < before) names.add(`${given} ${surname}`);
    return names.size >= 2 ? [...names] : [];
  }
}
