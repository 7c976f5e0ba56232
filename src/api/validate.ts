import type { ChannelName } from './channel-names';
import { channels, type ParsedRequestOf } from './channels';
import { ApiError } from './errors';
import { formatZodIssues } from './schemas/format-issues';

/**
 * Parses a request for `channel` with its schema. On failure throws `invalid-request` whose
 * message lists every problem and whose `path` is the first problem's field path, so a form can
 * put the error beside the field.
 */
export function parseRequest<C extends ChannelName>(channel: C, raw: unknown): ParsedRequestOf<C> {
  const spec = channels[channel];
  const result = spec.request.safeParse(raw ?? {});
  if (!result.success) {
    const issues = formatZodIssues(result.error);
    const first = issues[0];
    const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new ApiError('invalid-request', `${channel}: ${message}`, first?.path ?? '');
  }
  return result.data as ParsedRequestOf<C>;
}
