// Types for the test that shares the generator's seeded random numbers.
export function rng(seed: number): () => number;
export function newsText(words: number, seed?: number): string;
