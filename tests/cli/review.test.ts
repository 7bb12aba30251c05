// The real command, spawned as a user would run it, on temp files and on stdin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftLine } from '../../src/cli/draft-line';
import { highlight } from '../../src/cli/pretty';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'second-look-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const policy = file('policy.json', JSON.stringify({ version: 1, accounts: [{ platform: 'x', id: '@brand', kind: 'brand' }] }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/review.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}
const json = (lines: string[]) => lines.map((l) => JSON.parse(l));

const draft = (id: string | number, text: string, extra: object = {}) =>
  JSON.stringify({ id, text, platform: 'x', account: '@Brand', context: 'post', ...extra });
const drafts = [
  draft('one', 'Hello {first_name}, our new route opens today!'),
  draft('two', 'Our new route to Oslo opens today.'),
  '',
  draft(3, 'Thanks {{name}}!', { context: 'reply', replyTo: '@kate', at: '2026-01-01T10:00:00Z' }),
].join('\n');

describe('review CLI', { timeout: 30_000 }, () => {
  it('writes one JSON line per draft, in order, skipping blank lines', () => {
    const r = run(['--policy', policy, '--now', '2026-11-20T15:00:00Z', file('drafts.jsonl', drafts)]);
    expect(r.status).toBe(0);
    const out = json(r.lines);
    expect(out.map((o) => o.id)).toEqual(['one', 'two', 3]);
    expect(out[0].verdict).toBe('stop');
    expect(out[0].findings).toContainEqual(expect.objectContaining({ category: 'placeholder', severity: 'critical', start: 6, end: 18 }));
    expect(out[1]).toEqual({ id: 'two', verdict: 'clear', findings: [] });
  });

  it('reads stdin with -, and the same drafts give the same answers', () => {
    const fromFile = run(['--policy', policy, file('same.jsonl', drafts)]);
    const fromStdin = run(['--policy', policy, '-'], drafts);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('reports a bad line in place and goes on', () => {
    const input = [
      draft('a', 'Fine.'),
      '{"id": "b", "text": ',
      draft('c', 'Fine.', { platform: 'myspace' }),
      JSON.stringify({ text: 'no id', platform: 'x', context: 'post' }),
      draft('e', 'Fine.', { at: 'yesterday' }),
      draft('f', 'Fine.'),
    ].join('\r\n');
    const r = run(['--policy', policy, '-'], input);
    expect(r.status).toBe(0);
    const out = json(r.lines);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c', null, 'e', 'f']);
    expect(out[1].error).toMatch(/^line 2: not valid JSON/);
    expect(out[2].error).toBe('line 3: platform: expected "x", "facebook" or "linkedin"');
    expect(out[3].error).toMatch(/^line 4: id: missing/);
    expect(out[4].error).toMatch(/^line 5: at: expected an ISO date/);
    expect(out[5]).toMatchObject({ verdict: 'clear' });
  });

  it('refuses a bad policy with exit 2, naming the field', () => {
    const bad = file('bad.json', JSON.stringify({ version: 1, accounts: [{ platform: 'x', id: 'a', kind: 'company' }] }));
    const r = run(['--policy', bad, '-'], draft('a', 'Fine.'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('accounts[0].kind: expected "brand" or "personal"');
    const notJson = run(['--policy', file('broken.json', '{"version": 1,'), '-'], '');
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('policy is not valid JSON');
  });

  it('exits 2 on an unreadable drafts file or bad arguments', () => {
    const missing = run(['--policy', policy, join(dir, 'nope.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect(run(['--policy', policy, '--now', 'tomorrow', '-'], '').status).toBe(2);
    expect(run([file('x.jsonl', '')]).stderr).toContain('--policy is required');
  });

  it('--pretty shows id, verdict and each finding with the excerpt marked', () => {
    const r = run(['--policy', policy, '--pretty', '-'], drafts);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('one  STOP');
    expect(r.stdout).toMatch(/critical +placeholder: /);
    expect(r.stdout).toContain('Hello »{first_name}«, our new route opens today!');
    expect(r.stdout).toContain('two  CLEAR');
    expect(r.stdout).not.toContain('\x1b['); // not a terminal: brackets, no escape codes
    expect(r.lines.at(-1)).toMatch(/^2 stop, 1 clear$/);
  });
});

describe('highlight', () => {
  it('marks the excerpt in inverse video on a terminal', () => {
    expect(highlight('say {x} now', 4, 7, { ansi: true })).toBe('say \x1b[7m{x}\x1b[27m now');
  });
  it('shows a window of context, without splitting a surrogate pair', () => {
    // The window's left edge (50 before the excerpt) falls inside the emoji: it is shown whole.
    const text = `${'a'.repeat(61)}😀${'b'.repeat(49)}{name}\nmore`;
    const start = text.indexOf('{name}');
    expect(highlight(text, start, start + 6, { ansi: false })).toBe(`…😀${'b'.repeat(49)}»{name}« more`);
  });
});

describe('draft lines', () => {
  it('carry the posting identity (person or page) to the engine, and refuse another value', () => {
    const line = (identity: string) => JSON.stringify({ id: 1, text: 'Hi', platform: 'linkedin', context: 'post', account: 'Acme', identity });
    expect(parseDraftLine(line('page'))).toMatchObject({ draft: { identity: 'page' } });
    expect(parseDraftLine(line('robot'))).toEqual({ id: 1, error: 'identity: expected "person" or "page"' });
  });
  it('hold the size caps of a draft from the browser (the core draft schema), naming the field', () => {
    const line = JSON.stringify({ id: 2, text: 'Hi', platform: 'x', context: 'post', account: `@${'a'.repeat(500)}` });
    expect(parseDraftLine(line)).toEqual({ id: 2, error: 'account: expected at most 500 characters' });
  });
});
