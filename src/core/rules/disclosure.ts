// Paid promotion without a disclosure: a discount code, affiliate wording or endorsement-style praise
// of another brand (@handle) with no "#ad", "sponsored", "paid partnership", "#publi"… A brand's own
// code on its own account is not paid praise, so brand accounts are held only to affiliate wording.
// Hand-written over data (lexicons/<lang>/disclosure.ts).
import * as en from '../lexicons/en/disclosure';
import * as es from '../lexicons/es/disclosure';
import { normalizeAccountId } from '../policy/account';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { openingMentionsEnd } from '../text/audience';
import { phraseMatcher } from '../text/phrases';

const disclosures = phraseMatcher([...en.disclosures, ...es.disclosures], { regex: true });
const affiliate = phraseMatcher([...en.affiliate, ...es.affiliate], { regex: true });
const praise = phraseMatcher([...en.praise, ...es.praise], { regex: true });
// "code TOM25", "use code SUMMER", "código LUMBRE10": a code is capitals and digits, 3 to 20 long.
const CODE = /(?<![\p{L}\p{N}])(?:promo |discount |coupon |my )?(?:code|c[oó]digo|cup[oó]n)\s*:?\s*(?=[A-Z0-9]*[A-Z])[A-Z0-9][A-Z0-9_-]{2,19}(?![\p{L}\p{N}])/gu;
// "Ad:", "[ad]", "(AD)" opening the post.
const AD_LABEL = /^\s*(?:[[(]\s*ad\s*[\])]|ad\s*[:|\-–])/iu;
const HANDLE = /(?<![\p{L}\p{N}_@])@([A-Za-z0-9_.]{2,30})/gu;

export const disclosure: Rule = {
  meta: {
    id: 'disclosure',
    category: 'disclosure',
    severity: 'warning',
    description: 'Promo codes, affiliate wording or paid praise of another brand without a disclosure such as #ad.',
  },
  check(ctx) {
    const text = foldApostrophes(ctx.text);
    // Look for something to disclose first; the disclosure itself is checked only when there is.
    const aff = affiliate(text)[0];
    const disclosed = () => AD_LABEL.test(text) || disclosures(text).length > 0;
    if (ctx.account.kind === 'brand') {
      return aff && !disclosed()
        ? [{ start: aff.start, end: aff.end, message: `"${ctx.text.slice(aff.start, aff.end)}" is affiliate wording, and the post says nothing about being paid.`, suggestion: 'Add "#ad" or "affiliate link".' }]
        : [];
    }

    // Another brand: a handle that is not the poster's, nor the person answered, nor the reply chain.
    const own = new Set([ctx.draft.account, ctx.draft.replyTo].map((h) => normalizeAccountId(h ?? '')));
    const lead = openingMentionsEnd(text);
    const others = text.includes('@') ? [...text.matchAll(HANDLE)].filter((m) => m.index >= lead && !own.has(m[1]!.toLowerCase())) : [];

    const code = CODE.exec(text);
    CODE.lastIndex = 0;
    const praised = others.length > 0 ? praise(text)[0] : undefined;
    if (!aff && !code && !praised) return [];
    if (disclosed()) return [];
    const out: Report[] = [];
    if (aff) {
      out.push({
        start: aff.start,
        end: aff.end,
        message: `"${ctx.text.slice(aff.start, aff.end)}" is affiliate wording, and the post says nothing about being paid.`,
        suggestion: 'Add "#ad" or "affiliate link" where people see it first.',
      });
    } else if (code && others.length > 0) {
      out.push({
        start: code.index,
        end: code.index + code[0].length,
        message: `This promotes @${others[0]![1]} with a discount code but does not say it is paid or gifted.`,
        suggestion: 'Add "#ad" or "paid partnership" at the start.',
      });
    } else if (praised && others.length > 0) {
      out.push({
        start: praised.start,
        end: praised.end,
        severity: 'info',
        message: `If @${others[0]![1]} paid for or gifted this, say so with "#ad" or "#gifted".`,
      });
    } else if (code) {
      out.push({
        start: code.index,
        end: code.index + code[0].length,
        severity: 'info',
        message: 'If this code earns you something, say so with "#ad".',
      });
    }
    return out;
  },
};
