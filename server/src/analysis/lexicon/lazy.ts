// The lexicon's loader. A resource is built the first time a check asks for it and kept for the
// process: a draft with no quotation never pays for the speech lexicon, and no keystroke pays twice.

export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** A set from a resource shipped as one string of words separated by `\n` (cheap to bundle and parse). */
export function wordSet(packed: string): Set<string> {
  return new Set(packed.split('\n'));
}
