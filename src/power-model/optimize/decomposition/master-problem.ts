import type { Highs } from 'highs';
import { LpBuilder } from '../lp-builder';
import type { SizingLayout } from '../sizing-model';
import { solveLp } from '../solve-lp';
import type { DispatchCapacities } from './hourly-dispatch';
import type { AffineCut } from './lagrangian-cut';
import { DISPATCH_ROW_CONSTRAINTS } from '../families/annual-rows';

/** Why a master row is there: what its dual adds to the hourly balance duals of the full LP. */
export type MasterRowOrigin =
  | { kind: 'static' }
  | { kind: 'hourCovered'; hour: number }
  | { kind: 'limitFeasibility'; resourceDual: Float64Array }
  | { kind: 'costCut'; balanceDual: Float64Array }
  /** A Lagrangian cut or feasibility row of the storage decomposition (no balance duals spread back). */
  | { kind: 'affine' };

export type MasterSolution = {
  capacities: DispatchCapacities;
  /** Battery power (MW) and energy (MWh) chosen; 0 when the layout has no battery. */
  batteryMW: number;
  batteryMWh: number;
  capacityCostUSD: number;
  objectiveUSD: number;
  rowDual: Float64Array;
};

/** A capacity row read from the sizing layout: lower ≤ Σ coefficient·capacity ≤ upper. */
type MasterRow = { lower: number; upper: number; columns: number[]; values: number[]; origin: MasterRowOrigin };

/**
 * The Benders master LP: the capacity columns of the sizing LP (grid, coincident-peak draw,
 * thermal, solar, and battery power and energy and the flexible grid MW when the layout has them; their costs and bounds
 * taken from the built layout so both models agree), θ for
 * the dispatch cost, the once-a-year capacity rows of the layout (N+k reserve, grid, land and bill
 * caps), and the rows the dispatch adds as it learns (hours covered, annual-limit feasibility cuts,
 * cost cuts θ ≥ value + gradient·(x − x̂)).
 */
export class MasterProblem {
  private readonly rows: MasterRow[] = [];
  /** Layout column of each master capacity column, in order grid, peak, thermal…, solar (−1: absent). */
  private readonly layoutColumn: number[];
  private readonly solar: number;
  private readonly power: number;
  private readonly energy: number;
  private readonly flexible: number;
  private readonly theta: number;

  constructor(private readonly layout: SizingLayout) {
    // Battery power and energy, and the flexible MW F, have fixed places (−1 in the layout: absent, held at 0).
    this.layoutColumn = [layout.gridMW, layout.coincidentPeakMW, ...layout.thermalMW, layout.solarMWac, layout.batteryMW, layout.batteryMWh, layout.flexible?.flexibleMW ?? -1];
    this.solar = layout.thermalMW.length + 2;
    this.power = layout.batteryMW >= 0 ? this.solar + 1 : -1;
    this.energy = layout.batteryMW >= 0 ? this.solar + 2 : -1;
    this.flexible = layout.flexible === null ? -1 : this.solar + 3;
    this.theta = this.layoutColumn.length;
    const master = new Map(this.layoutColumn.map((column, k) => [column, k]));
    const builder = layout.builder;
    for (const capRow of layout.capRows) {
      if (DISPATCH_ROW_CONSTRAINTS.has(capRow.constraint)) continue;
      const columns: number[] = [];
      const values: number[] = [];
      for (let k = builder.rowStarts[capRow.row] ?? 0; k < (builder.rowStarts[capRow.row + 1] ?? 0); k++) {
        const column = master.get(builder.indices[k] ?? -1);
        if (column === undefined) throw new Error(`master-problem: row ${capRow.constraint} touches a column that is not a capacity`);
        columns.push(column);
        values.push(builder.values[k] ?? 0);
      }
      this.rows.push({ lower: builder.rowLower[capRow.row] ?? -Infinity, upper: builder.rowUpper[capRow.row] ?? Infinity, columns, values, origin: { kind: 'static' } });
    }
  }

  get rowOrigins(): MasterRowOrigin[] {
    return this.rows.map((r) => r.origin);
  }

  /**
   * Hour i served from capacity alone: grid (or the peak draw) + Σ f_{t,i}·thermal_t (f the
   * hour's derating, `thermalAvailable`) + output_i·solar (+ battery MW, which can discharge at
   * most that) ≥ load_i. With a flexible offer F counts in full beside G (on the grid in hours
   * not cut, as workload curtailment in cut hours) and, beside the peak draw P, only in cut hours.
   */
  addHourCovered(hour: number, loadMW: number, solarMWPerMWac: number, onPeak: boolean, thermalAvailable: readonly number[], curtailed = false): void {
    const gridColumns = onPeak ? [0, 1] : [0];
    for (const grid of gridColumns) {
      const columns: number[] = [];
      const values: number[] = [];
      if ((this.layoutColumn[grid] ?? -1) >= 0) {
        columns.push(grid);
        values.push(1);
      }
      if (this.flexible >= 0 && (grid === 0 || curtailed)) {
        columns.push(this.flexible);
        values.push(1);
      }
      this.layout.thermalMW.forEach((column, t) => {
        if (column < 0) return;
        columns.push(2 + t);
        values.push(thermalAvailable[t] ?? 1);
      });
      if (this.layout.solarMWac >= 0 && solarMWPerMWac > 0) {
        columns.push(this.solar);
        values.push(solarMWPerMWac);
      }
      if (this.power >= 0) {
        columns.push(this.power);
        values.push(1);
      }
      this.rows.push({ lower: loadMW, upper: Infinity, columns, values, origin: { kind: 'hourCovered', hour } });
    }
  }

