/**
 * A low/high pair around a catalog figure (the figure itself is the mid and the default), each
 * end with its source. The tornado (sensitivity/) moves each input over its range.
 */
export type FigureRange = { low: number; high: number; lowSource: string; highSource: string };

/** The published ranges of a technology's capex and lead time (data/technologies.json). */
export type CostRanges = { capexUSDPerKW?: FigureRange; leadTimeYears?: FigureRange };
