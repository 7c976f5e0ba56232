import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../src/api/schemas/site';
import { loadSites } from '../../../../src/main/data/load-sites';
import { optimizeJob, type OptimizeJobResult } from '../../../../src/main/runs/jobs/optimize';
import { JobCancelled } from '../../../../src/main/runs/types';

const lordstown = loadSites().sites.find((s) => s.id === 'lordstown') as Site;
const request = (params: Record<string, unknown>) => ({ kind: 'optimize' as const, site: lordstown, scenario: { id: 'islanded', name: 'islanded' }, params });
const quiet = { progress: () => undefined, shouldCancel: () => false };

describe('optimize job: a full year’s classes of largest unit on threads', () => {
  it('gives the one-thread answer on two threads', async () => {
    const params = { recheckYears: 10, availabilityTarget: 0 };
    const messages: string[] = [];
    const one = (await optimizeJob(request({ ...params, threads: 1 }), quiet)) as OptimizeJobResult;
    const two = (await optimizeJob(request({ ...params, threads: 2 }), { ...quiet, progress: (_f, m) => void messages.push(m ?? '') })) as OptimizeJobResult;
    expect(one.objectiveUSDPerYear).not.toBeNull();
    // Both are within the decomposition's stated gap (1e-5, see decompositionNotes) of one optimum.
    expect(Math.abs((two.objectiveUSDPerYear ?? 0) - (one.objectiveUSDPerYear ?? 0)) / (one.objectiveUSDPerYear ?? 1)).toBeLessThan(1e-5);
    expect(two.lp.reserveClasses).toBe(one.lp.reserveClasses);
    // The classes really went to the threads (solveClassesInParallel's progress says so).
    expect(messages.some((m) => /classes on 2 threads/.test(m))).toBe(true);
    expect(two.notes.join(' ')).toMatch(/solved on 2 threads at once/);
    expect(one.notes.join(' ')).not.toMatch(/threads at once/);
  }, 600_000);

  it('stops its class threads when the run is cancelled', async () => {
    // Cancelled once the classes are on the threads: the poll in solveClassesInParallel must see it.
    let onThreads = false;
    const ctx = { progress: (_f: number, m?: string) => void (onThreads ||= /classes on 2 threads/.test(m ?? '')), shouldCancel: () => onThreads };
    await expect(optimizeJob(request({ threads: 2 }), ctx)).rejects.toBeInstanceOf(JobCancelled);
    expect(onThreads).toBe(true);
  }, 600_000);
});
