import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Every http(s) URL found as a string value anywhere in `value` (the data's `url` fields and the like). */
export function collectUrls(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    const url = normalizeExternalUrl(value);
    if (url) into.add(url);
  } else if (Array.isArray(value)) {
    for (const item of value) collectUrls(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectUrls(item, into);
  }
  return into;
}

/** The URL in one spelling (`new URL` normal form) if it is plain http(s) without credentials, else null. */
export function normalizeExternalUrl(text: string): string | null {
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The sources the bundled data cite (every JSON file under `data/`): the only pages the app may
 * ask the system browser to open, and only after the user confirms.
 */
export function citedSourceUrls(dataDir: string): Set<string> {
  const urls = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extname(name) === '.json') collectUrls(JSON.parse(readFileSync(full, 'utf8')) as unknown, urls);
    }
  };
  walk(dataDir);
  return urls;
}

/** Whether `target` is one of the cited sources (compared in normal form). */
export function isCitedSource(target: string, allowed: ReadonlySet<string>): boolean {
  const url = normalizeExternalUrl(target);
  return url !== null && allowed.has(url);
}
