import { z } from 'zod';
import { sourcedSchema, type Sourced } from './sourced';

/** A tariff figure: a Sourced number; `assumption` says why where we reasoned it out (an estimate). */
const figure = sourcedSchema({ min: 0 });
export type TariffFigureFile = Sourced;

const BA = z.string().regex(/^[A-Z]{2,6}$/, { error: 'must be a balancing-authority code such as ERCO' });

export const MarketTariffSchema = z.strictObject({
  systemLoad: BA,
  transmission: z.strictObject({ rule: z.enum(['1CP', '4CP', '5CP', '12CP']), rateUSDPerKWYear: figure }).optional(),
  capacity: z
    .discriminatedUnion('rule', [
      z.strictObject({ rule: z.enum(['5CP', '1CP']), pricesByDeliveryYear: z.array(z.strictObject({ year: z.number().int(), priceUSDPerMWDay: figure })).min(1) }),
      z.strictObject({ rule: z.literal('seasonal'), year: z.number().int(), seasonalUSDPerMWDay: z.tuple([figure, figure, figure, figure]) }),
    ])
    .optional(),
  standby: z.strictObject({ shareOfFirmRate: figure }).optional(),
  energyShape: z.strictObject({ meanUSDPerMWh: figure, exponent: figure }).optional(),
  note: z.string().optional(),
});
export type MarketTariffFile = z.infer<typeof MarketTariffSchema>;

/** `data/grid-tariffs.json`: the grid charges of each market (keyed by the site's `gridOperator`). */
export const GridTariffsFileSchema = z.strictObject({ about: z.string(), markets: z.record(z.string(), MarketTariffSchema) });
export type GridTariffsFile = z.infer<typeof GridTariffsFileSchema>;
