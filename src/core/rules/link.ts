// Links that will not work for the public or should not be public: intranet, development and
// preview hosts, private addresses and odd ports (critical); look-alikes of the brand's own domains
// (critical: a slip, or its words swapped); the posting brand's own name inside a domain that is not
// one of its domains (warning); editable shared documents and plain http:// (warning). Links are
// found by linkifyjs (text/urls); the checks on what they point at are hand-written because they are
// about this team's own domains and networks, which no library knows. One finding per link: the worst.
import { editableDocs, internalHostWords as enInternal, internalTlds, maybeInternalHostWords as enMaybe, previewLinks } from '../lexicons/en/link';
import { internalHostWords as esInternal, maybeInternalHostWords as esMaybe } from '../lexicons/es/link';
import type { Report, Rule } from '../rule';
import { escapeRegExp } from '../text/phrases';
import { findEmails, findUrls, hostIn, registrableDomain, type UrlMatch } from '../text/urls';
import type { Severity } from '../types';
import { re, regex } from '../text/letters';

const INTERNAL_WORDS = new Set([...enInternal, ...esInternal]);
const MAYBE_INTERNAL_WORDS = new Set([...enMaybe, ...esMaybe]);
const INTERNAL_TLD = regex(`(?:^|\\.)(?:${internalTlds.map((t) => t.replace(/\./g, '\\.')).join('|')})$`);
const DRIVE_PATH = re('gu')`(?<![\p{L}\p{N}_])(?:[A-Z]:\\(?:[^\s\\]+\\)*[^\s\\]+|\\\\[\w.-]+\\[^\s]+|smb:\/\/\S+)`;
const RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

interface Issue {
  severity: Severity;
  message: string;
  suggestion?: string;
}

function privateAddress(host: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  if (host.includes(':')) return host === '::1' || /^f[cd][0-9a-f]{2}:/i.test(host) || /^fe80:/i.test(host);
  return false;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `max`. */
export function osaDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    rows.push(row);
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

const GLYPHS: [RegExp, string][] = [[/rn/g, 'm'], [/vv/g, 'w'], [/cl/g, 'd'], [/0/g, 'o'], [/[1|]/g, 'l'], [/3/g, 'e'], [/5/g, 's'], [/-/g, '']];
const unglyph = (s: string) => GLYPHS.reduce((acc, [re, to]) => acc.replace(re, to), s.normalize('NFD').replace(/\p{M}/gu, ''));
const sorted = (s: string) => [...s].sort().join('');

const splitName = (domain: string): [string, string] => {
  const reg = registrableDomain(domain);
  const dot = reg.indexOf('.');
  return dot < 0 ? [reg, ''] : [reg.slice(0, dot), reg.slice(dot + 1)];
};

/** The brand domain `host` imitates, and how, if it does. */
export function lookAlike(host: string, brandDomains: readonly string[]): { brand: string; sameName: boolean } | undefined {
  if (hostIn(host, brandDomains)) return undefined;
  const h = host.replace(/^www\./, '');
  const [name, suffix] = splitName(h);
  for (const raw of brandDomains) {
    const brand = raw.toLowerCase().replace(/^(?:\*\.|www\.)/, '');
    const [bName, bSuffix] = splitName(brand);
    if (bName.length < 3) continue;
    // nimbusair.com.deals.io, nimbusair-com.example.net: the brand's name dressed up as a subdomain.
    const sub = h.slice(0, Math.max(0, h.length - registrableDomain(h).length));
    if (sub && (sub.includes(`${brand}.`) || sub.includes(`${brand.replace(/\./g, '-')}`))) return { brand, sameName: false };
    if (name === bName) return suffix !== bSuffix ? { brand, sameName: true } : undefined;
    if (name.replace(/-/g, '') === bName.replace(/-/g, '')) return { brand, sameName: false };
    // Typosquats are one slip away (a swap, a missing, doubled or wrong letter), or two when the
    // letters are the same ones reordered, or a look-alike glyph (rn for m, 0 for o). Two arbitrary
    // edits would also match other companies' names (cafelibre for cafelumbre), so they do not count.
    if (bName.length < 4) continue;
    const n = unglyph(name);
    const bn = unglyph(bName);
    if (n === bn || osaDistance(n, bn, 1) <= 1) return { brand, sameName: false };
    if (bName.length >= 6 && sorted(name) === sorted(bName) && osaDistance(name, bName, 2) <= 2) return { brand, sameName: false };
    if (swapped(name, bName)) return { brand, sameName: false };
  }
  return undefined;
}

/** securityequifax2017 for equifaxsecurity2017: the same two words of a brand's name, swapped. */
function swapped(name: string, bName: string): boolean {
  if (name.length !== bName.length || name === bName || bName.length < 8) return false;
  let a = 0;
  while (name[a] === bName[a]) a++;
  let z = 0;
  while (z < name.length - a && name[name.length - 1 - z] === bName[bName.length - 1 - z]) z++;
  const x = name.slice(a, name.length - z);
  const y = bName.slice(a, bName.length - z);
  const at = (y + y).indexOf(x);
  return x.length >= 6 && at >= 3 && at <= y.length - 3;
}

// The parts of an account's name that can stand in a domain: "@harborpine", "Harbor & Pine (Portland)".
const plain = (s: string) => s.replace(/\([^)]*\)/g, '').normalize('NFD').replace(/[^a-z0-9]/gi, '').toLowerCase();

