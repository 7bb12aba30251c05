// Claims a brand may be asked to prove: health and cure claims (a claim verb and a health term in the
// same sentence; a farewell right before a condition, "adiós a la artrosis"; a no-surgery or "in just
// 3 sessions" promise in a post that names one), investment pitches (crypto or investing with hype or a
// sales push: two weak cues, since "to the moon" and "get yours" alone are any shop's), guarantees, unprovable superlatives, market-moving financial statements, and flat
// denials of reported facts in replies. A post that cites its source makes superlatives and
// guarantees only a hint. Hand-written over data (lexicons/<lang>/claims.ts).
import * as en from '../lexicons/en/claims';
import * as es from '../lexicons/es/claims';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { isAddressed } from '../text/audience';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';
import { inOneSentence } from '../text/sentence';

// One pass over the draft for every list; the entry that matched tells its kind.
type Kind =
  | 'financial' | 'guarantee' | 'superlative' | 'denial' | 'verb' | 'farewell' | 'promise' | 'term' | 'hope'
  | 'speculation' | 'investing' | 'hype' | 'push' | 'soft' | 'source';
const lists: [Kind, string[]][] = [
  ['financial', [...en.financial, ...es.financial]],
  ['guarantee', [...en.guarantees, ...es.guarantees]],
  ['superlative', [...en.superlatives, ...es.superlatives]],
  ['denial', [...en.denials, ...es.denials]],
  ['verb', [...en.healthVerbs, ...es.healthVerbs]],
  ['farewell', [...en.farewells, ...es.farewells]],
  ['promise', [...en.healthPromises, ...es.healthPromises]],
  ['term', [...en.healthTerms, ...es.healthTerms]],
  ['hope', [...en.hopes, ...es.hopes]],
  ['hype', [...en.hype, ...es.hype]],
  ['push', [...en.pushes, ...es.pushes]],
  ['speculation', [...en.speculation, ...es.speculation]],
  ['investing', [...en.investing, ...es.investing]],
  ['soft', [...en.softGuarantees, ...es.softGuarantees]],
  ['source', [...en.sourceMarks, ...es.sourceMarks]],
];
const kindOf = new Map<string, Kind>();
for (const [kind, entries] of lists) for (const e of entries) if (!kindOf.has(e)) kindOf.set(e, kind);
const find = phraseMatcher([...kindOf.keys()], { regex: true });
// "one of the best beaches in the world" is a list, not a claim about oneself.
const LISTED = /\b(?:of|among|de|entre)\s+$/iu;
// What may follow a farewell's term: the end of the phrase, or a word that does not make it a compound.
const AFTER_FAREWELL = new Set([...en.afterFarewell, ...es.afterFarewell].map((w) => w.split(' ')[0]!));
const endsPhrase = (text: string, at: number) => {
  const next = /^\s*(\p{L}+|\S|$)/u.exec(text.slice(at, at + 30))?.[1] ?? '';
  return !/^\p{L}/u.test(next) || AFTER_FAREWELL.has(next.toLowerCase());
};

export const unverifiedClaim: Rule = {
  meta: {
    id: 'unverified-claim',
    category: 'unverified-claim',
    severity: 'warning',
    description: 'Health or cure claims, guarantees, unprovable superlatives, market-moving statements and flat denials.',
  },
  check(ctx) {
    const text = foldApostrophes(ctx.text);
    const quotes = quotedSpans(text);
    const hits = find(text);
    if (hits.length === 0) return [];
    const of = (k: Kind) => hits.filter((h) => kindOf.get(h.phrase) === k);
    const sourced = of('source').length > 0;
    const out: Report[] = [];
    const taken: PhraseMatch[] = [];
    const add = (hit: PhraseMatch, r: Omit<Report, 'start' | 'end'>) => {
      if (inside(quotes, hit.start, hit.end) || taken.some((t) => hit.start < t.end && hit.end > t.start)) return;
      taken.push(hit);
      out.push({ start: hit.start, end: hit.end, ...r });
    };
    const said = (h: PhraseMatch) => ctx.text.slice(h.start, h.end);

    const terms = of('term');
    if (terms.length > 0) {
      for (const v of of('verb')) {
        const t = terms.find((x) => x.start >= v.end && x.start - v.end <= 60 && inOneSentence(text, v.end, x.start));
        if (!t) continue;
        add({ start: v.start, end: t.end, phrase: v.phrase }, {
          message: `"${ctx.text.slice(v.start, t.end)}" is a health claim; without evidence it misleads people and breaks advertising rules.`,
          suggestion: 'Remove the claim, or state only what an approved source says.',
        });
      }
    }
    // A farewell or a promise next to a condition: a cure claim, unless the post is about a cause.
    if (terms.length > 0 && of('hope').length === 0) {
      for (const f of of('farewell')) {
        const t = terms.find((x) => x.start >= f.end && /^\s*$/u.test(text.slice(f.end, x.start)) && endsPhrase(text, x.end));
        if (!t) continue;
        add({ start: f.start, end: t.end, phrase: f.phrase }, {
          message: `"${ctx.text.slice(f.start, t.end)}" promises to end a health condition; without evidence it misleads people and breaks advertising rules.`,
          suggestion: 'Remove the promise, or state only what an approved source says.',
        });
      }
      for (const p of of('promise')) {
        // "Can arthritis be treated without surgery?" asks; it does not promise.
        if (/^[^.!\n]*\?/u.test(text.slice(p.end))) continue;
        add(p, {
          message: `"${said(p)}" promises a treatment result for ${ctx.text.slice(terms[0]!.start, terms[0]!.end)}; without evidence it misleads people and breaks advertising rules.`,
          suggestion: 'Remove the promise, or state only what an approved source says.',
        });
      }
    }
    // An investment pitch: speculation with hype or a push, or investing with hype.
    const speculative = of('speculation').length > 0;
    if (speculative || of('investing').length > 0) {
      for (const h of [...of('hype'), ...(speculative ? of('push') : [])]) {
        add(h, {
          message: `"${said(h)}" pushes an investment with a promise of gains; financial promotions need risk warnings and approval.`,
          suggestion: 'Remove the hype, or have compliance approve the post with its risk warning.',
        });
      }
    }
    for (const h of of('financial')) {
      add(h, {
        message: `"${said(h)}" could move a share price; statements like this need investor relations' approval.`,
      });
    }
    for (const h of of('guarantee')) {
      add(h, {
        severity: sourced ? 'info' : 'warning',
        message: `"${said(h)}" promises something no one can guarantee.`,
        suggestion: 'Say what you actually commit to, or how often it happens.',
      });
    }
    for (const h of of('superlative')) {
      if (LISTED.test(text.slice(Math.max(0, h.start - 12), h.start))) continue;
      add(h, {
        severity: sourced ? 'info' : 'warning',
        message: `"${said(h)}" is a claim you would have to prove.`,
        suggestion: 'Cite the ranking or study, or soften the claim.',
      });
    }
    for (const h of of('denial')) {
      add(h, {
        severity: isAddressed(ctx) ? 'warning' : 'info',
        message: `"${said(h)}" flatly denies something people report; if it turns out true, this reply becomes the story.`,
        suggestion: 'Say what you know and what you are checking.',
      });
    }
    for (const h of of('soft')) {
      add(h, { severity: 'info', message: `"${said(h)}": make sure the guarantee is real and its terms are stated.` });
    }
    return out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  },
};
