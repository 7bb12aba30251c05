// Other people's personal data in a public post, reply or comment: card numbers and IBANs
// (checksums: Luhn, ibantools), bank account numbers, identity document numbers and booking or account
// references when the text says what they are, phone numbers (libphonenumber-js/min, on digit runs a regex finds first: its text scanner costs 0.1 ms a call), private e-mail addresses and home
// addresses. A private message is where such details belong: there the rule only whispers (info).
// The brand's own lines stay quiet: addresses on its brandDomains, role mailboxes on a company
// domain (press@, hola@), toll-free and business numbers, and numbers introduced as the brand's own
// ("call us on", "llámanos al"), and a bank account in a post that asks for donations. Cues are data
// in lexicons/<lang>/privacy.
import { isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import * as en from '../lexicons/en/privacy';
import * as es from '../lexicons/es/privacy';
import { MAX_FINDINGS_PER_RULE, overlapsAny, type Report, type Rule } from '../rule';
import { anyOf as alt } from '../text/alternation';
import { phraseMatcher } from '../text/phrases';
import { sentenceStart, STOP_THEN_SPACE } from '../text/sentence';
import { findEmails, hostIn } from '../text/urls';
import type { Severity } from '../types';
import { re, regex } from '../text/letters';

const L = '\\p{L}\\p{N}_';

const FREE_MAIL = new Set([...en.freeMailDomains, ...es.freeMailDomains]);
const ROLE_MAILBOX = new Set([...en.roleMailboxes, ...es.roleMailboxes]);
// The brand's own line: a cue somewhere in the same sentence, before the number or address.
const OWN_CUE = regex(`(?<![${L}])(?:${alt([...en.ownContactCues, ...es.ownContactCues])})(?![${L}])`, 'iu');
// A label right in front of the value ("Tel: 912 345 678", "WhatsApp 612…").
const LABEL_BEFORE = regex(`(?<![${L}])(?:${alt([...en.contactLabels, ...es.contactLabels])})\\s*(?:[:.\\-–]|on|at|al|en)?\\s*$`, 'iu');
// Phone-looking runs: 7 to 15 digits with the usual separators; libphonenumber reads only these.
const PHONE_CANDIDATE = /(?<!\d)(?:\+|\(\+?)?\d(?:[\s().\-/]{0,3}\d){6,16}(?!\d)/g;
// A post with more phone-like numbers than this is a table, not a slip: read only the first ones.
const MAX_PHONE_CANDIDATES = 12;
const BUSINESS_PREFIX = new Map(Object.entries(en.businessNumberPrefixes).map(([cc, re]) => [cc, regex(re)]));

// Cues match in any case ("Booking ref", "booking REF"), values only as written (capitals): a
// case-insensitive cue is spelled out here so that the value part stays case-sensitive.
// Acronyms (DNI, SSN, PNR) count only in capitals: "rut" and "nie" are words too.
const isAcronym = (x: string) => /^[A-Z]{2,5}$/.test(x);
const anyCase = (xs: string[]) =>
  xs.map((x) =>
    isAcronym(x)
      ? x
      : x.replace(/\\p\{[^}]*\}|\\.|\[[^\]]*\]|\p{L}/gu, (c) => (c.length === 1 && c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)),
  );
// Verbs and possessives in any case, names ("Call Priya", "Priya's number") only capitalised.
const PERSON_CUE = regex(`(?<![${L}])(?:${alt(anyCase([...en.personContactCues, ...es.personContactCues]))})(?![${L}])`, 'u');
const CONNECTOR = `(?:\\s*[:#.\\-–]?\\s*(?:${alt(anyCase([...en.valueConnectors, ...es.valueConnectors]))})(?![${L}]))`;
// A reference value: letters and digits, with at least one digit, or a six-letter capital locator.
const REF_VALUE = '((?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{3,28}[A-Z0-9]|[A-Z]{6})';
const DOC_VALUE = '((?=(?:[A-Z-]*\\d){3})[A-Z0-9][A-Z0-9-]{1,15}[A-Z0-9])';
const DATE_VALUE =
  '(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:de\\s+)?\\p{L}{3,10}\\.?,?\\s+(?:de\\s+)?\\d{4}|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})';
