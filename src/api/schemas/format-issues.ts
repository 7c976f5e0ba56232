import type { z } from 'zod';

export type FieldIssue = { path: string; message: string };

/**
 * Flattens a zod error into one entry per problem, the path written as JSON-path segments
 * joined by dots (`phases.0.mw.value`), `(root)` for the whole value.
 */
export function formatZodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length === 0 ? '(root)' : issue.path.map((p) => String(p)).join('.'),
    message: issue.message,
  }));
}

/** `path: message` lines joined by '; ', for one-line CLI and log output. */
export function issuesToLine(issues: FieldIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}
