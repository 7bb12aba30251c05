// Builds the extension for one browser into a fresh directory under .tmp/, in a child process:
// crxjs keeps module-level state and cannot build inside the vitest process, and a directory of
// our own means browser tests or another run rebuilding dist/ at the same moment cannot race us.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const root = join(import.meta.dirname, '../..');

export type Target = 'chrome' | 'firefox';

/** The environment for child tools: vitest's own variables and NODE_ENV removed. */
export function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV'));
}

export const run = promisify(execFile);

/** Runs `vite build` for a target (`--mode firefox` is what `npm run build:firefox` runs); returns the output directory. */
export async function build(target: Target): Promise<string> {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const outDir = mkdtempSync(join(root, '.tmp', `build-${target}-`));
  const args = [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--logLevel', 'error'];
  if (target === 'firefox') args.push('--mode', 'firefox');
  await run(process.execPath, args, { cwd: root, env: childEnv() });
  return outDir;
}

export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

export function remove(dir: string | undefined) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
