/**
 * Every channel, as `group:action`. This list has no dependencies so the sandboxed preload can
 * build its named API from it without bundling the schemas; `channels.ts` is checked against it.
 */
export const channelNames = [
  'app:info',
  'project:new',
  'project:open',
  'project:saveAs',
  'project:recent',
  'project:current',
  'settings:get',
  'settings:set',
  'sites:list',
  'sites:get',
  'sites:save',
  'sites:delete',
  'scenarios:list',
  'scenarios:get',
  'scenarios:save',
  'scenarios:delete',
  'runs:list',
  'import:load',
  'import:price',
  'import:weather',
  'import:systemLoad',
  'import:tariff',
  'import:site',
  'series:list',
  'series:remove',
  'series:get',
  'series:restore',
  'model:simulate',
  'rateImpact:site',
  'firm:capacity',
  'headroom:system',
  'headroom:systems',
  'headroom:attached',
  'runs:start',
  'runs:status',
  'runs:cancel',
  'assumptions:get',
  'assumptions:set',
  'assumptions:reset',
  'hostUtility:get',
  'hostUtility:set',
  'hostUtility:reset',
  'stories:list',
  'stories:save',
  'stories:delete',
  'export:workbook',
  'export:hourlyCsv',
] as const;

export type ChannelName = (typeof channelNames)[number];

type Group<C extends string> = C extends `${infer G}:${string}` ? G : never;
type Action<C extends string, G extends string> = C extends `${G}:${infer A}` ? A : never;

/** `{ sites: { list, get, … }, project: { … } }` given a function type per channel. */
export type NamedApi<F extends { [C in ChannelName]: unknown }> = {
  [G in Group<ChannelName>]: { [A in Action<ChannelName, G>]: F[`${G}:${A}` & ChannelName] };
};

/** Splits `sites:list` into `['sites', 'list']`. */
export function splitChannel(channel: ChannelName): [string, string] {
  const at = channel.indexOf(':');
  return [channel.slice(0, at), channel.slice(at + 1)];
}
