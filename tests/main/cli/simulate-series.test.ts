import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../../helpers/cli';

function hourlyFile(dir: string, name: string, header: string, valueAt: (h: number) => number): string {
  const rows = [`hour,${header}`];
  for (let h = 0; h < 8760; h++) rows.push(`${h + 1},${valueAt(h)}`);
  const file = join(dir, name);
  writeFileSync(file, rows.join('\n') + '\n');
  return file;
}

type Summary = { energyMWh: number; gridEnergyMWh: number; unservedEnergyMWh: number; annualCostLinesUSDPerYear: { gridEnergyUSDPerYear: number } };

describe('stargrid simulate --load / --price', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stargrid-series-'));
  // Lordstown: 300 MW IT from 2026 (data/sites/lordstown.json); 150 MW flat = utilization 0.5.
  const half = hourlyFile(dir, 'half.csv', 'load_MW', () => 150);
  const halfKw = hourlyFile(dir, 'half-kw.csv', 'load', () => 150_000);
  const full = hourlyFile(dir, 'full.csv', 'load_MW', () => 300);
  const price = hourlyFile(dir, 'price.csv', 'price_USD/MWh', (h) => (h % 24 < 12 ? 20 : 80));
  const run = async (...extra: string[]) => {
    const { code, stdout, stderr } = await cli(['simulate', '--site', 'lordstown', '--year', '2027', '--json', ...extra]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    return (JSON.parse(stdout) as { summary: Summary }).summary;
  };

  it('runs an imported load: half the campus IT MW gives half the energy, in MW or kW', async () => {
    const atHalf = await run('--load', half);
    const atFull = await run('--load', full);
    const inKw = await run('--load', halfKw, '--load-unit', 'kW');
    // same installed IT and weather, u = 0.5 vs 1.0 every hour
    expect(atHalf.energyMWh / atFull.energyMWh).toBeCloseTo(0.5, 12);
    // 150,000 kW = 150 MW
    expect(inKw.energyMWh).toBeCloseTo(atHalf.energyMWh, 6);
  });

  it('bills an imported price: grid energy cost = Σ import × price over the hourly CSV it writes', async () => {
    const hourlyOut = join(dir, 'hourly.csv');
    const priced = await run('--load', half, '--price', price, '--hourly', hourlyOut);
    const [header, ...rows] = readFileSync(hourlyOut, 'utf8').trim().split('\n');
    const col = (name: string) => header!.split(',').indexOf(name);
    const [toLoad, toBattery, priceCol] = [col('gridToLoadMW'), col('gridToBatteryMW'), col('gridPriceUSDPerMWh')];
    let costUSD = 0;
    rows.forEach((row, h) => {
      const cells = row.split(',').map(Number);
      expect(cells[priceCol]).toBe(h % 24 < 12 ? 20 : 80);
      costUSD += (cells[toLoad]! + cells[toBattery]!) * cells[priceCol]!;
    });
    // the CSV rounds each MW to 1e-6: 8760 h × 80 USD/MWh × 5e-7 MW ≈ 0.35 USD at most
    expect(Math.abs(priced.annualCostLinesUSDPerYear.gridEnergyUSDPerYear - costUSD)).toBeLessThan(0.5);
  });

  it('names the option of a bad file and of a bad unit', async () => {
    const bad = await cli(['simulate', '--site', 'lordstown', '--load', join(dir, 'missing.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--load for lordstown: .*missing\.csv/);
    const unit = await cli(['simulate', '--site', 'lordstown', '--load', half, '--load-unit', 'GW']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toMatch(/--load-unit must be MW or kW, got "GW"/);
  });
});
