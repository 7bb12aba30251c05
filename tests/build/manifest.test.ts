// What the Chrome build asks for and exposes: a short list of permissions, no host permissions, nothing web
// accessible (the content script is one self-contained IIFE), and a strict extension CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
