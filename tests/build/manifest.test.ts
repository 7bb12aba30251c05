// What the Chrome build asks for and exposes: a short list of permissions, no host permissions, nothing web
// accessible (the content script is one self-contained IIFE), and a strict extension CSP. And what
// the options page loads: not the review engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rules } from '../../src/core/rules';
import { build, readManifest, remove } from './build';

let dir: string | undefined;
let m: Record<string, unknown>;
beforeAll(async () => {
  dir = await build('chrome');
  m = readManifest(dir);
}, 60_000);
afterAll(() => remove(dir));

/** Directive name → its sources, from a CSP string. */
function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe('Chrome build manifest (dist/)', () => {
  test('asks only for listed harmless permissions: no host permissions, no optional ones', () => {
    // Every permission is a promise to the people who install this (see the README): adding one
    // means adding it here, knowingly. None of these reads pages, tabs, history or the network.
    const allowed = [
      'storage', // policy, settings and the journal, on this device
      'alarms', // reminders (no install warning)
      'notifications', // "Display notifications"
    ];
    const permissions = m.permissions as string[];
    expect(permissions).toContain('storage');
    expect(permissions.filter((p) => !allowed.includes(p))).toEqual([]);
    expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('optional_permissions');
    expect(m).not.toHaveProperty('optional_host_permissions');
  });

  test('exposes no web-accessible resources and accepts no outside messages', () => {
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(m).not.toHaveProperty('externally_connectable');
  });

  test('has a service worker and no Firefox-only keys', () => {
    expect(m.background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
    expect(m).not.toHaveProperty('browser_specific_settings');
  });

  test('content scripts are self-contained: one classic script each, nothing loaded from the extension', () => {
    const scripts = m.content_scripts as { js?: string[]; css?: string[] }[];
    expect(scripts.length).toBeGreaterThan(0);
    for (const cs of scripts) {
      expect(cs.js).toHaveLength(1);
      expect(cs.css ?? []).toEqual([]);
      const code = readFileSync(join(dir!, cs.js![0]!), 'utf8');
      expect(code.trimStart().startsWith('(function')).toBe(true);
      expect(code).not.toMatch(/\bimport\s*\(|^\s*import[\s{]/m);
    }
  });

  test('the extension CSP allows only its own scripts: no eval, no remote code, no plugins', () => {
    const csp = (m.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;
    expect(csp).toBeTypeOf('string');
    const d = parseCsp(csp!);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(["'none'", "'self'"]).toContain(d.get('object-src')?.join(' '));
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect(m.content_security_policy).not.toHaveProperty('sandbox');
  });
});

/** Every script a module loads, itself included: its static imports, transitively (paths relative to dir). */
function scriptClosure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']\.\/([^"']+)["']/g)) queue.push(`${base}${m[1]}`);
  }
  return [...seen];
}

/** The scripts an extension page runs: its module script and everything that imports. */
function pageScripts(dir: string, html: string): string[] {
  const page = readFileSync(join(dir, html), 'utf8');
  const entries = [...page.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]!);
  expect(entries.length).toBeGreaterThan(0);
  return [...new Set(entries.flatMap((e) => scriptClosure(dir, e)))];
}

describe('Chrome build pages (dist/)', () => {
  // Each rule's description is a string only the rule's own module holds: where one is, the rules are.
  const descriptions = rules.map((r) => r.meta.description);
  const holding = (files: string[]) => descriptions.filter((d) => files.some((f) => readFileSync(join(dir!, f), 'utf8').includes(d)));
  // What survives minification of the engine's libraries: chrono-node (dates), and obscenity's data
  // set (profanity, written out by scripts/gen-profanity.ts: its first pattern, "abo").
  const LIBRARIES = [/\bcreateParsingComponents\b/, /ab\(\?:b\)\?o\(\?:s\)\?/];
  const code = (files: string[]) => files.map((f) => readFileSync(join(dir!, f), 'utf8')).join('\n');

  test('the worker carries every rule (the check below looks for the right thing)', () => {
    const loader = readFileSync(join(dir!, 'service-worker-loader.js'), 'utf8');
    const entry = /import\s+["']\.\/([^"']+)["']/.exec(loader)![1]!;
    const scripts = scriptClosure(dir!, entry);
    expect(holding(scripts)).toEqual(descriptions);
    for (const lib of LIBRARIES) expect(code(scripts)).toMatch(lib);
  });

  test('the options page does not load the review engine: it asks the worker for the rule list', () => {
    const scripts = pageScripts(dir!, 'src/ui/options/index.html');
    expect(holding(scripts)).toEqual([]);
    for (const lib of LIBRARIES) expect(code(scripts)).not.toMatch(lib);
  });
});
