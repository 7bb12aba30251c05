// `npm run bench`: is the engine fast enough to sit between a click and a post?
//  - per-draft review latency (median, p95) for ~280- and ~3,000-character drafts
//  - start-up: load and initialise the bundled engine in fresh processes (the budget), then the
//    first review there, reported apart: V8 compiles each pattern at its first use (the worker
//    pays that in a warm-up right after it starts, before a person can post)
//  - alex (retext-equality + profanities) on the same drafts in the same run, as a yardstick
// Prints budgets with PASS/FAIL and writes bench/results/engine.json. Exits non-zero only on a crash.
import { text as alex } from 'alex';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveAccount } from '../src/core/policy/account';
import { parsePolicyText } from '../src/core/policy/parse';
import { review } from '../src/core/review';
import { rules } from '../src/core/rules/index';
import type { Draft } from '../src/core/types';
import { mulberry32 } from '../tests/helpers/prng';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(root, '../shared/corpus');
const policyText = readFileSync(join(corpusDir, 'dev-policy.json'), 'utf8');
const parsed = parsePolicyText(policyText);
if (!parsed.ok) throw new Error(parsed.error);
const policy = parsed.policy;
const NOW = new Date('2026-11-20T15:00:00Z');

// --- the drafts -----------------------------------------------------------------------------
// Corpus drafts (the mistakes we look for) mixed with ordinary posts (what most traffic is).
const corpus: Draft[] = readFileSync(join(corpusDir, 'dev-drafts.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Draft);

const ordinary = [
  'Our spring timetable is out: more morning flights to Lisbon, Porto and Seville from 28 March. Fares from €39 one way.',
  'Thank you to the 2,400 of you who came to the open day on Saturday! Photos below 📸 #NimbusAir',
  'Hi @maria_g, sorry to hear your bag is late. Please DM us your file reference and we will chase it today.',
  'We are hiring cabin crew in Madrid and Barcelona. Apply by 15 December: https://nimbusair.com/careers',
  '¡Nueva ruta Madrid–Oslo! Vuelos los martes y viernes desde el 3 de marzo. Reserva en nimbusair.com ✈️',
  'Proud to share our 2025 sustainability report: 18% less fuel per seat-kilometre than in 2019.',
  'Congrats to our Valencia ground team for the best on-time record this quarter 👏👏',
  'Travel tip: online check-in opens 30 hours before departure, and the app keeps your boarding pass offline.',
  'Hola @jose_p, lo sentimos mucho por el retraso. Te escribimos por mensaje privado con los detalles.',
  'Our new café menu has oat milk flat whites, a vegan bocadillo and churros for the little ones ☕🥐',
  'Happy #WorldTourismDay to everyone who keeps our cities welcoming all year round.',
  'Snow in the Alps means winter sports season: ski bags fly free on all Geneva routes until April.',
  'We have updated our baggage rules: one small bag under the seat, plus a 10 kg cabin bag on Plus fares.',
  'Reminder: the Barcelona airport strike on Thursday does not affect our flights. Check your status in the app.',
  'Great chat with students at Universidad Complutense about careers in aviation. Thanks for the sharp questions!',
  'Weekend in Porto? Pastéis de nata, river views and port cellars, 1h15 from Madrid. 🍷',
  '@tom_ortiz thanks for flying with us, we loved the photo from seat 2A! 😊',
  'Our customer team is available 24/7 on chat, and by phone from 8:00 to 22:00 CET on +34 910 000 000.',
  'This month we planted 5,000 trees with @ReforestaES, one for every passenger on our new Bilbao route 🌳',
  'LinkedIn friends: we are looking for a senior data engineer to join our revenue team. Hybrid, Madrid.',
  'Family fares are back: kids under 12 fly for €19 on all domestic routes this Easter 🐣',
  'Lost property from flights in November is now at the Terminal 2 desk. Bring your boarding pass or booking email.',
  'Hoy celebramos 10 años volando juntos. Gracias a cada pasajero, a cada tripulante y a cada equipo de tierra ❤️',
  'Quick poll: window 🪟 or aisle 💺? Tell us below!',
  'From 1 January, all our aircraft will offer free messaging Wi-Fi. Streaming packages from €4.99.',
  'Accessibility: assistance can be booked up to 48 hours before departure in the app or at nimbusair.com/help.',
  'Meet Ana, first officer on our A320 fleet, who started as cabin crew 8 years ago. Her story 👇 #WomenInAviation',
  'Las tarjetas de embarque ya se pueden añadir a Apple Wallet y Google Wallet desde la app.',
  'Good morning from Seville 🌞 23°C and clear skies for today’s first arrivals.',
  'We will be at FITUR in Madrid from 22 to 26 January, stand 4C12. Come and say hi!',
];

/** `count` drafts of about `size` characters: real texts glued together and cut at a word edge. */
function makeDrafts(count: number, size: number, seed: number): Draft[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const texts = [...corpus.map((d) => d.text).filter((t) => t.length < 1000), ...ordinary];
  return Array.from({ length: count }, (_, i) => {
    const like = corpus[i % corpus.length] as Draft;
    let text = i < corpus.length && like.text.length >= size * 0.8 ? like.text : '';
    while (text.length < size) text += (text ? (size > 500 ? '\n\n' : ' ') : '') + pick(texts);
    if (text.length > size) {
      const cut = text.lastIndexOf(' ', size);
      text = text.slice(0, cut > size * 0.8 ? cut : size);
      if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
    }
    const { platform, account, context, replyTo } = like;
    return { text, platform: size > 500 && platform === 'x' ? 'linkedin' : platform, account, context, ...(replyTo ? { replyTo } : {}) };
  });
}

// --- measuring ------------------------------------------------------------------------------
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const stats = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), mean: s.reduce((a, b) => a + b, 0) / s.length };
};

