import type { FigureRange } from '../economics/ranges';
import { sheetKey } from '../economics/sheet';
import type { TraceEntry } from '../sheets/types';
import type { SiteModel } from '../site-model';
import { plusMinus, type TornadoInput } from './tornado';

/**
 * Tornado inputs for the capex of every asset the scenario builds, over the catalog's published
 * low/high range (data/technologies.json `ranges`), the mid being the catalog value. The sheet
 * input may differ from the catalog mid (a battery's capex is scaled to the scenario's duration,
 * a user may have overridden it), so the range is applied as ratios low/mid and high/mid of the
 * sheet's own value. An asset without a published range falls back to ±20%, said in its source.
 */
export function capexRangeInputs(trace: Readonly<Record<string, TraceEntry>>, site: SiteModel): TornadoInput[] {
  const ranges = new Map<string, { label: string; mid: number; range: FigureRange | undefined }>();
  for (const tech of Object.values(site.thermalTechnologies)) ranges.set(sheetKey(tech.id), { label: tech.name, mid: tech.capexUSDPerKW, range: tech.range?.capexUSDPerKW });
  ranges.set('solar', { label: 'Solar PV', mid: site.solar.capexUSDPerKW, range: site.solar.range?.capexUSDPerKW });
  ranges.set('battery', { label: 'Battery', mid: site.battery.capexUSDPerKW, range: site.battery.range?.capexUSDPerKW });
  const inputs: TornadoInput[] = [];
  for (const entry of Object.values(trace)) {
    if (entry.kind !== 'input' || !entry.name.endsWith('CapexUSDPerKW')) continue;
    const key = entry.name.slice(0, -'CapexUSDPerKW'.length);
    const capacity = trace[`${key}CapacityMW`]?.value ?? 0;
    if (!(capacity > 0) || !(entry.value > 0)) continue;
    const known = ranges.get(key);
    const label = `Capex: ${known?.label ?? key}`;
    const r = known?.range;
    if (known && r && known.mid > 0) {
      inputs.push({
        name: entry.name,
        label,
        unit: 'USD/kW',
        baseValue: entry.value,
        lowValue: (entry.value * r.low) / known.mid,
        highValue: (entry.value * r.high) / known.mid,
        rangeSource: `${r.low}–${r.high} USD/kW around ${known.mid}: low ${r.lowSource}; high ${r.highSource}`,
      });
    } else {
      const band = plusMinus(entry.value);
      inputs.push({ name: entry.name, label, unit: 'USD/kW', baseValue: entry.value, ...band, rangeSource: `${band.rangeSource} (no published range in data/technologies.json)` });
    }
  }
  return inputs;
}