const YEAR = /^(?:19|20)\d\d$/;

interface CuedValue {
  /** Where the cue starts and the value ends. */
  index: number;
  end: number;
  value: string;
  valueStart: number;
}

/**
 * Finds "cue … value": the cues are found first (a lexicon matcher, cheap), and the connectors and
 * value are matched only right after each cue (sticky). One regex doing both costs five times more on
 * long texts. Acronym cues (DNI, PNR) match only in capitals: "rut" and "nie" are words too.
 */
function cueThenValue(cues: string[], value: string, between = `(?:${CONNECTOR}|\\s*[.:#]+){0,4}\\s*`) {
  const acronyms = cues.filter(isAcronym);
  const words = phraseMatcher(cues.filter((c) => !isAcronym(c)), { regex: true });
  // Built at first need: most drafts hold no cue at all.
  let capitals: RegExp | undefined;
  let rest: RegExp | undefined;
  return (text: string): CuedValue[] => {
    const out: CuedValue[] = [];
    if (acronyms.length && /[A-Z]{2}/.test(text)) capitals ??= regex(`(?<![${L}])(?:${alt(acronyms)})(?![${L}])`, 'gu');
    const cuesFound = [...words(text), ...(capitals ? [...text.matchAll(capitals)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [])];
    for (const cue of cuesFound) {
      rest ??= regex(`(?![${L}])${between}${value}(?![${L}])`, 'uy');
      rest.lastIndex = cue.end;
      const r = rest.exec(text);
      if (!r) continue;
      const end = rest.lastIndex;
      out.push({ index: cue.start, end, value: r[1]!, valueStart: end - r[1]!.length });
    }
    return out.sort((a, b) => a.index - b.index);
  };
}

// An account number after its cue ("account 40-17-62 31845527", "CLABE 002180700000000019"): digit
// groups joined by single spaces or hyphens, not an amount ("12,500.00", "20 %").
const ACCOUNT = cueThenValue([...en.accountCues, ...es.accountCues], '(\\d+(?:-\\d+|\\s\\d{2,}){0,6})(?![.,]\\d|\\s*[%€£$])');
// A sort code then the account ("40-17-62 31845527"), or 18 digits and more (CLABE, CBU, a Spanish
// CCC): a bank account whatever the cue.
const BANK_SHAPE = /^\d{2}[- ]\d{2}[- ]\d{2}[- ]\d|^(?:\D*\d){18}/;
const BANK_WORD = regex(`(?<![${L}])(?:${alt(anyCase([...en.bankWords, ...es.bankWords]))})(?![${L}])`, 'u');
const DONATION = regex(`(?<![${L}])(?:${alt([...en.donationCues, ...es.donationCues])})(?![${L}])`, 'iu');
const AMOUNT_OR_DATE = /^\d{1,3}(?: \d{3})+$|^(?:(?:19|20)\d\d[\s-]*)+$|^\d{1,4}-\d{1,2}-\d{1,4}$/;

const REFERENCE = cueThenValue([...en.referenceCues, ...es.referenceCues], REF_VALUE);
const DOCUMENT = cueThenValue([...en.documentCues, ...es.documentCues], DOC_VALUE);
const BIRTH_DATE = cueThenValue([...en.birthDateCues, ...es.birthDateCues], DATE_VALUE, '\\s*(?:is|was|es|:)?\\s*:?\\s*');

// Spanish DNI / NIE with a valid control letter need no cue: nothing else looks like one.
const DNI = re('gu')`(?<![\p{L}\p{N}])([XYZ]-?)?(\d{7,8})-?([A-Z])(?![\p{L}\p{N}])`;
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

const CARD = re('gu')`(?<![\p{N}.,])(?:\d[ -]?){12,18}\d(?![\p{N}]|[.,]\d)`;
const IBAN = re('giu')`(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])`;
const MAYBE_PHONE = /(?:\d[\s().\-/]{0,3}){7}/;

// A street address: "42 Elm Street", "12 Baker St.", "Calle Mayor 5, 3ºB". Capitalised words and
// street words as written (no i flag: with it, \p{Lu} would match any letter).
const STREET =
  `(?:\\d{1,5}[a-zA-Z]?,?\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}(?:${alt(anyCase(en.streetWords))})\\.?(?![${L}])|` +
  `(?:${alt(anyCase(es.streetWords))})\\.?\\s+(?:(?:de|del|la|las|los|el)\\s+)?(?:\\p{Lu}[\\p{L}'-]*\\s+)(?:(?:de|del|la|las|los|el)\\s+|\\p{Lu}[\\p{L}'-]*\\s+){0,3}\\d{1,4})` +
  `(?:,?\\s*\\d{1,3}\\s*[º°ª]\\s*\\p{Lu}?|,?\\s+(?:apt|flat|piso|puerta)\\.?\\s*\\d{1,4}\\p{Lu}?)?`;
// "her address is 42 Elm Street", "lives at …": someone's home wherever it is said.
const HOME_ADDRESS = cueThenValue([...en.homeAddressCues, ...es.homeAddressCues], `(${STREET})`, '\\s*:?\\s*');
// "we'll send a new one to 42 Elm Street": in a reply, where the customer lives.
const DELIVERY_ADDRESS = cueThenValue([...en.deliveryCues, ...es.deliveryCues], `(${STREET})`, '\\s*:?\\s*');
const OWN_PLACE = regex(`(?<![${L}])(?:${alt([...en.ownPlaceCues, ...es.ownPlaceCues])})(?![${L}])`, 'iu');

const NOT_A_PHONE = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$/;

/** The candidate run as a valid phone number, read as international, US, Spanish or British. */
function readPhone(run: string): { business: boolean } | undefined {
  if (NOT_A_PHONE.test(run)) return undefined;
  for (const country of ['US', 'ES', 'GB'] as const) {
    const p = parsePhoneNumberFromString(run, country);
    if (p?.isValid()) {
      return { business: BUSINESS_PREFIX.get(p.countryCallingCode)?.test(p.nationalNumber) ?? false };
    }
    if (run.startsWith('+')) return undefined;
  }
  return undefined;
}

// A number handed over as a person's ("text her on …", "we'll call you back on …", "your number as
// …") counts even where the phone metadata does not know the range (new, reserved or foreign numbers,
// Ofcom's drama range): the words say whose it is, and a real number in a range allocated after the
// metadata was built is as private. It must still have a length its country's numbers can have.
const HANDED_OVER = regex(
  `(?:${PERSON_CUE.source}|(?<![${L}])(?:${alt(anyCase([...en.handOverCues, ...es.handOverCues]))}))\\s*(?:on|at|al|en|as|is|es|como|:)?\\s*$`,
  'u',
);
function handedOver(run: string, head: string): boolean {
  const digits = run.replace(/\D/g, '').length;
  if (digits < 9 || digits > 13 || !HANDED_OVER.test(head)) return false;
  return (['US', 'ES', 'GB'] as const).some((country) => parsePhoneNumberFromString(run, country)?.isPossible());
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The sentence (or line) before `at`, for cue look-ups. */
const before = (text: string, at: number, max = 80): string => text.slice(sentenceStart(text, at, max, STOP_THEN_SPACE), at);

interface Span extends Report {
  start: number;
  end: number;
}

export const privacy: Rule = {
  meta: {
    id: 'privacy',
    category: 'privacy',
    severity: 'warning',
    description: "Another person's card number, IBAN or bank account, document number, booking reference, phone, e-mail or home address in public.",
  },
  check({ text, draft, policy }) {
    const isPublic = draft.context !== 'message';
    const sev = (s: Severity): Severity => (isPublic ? s : 'info');
    const found: Span[] = [];
    const add = (r: Span) => {
      // The engine keeps no more than this anyway; without the cap the overlap check is quadratic.
      if (found.length < MAX_FINDINGS_PER_RULE && !overlapsAny(found, r.start, r.end)) found.push(r);
    };
    const hasDigits = /\d/.test(text);
    // A post asking for donations gives its own account to be paid into.
    let appeal: boolean | undefined;
    const forDonations = () => (appeal ??= draft.context === 'post' && DONATION.test(text));

    if (hasDigits) {
      // IBANs and account numbers before cards: a card-like run inside an account number is the account.
      if (/[A-Za-z]{2}\d{2}/.test(text)) {
        for (const m of text.matchAll(IBAN)) {
          // The greedy match may run into a following code; try shorter readings until one is valid.
          let v = m[0];
          while (v.length >= 15) {
            if (isValidIBAN(v.replace(/[ -]/g, '').toUpperCase())) {
              const own = isPublic && forDonations();
              add({
                start: m.index,
                end: m.index + v.length,
                severity: own ? 'info' : sev('critical'),
                message: own
                  ? 'A bank account number (IBAN) will be public: fine if it is your own, for donations.'
                  : isPublic
                    ? 'This is a bank account number (IBAN); in public it invites fraud, so send it privately instead.'
                    : 'This message contains a bank account number (IBAN).',
              });
              break;
            }
            v = v.replace(/[ -]?[A-Z0-9]{1,4}$/i, '');
          }
        }
      }
      for (const m of ACCOUNT(text)) {
        const digits = m.value.replace(/\D/g, '').length;
        if (digits < 8 || digits > 24 || AMOUNT_OR_DATE.test(m.value)) continue;
        const bank = BANK_SHAPE.test(m.value) || BANK_WORD.test(before(text, m.valueStart));
        const own = isPublic && forDonations();
        add({
          start: m.valueStart,
          end: m.end,
          severity: own ? 'info' : sev(bank ? 'critical' : 'warning'),
          message: own
            ? 'A bank account number will be public: fine if it is your own, for donations.'
            : isPublic
              ? `This looks like someone's ${bank ? 'bank ' : ''}account number; in public it invites fraud.`
              : `This message contains ${bank ? 'a bank' : 'an'} account number.`,
          ...(isPublic && !own ? { suggestion: 'Remove it and ask for or confirm the details in a private message.' } : {}),
        });
      }
      for (const m of text.matchAll(CARD)) {
        const digits = m[0].replace(/\D/g, '');
        if (digits.length < 13 || digits.length > 19 || !/^[2-6]/.test(digits) || !luhn(digits)) continue;
        if (/^(\d)\1+$/.test(digits)) continue;
        add({
          start: m.index,
          end: m.index + m[0].length,
          severity: sev('critical'),
          message: isPublic ? "This looks like a payment card number; it would be public." : 'This message contains a payment card number.',
          ...(isPublic ? { suggestion: 'Remove the number and ask for payment details privately.' } : {}),
        });
      }
      for (const m of BIRTH_DATE(text)) {
        add({
          start: m.valueStart,
          end: m.end,
          severity: sev('warning'),
          message: isPublic ? "This is someone's date of birth; it would be public." : 'This message contains a date of birth.',
        });
      }
      for (const m of DOCUMENT(text)) {
        if (YEAR.test(m.value) && !/ending|ends|termina|acaba/i.test(text.slice(m.index, m.end))) continue;
        add({
          start: m.valueStart,
          end: m.end,
          severity: sev('critical'),
          message: isPublic ? "This looks like someone's identity document number; it would be public." : 'This message contains an identity document number.',
        });
      }
      for (const m of /\d{7}/.test(text) ? text.matchAll(DNI) : []) {
        const n = Number(`${m[1] ? 'XYZ'.indexOf(m[1][0]!) : ''}${m[2]}`);
        if (m[1] ? m[2]!.length !== 7 : m[2]!.length !== 8) continue;
        if (DNI_LETTERS[n % 23] !== m[3]) continue;
        add({
          start: m.index,
          end: m.index + m[0].length,
          severity: sev('critical'),
          message: isPublic ? 'This looks like a Spanish ID number (DNI/NIE); it would be public.' : 'This message contains a Spanish ID number (DNI/NIE).',
        });
      }
    }

    for (const m of REFERENCE(text)) {
      if (YEAR.test(m.value)) continue;
      add({
        start: m.valueStart,
        end: m.end,
        severity: sev('warning'),
        message: isPublic
          ? "This is someone's booking or account reference; with it, anyone could look up or change their booking."
          : 'This message contains a booking or account reference.',
        ...(isPublic ? { suggestion: 'Ask them to send it in a private message instead.' } : {}),
      });
    }
    if (hasDigits) {
      if (MAYBE_PHONE.test(text)) {
        let budget = MAX_PHONE_CANDIDATES;
        for (const c of text.matchAll(PHONE_CANDIDATE)) {
          if (overlapsAny(found, c.index, c.index + c[0].length)) continue;
          if (budget-- <= 0) break;
          const phone = readPhone(c[0]);
          if (!phone && !handedOver(c[0], before(text, c.index))) continue;
          const start = c.index;
          const end = c.index + c[0].length;
          const raw = text.slice(start, end);
          // Bare digit runs without any grouping are more often codes than phone numbers.
          if (/^\d{7,9}$/.test(raw) && !/^[67]/.test(raw)) continue;
          const head = before(text, start);
          const person = PERSON_CUE.test(head) || HANDED_OVER.test(head);
          // The brand's own line: a business number, a cue ("call us on"), or, in a post of its
          // own (not a reply to someone), a number nobody says is a person's.
          const own = !person && (phone?.business || OWN_CUE.test(head) || draft.context === 'post' || LABEL_BEFORE.test(head));
          add({
            start,
            end,
            severity: own ? 'info' : sev('warning'),
            message: own
              ? 'A phone number will be public: fine if it is your own published line.'
              : "This looks like a person's phone number; it would be public.",
            ...(own || !isPublic ? {} : { suggestion: 'Remove it and share it privately.' }),
          });
        }
      }
      // Home addresses: said to be someone's ("her address is", "lives at"), or, in a reply, where
      // the brand sends something to ("we'll send a new one to"). A place of the brand's stays quiet.
      const homes = HOME_ADDRESS(text);
      const deliveries = draft.context === 'post' ? [] : DELIVERY_ADDRESS(text);
      for (const m of [...homes, ...deliveries]) {
        // A delivery to one of the brand's own places ("we sent it to our store at …") is not a home.
        if (!homes.includes(m) && OWN_PLACE.test(before(text, m.valueStart, 60))) continue;
        add({
          start: m.valueStart,
          end: m.end,
          severity: sev('warning'),
          message: isPublic ? "This looks like someone's home address; it would be public." : 'This message contains a home address.',
          ...(isPublic ? { suggestion: 'Remove the address and confirm it in a private message.' } : {}),
        });
      }
    }

    if (text.includes('@')) {
      const brand = policy.brandDomains ?? [];
      for (const e of findEmails(text)) {
        if (hostIn(e.domain, brand)) continue;
        const local = e.local.toLowerCase().replace(/[._-]/g, '');
        const free = FREE_MAIL.has(e.domain);
        if (!free && (ROLE_MAILBOX.has(local) || ROLE_MAILBOX.has(e.local.toLowerCase()))) continue;
        const head = before(text, e.start);
        const own = !PERSON_CUE.test(head) && (OWN_CUE.test(head) || (draft.context === 'post' && /(?:e-?mail|correo)\s*:?\s*$/i.test(head)));
        // first.last@another-company.com in a reply is a person's work address; elsewhere, a contact.
        const personal = free || (draft.context !== 'post' && /^\p{L}{2,}[._]\p{L}{2,}$/u.test(e.local));
        const severity: Severity = own ? 'info' : sev(personal ? 'warning' : 'info');
        add({
          start: e.start,
          end: e.end,
          severity,
          message: free
            ? own
              ? 'A personal-looking e-mail address will be public: fine if it is your own published one.'
              : "This looks like a person's private e-mail address; it would be public."
            : 'This e-mail address is not on your own domains: check it is meant to be public.',
          ...(severity === 'warning' ? { suggestion: 'Remove it, or use your team\'s shared address.' } : {}),
        });
      }
    }

    found.sort((a, b) => a.start - b.start);
    return found;
  },
};