/** Per-call times in ms over `rounds` passes, after `warmup` untimed passes. */
function time(drafts: Draft[], fn: (d: Draft) => unknown, rounds: number, warmup: number) {
  for (let w = 0; w < warmup; w++) for (const d of drafts) fn(d);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of drafts) {
      const t0 = performance.now();
      fn(d);
      samples.push(performance.now() - t0);
    }
  }
  return stats(samples);
}

/** Bundle the engine as the extension would ship it, then time import + first review in fresh processes. */
async function startup(runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'second-look-bench-'));
  const bundle = join(dir, 'engine.mjs');
  await build({
    stdin: {
      contents: "export { review } from './src/core/review'; export { parsePolicy } from './src/core/policy/parse';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    outfile: bundle,
    logLevel: 'error',
  });
  const child = join(dir, 'child.mjs');
  writeFileSync(
    child,
    `const t0 = performance.now();
const { review, parsePolicy } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
const t1 = performance.now();
const policy = parsePolicy(${policyText.trim()});
review({ text: 'Our spring timetable is out: more flights to Lisbon from 28 March.', platform: 'x', account: '@nimbusair', context: 'post' }, policy.policy, new Date());
const t2 = performance.now();
console.log(JSON.stringify([t2 - t0, t1 - t0]));`,
  );
  const times = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [child], { encoding: 'utf8' })) as [number, number]);
  return {
    load: stats(times.map((t) => t[1])),
    firstReview: stats(times.map((t) => t[0] - t[1])),
    runs,
    bundleKiB: Math.round(readFileSync(bundle).length / 1024),
  };
}

// --- the run --------------------------------------------------------------------------------
const ROUNDS = 5;
const sets = [
  { name: '280 chars', size: 280, budgetP95: 1, drafts: makeDrafts(240, 280, 280) },
  { name: '3,000 chars', size: 3000, budgetP95: 5, drafts: makeDrafts(240, 3000, 3000) },
];

