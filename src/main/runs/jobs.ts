import type { JobFunction, RunKind } from './types';

/**
 * The job of each run kind, loaded on demand inside the worker so the service process does not
 * pay for the LP solver or the Monte Carlo until a run asks for them.
 */
export async function jobFor(kind: RunKind): Promise<JobFunction> {
  switch (kind) {
    case 'reliability':
      return (await import('./jobs/reliability')).reliabilityJob;
    case 'optimize':
      return (await import('./jobs/optimize')).optimizeJob;
    case 'sensitivity':
      return (await import('./jobs/sensitivity')).sensitivityJob;
    case 'sweep':
      return (await import('./jobs/sweep')).sweepJob;
  }
}
