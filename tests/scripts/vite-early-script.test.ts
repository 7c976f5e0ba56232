import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import electronConfig from '../../electron.vite.config';
import webConfig from '../../vite.web.config';
import { earlyEntry, earlyScript } from '../../scripts/vite-early-script.mjs';

const HTML = '<!doctype html><html><head><meta charset="UTF-8" /><title>Stargrid</title><script type="module" src="./assets/index-abc.js"></script></head><body><div id="root"></div></body></html>';

function transform(plugin: Plugin, html: string, bundle: Record<string, unknown>): string {
  const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => string };
  return hook.handler(html, { path: '/index.html', filename: 'index.html', bundle } as unknown as IndexHtmlTransformContext);
}

const names = (plugins: unknown): string[] => (plugins as unknown[]).flat(3).map((p) => (p as { name?: string } | null)?.name ?? '');

describe('the early script in the built index.html', () => {
  it('goes first, before the title and the main script, async and render-blocking', () => {
    const html = transform(earlyScript(), HTML, { 'assets/early-x1.js': { type: 'chunk', isEntry: true, name: 'early', fileName: 'assets/early-x1.js' } });
    expect(html).toContain('<script type="module" crossorigin async blocking="render" src="./assets/early-x1.js"></script>\n    <title>');
    expect(html.indexOf('early-x1.js')).toBeLessThan(html.indexOf('index-abc.js'));
  });

  it('fails the build, naming the cause, when the early entry is not in the bundle', () => {
    expect(() => transform(earlyScript(), HTML, {})).toThrow(/early entry \(src\/renderer\/early\.ts\) is missing/);
  });

  it('is the one plugin both renderer builds use, with early.ts as a second input', () => {
    const early = earlyEntry('/repo').early;
    expect(early).toBe('/repo/src/renderer/early.ts');
    const web = webConfig as { plugins?: unknown; build?: { rolldownOptions?: { input?: Record<string, string> } } };
    expect(names(web.plugins)).toContain('stargrid-early-script');
    expect(web.build?.rolldownOptions?.input?.early).toMatch(/src\/renderer\/early\.ts$/);
    const renderer = (electronConfig as { renderer?: { plugins?: unknown; build?: { rollupOptions?: { input?: Record<string, string> } } } }).renderer;
    expect(names(renderer?.plugins)).toContain('stargrid-early-script');
    expect(renderer?.build?.rollupOptions?.input?.early).toMatch(/src\/renderer\/early\.ts$/);
  });
});
