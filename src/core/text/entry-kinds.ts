// Several lexicons read through one matcher, each entry remembering which list it came from, so a
// rule runs one pass and then asks what kind each match is.

/** Each entry of the lists mapped to its list's kind (an entry in two lists keeps the first). */
export function entryKinds<K>(lists: readonly (readonly [K, readonly string[]])[]): Map<string, K> {
  const kinds = new Map<string, K>();
  for (const [kind, entries] of lists) for (const e of entries) if (!kinds.has(e)) kinds.set(e, kind);
  return kinds;
}