// Ours first, for every size, then alex: alex allocates heavily, and the collections it causes
// discard V8's compiled code for our regexes, so timing ours after it measures recompilation.
const oursBySet = sets.map((set) => time(set.drafts, (d) => review(d, policy, NOW), ROUNDS, 2));
const rows = sets.map((set, i) => {
  const ours = oursBySet[i]!;
  const theirs = time(set.drafts, (d) => alex(d.text), 1, 1);
  const meanChars = Math.round(set.drafts.reduce((a, d) => a + d.text.length, 0) / set.drafts.length);
  return { name: set.name, drafts: set.drafts.length, meanChars, ours, alex: theirs, ratio: theirs.mean / ours.mean, budgetP95: set.budgetP95 };
});
const start = await startup(9);

// Which rules the time goes to, for whoever needs to make the engine faster.
const perRule = rules
  .map((rule) => {
    const [short, long] = sets.map((set) =>
      time(set.drafts, (d) => rule.check({ draft: d, text: d.text, policy, account: resolveAccount(d, policy, NOW), now: NOW }), 1, 1),
    );
    return { rule: rule.meta.id, mean280: short!.mean, mean3000: long!.mean };
  })
  .sort((a, b) => b.mean3000 - a.mean3000);

const budgets = {
  p95_280: rows[0]!.ours.p95 < 1,
  p95_3000: rows[1]!.ours.p95 < 5,
  startup: start.load.p95 < 50,
  vsAlex: rows.every((r) => r.ratio >= 5),
};

const ms = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(1)).padStart(7) + ' ms';
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const W = 56;
const out = [
  `Second Look engine bench · node ${process.version} · ${availableParallelism()} cores · ${cpu}`,
  '',
  `${`review latency (${ROUNDS} timed rounds after 2 warm-up rounds)`.padEnd(W)}${'median'.padStart(10)} ${'p95'.padStart(10)}   budget`,
  ...rows.map(
    (r) =>
      `  ${`${r.name} (${r.drafts} drafts, mean ${r.meanChars} chars)`.padEnd(W - 2)}${ms(r.ours.median)} ${ms(r.ours.p95)}   p95 < ${r.budgetP95} ms   ${verdict(r.ours.p95 < r.budgetP95)}`,
  ),
  '',
  `${`start-up: bundled engine (${start.bundleKiB} KiB), ${start.runs} fresh processes`.padEnd(W)}${'median'.padStart(10)} ${'p95'.padStart(10)}`,
  `  ${'load and initialise the engine'.padEnd(W - 2)}${ms(start.load.median)} ${ms(start.load.p95)}   < 50 ms      ${verdict(budgets.startup)}`,
  `  ${'then its first review (patterns compiled on use)'.padEnd(W - 2)}${ms(start.firstReview.median)} ${ms(start.firstReview.p95)}   (the worker's warm-up)`,
  '',
  `${'alex 11 (text()) on the same drafts, same run'.padEnd(W)}${'alex med.'.padStart(10)} ${'alex/ours'.padStart(10)}`,
  ...rows.map((r) => `  ${r.name.padEnd(W - 2)}${ms(r.alex.median)} ${`${r.ratio.toFixed(1)}×`.padStart(10)}   ≥ 5×         ${verdict(r.ratio >= 5)}`),
  '  (alex/ours = mean time per draft, alex over ours)',
  '',
  `${'slowest rules (mean per draft)'.padEnd(W)}${'280'.padStart(10)} ${'3,000'.padStart(10)}`,
  ...perRule.slice(0, 6).map((r) => `  ${r.rule.padEnd(W - 2)}${ms(r.mean280)} ${ms(r.mean3000)}`),
];
console.log(out.join('\n'));

const resultsDir = join(root, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, 'engine.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: availableParallelism(), cpu, rounds: ROUNDS, latency: rows, startup: start, perRule, budgets }, null, 2)}\n`,
);
console.log(`\nwrote bench/results/engine.json`);