  /** least resource at x̂ + gradient·(x − x̂) ≤ limit, written as a ≥ row. */
  addLimitFeasibility(leastResource: number, gradient: DispatchCapacities, at: DispatchCapacities, limit: number, resourceDual: Float64Array): void {
    const { columns, values, offset } = this.linear(gradient, at);
    this.rows.push({ lower: leastResource - offset - limit, upper: Infinity, columns, values: values.map((v) => -v), origin: { kind: 'limitFeasibility', resourceDual } });
  }

  /** θ ≥ value + gradient·(x − x̂). */
  addCostCut(value: number, gradient: DispatchCapacities, at: DispatchCapacities, balanceDual: Float64Array): void {
    const { columns, values, offset } = this.linear(gradient, at);
    this.rows.push({ lower: value - offset, upper: Infinity, columns: [...columns, this.theta], values: [...values.map((v) => -v), 1], origin: { kind: 'costCut', balanceDual } });
  }

  /** θ ≥ constant + Σ coefficient·capacity (a Lagrangian cut, valid for every design). */
  addAffineCut(cut: AffineCut): void {
    const { columns, values } = this.affine(cut);
    this.rows.push({ lower: cut.constant, upper: Infinity, columns: [...columns, this.theta], values: [...values.map((v) => -v), 1], origin: { kind: 'affine' } });
  }

  /** constant + Σ coefficient·capacity ≤ limit (a lower bound on the least annual-row use must keep the row). */
  addAffineFeasibility(cut: AffineCut, limit: number): void {
    const { columns, values } = this.affine(cut);
    this.rows.push({ lower: cut.constant - limit, upper: Infinity, columns, values: values.map((v) => -v), origin: { kind: 'affine' } });
  }

  solve(highs: Highs, timeLimitSeconds: number): MasterSolution | 'infeasible' | 'error' {
    const builder = new LpBuilder();
    const source = this.layout.builder;
    for (const column of this.layoutColumn) {
      if (column < 0) builder.addColumn(0, 0, 0);
      else builder.addColumn(source.colCost[column] ?? 0, source.colLower[column] ?? 0, source.colUpper[column] ?? Infinity);
    }
    builder.addColumn(1, 0, Infinity);
    for (const row of this.rows) builder.addRow(row.lower, row.upper, row.columns, row.values);
    const solution = solveLp(highs, builder, timeLimitSeconds, 'simplex');
    if (solution.status === 'infeasible') return 'infeasible';
    if (solution.status !== 'optimal' || solution.colValue === null || solution.rowDual === null || solution.objective === null) return 'error';
    const x = solution.colValue;
    const capacities = this.capacitiesOf(x);
    const capacityCostUSD = this.layoutColumn.reduce((sum, column, k) => sum + (column < 0 ? 0 : (source.colCost[column] ?? 0) * (x[k] ?? 0)), 0);
    const battery = (k: number): number => (k < 0 ? 0 : Math.max(0, x[k] ?? 0));
    return { capacities, batteryMW: battery(this.power), batteryMWh: battery(this.energy), capacityCostUSD, objectiveUSD: solution.objective, rowDual: solution.rowDual };
  }

  /** The master's capacities written into a column vector of the full sizing LP. */
  writeCapacities(capacities: DispatchCapacities, into: Float64Array, batteryMW = 0, batteryMWh = 0): void {
    const values = [capacities.gridMW, capacities.coincidentPeakMW, ...capacities.thermalMW, capacities.solarMWac, batteryMW, batteryMWh, capacities.flexibleMW ?? 0];
    this.layoutColumn.forEach((column, k) => {
      if (column >= 0) into[column] = values[k] ?? 0;
    });
  }

  private capacitiesOf(x: Float64Array): DispatchCapacities {
    const value = (k: number): number => ((this.layoutColumn[k] ?? -1) < 0 ? 0 : Math.max(0, x[k] ?? 0));
    return {
      gridMW: value(0),
      coincidentPeakMW: this.layout.coincidentPeakMW < 0 ? Infinity : value(1),
      thermalMW: this.layout.thermalMW.map((_, t) => value(2 + t)),
      solarMWac: value(this.solar),
      ...(this.flexible < 0 ? {} : { flexibleMW: value(this.flexible) }),
    };
  }

  private affine(cut: AffineCut): { columns: number[]; values: number[] } {
    const c = cut.coefficients;
    const all = [c.gridMW, c.coincidentPeakMW, ...c.thermalMW, c.solarMWac, c.batteryMW, c.batteryMWh, c.flexibleMW ?? 0];
    const columns: number[] = [];
    const values: number[] = [];
    for (let k = 0; k < this.theta; k++) {
      const value = all[k] ?? 0;
      if (value === 0 || (this.layoutColumn[k] ?? -1) < 0) continue;
      columns.push(k);
      values.push(value);
    }
    return { columns, values };
  }

  /** gradient·x split into master columns and the constant gradient·x̂. */
  private linear(gradient: DispatchCapacities, at: DispatchCapacities): { columns: number[]; values: number[]; offset: number } {
    const g = [gradient.gridMW, gradient.coincidentPeakMW, ...gradient.thermalMW, gradient.solarMWac, 0, 0, gradient.flexibleMW ?? 0];
    const x = [at.gridMW, Number.isFinite(at.coincidentPeakMW) ? at.coincidentPeakMW : 0, ...at.thermalMW, at.solarMWac, 0, 0, at.flexibleMW ?? 0];
    const columns: number[] = [];
    const values: number[] = [];
    let offset = 0;
    g.forEach((value, k) => {
      if (value === 0 || (this.layoutColumn[k] ?? -1) < 0) return;
      columns.push(k);
      values.push(value);
      offset += value * (x[k] ?? 0);
    });
    return { columns, values, offset };
  }
}
