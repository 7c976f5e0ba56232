import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { hasServerPaint, serverPaintFits } from '../../../src/renderer/first-paint/server-paint';

describe('whether the server first paint is the page to show', () => {
  it('is the portfolio route only: no hash, #/portfolio, an unknown route (shown as the portfolio)', () => {
    expect(serverPaintFits('')).toBe(true);
    expect(serverPaintFits('#/portfolio')).toBe(true);
    expect(serverPaintFits('#/nowhere')).toBe(true);
    expect(serverPaintFits('#/site')).toBe(false);
    expect(serverPaintFits('#/3d')).toBe(false);
    expect(serverPaintFits('#/report/portfolio?scenario=hybrid')).toBe(false);
  });

  it('needs both the markup in #root and the answers it was drawn from', () => {
    const doc = new Window().document;
    doc.body.innerHTML = '<div id="root"></div>';
    const root = () => doc.getElementById('root') as unknown as Element;
    expect(hasServerPaint(doc as unknown as Document, root())).toBe(false);
    doc.body.innerHTML = '<div id="root"><div class="app"></div></div>';
    expect(hasServerPaint(doc as unknown as Document, root())).toBe(false);
    doc.body.innerHTML = '<div id="root"><div class="app"></div></div><script type="application/json" id="stargrid-answers">{}</script>';
    expect(hasServerPaint(doc as unknown as Document, root())).toBe(true);
  });
});
