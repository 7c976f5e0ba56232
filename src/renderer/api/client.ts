import { channelNames, splitChannel, type ChannelName, type NamedApi } from '../../api/channel-names';
import type { RequestOf, ResponseOf } from '../../api/channels';
import type { ApiErrorBody, Envelope } from '../../api/errors';
import type { ProjectInfo } from '../../api/schemas/project';

/** What travels beside a request, outside its schema: the project it was made for. */
export type RequestMeta = { projectId?: string };

/** Carries one request (and its meta) to the services and brings back the envelope. */
export type Transport = (channel: ChannelName, request: unknown, meta: RequestMeta) => Promise<Envelope<unknown>>;

export type StargridClient = NamedApi<{ [C in ChannelName]: (request: RequestOf<C>) => Promise<ResponseOf<C>> }>;

/** A failed call: the service's error with its field path, so a form can show it beside the field. */
export class ApiCallError extends Error {
  override name = 'ApiCallError';
  readonly code: string;
  readonly path: string;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.path = body.path;
  }
}

/** The open project as an answer reports it, for the channels that say which project is open. */
function projectIn(channel: ChannelName, value: unknown): ProjectInfo | null | undefined {
  switch (channel) {
    case 'app:info':
    case 'project:current':
      return (value as { project: ProjectInfo | null }).project;
    case 'project:new':
    case 'project:open':
    case 'project:saveAs':
      return value as ProjectInfo;
    default:
      return undefined;
  }
}

/**
 * Builds `client.sites.list(…)` etc. from the channel list; UI code never spells a channel.
 * The client remembers the open project from the answers that name it and sends its id with
 * every request, so the services refuse one made for a project that is no longer open;
 * `onProject` hears each change of open project (to reset what belonged to the old one).
 */
export function createClient(transport: Transport, onProject: (project: ProjectInfo | null) => void = () => undefined): StargridClient {
  let projectId: string | undefined;
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const [group, action] = splitChannel(channel);
    const target = (api[group] ??= {});
    target[action] = async (request: unknown) => {
      const envelope = await transport(channel, request ?? {}, projectId === undefined ? {} : { projectId });
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      const project = projectIn(channel, envelope.value);
      if (project !== undefined) {
        const changed = (project?.id ?? undefined) !== projectId;
        projectId = project?.id ?? undefined;
        if (changed || project) onProject(project);
      }
      return envelope.value;
    };
  }
  return api as unknown as StargridClient;
}
