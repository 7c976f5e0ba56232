/** What a report covers: one site under one scenario, or the whole portfolio under one scenario. */
export type ReportTarget = { kind: 'site'; siteId: string; scenarioId: string } | { kind: 'portfolio'; scenarioId: string };

const SLUG = /^[a-z0-9-]+$/;

/**
 * The hash route of a printable report: `#/report/site/<siteId>?scenario=<id>` or
 * `#/report/portfolio?scenario=<id>`. The desktop shell loads the renderer at this hash in a
 * hidden window, waits for `document.body.dataset.reportReady === 'true'`, then calls
 * `webContents.printToPDF`; web mode prints the same page with the browser's print.
 */
export function reportHash(target: ReportTarget): string {
  const query = `?scenario=${encodeURIComponent(target.scenarioId)}`;
  return target.kind === 'site' ? `#/report/site/${encodeURIComponent(target.siteId)}${query}` : `#/report/portfolio${query}`;
}

/** The report a hash asks for, or null when the hash is not a (well-formed) report route. */
export function reportFromHash(hash: string): ReportTarget | null {
  const match = /^#\/report\/(site\/([^/?]+)|portfolio)(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const scenarioId = new URLSearchParams(match[3] ?? '').get('scenario') ?? 'hybrid';
  if (!SLUG.test(scenarioId)) return null;
  const siteId = match[2] === undefined ? null : decodeURIComponent(match[2]);
  if (siteId === null) return { kind: 'portfolio', scenarioId };
  return SLUG.test(siteId) ? { kind: 'site', siteId, scenarioId } : null;
}
