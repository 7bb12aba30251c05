// Builds the extension into dist/ once before the browser tests, in a child process: crxjs keeps
// module-level state and cannot build inside the vitest process.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV'));
  const root = join(import.meta.dirname, '../..');
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
}
