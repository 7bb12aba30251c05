// Links in a draft, found once per text and shared by the rules that need them (link, length).
// linkifyjs finds what a reader would see as a link (with or without a scheme, with its TLD list);
// it misses hosts a public TLD list cannot know (intranet.local, 10.0.0.5/admin), which are the
// ones that matter most here, so a small regex adds scheme-less private IPs and internal hosts.
// linkifyjs costs ~0.1 ms per short post: it only reads the words around a cheap regex's hints.
import { find } from 'linkifyjs';
import { lowerKeepingOffsets } from './phrases';
import { re } from './letters';

export interface UrlMatch {
  /** [start, end) UTF-16 offsets of the link as written. */
  start: number;
  end: number;
  /** The link as written. */
  value: string;
  /** Scheme as written, lower-case ("http", "https"), or undefined when the link has none. */
  scheme?: string;
  /** Host, lower-case, without brackets or port. */
  host: string;
  /** Port as written, or undefined. */
  port?: string;
  /** Everything after the host and port ("/brand/guidelines?x=1"). */
  rest: string;
}

export interface EmailMatch {
  start: number;
  end: number;
  value: string;
  local: string;
  /** Lower-case domain. */
  domain: string;
}

// Something that could be a link: a scheme's "://", "www.", a dotted name followed by letters, an IP
// or localhost, read on the lower-cased text (a case-insensitive Unicode regex is slower in V8). Only
// the chunk around a hint matters, so a scheme is found by its "://" alone, not by trying the letters
// before it at every letter. Every repetition is bounded: an unbounded run before a failing tail is
// quadratic on 100,000 letters.
const HINT = re('gu')`:\/\/|www\.|[\p{L}\p{N}-]\.\p{L}{2}|\d\.\d{1,3}\.\d|localhost|[^\s@]@[\p{L}\p{N}-]{1,63}\.`;
const INTERNAL_HINT = /\.(?:local|internal|corp|lan|intranet|localhost|home\.arpa)\b|\d\.\d{1,3}\.\d{1,3}\.\d|localhost/i;

// Scheme-less private IPs and internal host names linkify does not see: 10.0.0.5:8080/x, wiki.corp/x.
const EXTRA_HOSTS =
  re('giu')`(?<![\p{L}\p{N}_@./:-])(?:(?:\d{1,3}\.){3}\d{1,3}|localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:local|internal|corp|lan|intranet|localhost|home\.arpa))(?::\d{2,5})?(?:\/[^\s<>"'\x60]*)?(?![\p{L}\p{N}_@-])`;

const AUTHORITY = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(?:[^@/?#\s]*@)?(\[[^\]]*\]|[^:/?#\s]*)(?::(\d+))?(.*)$/is;

function parse(value: string, start: number): UrlMatch | undefined {
  const m = AUTHORITY.exec(value);
  if (!m) return undefined;
  const host = (m[2] ?? '').replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  return {
    start,
    end: start + value.length,
    value,
    ...(m[1] ? { scheme: m[1].toLowerCase() } : {}),
    host,
    ...(m[3] ? { port: m[3] } : {}),
    rest: m[4] ?? '',
  };
}

interface Found {
  urls: UrlMatch[];
  emails: EmailMatch[];
}
const NONE: Found = { urls: [], emails: [] };

// Several rules read the same draft in a row: remember the last text only.
let lastText: string | undefined;
let lastFound: Found = NONE;

/** Whitespace-delimited chunks around each link hint: linkifyjs reads only these, not the whole text. */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of lowerKeepingOffsets(text).matchAll(HINT)) {
    const last = out[out.length - 1];
    if (last && m.index < last[1]) continue;
    let a = m.index;
    while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
    let b = m.index + m[0].length;
    while (b < text.length && !/\s/.test(text[b]!)) b++;
    out.push([a, b]);
  }
  return out;
}

const toEmail = (value: string, start: number): EmailMatch => {
  const at = value.lastIndexOf('@');
  return { start, end: start + value.length, value, local: value.slice(0, at), domain: value.slice(at + 1).toLowerCase() };
};

export function findLinks(text: string): Found {
  if (text === lastText) return lastFound;
  let found = NONE;
  const spans = chunks(text);
  if (spans.length > 0) {
    const urls: UrlMatch[] = [];
    const emails: EmailMatch[] = [];
    // One linkifyjs call over the chunks joined by spaces (each call has a fixed cost), mapped back.
    let joined = '';
    const starts: number[] = [];
    for (const [a, b] of spans) {
      starts.push(joined.length);
      joined += `${text.slice(a, b)} `;
    }
    const toText = (at: number) => {
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > at) k--;
      return spans[k]![0] + (at - starts[k]!);
    };
    for (const t of find(joined)) {
      const start = toText(t.start);
      if (t.type === 'url') {
        const u = parse(t.value, start);
        if (u) urls.push(u);
      } else if (t.type === 'email') {
        emails.push(toEmail(t.value, start));
      }
    }
    for (const [a, b] of spans) {
      if (b - a > 300) continue;
      const chunk = text.slice(a, b);
      if (!INTERNAL_HINT.test(chunk)) continue;
      for (const m of chunk.matchAll(EXTRA_HOSTS)) {
        const start = a + m.index;
        if (urls.some((u) => start < u.end && start + m[0].length > u.start)) continue;
        if (emails.some((e) => start < e.end && start + m[0].length > e.start)) continue;
        // "1.2.3.4" with no port or path is more likely a version number than an address, and so is
        // a private-looking one named as a version ("Version 10.2.3.4", "v10.0.0.1").
        if (/^[\d.]+$/.test(m[0]) && (!/^(?:10|127|192\.168|172\.(?:1[6-9]|2\d|3[01]))\./.test(m[0]) || VERSION_BEFORE.test(text.slice(Math.max(0, start - 20), start)))) continue;
        const u = parse(m[0].replace(/[.,;:!?)]+$/, ''), start);
        if (u) urls.push(u);
      }
    }
    if (urls.length > 0 || emails.length > 0) found = { urls: urls.sort((x, y) => x.start - y.start), emails };
  }
  lastText = text;
  lastFound = found;
  return found;
}

/** Words that name what follows as a version number rather than an address. */
const VERSION_BEFORE = /(?:\bv|\bversi[oó]n|\brelease|\bbuild|\bupdate|\bfirmware|\bactualizaci[oó]n)\s*[:.]?\s*$/iu;

export const findUrls = (text: string): UrlMatch[] => findLinks(text).urls;
export const findEmails = (text: string): EmailMatch[] => findLinks(text).emails;

/** The registrable part of a host, roughly: the last two labels, or three under a two-letter
 * country code with a generic second level (nimbusair.co.uk). Good enough to compare with a brand. */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1] ?? '';
  const sld = labels[labels.length - 2] ?? '';
  const take = tld.length === 2 && /^(?:co|com|org|net|gov|gob|ac|edu|ne|or|go)$/.test(sld) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Whether host is one of the domains or a subdomain of one. */
export function hostIn(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  return domains.some((d) => {
    const dd = d.toLowerCase().replace(/^\*?\./, '');
    return h === dd || h.endsWith(`.${dd}`);
  });
}
