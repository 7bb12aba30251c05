// obscenity's RegExpMatcher, read faster: the same terms, transformers and matches, but most terms
// are never run. Obscenity runs every term's regex over a transformed copy of the text (look-alike
// letters and leetspeak undone, lower case, repeats collapsed), which it builds one character at a
// time through a chain of calls, twice (once more for whitelisted terms, which we do not use). Here
// the copy is built through a table, and a term's regex runs only when the copy holds the runs of
// three letters of every literal in its pattern ("shit" needs "shi" and "hit"). A test holds it to
// RegExpMatcher's answers on every labelled draft and on hostile text.
import {
  compareMatchByPositionAndId,
  SyntaxKind,
  type BlacklistedTerm,
  type MatchPayload,
  type Node,
  type TransformerContainer,
} from 'obscenity';
import { gramsOf, holdsAll, runGrams } from './grams';

/** What obscenity's compilePatternToRegExp writes for a node. */
function nodeSource(node: Node): string {
  if (node.kind === SyntaxKind.Optional) return `(?:${nodeSource(node.childNode)})?`;
  if (node.kind === SyntaxKind.Wildcard) return '.';
  return String.fromCodePoint(...node.chars).replace(/[[\].*+?^${}()|\\]/g, '\\$&');
}

interface Term {
  id: number;
  regExp: RegExp;
  /** The grams of every literal outside an optional part (see grams.ts). */
  grams: number[];
}

export function profanityMatcher(terms: readonly BlacklistedTerm[], transformers: readonly TransformerContainer[]) {
  const compiled: Term[] = terms.map(({ id, pattern }) => {
    const { nodes, requireWordBoundaryAtStart, requireWordBoundaryAtEnd } = pattern;
    const source = `${requireWordBoundaryAtStart ? '\\b' : ''}${nodes.map(nodeSource).join('')}${requireWordBoundaryAtEnd ? '\\b' : ''}`;
    const literals = nodes.flatMap((n) => (n.kind === SyntaxKind.Literal ? [String.fromCodePoint(...n.chars)] : []));
    return { id, regExp: new RegExp(source, 'gs'), grams: literals.flatMap(runGrams) };
  });

  // The transformers before the first stateful one depend on the character alone: their result is
  // remembered per character. The rest (collapsing repeats) run on every character, as in obscenity.
  const firstStateful = transformers.findIndex((t) => t.type !== 0);
  const simple = transformers.slice(0, firstStateful < 0 ? transformers.length : firstStateful);
  const rest = transformers.slice(simple.length);
  const memo = new Map<number, number | undefined>();
  const simplified = (c: number) => {
    if (memo.has(c)) return memo.get(c);
    let t: number | undefined = c;
    for (const x of simple) if (t !== undefined && x.type === 0) t = x.transform(t);
    memo.set(c, t);
    return t;
  };

  /** The transformed text, and for each of its UTF-16 units the index of the character it came from. */
  function transform(input: string): [string, Int32Array] {
    const states = rest.map((x) => (x.type === 0 ? undefined : x.factory()));
    const units: number[] = [];
    const origin = new Int32Array(input.length * 2);
    for (let i = 0; i < input.length; ) {
      const c = input.codePointAt(i)!;
      const width = c > 0xffff ? 2 : 1;
      let t = simplified(c);
      for (let k = 0; k < rest.length && t !== undefined; k++) {
        const x = rest[k]!;
        t = x.type === 0 ? x.transform(t) : states[k]!.transform(t);
      }
      if (t !== undefined) {
        if (t > 0xffff) {
          origin[units.length] = i;
          units.push(0xd800 + ((t - 0x10000) >> 10));
          t = 0xdc00 + ((t - 0x10000) & 0x3ff);
        }
        origin[units.length] = i;
        units.push(t);
      }
      i += width;
    }
    let out = '';
    for (let k = 0; k < units.length; k += 8192) out += String.fromCharCode(...units.slice(k, k + 8192));
    return [out, origin];
  }

  return {
    /** What RegExpMatcher's getAllMatches returns, with no whitelisted terms. */
    getAllMatches(input: string, sorted = false): MatchPayload[] {
      const [transformed, origin] = transform(input);
      const grams = gramsOf(transformed);
      const matches: MatchPayload[] = [];
      for (const term of compiled) {
        if (!holdsAll(grams, term.grams)) continue;
        for (const m of transformed.matchAll(term.regExp)) {
          const startIndex = origin[m.index]!;
          let endIndex = origin[m.index + m[0].length - 1]!;
          // obscenity's end is inclusive: a character of two units ends on the second.
          const c = input.charCodeAt(endIndex);
          const next = input.charCodeAt(endIndex + 1);
          if (endIndex < input.length - 1 && c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) endIndex++;
          matches.push({ termId: term.id, startIndex, endIndex, matchLength: [...m[0]].length });
        }
      }
      return sorted ? matches.sort(compareMatchByPositionAndId) : matches;
    },
  };
}
