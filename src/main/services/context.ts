import type { Site } from '../../api/schemas/site';
import type { SettingsStore } from '../settings';
import type { ProjectSession } from './project-session';

/** What the handlers need, built once per process by the transport that hosts them. */
export type ServiceContext = {
  mode: 'desktop' | 'web';
  appVersion: string;
  versions: Record<string, string>;
  settings: SettingsStore;
  session: ProjectSession;
  bundledSites: () => Site[];
};
