import { ModelRunner } from '../model/runner';
import type { JobRequest } from './types';

/**
 * The model runner a job uses: with the series the user attached to the site, so a run sees the
 * same load, price and weather as the workbench does.
 */
export function jobRunner(request: JobRequest): ModelRunner {
  return new ModelRunner(undefined, request.attached ? new Map([[request.site.id, request.attached]]) : new Map());
}

/** Simulation options carrying the project's formula edits (empty when there are none). */
export function jobFormulas(request: JobRequest): { formulas?: Record<string, string> } {
  return request.formulas && Object.keys(request.formulas).length > 0 ? { formulas: request.formulas } : {};
}
