// The lexicon: every word list a check reads, each kept once, each saying where it came from.
// One file per topic; a list used by two families lives here, never in either family. Large
// resources (word lists, name lists, gazetteers) are vendored under data/ as generated modules,
// with their source, version and licence in data/SOURCES.md, and parsed on first use (`lazy`):
// the analysis core does no I/O, so they are bundled, and a process pays for each once.

export { lazy, wordSet } from './lazy';
