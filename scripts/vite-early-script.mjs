import { resolve } from 'node:path';

/**
 * The early entry (src/renderer/early.ts), a second build input beside index.html in both
 * renderer builds; `root` is the repository's (a bundled config file has its own import.meta).
 * @param {string} root
 */
export function earlyEntry(root) {
  return { early: resolve(root, 'src/renderer/early.ts') };
}

/**
 * Puts the early entry first in the built index.html, for web mode (vite.web.config.ts) and the
 * desktop renderer (electron.vite.config.ts) alike, so the start page's requests leave (HTTP or
 * IPC) while the main script is still loading. Vite folds every module script of index.html into
 * one entry, so the early one is a second build input (earlyEntry), named here once the bundle
 * knows its file name.
 *
 * async: it never holds up the parser. blocking="render": no frame is painted before it has run,
 * so it marks the page before the server's first paint can show (first-paint/server-paint.ts);
 * it and its one small shared chunk arrive with the render-blocking stylesheet, so this costs no
 * frame. A browser without `blocking` runs it as plain async.
 */
/** @returns {import('vite').Plugin} */
export function earlyScript() {
  return {
    name: 'stargrid-early-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'early');
        if (!chunk) throw new Error('earlyScript: the early entry (src/renderer/early.ts) is missing from the bundle; add earlyEntry(root) to the build inputs');
        if (!html.includes('<title>')) throw new Error('earlyScript: index.html has no <title> to put the early script before');
        // Before the main script and the preloads (after the CSP meta), so the browser asks for it first.
        return html.replace('<title>', `<script type="module" crossorigin async blocking="render" src="./${chunk.fileName}"></script>\n    <title>`);
      },
    },
  };
}
