import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { writeStamp } from './scripts/build-stamp.mjs';
import { earlyEntry, earlyScript } from './scripts/vite-early-script.mjs';

const root = import.meta.dirname;
const outDir = resolve(root, 'out/web');
/** The server's first-paint renderer (src/renderer/first-paint/render.tsx), outside out/web so it is never served as a file. */
const ssrOutDir = resolve(root, 'out/web-ssr');

/**
 * Builds the server bundle of the first paint: the same App and its imports, with React
 * and react-dom/server inside (one file `serve` imports; nothing resolved from node_modules at run
 * time) and React's production build. Returns the modules it was made from, for the stamp.
 */
async function buildFirstPaintRenderer(): Promise<string[]> {
  const output = await build({
    configFile: false,
    root: resolve(root, 'src/renderer'),
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, 'src/renderer/first-paint/render.tsx'),
      outDir: ssrOutDir,
      emptyOutDir: true,
      // The lazy views stay in their own chunks beside it: the server draws only the portfolio, so
      // it never loads them (inlined, the 3D view's three.js alone would add to every serve start).
      rolldownOptions: { output: { entryFileNames: 'first-paint.js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : [])));
}

/**
 * Records the files this build was made from, so `stargrid serve` reuses a renderer build that
 * is still current instead of rebuilding it on every start (scripts/ensure-built.mjs).
 */
function buildStamp(): Plugin {
  return {
    name: 'stargrid-build-stamp',
    apply: 'build',
    async writeBundle() {
      // The server's renderer first, so a stamp never marks a build without it as current.
      const ssrModules = await buildFirstPaintRenderer();
      const modules = [...this.getModuleIds(), ...ssrModules].filter((id) => !id.startsWith('\0')).map((id) => id.split('?')[0] ?? id);
      writeStamp(root, outDir, [...new Set(modules), 'vite.web.config.ts', 'scripts/vite-early-script.mjs', 'scripts/build-stamp.mjs']);
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
      input: { index: resolve(root, 'src/renderer/index.html'), ...earlyEntry(root) },
    },
  },
});
