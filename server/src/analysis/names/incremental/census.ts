// The document-wide word sets of the name finder (the words written in lower case, the texts of
// the capitalised runs), kept between analyses of a draft as counts: how many paragraphs hold
// each word. A keystroke changes a paragraph or two, so the sets are updated by what those
// paragraphs bring and take away instead of being gathered again from every paragraph.

export class CountedWords {
  private readonly counts = new Map<string, number>();

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /**
   * Counts `word` `by` more (or fewer) paragraphs; true when it came into or went out of the set.
   * `keep` gives the string to keep when it comes in (a copy that holds no draft alive).
   */
  add(word: string, by: number, keep?: (word: string) => string): boolean {
    const was = this.counts.get(word) ?? 0;
    const now = was + by;
    if (now > 0) this.counts.set(was === 0 && keep ? keep(word) : word, now);
    else this.counts.delete(word);
    return was === 0 || now <= 0;
  }
}
