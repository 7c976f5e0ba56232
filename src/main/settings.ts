import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const SettingsSchema = z.object({
  recent: z.array(z.object({ path: z.string(), openedAt: z.string() })).default([]),
  lastProject: z.string().nullable().default(null),
  window: z
    .object({ width: z.number().int().min(400), height: z.number().int().min(300), x: z.number().int().optional(), y: z.number().int().optional(), maximized: z.boolean().default(false) })
    .nullable()
    .default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;

const MAX_RECENT = 10;

/** Per-user app data folder: `STARGRID_HOME`, else `$XDG_CONFIG_HOME/stargrid` or `~/.config/stargrid`. */
export function userDataDir(): string {
  if (process.env.STARGRID_HOME) return process.env.STARGRID_HOME;
  const base = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(base, 'stargrid');
}

/**
 * Small JSON settings (recent projects, last project, window bounds). Written to a temporary file
 * and renamed, so a crash leaves either the old or the new file. A damaged file is replaced by
 * defaults rather than blocking start-up.
 */
export class SettingsStore {
  private settings: Settings;
  constructor(readonly file: string = join(userDataDir(), 'settings.json')) {
    this.settings = this.read();
  }

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
    return this.settings;
  }

  update(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.settings, null, 2));
    renameSync(tmp, this.file);
  }

  rememberProject(path: string): void {
    const recent = [{ path, openedAt: new Date().toISOString() }, ...this.settings.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    this.update({ recent, lastProject: path });
  }
}
