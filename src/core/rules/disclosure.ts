// Paid promotion without a disclosure: a discount code, affiliate wording or endorsement-style praise
// of another brand (@handle) with no "#ad", "sponsored", "paid partnership", "#publi"… A brand's own
// code on its own account is not paid praise, so brand accounts are held only to affiliate wording.
// A personal account's link that carries a referral or affiliate id (?ref=lucia15, ?aff=…, an
// affiliate network's host, Amazon's tag=) is affiliate selling too, as is a creator code without the
// word "code" ("MAYA25 gets you 15% off", "use MAYA25 for 25% off"). A code next to praise of a
// product ("obsessed with", "my holy grail") is paid praise, however the brand is named (handle, link
// or name). Thanks to a tagged brand for free products ("thank you @brand for the goodies") next to a
// code, a discount or a link is a gifted promotion; and a personal post that holds and pushes a
// speculative investment ("I got mine, get yours before the presale ends") reads as a paid shill.
// Hand-written over data (lexicons/<lang>/disclosure.ts).
import * as en from '../lexicons/en/disclosure';
import * as es from '../lexicons/es/disclosure';
import * as enClaims from '../lexicons/en/claims';
import * as esClaims from '../lexicons/es/claims';
import { normalizeAccountId } from '../policy/account';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { openingMentionsEnd } from '../text/audience';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { findUrls, hostIn } from '../text/urls';
import { anyOf as alt } from '../text/alternation';
import { re, regex } from '../text/letters';

const disclosures = phraseMatcher([...en.disclosures, ...es.disclosures], { regex: true });
const affiliate = phraseMatcher([...en.affiliate, ...es.affiliate], { regex: true });
const praise = phraseMatcher([...en.praise, ...es.praise], { regex: true });
const gifts = phraseMatcher([...en.giftThanks, ...es.giftThanks], { regex: true });
const buy = phraseMatcher([...en.buyCues, ...es.buyCues], { regex: true });
const holding = phraseMatcher([...en.holding, ...es.holding], { regex: true });
// The speculation and sales pushes unverified-claim reads (lexicons/<lang>/claims).
const speculation = phraseMatcher([...enClaims.speculation, ...esClaims.speculation], { regex: true });
const pushes = phraseMatcher([...enClaims.pushes, ...esClaims.pushes, ...enClaims.hype, ...esClaims.hype], { regex: true });
// "code TOM25", "use code SUMMER", "código LUMBRE10": a code is capitals and digits, 3 to 20 long.
const CODE = re('gu')`(?<![\p{L}\p{N}])(?:promo |discount |coupon |my )?(?:code|c[oó]digo|cup[oó]n)\s*:?\s*(?=[A-Z0-9]*[A-Z])[A-Z0-9][A-Z0-9_-]{2,19}(?![\p{L}\p{N}])`;
// "Ad:", "[ad]", "(AD)" opening the post.
const AD_LABEL = /^\s*(?:[[(]\s*ad\s*[\])]|ad\s*[:|\-–])/iu;
const HANDLE = re('gu')`(?<![\p{L}\p{N}_@])@([A-Za-z0-9_.]{2,30})`;
// A creator code without the word "code": capitals then digits, read from the words around it (see
// codeGains in the lexicons). Each form ends with the code. The words match in any case, so the code's
// capitals are checked apart (CREATOR_CODE). Not a product model ("XR200 gets you 20% more range").
const CODE_WORD = '([A-Z]{3,15}\\d{1,4})(?![\\p{L}\\p{N}])';
const PERCENT = '(?:an?\\s+|un\\s+|el\\s+)?(?:extra\\s+)?\\d{1,2}\\s?%';
const DISCOUNT = `${PERCENT}\\s*(?:${alt([...en.discounts, ...es.discounts])})(?![\\p{L}])`;
const FEW_WORDS = (n: number) => `(?:\\s+\\p{L}+){0,${n}}`;
const BARE_CODE = regex(
  `(?<![\\p{L}\\p{N}])(?:` +
    // "LUCIA15 still gets you 15% off", "con SARA10 tenéis un 10 %"
    `${CODE_WORD}(?=${FEW_WORDS(2)}\\s+(?:${alt([...en.codeGains, ...es.codeGains])})\\s+${PERCENT}(?!\\s*(?:${alt([...en.measures, ...es.measures])})(?![\\p{L}])))` +
    // "use MAYA25 for 25% off", "usa SARA10 al pagar para un 10 % de descuento"
    `|(?:${alt([...en.codeUses, ...es.codeUses])})\\s+${CODE_WORD}(?=${FEW_WORDS(3)}\\s+(?:${alt([...en.codeFor, ...es.codeFor])})\\s+${DISCOUNT})` +
    // "25% off with MAYA25", "un 10 % de descuento con SARA10"
    `|${DISCOUNT}${FEW_WORDS(4)}\\s+(?:${alt([...en.codeWith, ...es.codeWith])})\\s+${CODE_WORD}` +
    `)`,
  'giu',
);
const CREATOR_CODE = /^[A-Z]{3,15}\d{1,4}$/;

