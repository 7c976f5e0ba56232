import { channelNames, splitChannel, type ChannelName, type NamedApi } from '../../api/channel-names';
import type { RequestOf, ResponseOf } from '../../api/channels';
import type { ApiErrorBody, Envelope } from '../../api/errors';

/** Carries one request to the services and brings back the envelope. */
export type Transport = (channel: ChannelName, request: unknown) => Promise<Envelope<unknown>>;

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

/** Builds `client.sites.list(…)` etc. from the channel list; UI code never spells a channel. */
export function createClient(transport: Transport): StargridClient {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const [group, action] = splitChannel(channel);
    const target = (api[group] ??= {});
    target[action] = async (request: unknown) => {
      const envelope = await transport(channel, request ?? {});
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      return envelope.value;
    };
  }
  return api as unknown as StargridClient;
}
