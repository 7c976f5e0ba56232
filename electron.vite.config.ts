import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { earlyEntry, earlyScript } from './scripts/vite-early-script.mjs';

/**
 * Main (ESM), preload (CommonJS: a sandboxed preload cannot load ES modules) and the renderer.
 * The services run in a separate Node process (`service-host`) so better-sqlite3 keeps Node's ABI
 * and no heavy work runs on Electron's main loop.
 *
 * The pure-JavaScript dependencies are bundled into main, the service process and the run
 * worker: loaded from node_modules file by file, mathjs alone took ~2.5 s to import, bundled
 * ~0.3 s. better-sqlite3 (native) and highs (WebAssembly beside its module) stay external.
 */
const BUNDLED_DEPENDENCIES = ['mathjs', 'zod', 'papaparse'];

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: { exclude: BUNDLED_DEPENDENCIES },
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main.ts'),
          'service-host': resolve(import.meta.dirname, 'src/main/service-host.ts'),
          'run-worker': resolve(import.meta.dirname, 'src/main/runs/worker.ts'),
          'class-worker': resolve(import.meta.dirname, 'src/main/optimize/class-worker.ts'),
          'mc-worker': resolve(import.meta.dirname, 'src/main/runs/jobs/reliability-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    // The same early entry as web mode: under the preload its requests go over IPC (early.ts).
    plugins: [react(), earlyScript()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html'), ...earlyEntry(import.meta.dirname) } },
    },
  },
});
