import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { loadBundledSites } from '../../../src/main/bundled-sites';
import { summarizeSite } from '../../../src/main/services/site-summary';
import { declutterLabels, emptyPlacement, LABEL_GAP_PX, type LabelBox, type LabelPlacement, type ScreenRect, segmentCrossesRect } from '../../../src/renderer/scene/label-declutter';
import { MAP_FOV_DEG, MAP_OVERVIEW } from '../../../src/renderer/scene/map-camera';
import { mapColumnExtent, mapLabelAnchor, type MapSite } from '../../../src/renderer/scene/map-columns';

const box = (x: number, y: number, w: number, h: number): LabelBox => ({ x, y, w, h, visible: true });

/** Whether two placed labels overlap or come closer than `gap` px. */
function touch(a: LabelBox, pa: LabelPlacement, b: LabelBox, pb: LabelPlacement, gap: number): boolean {
  return pa.left < pb.left + b.w + gap && pb.left < pa.left + a.w + gap && pa.top < pb.top + b.h + gap && pb.top < pa.top + a.h + gap;
}

function touchingPairs(boxes: LabelBox[], out: LabelPlacement[], gap: number): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) =>
    boxes.forEach((b, j) => {
      const pa = out[i];
      const pb = out[j];
      if (j > i && a.visible && b.visible && pa && pb && touch(a, pa, b, pb, gap)) pairs.push(`${i}-${j}`);
    }),
  );
  return pairs;
}

function place(boxes: LabelBox[]): LabelPlacement[] {
  const out = boxes.map(emptyPlacement);
  declutterLabels(boxes, out);
  return out;
}

describe('label de-overlap', () => {
  it('leaves a lone label centred on its anchor, bottom edge on it', () => {
    // 80 × 20 at (100, 200): left = 100 − 40 = 60, top = 200 − 20 = 180.
    const [p] = place([box(100, 200, 80, 20)]);
    expect(p).toEqual({ left: 60, top: 180, moved: false });
  });

  it('slides a second label at the same anchor aside rather than run its leader through the first', () => {
    // Sliding right: x 144–224 (the first's right edge 140 + 4), a 44 px leader along the row;
    // sliding left ties (x −24–56, 44 px) and the first found wins. A row up would be a 24 px
    // leader, but through the first label: 24 + 80 = 104.
    const [, second] = place([box(100, 200, 80, 20), box(100, 200, 80, 20)]);
    expect(second).toEqual({ left: 144, top: 180, moved: true });
  });

  it('slides a tall label aside where that is shorter than a row up', () => {
    // 40 × 30 labels at (100, 200): the first spans x 80–120. The second slides right from
    // x 112 to the first's edge plus the gap, left = 124: a 24 px leader; a row up costs 34.
    const [, second] = place([box(100, 200, 40, 30), box(100, 200, 40, 30)]);
    expect(second).toEqual({ left: 124, top: 170, moved: true });
  });

  it('keeps labels inside the bounds: near the top edge it slides rather than stack', () => {
    // Anchored 30 px from the top, a row up would start at y = 30 − 20 − 24 = −14: out. So it
    // slides right to left = 140 + 4 = 144, top 10.
    const boxes = [box(100, 30, 80, 20), box(100, 30, 80, 20)];
    const out = boxes.map(emptyPlacement);
    declutterLabels(boxes, out, [], { widthPx: 1000, heightPx: 300 });
    expect(out[1]).toEqual({ left: 144, top: 10, moved: true });
  });

  it('tells whether a leader crosses a rectangle', () => {
    expect(segmentCrossesRect(0, 0, 10, 10, 4, 4, 2, 2)).toBe(true);
    expect(segmentCrossesRect(0, 0, 10, 0, 4, 1, 2, 2)).toBe(false);
    expect(segmentCrossesRect(5, 20, 5, 0, 4, 8, 2, 2)).toBe(true);
    // Ends short of it.
    expect(segmentCrossesRect(0, 0, 3, 3, 4, 4, 2, 2)).toBe(false);
  });

  it('puts a label beside its anchor when that clears the first', () => {
    // First 40 px wide at x 80–120; a second anchored 30 px right (x 130) centred would span
    // 110–150 (overlap); right of its anchor: left = 130 + 12 = 142, clear of 120 + 4.
    const [, second] = place([box(100, 200, 40, 20), box(130, 200, 40, 20)]);
    expect(second).toEqual({ left: 142, top: 180, moved: true });
  });

  it('keeps ten labels on one spot apart', () => {
    const boxes = Array.from({ length: 10 }, () => box(500, 500, 120, 22));
    expect(touchingPairs(boxes, place(boxes), LABEL_GAP_PX)).toEqual([]);
    // Ten labels cannot all slide within 240 px on one row: some go up to stacked rows.
    expect(new Set(place(boxes).map((p) => p.top)).size).toBeGreaterThan(1);
  });

  it('skips hidden labels and does not make room for them', () => {
    const [, second] = place([{ ...box(100, 200, 80, 20), visible: false }, box(100, 200, 80, 20)]);
    expect(second).toEqual({ left: 60, top: 180, moved: false });
  });

  it('keeps a label off an obstacle, touching allowed', () => {
    // A column 20 px wide (x 90–110) from y 100 up to 60. An 80 × 20 label anchored at (150, 200):
    // centred (x 110–190, y 180–200) is clear of it and stays. Anchored on the column's top
    // (100, 60): centred (x 60–140, y 40–60) only touches it, so it stays. Anchored at (100, 110):
    // centred (y 90–110) would cover the column; right of the anchor (x 112–192) is clear.
    const column: ScreenRect = { left: 90, top: 60, w: 20, h: 40, visible: true };
    const cases = [box(150, 200, 80, 20), box(100, 60, 80, 20), box(100, 110, 80, 20)].map((b) => {
      const out = [emptyPlacement()];
      declutterLabels([b], out, [column]);
      return out[0];
    });
    expect(cases).toEqual([
      { left: 110, top: 180, moved: false },
      { left: 60, top: 40, moved: false },
      { left: 112, top: 90, moved: true },
    ]);
  });

  it('refuses an output buffer shorter than the labels', () => {
    expect(() => declutterLabels([box(0, 0, 1, 1)], [])).toThrow(/out has 0 placements for 1 labels/);
  });
});

