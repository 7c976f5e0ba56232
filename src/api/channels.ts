import { z } from 'zod';
import type { ChannelName } from './channel-names';
import { AppInfoSchema, ProjectInfoSchema, ProjectPathSchema, RecentProjectSchema, RunRecordSchema } from './schemas/project';
import { AssumptionResetRequestSchema, AssumptionSetRequestSchema, AssumptionsGetRequestSchema, AssumptionsResponseSchema } from './schemas/assumptions';
import { ImportedSeriesSchema, ImportedSystemLoadSchema, ImportedWeatherSchema, ImportSystemLoadRequestSchema, ImportLoadRequestSchema, ImportPriceRequestSchema, ImportSiteRequestSchema, ImportTariffRequestSchema, ImportWeatherRequestSchema, SeriesGetRequestSchema, SeriesListRequestSchema, SeriesRemoveRequestSchema, SeriesRestoreRequestSchema, SiteSeriesInfoSchema, StoredSeriesSchema } from './schemas/imports';
import { SimulateRequestSchema, SimulateResponseSchema } from './schemas/model';
import { FirmCapacityRequestSchema, FirmCapacityResponseSchema } from './schemas/firm-capacity';
import { HeadroomAttachedRequestSchema, HeadroomAttachedResponseSchema, HeadroomSystemRequestSchema, HeadroomSystemResponseSchema, HeadroomSystemsRequestSchema, HeadroomSystemsResponseSchema } from './schemas/headroom';
import { SiteRateImpactRequestSchema, SiteRateImpactResponseSchema } from './schemas/site-rate-impact';
import { HostUtilityGetRequestSchema, HostUtilityResetRequestSchema, HostUtilityResponseSchema, HostUtilitySetRequestSchema } from './schemas/host-utility-edit';
import { RunIdSchema, RunStartRequestSchema, RunStateSchema } from './schemas/runs';
import { SettingsSchema, SettingsSetRequestSchema } from './schemas/settings';
import { ScenarioSchema } from './schemas/scenario';
import { TariffSchema } from './schemas/tariff';
import { SiteSchema } from './schemas/site';
import { StoriesListRequestSchema, StoryDeleteRequestSchema, StorySaveRequestSchema, StorySchema } from './schemas/story';
import { ExportRequestSchema, HourlyCsvResponseSchema, WorkbookResponseSchema } from './schemas/export';

const Id = z.string().trim().min(1, 'must not be empty').max(80, 'is at most 80 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');
const Empty = z.object({}).strict();

export const SiteSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  gridOperator: z.string(),
  stargate: z.boolean(),
  status: z.string(),
  itMW: z.number(),
  facilityMW: z.number(),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  /** Present when the site's stored data cannot be read: what is wrong. The other sites still load. */
  damaged: z.string().optional(),
});
export type SiteSummary = z.infer<typeof SiteSummarySchema>;

export const ScenarioSummarySchema = z.object({ id: z.string(), name: z.string(), siteId: z.string().nullable(), builtIn: z.boolean() });

/**
 * The contract between UI and services: for each channel the request schema (parsed in main,
 * the web server and the CLI before any service sees it) and the response schema.
 */
