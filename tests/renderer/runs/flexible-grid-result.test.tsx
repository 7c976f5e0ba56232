// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FlexibleGridResult } from '../../../src/renderer/runs/FlexibleGridResult';
import type { OptimizeRun } from '../../../src/renderer/runs/run-results';

afterEach(cleanup);

const candidate = (flexibleMW: number, firmMW: number, onsiteMW: number, costUSDPerYear: number, curtailedHours: number) => ({
  flexibleMW,
  status: 'optimal' as const,
  firmMW,
  onsiteMW,
  costUSDPerYear,
  curtailedHours,
  workloadCurtailedMWh: 0,
  monthsEarlier: flexibleMW > 0 ? 12 : 0,
});

describe('FlexibleGridResult', () => {
  it('shows the firm and flexible MW, the months earlier and one frontier row per flexible MW solved, the chosen one marked', () => {
    const frontier = [candidate(0, 840, 491, 445e6, 0), candidate(76, 840, 330, 372e6, 1), candidate(360, 671, 72.1, 118e6, 6)];
    const r = {
      flexible: { ...frontier[2], offerMW: 360, energizeCreditUSDPerYear: 309.6e6, workloadCurtailmentUSD: 0, rule: 'hours where the host system’s load plus the flexible MW passes its servable level', frontier },
      recheck: { simulation: { flexible: { flexibleMW: 360, curtailedHours: 6, workloadCurtailedMWh: 1988.9, workloadCurtailmentCostUSD: 2.59e6 } } },
    } as unknown as OptimizeRun;
    render(<FlexibleGridResult r={r} />);
    const summary = screen.getByRole('table', { name: 'Flexible grid' });
    expect(summary.textContent).toContain('12 months');
    expect(summary.textContent).toContain('re-check: 6');
    const rows = screen.getByRole('table', { name: 'Flexible grid frontier' }).querySelectorAll('tbody tr');
    expect(rows.length).toBe(3);
    expect(rows[2]?.getAttribute('aria-current')).toBe('true');
    expect(rows[0]?.getAttribute('aria-current')).toBeNull();
  });

  it('shows nothing without a flexible offer', () => {
    const { container } = render(<FlexibleGridResult r={{} as OptimizeRun} />);
    expect(container.innerHTML).toBe('');
  });
});