/** The first discount code: after "code" or "código", or a creator code read from its words. */
function discountCode(text: string): { start: number; end: number } | undefined {
  const m = CODE.exec(text);
  CODE.lastIndex = 0;
  if (m) return { start: m.index, end: m.index + m[0].length };
  if (!/\d\s?%/.test(text)) return undefined;
  for (const b of text.matchAll(BARE_CODE)) {
    const c = b[1] ?? b[2] ?? b[3];
    if (c && CREATOR_CODE.test(c)) return { start: b.index + b[0].length - c.length, end: b.index + b[0].length };
  }
  return undefined;
}

const AFFILIATE_PARAMS = new Set(en.affiliateParams);
const REFERRAL_PARAMS = new Set(en.referralParams);
const AFFILIATE_MEDIUMS = new Set(en.affiliateMediums);
const PERSONAL_CODE = re('u')`^(?=.*\p{L})(?=.*\d)[\p{L}\d_-]{3,30}$`;

/** The first link whose address pays the poster, and the part of it that says so. */
function referralLink(text: string, account: string | undefined): { start: number; end: number; what: string } | undefined {
  if (!text.includes('.')) return undefined;
  // The poster's name in a value (ref=lucia for @lucia_runs): parts of the handle of 4+ letters.
  const names = normalizeAccountId(account ?? '').split(/[^a-z]+/).filter((w) => w.length >= 4);
  for (const u of findUrls(text)) {
    const q = u.rest.indexOf('?');
    const params = q < 0 ? [] : u.rest.slice(q + 1).split(/[&#]/).map((kv) => kv.split('=') as [string, string?]);
    const hit = (() => {
      if (hostIn(u.host, en.affiliateHosts)) return u.host;
      for (const [rawKey, rawValue = ''] of params) {
        const key = rawKey.toLowerCase();
        const value = rawValue.toLowerCase();
        if (!value) continue;
        if (AFFILIATE_PARAMS.has(key)) return `${key}=${rawValue}`;
        if (key === 'tag' && /(?:^|\.)amazon\.|^amzn\.to$/.test(u.host)) return `${key}=${rawValue}`;
        if (key === 'utm_medium' && AFFILIATE_MEDIUMS.has(value)) return `${key}=${rawValue}`;
        if (!REFERRAL_PARAMS.has(key)) continue;
        // utm_source=newsletter, utm_campaign=spring24 are a shop's own tags; only the poster's name counts.
        if ((!key.startsWith('utm_') && PERSONAL_CODE.test(value)) || names.some((n) => value.includes(n))) return `${key}=${rawValue}`;
      }
      return undefined;
    })();
    if (hit) return { start: u.start, end: u.end, what: hit };
  }
  return undefined;
}

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
    const affiliateLink = (): Report | undefined => {
      const l = referralLink(text, ctx.draft.account);
      return l && { start: l.start, end: l.end, message: `This link carries a referral code (${l.what}), and the post says nothing about being paid.`, suggestion: 'Add "#ad" or "affiliate link".' };
    };
    if (ctx.account.kind === 'brand') {
      return aff && !disclosed()
        ? [{ start: aff.start, end: aff.end, message: `"${ctx.text.slice(aff.start, aff.end)}" is affiliate wording, and the post says nothing about being paid.`, suggestion: 'Add "#ad" or "affiliate link".' }]
        : [];
    }

    // Another brand: a handle that is not the poster's, nor the person answered, nor the reply chain.
    const own = new Set([ctx.draft.account, ctx.draft.replyTo].map((h) => normalizeAccountId(h ?? '')));
    const lead = openingMentionsEnd(text);
    const others = text.includes('@') ? [...text.matchAll(HANDLE)].filter((m) => m.index >= lead && !own.has(m[1]!.toLowerCase())) : [];

    const code = discountCode(text);
    // Praise next to a code is paid praise whether the brand is tagged, linked or named.
    const praised = others.length > 0 || code ? praise(text)[0] : undefined;
    const link = aff ? undefined : affiliateLink();
    // The brand thanked may open the post ("@glowco sent me…"): read it from the thanks itself.
    const thanked = (g: PhraseMatch) => /@([\w.]+)/.exec(text.slice(g.start, g.end))?.[1];
    const gift = text.includes('@') ? gifts(text).find((g) => !own.has(thanked(g)?.toLowerCase() ?? '')) : undefined;
    const giver = gift && thanked(gift);
    const held = holding(text)[0];
    const shill = held && speculation(text).length > 0 && pushes(text).length > 0 ? held : undefined;
    if (!aff && !link && !code && !praised && !gift && !shill) return [];
    if (disclosed()) return [];
    // Free products from a brand, and something to buy from it: the thanks is the endorsement.
    if (gift && !aff && (code || link || buy(text).length > 0 || findUrls(text).length > 0)) {
      return [{
        start: gift.start,
        end: gift.end,
        message: `This thanks @${giver} for free products and points people to buy, but does not say it was gifted.`,
        suggestion: 'Add "#gifted" or "#ad" at the start.',
      }];
    }
    if (shill && !aff && !link && !code) {
      return [{
        start: shill.start,
        end: shill.end,
        message: `"${ctx.text.slice(shill.start, shill.end)}" pushes an investment you hold; if you were paid or given tokens, say so with "#ad".`,
        suggestion: 'Add "#ad" if anyone paid you, and a risk warning.',
      }];
    }
    const out: Report[] = [];
    if (link) {
      out.push(link);
    } else if (aff) {
      out.push({
        start: aff.start,
        end: aff.end,
        message: `"${ctx.text.slice(aff.start, aff.end)}" is affiliate wording, and the post says nothing about being paid.`,
        suggestion: 'Add "#ad" or "affiliate link" where people see it first.',
      });
    } else if (code && (others.length > 0 || praised)) {
      const host = findUrls(text)[0]?.host.replace(/^www\./, '');
      out.push({
        start: code.start,
        end: code.end,
        message:
          others.length > 0
            ? `This promotes @${others[0]![1]} with a discount code but does not say it is paid or gifted.`
            : `This praises a product${host ? ` (${host})` : ''} and gives a discount code but does not say it is paid or gifted.`,
        suggestion: 'Add "#ad" or "paid partnership" at the start.',
      });
    } else if (gift ?? (praised && others.length > 0)) {
      const p = (gift ?? praised)!;
      out.push({
        start: p.start,
        end: p.end,
        severity: 'info',
        message: `If @${giver ?? others[0]![1]} paid for or gifted this, say so with "#ad" or "#gifted".`,
      });
    } else if (code) {
      out.push({
        start: code.start,
        end: code.end,
        severity: 'info',
        message: 'If this code earns you something, say so with "#ad".',
      });
    }
    return out;
  },
};
