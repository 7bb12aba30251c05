// `npm run --silent review -- --policy FILE [--now ISO] [--pretty] FILE|-`
// Reviews drafts (JSON lines) against a policy and writes one JSON line per draft, in order. A bad
// line is reported in place and the run goes on; only a bad policy or an unreadable input stops it
// (exit 2). This is also how a team tests its policy against old posts.
import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parsePolicyText } from '../core/policy/parse';
import { isIsoDate } from '../core/policy/schema';
import { review } from '../core/review';
import { parseDraftLine } from './draft-line';
import { prettyError, prettyReview, prettySummary } from './pretty';

const USAGE = 'usage: review --policy FILE [--now ISO] [--pretty] FILE|-   (drafts as JSON lines; - reads stdin)';

function fail(message: string): never {
  process.stderr.write(`review: ${message}\n`);
  process.exit(2);
}

const REASONS: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' };
const reason = (e: unknown) => REASONS[(e as NodeJS.ErrnoException).code ?? ''] ?? (e as Error).message;

function options() {
  try {
    const { values, positionals } = parseArgs({
      options: {
        policy: { type: 'string' },
        now: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (!values.policy) fail(`--policy is required\n${USAGE}`);
    if (positionals.length !== 1) fail(`expected one drafts file (or - for stdin)\n${USAGE}`);
    if (values.now !== undefined && !isIsoDate(values.now)) fail(`--now: expected an ISO date, got "${values.now}"`);
    return { policy: values.policy, now: values.now, pretty: values.pretty, input: positionals[0] as string };
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`);
  }
}

/** Lines of the input, read as they come (stdin may be a live pipe). */
async function* lines(path: string): AsyncGenerator<string> {
  if (path === '-') return yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
  const file = createReadStream(path, 'utf8');
  await once(file, 'ready'); // fails here, before any output, if the file cannot be opened
  yield* createInterface({ input: file, crlfDelay: Infinity });
}

async function main() {
  const opts = options();
  let policyText: string;
  try {
    policyText = await readFile(opts.policy, 'utf8');
  } catch (e) {
    fail(`cannot read policy ${opts.policy}: ${reason(e)}`);
  }
  const parsed = parsePolicyText(policyText);
  if (!parsed.ok) fail(`${opts.policy}: ${parsed.error}`);
  const now = opts.now ? new Date(opts.now) : new Date();
  const style = { ansi: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR };
  const counts: Record<string, number> = { stop: 0, caution: 0, clear: 0, errors: 0 };
  const write = (s: string) => process.stdout.write(s);

  let n = 0;
  try {
    for await (const raw of lines(opts.input)) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      const d = parseDraftLine(line);
      const label = d.id === null ? `line ${n}` : `${d.id} (line ${n})`;
      if ('error' in d) {
        counts.errors!++;
        write(opts.pretty ? prettyError(label, d.error, style) : `${JSON.stringify({ id: d.id, error: `line ${n}: ${d.error}` })}\n`);
        continue;
      }
      let r;
      try {
        r = review(d.draft, parsed.policy, d.at ?? now);
      } catch (e) {
        counts.errors!++;
        const error = `review failed: ${(e as Error).message}`;
        write(opts.pretty ? prettyError(label, error, style) : `${JSON.stringify({ id: d.id, error })}\n`);
        continue;
      }
      counts[r.verdict]!++;
      write(opts.pretty ? prettyReview(d.id, d.draft.text, r, style) : `${JSON.stringify({ id: d.id, ...r })}\n`);
    }
  } catch (e) {
    fail(`cannot read ${opts.input}: ${reason(e)}`);
  }
  if (opts.pretty) write(prettySummary(counts));
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
await main();
