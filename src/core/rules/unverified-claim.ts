// Claims a brand may be asked to prove: health and cure claims (a claim verb and a health term in the
// same sentence; a farewell right before a condition, "adiós a la artrosis"; a no-surgery or "in just
// 3 sessions" promise in a post that names one), investment pitches (crypto or investing with hype or a
// sales push: two weak cues, since "to the moon" and "get yours" alone are any shop's), guarantees, unprovable superlatives, market-moving financial statements, and flat
// denials of reported facts in replies. A post that cites its source makes superlatives and
// guarantees only a hint. Hand-written over data (lexicons/<lang>/claims.ts).
// Health claims about products the lists do not name, since wellness sellers word them as everyday
// verbs on body functions: an everyday verb ("balance", "regulate", "lowers") right before a body
// function or a condition ("hormones", "menstrual cycles", "cholesterol"), or a claim verb on a body
// function, counts only in a post that sells something or speaks of its own product ("our", "shop",
// "message me to order"), so that a gym's "exercise helps regulate blood sugar" stays quiet; a pathogen
// that "cannot live in the presence of" something; a weight promise ("won't make you fat", "no
// engorda") about one's own product, and an allergen promise ("apto para celíacos") next to another
// promise or a guarantee (a hint alone, nothing when the post names a certification). Warning, as the
// other health claims. A claim whose subject is a vaccine is a pharmacy's or a health service's and is
// not reported; one reported from a study or an authority, in a post that sells nothing, is a news
// share: only a hint.
// Results told before they are published: a board meeting (or the closing of the books) and how the
// numbers came out, in one post, from an executive's own account as much as the company's ("Board
// meeting. Good numbers = happy board."). Warning, as the other market-moving statements.
import * as en from '../lexicons/en/claims';
import * as es from '../lexicons/es/claims';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { isAddressed } from '../text/audience';
import { entryKinds } from '../text/entry-kinds';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';
import { inOneSentence, sentenceStart } from '../text/sentence';
import { re } from '../text/letters';

// One pass over the draft for every list; the entry that matched tells its kind.
type Kind =
  | 'financial' | 'guarantee' | 'superlative' | 'denial' | 'verb' | 'farewell' | 'promise' | 'term' | 'hope'
  | 'speculation' | 'investing' | 'hype' | 'push' | 'soft' | 'source' | 'vaccine' | 'bodyVerb' | 'function' | 'pathogen'
  | 'raiseVerb' | 'survival' | 'attribution' | 'sale' | 'weight' | 'loss' | 'saying' | 'allergen' | 'certified' | 'board' | 'verdict';
const lists: [Kind, string[]][] = [
  ['financial', [...en.financial, ...es.financial]],
  ['guarantee', [...en.guarantees, ...es.guarantees]],
  ['superlative', [...en.superlatives, ...es.superlatives]],
  ['denial', [...en.denials, ...es.denials]],
  ['verb', [...en.healthVerbs, ...es.healthVerbs]],
  ['farewell', [...en.farewells, ...es.farewells]],
  ['promise', [...en.healthPromises, ...es.healthPromises]],
  // Before the terms: "flu jab" is a vaccine, not "flu".
  ['vaccine', [...en.vaccines, ...es.vaccines]],
  ['term', [...en.healthTerms, ...es.healthTerms]],
  ['hope', [...en.hopes, ...es.hopes]],
  ['hype', [...en.hype, ...es.hype]],
  ['push', [...en.pushes, ...es.pushes]],
  ['speculation', [...en.speculation, ...es.speculation]],
  ['investing', [...en.investing, ...es.investing]],
  ['soft', [...en.softGuarantees, ...es.softGuarantees]],
  ['source', [...en.sourceMarks, ...es.sourceMarks]],
  ['bodyVerb', [...en.bodyVerbs, ...es.bodyVerbs]],
  ['raiseVerb', [...en.raiseVerbs, ...es.raiseVerbs]],
  ['function', [...en.bodyFunctions, ...es.bodyFunctions]],
  ['pathogen', [...en.pathogens, ...es.pathogens]],
  ['survival', [...en.survivals, ...es.survivals]],
  ['attribution', [...en.attributions, ...es.attributions]],
  ['sale', [...en.sales, ...es.sales]],
  ['saying', es.weightSayings],
  ['weight', [...en.weightPromises, ...es.weightPromises]],
  ['loss', [...en.weightLosses, ...es.weightLosses]],
  ['allergen', [...en.allergenPromises, ...es.allergenPromises]],
  ['certified', [...en.allergenCertifications, ...es.allergenCertifications]],
  ['board', [...en.boardMeetings, ...es.boardMeetings]],
  ['verdict', [...en.resultVerdicts, ...es.resultVerdicts]],
];
const kindOf = entryKinds(lists);
const find = phraseMatcher([...kindOf.keys()], { regex: true });
// "one of the best beaches in the world" is a list, not a claim about oneself.
const LISTED = /\b(?:of|among|de|entre)\s+$/iu;
// What may follow a farewell's term: the end of the phrase, or a word that does not make it a compound.
const AFTER_FAREWELL = new Set([...en.afterFarewell, ...es.afterFarewell].map((w) => w.split(' ')[0]!));
const endsPhrase = (text: string, at: number) => {
  const next = /^\s*(\p{L}+|\S|$)/u.exec(text.slice(at, at + 30))?.[1] ?? '';
  return !/^\p{L}/u.test(next) || AFTER_FAREWELL.has(next.toLowerCase());
};

