import { ApiError } from '../../api/errors';
import type { ChannelName } from '../../api/channel-names';

/**
 * What each channel touches: `app` (no project, or the choice of project), `read` (the open
 * project's data) or `write` (changes the open project's file). Every channel is listed, so a new
 * one cannot skip the project checks: the compiler asks for its scope.
 */
export const channelScope = {
  'app:info': 'app',
  'project:new': 'app',
  'project:open': 'app',
  'project:saveAs': 'app',
  'project:recent': 'app',
  'project:current': 'app',
  'settings:get': 'app',
  'settings:set': 'app',
  'sites:list': 'read',
  'sites:get': 'read',
  'sites:save': 'write',
  'sites:delete': 'write',
  'scenarios:list': 'read',
  'scenarios:get': 'read',
  'scenarios:save': 'write',
  'scenarios:delete': 'write',
  'runs:list': 'read',
  // Imports parse without writing unless asked to attach; a read-only file refuses the attach in SQLite.
  'import:load': 'read',
  'import:price': 'read',
  'import:weather': 'read',
  'import:systemLoad': 'read',
  'import:tariff': 'read',
  'import:site': 'write',
  'series:list': 'read',
  'series:remove': 'write',
  'series:get': 'read',
  'series:restore': 'write',
  'model:simulate': 'read',
  'rateImpact:site': 'read',
  'firm:capacity': 'read',
  // Reads shipped data or the request's own text; touches no project.
  'headroom:system': 'read',
  'headroom:systems': 'read',
  'headroom:attached': 'read',
  // A run on a read-only project still runs; its history is not written (run-manager).
  'runs:start': 'read',
  'runs:status': 'read',
  'runs:cancel': 'read',
  'assumptions:get': 'read',
  'assumptions:set': 'write',
  'assumptions:reset': 'write',
  'hostUtility:get': 'read',
  'hostUtility:set': 'write',
  'hostUtility:reset': 'write',
  'stories:list': 'read',
  'stories:save': 'write',
  'stories:delete': 'write',
  'export:workbook': 'read',
  'export:hourlyCsv': 'read',
} as const satisfies Record<ChannelName, 'app' | 'read' | 'write'>;

/**
 * Channels whose handlers compile no economics or rate-impact sheet, so they answer without
 * loading mathjs (a third of a second): what a window, `serve` or `stargrid sites` asks first.
 * The registry also runs every `read` channel without it (a sheet the planner builds compiles
 * without mathjs; one that needs it makes the registry load it and run the handler again), and
 * loads it before every other channel. A test runs each of these in a process where mathjs was
 * never loaded.
 */
export const SHEET_FREE_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'app:info',
  'project:recent',
  'project:current',
  'settings:get',
  'settings:set',
  'sites:list',
  'sites:get',
  'scenarios:list',
  'scenarios:get',
  'series:list',
  'runs:list',
  'runs:status',
  'runs:cancel',
  'headroom:system',
  'headroom:systems',
  'headroom:attached',
  'stories:list',
]);


/** What a transport carries beside the request (IPC argument, HTTP header), not in any channel's schema. */
export type RequestMeta = {
  /** `ProjectInfo.id` of the project the request was made for; absent from the CLI. */
  projectId?: string | undefined;
};

const PROJECT_ID = /^[0-9a-f-]{1,64}$/;

/** Reads the meta a transport received from outside: absent is fine, malformed is refused. */
export function parseRequestMeta(raw: unknown): RequestMeta {
  if (raw === undefined || raw === null) return {};
  const id = typeof raw === 'object' ? (raw as { projectId?: unknown }).projectId : raw;
  if (id === undefined || id === null || id === '') return {};
  if (typeof id === 'string' && PROJECT_ID.test(id)) return { projectId: id };
  throw new ApiError('invalid-request', 'the project id sent with the request is malformed');
}