export const channels = {
  'app:info': { request: Empty, response: AppInfoSchema },
  'project:new': { request: z.object({ path: ProjectPathSchema }).strict(), response: ProjectInfoSchema },
  'project:open': { request: z.object({ path: ProjectPathSchema }).strict(), response: ProjectInfoSchema },
  'project:saveAs': { request: z.object({ path: ProjectPathSchema, overwrite: z.boolean().default(false) }).strict(), response: ProjectInfoSchema },
  'project:recent': { request: Empty, response: z.object({ recent: z.array(RecentProjectSchema) }) },
  'project:current': { request: Empty, response: z.object({ project: ProjectInfoSchema.nullable() }) },
  'settings:get': { request: Empty, response: SettingsSchema },
  'settings:set': { request: SettingsSetRequestSchema, response: SettingsSchema },
  'sites:list': { request: Empty, response: z.object({ sites: z.array(SiteSummarySchema) }) },
  'sites:get': { request: z.object({ id: Id }).strict(), response: z.object({ site: SiteSchema }) },
  'sites:save': { request: z.object({ site: SiteSchema }).strict(), response: z.object({ site: SiteSchema, created: z.boolean() }) },
  'sites:delete': { request: z.object({ id: Id }).strict(), response: z.object({ deleted: z.boolean() }) },
  'scenarios:list': { request: z.object({ siteId: Id.optional() }).strict(), response: z.object({ scenarios: z.array(ScenarioSummarySchema) }) },
  'scenarios:get': { request: z.object({ id: Id }).strict(), response: z.object({ scenario: ScenarioSchema }) },
  'scenarios:save': { request: z.object({ scenario: ScenarioSchema, siteId: Id.nullable().default(null) }).strict(), response: z.object({ scenario: ScenarioSchema, created: z.boolean() }) },
  'scenarios:delete': { request: z.object({ id: Id }).strict(), response: z.object({ deleted: z.boolean() }) },
  'runs:list': { request: z.object({ siteId: Id.optional(), limit: z.number().int().min(1).max(1000).default(100) }).strict(), response: z.object({ runs: z.array(RunRecordSchema) }) },
  'import:load': { request: ImportLoadRequestSchema, response: ImportedSeriesSchema },
  'import:price': { request: ImportPriceRequestSchema, response: ImportedSeriesSchema },
  'import:weather': { request: ImportWeatherRequestSchema, response: ImportedWeatherSchema },
  'import:systemLoad': { request: ImportSystemLoadRequestSchema, response: ImportedSystemLoadSchema },
  'import:tariff': { request: ImportTariffRequestSchema, response: z.object({ tariff: TariffSchema }) },
  'import:site': { request: ImportSiteRequestSchema, response: z.object({ site: SiteSchema, created: z.boolean() }) },
  'series:list': { request: SeriesListRequestSchema, response: z.object({ series: z.array(SiteSeriesInfoSchema) }) },
  'series:remove': { request: SeriesRemoveRequestSchema, response: z.object({ removed: z.boolean() }) },
  'series:get': { request: SeriesGetRequestSchema, response: z.object({ series: StoredSeriesSchema.nullable() }) },
  'series:restore': { request: SeriesRestoreRequestSchema, response: z.object({ attached: SiteSeriesInfoSchema }) },
  'model:simulate': { request: SimulateRequestSchema, response: SimulateResponseSchema },
  'rateImpact:site': { request: SiteRateImpactRequestSchema, response: SiteRateImpactResponseSchema },
  'firm:capacity': { request: FirmCapacityRequestSchema, response: FirmCapacityResponseSchema },
  'headroom:system': { request: HeadroomSystemRequestSchema, response: HeadroomSystemResponseSchema },
  'headroom:systems': { request: HeadroomSystemsRequestSchema, response: HeadroomSystemsResponseSchema },
  'headroom:attached': { request: HeadroomAttachedRequestSchema, response: HeadroomAttachedResponseSchema },
  'runs:start': { request: RunStartRequestSchema, response: RunStateSchema },
  'runs:status': { request: z.object({ runId: RunIdSchema }).strict(), response: RunStateSchema },
  'runs:cancel': { request: z.object({ runId: RunIdSchema }).strict(), response: z.object({ cancelling: z.boolean() }) },
  'assumptions:get': { request: AssumptionsGetRequestSchema, response: AssumptionsResponseSchema },
  'assumptions:set': { request: AssumptionSetRequestSchema, response: AssumptionsResponseSchema },
  'assumptions:reset': { request: AssumptionResetRequestSchema, response: AssumptionsResponseSchema },
  'hostUtility:get': { request: HostUtilityGetRequestSchema, response: HostUtilityResponseSchema },
  'hostUtility:set': { request: HostUtilitySetRequestSchema, response: HostUtilityResponseSchema },
  'hostUtility:reset': { request: HostUtilityResetRequestSchema, response: HostUtilityResponseSchema },
  'stories:list': { request: StoriesListRequestSchema, response: z.object({ stories: z.array(StorySchema) }) },
  'stories:save': { request: StorySaveRequestSchema, response: z.object({ story: StorySchema, created: z.boolean() }) },
  'stories:delete': { request: StoryDeleteRequestSchema, response: z.object({ deleted: z.boolean() }) },
  'export:workbook': { request: ExportRequestSchema, response: WorkbookResponseSchema },
  'export:hourlyCsv': { request: ExportRequestSchema, response: HourlyCsvResponseSchema },
} as const satisfies { [C in ChannelName]: { request: z.ZodType; response: z.ZodType } };

export type Channels = typeof channels;
/** What a caller sends (defaults may be left out). */
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
/** What a service receives after parsing. */
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;