// Sources that put a health claim in someone else's mouth (the rest of the source marks, "report",
// "survey", say nothing about health).
const HEALTH_SOURCES = new Set(['according to', 'según', 'study', 'estudio', 'studies (?:show|found|suggest)', 'los estudios (?:demuestran|muestran|indican)', 'data from', 'datos de']);
// One's own product named before the claim, in its sentence: "our tea", "mi aceite", "nuestro pan".
const OWN = re('iu')`(?<![\p{L}])(?:our|my|nuestr[oa]s?|mis?)(?![\p{L}])`;
// The claim is being explained or questioned, not made: "why bread won't make you fat", "el mito de…".
const EXPLAINED = re('iu')`(?<![\p{L}])(?:why|whether|myths?|explains?|explained|por qué|mitos?|explica(?:n|mos)?|es (?:verdad|cierto) que)(?![\p{L}])`;
// What makes a vaccine the thing compared with, not the subject: "better than the vaccine", "no vaccine".
const NOT_THE_VACCINE = re('iu')`(?<![\p{L}])(?:than|instead|unlike|without|no|not|mejor que|más que|en vez|en lugar|a diferencia|sin)(?![\p{L}])`;
// An infection or a pathogen, the things a product claims they "cannot live" next to.
const PATHOGEN = /vir[uo]s|bacteri|germ|gérmen|covid|corona|flu|influenza|gripe|infec|resfriad|colds?$|ébola/iu;
// A health professional as the subject: "our pharmacy team can help you lower your blood pressure" is a
// service's offer, not a product's claim.
const PROFESSIONAL = re('iu')`(?<![\p{L}])(?:pharmac\p{L}*|pharmacists?|gps?|doctors?|nurses?|midwi(?:fe|ves)|physios?|physiotherapists?|dietitians?|nutritionists?|farmac\p{L}*|médic[oa]s?|enfermer[oa]s?|matronas?|fisioterapeutas?|nutricionistas?|dietistas?)(?![\p{L}])`;
// A charity's or a club's board: the numbers are money raised or people who came.
const CAUSE = re('iu')`(?<![\p{L}])(?:raised|fundrais\p{L}*|donat\p{L}*|charit\p{L}*|volunteers?|recaudad\p{L}*|donaci\p{L}*|donativos?|benéfic\p{L}*|voluntari\p{L}*)(?![\p{L}])`;
// The one condition a verb that raises acts on: "improves your immunity", "mejora tus defensas".
const IMMUNE = /immun|inmun|defensas/iu;
// At most two words between an everyday verb and what it acts on: "lowers your cholesterol".
const NEAR = re('u')`^\s+(?:[\p{L}\p{N}'-]+\s+){0,2}$`;

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
    // Pathogens and body functions: what a product claims to act on, a claim only about a product.
    const functions = [...of('function'), ...of('pathogen')].sort((a, b) => a.start - b.start);
    const vaccines = of('vaccine');
    const selling = of('sale').length > 0 || of('push').length > 0;
    const attributed = of('attribution').length > 0 || of('source').some((h) => HEALTH_SOURCES.has(h.phrase));
    const sentenceBefore = (at: number) => text.slice(sentenceStart(text, at, 120), at);
    const own = (at: number) => OWN.test(sentenceBefore(at));
    const explained = (h: PhraseMatch) => EXPLAINED.test(sentenceBefore(h.start)) || /^[^.!\n]*\?/u.test(text.slice(h.end)) || /¿[^.!?\n]*$/u.test(sentenceBefore(h.start));
    // "The flu jab helps prevent flu": a vaccine in the claim's sentence, not set against it.
    const aboutVaccine = (v: PhraseMatch) =>
      vaccines.some((x) => {
        const [from, to] = x.end <= v.start ? [x.end, v.start] : [v.end, x.start];
        return to - from <= 60 && inOneSentence(text, from, to) && !NOT_THE_VACCINE.test(text.slice(from, to)) && !/(?:no|without|sin|anti)[\s-]*$/iu.test(text.slice(Math.max(0, x.start - 10), x.start));
      });
    // A claim reported from a study or an authority, in a post that sells nothing, is a news share.
    const healthSeverity = (v: PhraseMatch) => (attributed && !selling && !own(v.start) ? 'info' : 'warning');
    const healthClaim = (v: PhraseMatch, t: PhraseMatch) =>
      add({ start: v.start, end: t.end, phrase: v.phrase }, {
        severity: healthSeverity(v),
        message: `"${ctx.text.slice(v.start, t.end)}" is a health claim; without evidence it misleads people and breaks advertising rules.`,
        suggestion: 'Remove the claim, or state only what an approved source says.',
      });
    const within = (v: PhraseMatch, list: PhraseMatch[]) => list.find((x) => x.start >= v.end && x.start - v.end <= 60 && inOneSentence(text, v.end, x.start));
    for (const v of of('verb')) {
      if (aboutVaccine(v)) continue;
      const t = within(v, terms);
      if (t) {
        healthClaim(v, t);
        continue;
      }
      // A body function or a pathogen: a claim about a product ("supports your metabolism" is also a
      // gym's slogan, "prevents salmonella" a food safety tip).
      const f = within(v, functions);
      if (f && (selling || own(v.start)) && !explained(v)) healthClaim(v, f);
    }
    // An everyday verb right before a body function or a condition (a verb that raises: a function
    // only), about a product.
    const acted = [...terms, ...functions].sort((a, b) => a.start - b.start);
    const raised = acted.filter((x) => kindOf.get(x.phrase) !== 'term' || IMMUNE.test(said(x)));
    const everyday = [...of('bodyVerb').map((v) => [v, acted] as const), ...of('raiseVerb').map((v) => [v, raised] as const)];
    for (const [v, on] of acted.length > 0 ? everyday : []) {
      const t = on.find((x) => x.start >= v.end && NEAR.test(text.slice(v.end, x.start)));
      if (!t || !(selling || own(v.start)) || explained(v) || aboutVaccine(v) || PROFESSIONAL.test(sentenceBefore(v.start))) continue;
      healthClaim(v, t);
    }
    // "Viruses cannot live in the presence of…": a pathogen before it, in its sentence.
    for (const sv of of('survival')) {
      const t = [...terms, ...of('pathogen')].sort((a, b) => b.start - a.start).find((x) => x.end <= sv.start && sv.start - x.end <= 100 && inOneSentence(text, x.end, sv.start) && (kindOf.get(x.phrase) === 'pathogen' || PATHOGEN.test(said(x))));
      if (!t) continue;
      add(sv, {
        severity: healthSeverity(sv),
        message: `"${said(t)} … ${said(sv)}" claims the product kills an infection; without evidence it misleads people and breaks advertising rules.`,
        suggestion: 'Remove the claim, or state only what an approved source says.',
      });
    }
    // Weight: a promise about one's own product (not "soñar no engorda", not a nutritionist's myth
    // busting), or a fixed loss in a fixed time.
    for (const w of of('weight')) {
      if (!(selling || own(w.start)) || explained(w)) continue;
      add(w, {
        message: `"${said(w)}" is a weight claim about food; without evidence it misleads people and breaks food advertising rules.`,
        suggestion: 'Remove the promise, or state only what the label can prove.',
      });
    }
    for (const l of of('loss')) {
      if (explained(l)) continue;
      add(l, { message: `"${said(l)}" promises a weight loss no one can guarantee; it breaks advertising rules.`, suggestion: 'Remove the promise.' });
    }
    // Allergens: a promise next to another promise or a guarantee; a hint alone; nothing when certified.
    if (of('certified').length === 0) {
      // A commercial "guaranteed" counts only in the promise's sentence ("…, guaranteed").
      const promised = (a: PhraseMatch) =>
        out.some((r) => r.severity !== 'info') || of('guarantee').length > 0 || of('soft').some((g) => Math.abs(g.start - a.start) <= 120 && inOneSentence(text, Math.min(g.end, a.end), Math.max(g.start, a.start)));
      for (const a of of('allergen')) {
        const sure = promised(a);
        add(a, {
          severity: sure ? 'warning' : 'info',
          message: sure
            ? `"${said(a)}" is a promise to people with allergies or coeliac disease, made here next to other promises; it has to be certified.`
            : `"${said(a)}": make sure the product is certified before promising it to people with allergies or coeliac disease.`,
          suggestion: 'Name the certification, or say what the product contains.',
        });
      }
    }
    // A board meeting and how the numbers came out: results told before they are published.
    const boards = of('board');
    if (boards.length > 0 && !sourced && !CAUSE.test(text)) {
      const v = of('verdict').find((x) => boards.some((b) => Math.abs(b.start - x.start) <= 280));
      if (v) {
        add(v, {
          message: `"${said(v)}" after a board meeting tells how the company's results came out before they are published; it could move the share price.`,
          suggestion: 'Keep results private until they are announced, or have investor relations approve the post.',
        });
      }
    }
    // A farewell or a promise next to a condition: a cure claim, unless the post is about a cause.
    if (terms.length > 0 && of('hope').length === 0 && of('attribution').length === 0) {
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
