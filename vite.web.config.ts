import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { writeStamp } from './scripts/build-stamp.mjs';

const root = import.meta.dirname;
const outDir = resolve(root, 'out/web');
/** The server's first-paint renderer (src/renderer/first-paint/render.tsx), outside out/web so it is never served as a file. */
const ssrOutDir = resolve(root, 'out/web-ssr');

/**
 * Builds the server bundle of the first paint: the same PortfolioView and its imports, with React
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
      rolldownOptions: { output: { entryFileNames: 'first-paint.js', codeSplitting: false } },
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
      writeStamp(root, outDir, [...new Set(modules), 'vite.web.config.ts', 'scripts/build-stamp.mjs']);
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