/** The posting brand's own names among the brand domains: those that match its account id or label
 * (one policy may hold several brands' domains, and only the poster's own name says "ours"). */
export function ownBrandNames(brandDomains: readonly string[], ids: readonly (string | undefined)[]): string[] {
  const stems = ids.map((id) => plain(id ?? '')).filter((x) => x.length >= 5);
  const names = new Set<string>();
  for (const d of brandDomains) {
    const bName = splitName(d.toLowerCase().replace(/^(?:\*\.|www\.)/, ''))[0].replace(/-/g, '');
    for (const stem of stems) {
      if (bName === stem || stem.includes(bName)) names.add(bName);
      else if (bName.includes(stem)) names.add(stem);
    }
  }
  return [...names].filter((n) => n.length >= 5);
}

function hostWords(host: string): string[] {
  const reg = registrableDomain(host);
  const sub = host.slice(0, Math.max(0, host.length - reg.length - 1));
  if (!sub) return [];
  const words: string[] = [];
  for (const label of sub.split('.')) {
    words.push(label);
    if (label.includes('-')) words.push(...label.split(/-+/));
  }
  return words;
}

function issuesOf(u: UrlMatch, brandDomains: readonly string[], ownNames: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  const host = u.host;
  if (u.scheme === 'file' || u.scheme === 'smb') {
    issues.push({ severity: 'critical', message: 'This link points to a file on a computer or a company drive; nobody else can open it.' });
    return issues;
  }
  if (privateAddress(host)) {
    issues.push({ severity: 'critical', message: `This link points to a private network address (${host}); nobody outside your network can open it.` });
  } else if (host === 'localhost' || INTERNAL_TLD.test(host)) {
    issues.push({ severity: 'critical', message: `This link only works inside your company's network (${host}); nobody else can open it.` });
  } else {
    const words = hostWords(host);
    if (words.some((w) => INTERNAL_WORDS.has(w))) {
      issues.push({ severity: 'critical', message: `This link goes to an internal, staging or preview site (${host}), not the public one.` });
    } else if (words.some((w) => MAYBE_INTERNAL_WORDS.has(w))) {
      issues.push({ severity: 'warning', message: `This link looks like a development or back-office site (${host}); check it opens for the public.` });
    }
  }
  if (u.port && u.port !== '80' && u.port !== '443') {
    issues.push({ severity: 'critical', message: `This link uses port ${u.port}, which usually means a test or internal server the public cannot reach.` });
  }
  const like = brandDomains.length > 0 ? lookAlike(host, brandDomains) : undefined;
  if (like) {
    const fixed = u.value.replace(regex(escapeRegExp(host.replace(/^www\./, '')), 'i'), like.brand);
    issues.push(
      like.sameName
        ? { severity: 'warning', message: `${host} has your name but is not one of your domains (${like.brand}); check it is yours.`, suggestion: fixed }
        : { severity: 'critical', message: `${host} looks like ${like.brand} but is a different site; check the spelling.`, suggestion: fixed },
    );
  } else if (ownNames.length > 0 && !hostIn(host, brandDomains)) {
    // equifax-help.com, securityequifax.com: the poster's own name inside a domain that is not theirs.
    const name = splitName(host)[0].replace(/-/g, '');
    const own = ownNames.find((n) => name !== n && name.includes(n));
    if (own) issues.push({ severity: 'warning', message: `${host} has your name in it but is not one of your domains; check it is yours.` });
  }
  for (const doc of editableDocs) {
    if (doc.host.test(host) && doc.path.test(u.rest)) {
      issues.push({ severity: 'warning', message: `This links to ${doc.what}: it may only open for your team, or let anyone edit it; share a public, view-only link.` });
      break;
    }
  }
  // netlify: only branch or deploy previews ("deploy-preview-42--site", "staging--site") count.
  if (previewLinks.some((p) => p.host.test(host) && p.path.test(u.rest)) && (!host.endsWith('.netlify.app') || host.includes('--'))) {
    issues.push({ severity: 'critical', message: `This links to an unpublished preview (${host}${u.rest.length > 40 ? '' : u.rest}), not the public page.` });
  }
  if (u.scheme === 'http' && issues.length === 0) {
    issues.push({ severity: 'warning', message: 'This link uses http://, which browsers mark as not secure.', suggestion: u.value.replace(/^http:/i, 'https:') });
  }
  return issues;
}

