import { describe, expect, it } from 'vitest';
import { describeTarget } from '../../../src/renderer/scene/describe';
import { dispatchAtHour } from '../../../src/renderer/scene/dispatch-at-hour';
import { layoutCampus } from '../../../src/renderer/scene/layout';
import { fleetWith, hourlyWith, siteWith, TEN_TURBINES } from './fixtures';

describe('hover labels', () => {
  const fleet = fleetWith({ thermal: TEN_TURBINES, gridImportLimitMW: 300 });
  const site = siteWith([[300, 'IT', 'under-construction']]);
  const layout = layoutCampus({ site, fleet, hourly: null });
  const hourly = hourlyWith({ thermalToLoadMW: { 1: 40 }, gridToLoadMW: { 1: 120 }, unservedMW: { 2: 15 } });

  it('names a hall, its MW and its state this hour', () => {
    // 300 MW IT → 2 buildings of 150 MW IT, 180 MW facility at PUE 1.2.
    const lines = describeTarget({ kind: 'hall', index: 1 }, layout, fleet, dispatchAtHour(hourly, fleet, 2));
    expect(lines[0]).toBe('Phase 1 · building 2 of 2');
    expect(lines[1]).toBe('150 MW IT · 180 MW facility at design PUE');
    expect(lines[3]).toBe('short of power: 15.0 MW unserved campus-wide');
  });

  it('says whether a turbine runs this hour', () => {
    // 40 MW on 34 MW units → 2 running: unit 2 runs, unit 3 idles.
    const d = dispatchAtHour(hourly, fleet, 1);
    expect(describeTarget({ kind: 'unit', index: 1 }, layout, fleet, d)[2]).toBe('running this hour');
    expect(describeTarget({ kind: 'unit', index: 2 }, layout, fleet, d)[2]).toBe('idle this hour');
  });

  it('gives the substation its import at the hour', () => {
    const lines = describeTarget({ kind: 'substation', index: 0 }, layout, fleet, dispatchAtHour(hourly, fleet, 1));
    expect(lines[2]).toBe('importing 120 MW');
  });
});
