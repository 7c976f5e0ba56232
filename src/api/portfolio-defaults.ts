/**
 * What the portfolio shows before the planner picks anything: each site under this supply plan,
 * with the household bill change under this allocator. The renderer reads them to draw the start
 * page and `serve` reads them to compute those answers ahead of the first page load.
 */
export const DEFAULT_SCENARIO_ID = 'hybrid';

/** The allocator of the headline bill change: 4CP, ERCOT's transmission allocator and a common one elsewhere. */
export const HEADLINE_METHOD = '4CP' as const;
