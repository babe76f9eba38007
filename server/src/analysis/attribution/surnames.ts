// A bare surname as speaker, when two people of the draft share it (n11: Marat and Yerlan Ospanov,
// then "Ospanov said"), could be either. Full names are read from the writer's text once: a
// capitalised given name before a capitalised surname, titles and sentence words excluded.

import type { Context } from './context';

const NOT_GIVEN = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'minister',
  'chairman', 'chairwoman', 'secretary', 'governor', 'senator', 'general', 'judge', 'justice', 'mayor', 'ambassador',
  'officer', 'detective', 'sergeant', 'captain', 'coach', 'chief', 'director', 'deputy', 'attorney', 'rep', 'sen',
  'gov', 'pope', 'king', 'queen', 'prince', 'princess', 'saint', 'st', 'rev', 'father', 'sister', 'brother',
  'uncle', 'aunt', 'mother', 'the', 'and', 'but', 'said', 'says', 'in', 'on', 'at', 'of', 'for', 'by', 'with',
  'from', 'to', 'as', 'if', 'when', 'while', 'after', 'before', 'according', 'meanwhile', 'however', 'chancellor',
  'premier', 'commissioner', 'inspector', 'councillor', 'councilmember', 'assemblyman', 'assemblywoman',
  'congressman', 'congresswoman', 'representative', 'speaker', 'leader', 'manager', 'defendant', 'victim',
  'officers', 'police', 'district', 'supreme', 'court', 'new', 'north', 'south', 'east', 'west', 'united', 'national',
]);

const PAIR = /(?<![\p{L}\p{N}’'-])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}-])/gu;

export class SurnameIndex {
  private given: Map<string, Array<[number, string]>> | undefined;
  private people: Map<string, Array<[number, string]>> | undefined;

  /** People of two words or more by surname, with where each is first named. */
  private peopleBySurname(): Map<string, Array<[number, string]>> {
    const out = new Map<string, Array<[number, string]>>();
    for (const e of this.ctx.entities) {
      if (e.kind !== 'person') continue;
      const words = e.canonical.split(/\s+/);
      if (words.length < 2) continue;
      let first = Infinity;
      for (const i of e.mentions) first = Math.min(first, this.ctx.rawMentions[i]?.start ?? Infinity);
      const list = out.get(words[words.length - 1]) ?? [];
      list.push([first, e.canonical]);
      out.set(words[words.length - 1], list);
    }
    return out;
  }
  constructor(private readonly ctx: Context) {}

  private build(): Map<string, Array<[number, string]>> {
    const out = new Map<string, Array<[number, string]>>();
    PAIR.lastIndex = 0;
    for (let m = PAIR.exec(this.ctx.masked); m; m = PAIR.exec(this.ctx.masked)) {
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
      this.people ??= this.peopleBySurname();
      const names = new Set<string>();
      for (const [at, canonical] of this.people.get(surname) ?? []) if (at < before) names.add(canonical);
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
