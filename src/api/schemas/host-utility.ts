import { z } from 'zod';
import { CapacityMarketInputSchema, HorizonInputSchema, IncrementalCostInputSchema, LargeLoadInputSchema, UtilityInputSchema } from './rate-impact';

/**
 * `data/rate-impact/<site-id>.json`: the host utility of one bundled site, as the rate-impact
 * engine needs it. Sections and field names are the engine's input (`stargrid rate-impact`), so
 * that `sources` and `estimates` are keyed by the same dotted paths the engine's trace uses
 * (`utility.classes.0.salesMWh`, or a section prefix such as `utility.classes`).
 *
 * What the file does not hold is the load itself: contract, peaks and energy come from the
 * simulated grid draw of each scenario. The capacity price with the load is not a fixed figure
 * either: `capacityMarket.priceIncreaseUSDPerMWDayPerGW` turns the load's added obligation into a
 * price rise, so that a scenario drawing less from the grid moves the price less.
 */

const quantity = () => z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'must be a number') }).min(0, { error: 'must not be negative' });
const text = () => z.string({ error: 'required, as text' }).min(1, { error: 'must not be empty' });

export const HostCapacityMarketSchema = CapacityMarketInputSchema.omit({ priceAfterUSDPerMWDay: true, largeLoadObligationMW: true }).extend({
  /** Clearing-price rise per GW of added capacity obligation, USD/MW-day per GW; absent: no price effect is known. */
  priceIncreaseUSDPerMWDayPerGW: quantity().optional(),
});

export const HostUtilityFileSchema = z.strictObject({
  siteId: z.string({ error: 'required' }).regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a site id' }),
  /** One paragraph: which utility, why it is the host, what is modelled and how. */
  summary: text(),
  /** Dotted path (or section prefix) → where the figure comes from: URL and year. */
  sources: z.record(z.string(), text()),
  /** Dotted path (or section prefix) → why the figure is an estimate. */
  estimates: z.record(z.string(), text()),
  utility: UtilityInputSchema,
  largeLoad: z.strictObject({ tariff: LargeLoadInputSchema.shape.tariff }),
  incrementalCost: IncrementalCostInputSchema,
  capacityMarket: HostCapacityMarketSchema.optional(),
  horizon: HorizonInputSchema.omit({ capacityPriceAfterUSDPerMWDay: true }).optional(),
});

export type HostUtilityFile = z.infer<typeof HostUtilityFileSchema>;
export type HostCapacityMarket = z.infer<typeof HostCapacityMarketSchema>;
