import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  // crxjs keeps module-level state and must not run inside vitest (see ../shared/browser-testing.md).
  plugins: process.env.VITEST ? [] : [crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
  },
});
