// The Firefox build (`npm run build:firefox`): background scripts instead of a service worker,
// gecko settings, and `web-ext lint` (Mozilla's add-ons linter, offline) finds no errors.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build, childEnv, readManifest, remove, root, run } from './build';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

let dir: string | undefined;
beforeAll(async () => {
  dir = await build('firefox');
}, 60_000);
afterAll(() => remove(dir));

describe('Firefox build', () => {
  test('the manifest has background scripts and gecko settings, and nothing Chrome-only', () => {
    const m = readManifest(dir!);
    expect(m.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    expect(m).not.toHaveProperty('minimum_chrome_version');
    expect(m.browser_specific_settings).toMatchObject({
      gecko: { id: expect.stringMatching(/@/), data_collection_permissions: { required: ['none'] } },
    });
    expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('web_accessible_resources');
  });

  test('web-ext lint reports no errors', async () => {
    const bin = join(root, 'node_modules/.bin/web-ext');
    const args = ['lint', '--source-dir', dir!, '--output', 'json', '--no-config-discovery'];
    // web-ext exits non-zero when it finds errors; the report is on stdout either way.
    const stdout = await run(bin, args, { cwd: root, env: { ...childEnv(), NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 << 20 }).then(
      (r) => r.stdout,
      (e: { stdout?: string }) => e.stdout ?? '',
    );
    const report = JSON.parse(stdout) as LintReport;
    const show = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;
    if (report.warnings.length) console.log(`web-ext lint: ${report.warnings.length} warning(s)\n${report.warnings.map(show).join('\n')}`);
    expect(report.errors.map(show)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
