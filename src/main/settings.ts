import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { SettingsSchema, type Settings } from '../api/schemas/settings';

export type { Settings };

const MAX_RECENT = 10;

/** Per-user app data folder: `STARGRID_HOME`, else `$XDG_CONFIG_HOME/stargrid` or `~/.config/stargrid`. */
export function userDataDir(): string {
  if (process.env.STARGRID_HOME) return process.env.STARGRID_HOME;
  const base = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(base, 'stargrid');
}

/**
 * Small JSON settings (recent projects, last project, window bounds), owned by the service
 * process; the desktop shell reads and writes them through `settings:get` / `settings:set`.
 * Each change re-reads the file first, so another process's change (a CLI or a second server
 * remembering a project) is merged rather than overwritten by a stale copy, and is written to a
 * temporary file and renamed, so a crash leaves either the old or the new file. A damaged file
 * is replaced by defaults rather than blocking start-up.
 */
export class SettingsStore {
  constructor(readonly file: string = join(userDataDir(), 'settings.json')) {}

  private read(): Settings {
    try {
      const parsed = SettingsSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // missing or unreadable: start from defaults
    }
    return SettingsSchema.parse({});
  }

  get(): Settings {
    return this.read();
  }

  update(change: (current: Settings) => Partial<Settings>): Settings {
    const current = this.read();
    const next = { ...current, ...change(current) };
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.file);
    return next;
  }

  rememberProject(path: string): void {
    this.update((s) => ({ recent: [{ path, openedAt: new Date().toISOString() }, ...s.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT), lastProject: path }));
  }
}
