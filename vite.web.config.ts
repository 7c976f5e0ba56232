import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { writeStamp } from './scripts/build-stamp.mjs';

const root = import.meta.dirname;
const outDir = resolve(root, 'out/web');

/**
 * Records the files this build was made from, so `stargrid serve` reuses a renderer build that
 * is still current instead of rebuilding it on every start (scripts/ensure-built.mjs).
 */
function buildStamp(): Plugin {
  return {
    name: 'stargrid-build-stamp',
    apply: 'build',
    writeBundle() {
      const modules = [...this.getModuleIds()].filter((id) => !id.startsWith('\0')).map((id) => id.split('?')[0] ?? id);
      writeStamp(root, outDir, [...modules, 'vite.web.config.ts', 'scripts/build-stamp.mjs']);
    },
  };
}

/**
 * Puts the early entry (src/renderer/early.ts, a few hundred bytes) first in the built
 * index.html as an async module script, so the start page's requests leave while the main
 * script is still loading. Vite folds every module script of index.html into one entry, so the
 * early one is a second build input, named here once the bundle knows its file name.
 */
function earlyScript(): Plugin {
  return {
    name: 'stargrid-early-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'early');
        if (!chunk) throw new Error('vite.web.config: the early entry (src/renderer/early.ts) is missing from the bundle');
        if (!html.includes('<title>')) throw new Error('vite.web.config: index.html has no <title> to put the early script before');
        // Before the main script and the preloads (after the CSP meta), so the browser asks for it first.
        return html.replace('<title>', `<script type="module" crossorigin async src="./${chunk.fileName}"></script>\n    <title>`);
      },
    },
  };
}

/** The renderer alone, for web mode (`npm run serve`) and the end-to-end tests. */
export default defineConfig({
  root: resolve(root, 'src/renderer'),
  base: './',
  plugins: [react(), earlyScript(), buildStamp()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: { index: resolve(root, 'src/renderer/index.html'), early: resolve(root, 'src/renderer/early.ts') },
    },
  },
});
