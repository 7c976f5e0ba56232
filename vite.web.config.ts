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

/** The renderer alone, for web mode (`npm run serve`) and the end-to-end tests. */
export default defineConfig({
  root: resolve(root, 'src/renderer'),
  base: './',
  plugins: [react(), buildStamp()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
});
