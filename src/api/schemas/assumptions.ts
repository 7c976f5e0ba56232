import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9-]+$/, { error: 'must be an id' });
const name = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'must be an assumption name' });

export const AssumptionsGetRequestSchema = z.strictObject({ siteId: id, scenarioId: id });

export const AssumptionSetRequestSchema = z
  .strictObject({
    siteId: id,
    scenarioId: id,
    /** 'site': this site only; 'project': every site of the project. */
    scope: z.enum(['site', 'project']).default('site'),
    name,
    value: z.number({ error: 'must be a number' }).finite({ error: 'must be finite' }).optional(),
    expr: z.string().trim().min(1, { error: 'must not be empty' }).max(2000).optional(),
    note: z.string().max(500).optional(),
  })
  .refine((r) => (r.value === undefined) !== (r.expr === undefined), { error: 'give exactly one of value and expr', path: ['value'] });

export const AssumptionResetRequestSchema = z.strictObject({
  siteId: id,
  scenarioId: id,
  scope: z.enum(['site', 'project']).default('site'),
  /** Leave out to reset every edit of that scope. */
  name: name.optional(),
});

/** One row of the Assumptions table: an input or a formula, its value now and by default. */
export type AssumptionRow = {
  name: string;
  kind: 'input' | 'formula';
  description: string;
  unit: string;
  value: number;
  defaultValue: number;
  expr: string | null;
  defaultExpr: string | null;
  dependsOn: string[];
  source: string | null;
  estimate: boolean;
  override: { scope: 'site' | 'project'; value: number | null; expr: string | null; note: string | null } | null;
};

export type AssumptionsResponse = { siteId: string; scenarioId: string; sheetTitle: string; rows: AssumptionRow[] };
export const AssumptionsResponseSchema = z.custom<AssumptionsResponse>((v) => typeof v === 'object' && v !== null && 'rows' in v);
