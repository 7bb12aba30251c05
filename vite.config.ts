import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

// One source, manifest.json; each build gets the keys its browser understands, and no others
// (Chrome warns about `browser_specific_settings`, Firefox about `minimum_chrome_version`).
export function manifestFor(target: Target) {
  const { browser_specific_settings, minimum_chrome_version, background, ...common } = structuredClone(manifest);
  if (target === 'chrome') return { ...common, minimum_chrome_version, background };
  // Firefox has no extension service workers: the same file runs as a non-persistent background script.
  return { ...common, background: { scripts: [background.service_worker], type: background.type }, browser_specific_settings };
}

// `vite build` → dist/ for Chrome; `vite build --mode firefox` → dist-firefox/ for Firefox.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    // crxjs keeps module-level state and must not run inside vitest (see ../shared/browser-testing.md).
    plugins: process.env.VITEST ? [] : [crx({ manifest: manifestFor(target) as ManifestV3Export, browser: target })],
    build: {
      outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome120',
    },
  };
});