export const link: Rule = {
  meta: {
    id: 'link',
    category: 'link',
    severity: 'warning',
    description: 'Links that only work inside the company, look-alikes of your own domains, editable documents and insecure links.',
  },
  check({ text, policy, draft, account }) {
    const urls = findUrls(text);
    const brandDomains = policy.brandDomains ?? [];
    const ownNames = urls.length > 0 && account.kind === 'brand' ? ownBrandNames(brandDomains, [draft.account, account.label]) : [];
    const out: Report[] = [];
    for (const u of urls) {
      const issues = issuesOf(u, brandDomains, ownNames);
      if (issues.length === 0) continue;
      const worst = issues.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
      out.push({ start: u.start, end: u.end, ...worst });
    }
    // Windows and network drive paths: C:\Users\…, \\fileserver\share\….
    if (text.includes('\\') || text.includes('smb:')) for (const m of text.matchAll(DRIVE_PATH)) {
      if (out.some((r) => m.index < r.end! && m.index + m[0].length > r.start!)) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        severity: 'critical',
        message: 'This points to a file on a computer or a company drive; nobody else can open it.',
      });
    }
    // E-mail addresses on a look-alike of the brand's domain (support@nimbusiar.com).
    if (brandDomains.length > 0) {
      for (const e of findEmails(text)) {
        const like = lookAlike(e.domain, brandDomains);
        if (!like || like.sameName) continue;
        out.push({
          start: e.start,
          end: e.end,
          severity: 'critical',
          message: `${e.domain} looks like ${like.brand} but is a different domain; check the spelling.`,
          suggestion: `${e.local}@${like.brand}`,
        });
      }
    }
    const allowed = new Set((policy.allowedTerms ?? []).map((t) => t.toLowerCase()));
    const kept = allowed.size ? out.filter((r) => !urls.some((u) => u.start === r.start && (allowed.has(u.host) || allowed.has(registrableDomain(u.host))))) : out;
    return kept;
  },
};