describe('map labels of the bundled sites', () => {
  const sites: MapSite[] = loadBundledSites().map((s) => ({ id: s.id, name: s.name.split(' (')[0] ?? s.name, facilityMW: summarizeSite(s).facilityMW, lon: s.location.lon.value, lat: s.location.lat.value, mix: null, bill: null }));
  sites.sort((a, b) => b.facilityMW - a.facilityMW);

  function overviewCamera(widthPx: number, heightPx: number): PerspectiveCamera {
    const camera = new PerspectiveCamera(MAP_FOV_DEG, widthPx / heightPx, 5, 40_000);
    camera.position.set(...MAP_OVERVIEW.position);
    camera.lookAt(new Vector3(...MAP_OVERVIEW.target));
    camera.updateMatrixWorld();
    return camera;
  }

  const toScreen = (p: readonly [number, number, number], camera: PerspectiveCamera, widthPx: number, heightPx: number) => {
    const v = new Vector3(...p).project(camera);
    return { x: ((v.x + 1) / 2) * widthPx, y: ((1 - v.y) / 2) * heightPx };
  };

  /**
   * Label boxes as the map's overview camera projects them on a canvas of widthPx × heightPx.
   * Sizes are estimated generously: ~7.5 px a character at the 12.8 px label font plus 16 px
   * padding, 22 px a line; one line "name 1.2 GW" by supply mix, a second "−USD 5.99/month est."
   * by bill change; `scale` 1.3 for presentation type (1.05 rem over 0.8 rem).
   */
  function projectedBoxes(widthPx: number, heightPx: number, scale: number, lines: 1 | 2): LabelBox[] {
    const camera = overviewCamera(widthPx, heightPx);
    return sites.map((s) => {
      const { x, y } = toScreen(mapLabelAnchor(s), camera, widthPx, heightPx);
      return box(x, y, (`${s.name} 1.2 GW`.length * 7.5 + 16) * scale, 22 * lines * scale);
    });
  }

  /** Each column's screen rectangle: projected base and top, widened by its projected radius. */
  function columnRects(widthPx: number, heightPx: number): ScreenRect[] {
    const camera = overviewCamera(widthPx, heightPx);
    return sites.map((s) => {
      const { base, top, radius } = mapColumnExtent(s);
      const b = toScreen(base, camera, widthPx, heightPx);
      const t = toScreen(top, camera, widthPx, heightPx);
      const half = Math.max(3, Math.abs(toScreen([base[0] + radius, base[1], base[2]], camera, widthPx, heightPx).x - b.x));
      return { left: Math.min(b.x, t.x) - half, top: Math.min(b.y, t.y), w: Math.abs(t.x - b.x) + 2 * half, h: Math.abs(t.y - b.y), visible: true };
    });
  }

  const covers = (b: LabelBox, p: LabelPlacement, o: ScreenRect) => p.left < o.left + o.w && o.left < p.left + b.w && p.top < o.top + o.h && o.top < p.top + b.h;

  // The map stage in the app at a 1920 × 1080 window, and full screen in presentation mode.
  for (const [widthPx, heightPx, scale] of [[1658, 690, 1], [1888, 950, 1.3]] as const) {
    for (const lines of [1, 2] as const) {
      it(`no two ${lines}-line labels touch and none covers a column on a ${widthPx} × ${heightPx} map`, () => {
        const boxes = projectedBoxes(widthPx, heightPx, scale, lines);
        const columns = columnRects(widthPx, heightPx);
        expect(sites.length).toBe(8);
        expect(boxes.every((b) => b.visible && b.x > 0 && b.x < widthPx && b.y > 0 && b.y < heightPx)).toBe(true);
        // Left on their anchors, Abilene and Shackelford County (Texas, 45 km apart) overlap.
        const naive = boxes.map((b) => ({ left: b.x - b.w / 2, top: b.y - b.h, moved: false }));
        expect(touchingPairs(boxes, naive, LABEL_GAP_PX).length).toBeGreaterThan(0);
        const out = boxes.map(emptyPlacement);
        declutterLabels(boxes, out, columns, { widthPx, heightPx });
        expect(touchingPairs(boxes, out, LABEL_GAP_PX)).toEqual([]);
        boxes.forEach((b, i) => {
          const p = out[i] ?? emptyPlacement();
          expect(p.left >= 0 && p.top >= 0 && p.left + b.w <= widthPx && p.top + b.h <= heightPx, `${sites[i]?.id} inside the map`).toBe(true);
        });
        const covered = boxes.flatMap((b, i) => columns.filter((o) => covers(b, out[i] ?? emptyPlacement(), o)).map(() => sites[i]?.id));
        expect(covered).toEqual([]);
      });
    }
  }
});
