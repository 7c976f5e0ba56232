import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

/**
 * Main (ESM), preload (CommonJS: a sandboxed preload cannot load ES modules) and the renderer.
 * The services run in a separate Node process (`service-host`) so better-sqlite3 keeps Node's ABI
 * and no heavy work runs on Electron's main loop.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main.ts'),
          'service-host': resolve(import.meta.dirname, 'src/main/service-host.ts'),
          'run-worker': resolve(import.meta.dirname, 'src/main/runs/worker.ts'),
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
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
});
