import type { ChannelName } from '../../api/channel-names';
import { ApiError } from '../../api/errors';
import { writeError } from '../db/storage-errors';
import { channelScope, type RequestMeta } from './channel-scope';
import type { ProjectSession } from './project-session';
import type { RegistryHooks } from './registry';

/**
 * The project checks every request passes: a request made for a project that is no longer open
 * is refused (so a late write, or an Undo from the old project, never lands in the new file), and
 * a change to a read-only project is refused before any handler runs.
 */
export function projectGuard(session: ProjectSession): RegistryHooks {
  return {
    before: (channel: ChannelName, meta: RequestMeta) => {
      const scope = channelScope[channel];
      if (scope === 'app') return;
      const current = session.get();
      if (meta.projectId !== undefined && meta.projectId !== current?.id) {
        throw new ApiError(
          'stale-project',
          current
            ? `this request was made for a project that is no longer open (now open: ${current.path}); nothing was changed`
            : 'this request was made for a project that is no longer open; nothing was changed',
        );
      }
      if (scope === 'write') session.requireWritable();
    },
    mapError: (error: unknown) => writeError(error, session.get()?.path ?? 'the project'),
  };
}
