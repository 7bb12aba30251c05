// `npm run eval [-- --set NAME]`: how well the engine does on a labelled corpus
// (the development set in ../shared by default, or one of the sets in corpus/). A report, not a gate: it exits 0
// whatever the score (2 only when the corpus or policy cannot be read).
//   caught      = risky draft (flag true) whose verdict is not clear and some finding above info has
//                 one of the expected categories
//   false alarm = benign draft (flag false) whose verdict is not clear
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jsonLines, parseDraftLine, type Id } from '../src/cli/draft-line';
import { parsePolicyText } from '../src/core/policy/parse';
import { review } from '../src/core/review';
import type { Finding, Verdict } from '../src/core/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    // --set NAME: corpus/NAME/NAME-drafts.jsonl with corpus/NAME/NAME-policy.json (holdout, blind, ordinary, blind2, blind3, blind4)
    set: { type: 'string' },
    drafts: { type: 'string' },
    policy: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const setDir = args.set ? resolve(root, 'corpus', args.set) : undefined;
args.drafts ??= setDir ? resolve(setDir, `${args.set}-drafts.jsonl`) : resolve(root, '../shared/corpus/dev-drafts.jsonl');
args.policy ??= setDir ? resolve(setDir, `${args.set}-policy.json`) : resolve(root, '../shared/corpus/dev-policy.json');

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`eval: cannot read ${path}: ${(e as Error).message}`);
    process.exit(2);
  }
}

const parsed = parsePolicyText(read(args.policy));
if (!parsed.ok) {
  console.error(`eval: ${args.policy}: ${parsed.error}`);
  process.exit(2);
}
const policy = parsed.policy;

interface Case {
  id: Id;
  text: string;
  flag: boolean | null;
  any: string[];
  verdict?: Verdict;
  findings: Finding[];
  error?: string;
}

const safeJson = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
};
const loud = (f: Finding) => f.severity !== 'info';
const now = new Date();
const cases: Case[] = [];
for (const { n, line } of jsonLines(read(args.drafts))) {
  const raw = safeJson(line) as { text?: unknown; expect?: { flag?: boolean | null; any?: string[] } } | null;
  const flag = raw?.expect?.flag ?? null;
  const any = raw?.expect?.any ?? [];
  const text = typeof raw?.text === 'string' ? raw.text : '';
  const d = parseDraftLine(line);
  if ('error' in d) {
    cases.push({ id: d.id ?? `line ${n}`, text, flag, any, findings: [], error: d.error });
    continue;
  }
  const r = review(d.draft, policy, d.at ?? now);
  cases.push({ id: d.id, text, flag, any, verdict: r.verdict, findings: r.findings });
}

const caught = (c: Case) => c.verdict !== undefined && c.verdict !== 'clear' && c.findings.some((f) => loud(f) && c.any.includes(f.category));
const alarmed = (c: Case) => c.verdict !== undefined && c.verdict !== 'clear';

const risky = cases.filter((c) => c.flag === true);
const benign = cases.filter((c) => c.flag === false);
const misses = risky.filter((c) => !caught(c));
const falseAlarms = benign.filter(alarmed);

const byExpected: Record<string, { caught: number; risky: number }> = {};
for (const c of risky) {
  for (const cat of new Set(c.any)) {
    const row = (byExpected[cat] ??= { caught: 0, risky: 0 });
    row.risky++;
    if (caught(c)) row.caught++;
  }
}
const byFound: Record<string, number> = {};
for (const c of falseAlarms) {
  for (const cat of new Set(c.findings.filter(loud).map((f) => f.category))) byFound[cat] = (byFound[cat] ?? 0) + 1;
}

const excerpt = (s: string, max = 90) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const describe = (c: Case, f: Finding) =>
  `${f.category} ${f.severity}${f.start !== undefined ? ` «${excerpt(c.text.slice(f.start, f.end), 40)}»` : ''}: ${f.message}`;
const detail = (c: Case) => ({
  id: c.id,
  text: excerpt(c.text),
  expected: c.any,
  verdict: c.verdict ?? null,
  ...(c.error ? { error: c.error } : {}),
  found: c.findings.map((f) => ({ category: f.category, severity: f.severity, rule: f.rule, excerpt: f.start !== undefined ? c.text.slice(f.start, f.end) : null, message: f.message })),
});

const summary = {
  drafts: relative(process.cwd(), args.drafts),
  total: cases.length,
  notScored: cases.filter((c) => c.flag === null).length,
  caught: risky.length - misses.length,
  risky: risky.length,
  falseAlarms: falseAlarms.length,
  benign: benign.length,
  byExpectedCategory: byExpected,
  falseAlarmsByFindingCategory: byFound,
  misses: misses.map(detail),
  falseAlarmList: falseAlarms.map(detail),
};

if (args.json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-').padStart(5);
  const ratio = (a: number, b: number) => `${a}/${b}`.padStart(7);
  const out: string[] = [];
  out.push(`Second Look eval: ${summary.drafts}, ${cases.length} drafts (${summary.notScored} not scored)`, '');
  out.push(`caught        ${ratio(summary.caught, risky.length)} ${pct(summary.caught, risky.length)}   (higher is better)`);
  out.push(`false alarms  ${ratio(falseAlarms.length, benign.length)} ${pct(falseAlarms.length, benign.length)}   (lower is better)`, '');
  out.push('risky, by expected category:');
  for (const [cat, r] of Object.entries(byExpected).sort()) out.push(`  ${cat.padEnd(20)} ${ratio(r.caught, r.risky)} ${pct(r.caught, r.risky)}`);
  out.push('', 'false alarms, by finding category:');
  const found = Object.entries(byFound).sort();
  if (found.length === 0) out.push('  none');
  for (const [cat, n] of found) out.push(`  ${cat.padEnd(20)} ${ratio(n, benign.length)}`);
  const list = (title: string, items: Case[], head: (c: Case) => string) => {
    out.push('', `${title} (${items.length}):`);
    for (const c of items) {
      out.push(`  ${c.id}  ${head(c)}`, `    "${excerpt(c.text)}"`);
      if (c.error) out.push(`    error: ${c.error}`);
      else if (c.findings.length === 0) out.push('    found: nothing');
      for (const f of c.findings) out.push(`    found: ${describe(c, f)}`);
    }
  };
  list('misses', misses, (c) => `expected ${c.any.join(' or ')}, got ${c.verdict ?? 'an error'}`);
  list('false alarms', falseAlarms, (c) => `${c.verdict}`);
  console.log(out.join('\n'));
}
