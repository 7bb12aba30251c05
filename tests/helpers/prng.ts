// A seeded random number generator (mulberry32) for the fuzz test and the engine bench: the same
// seed gives the same drafts on every run and machine, so a failure or a timing can be repeated.
// Outside src/: the extension never ships it.

/** Numbers in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
