// Strings kept from one analysis to the next (in a draft's cache, or a check's module-level memo)
// must not keep the draft they were cut from alive. V8 cuts a slice of 13 characters or more as a
// view into its parent string, so a verb, a speaker or a name word read from a slice of the draft
// would hold the whole draft, one version per string kept.

/** `s` as a string of its own, sharing no memory with a longer one. */
export function ownCopy(s: string): string {
  // Slicing a concatenation first flattens it into a new string of the slice's own size.
  return s.length < 13 ? s : (' ' + s).slice(1);
}
