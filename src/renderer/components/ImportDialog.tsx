import { useState } from 'react';
import { useClient } from '../api/context';
import type { StargridClient } from '../api/client';
import { formatEnergyMWh, formatMW, sig3 } from '../format';
import { useUndo } from '../state/undo';
import { missingCase } from '../../power-model/missing-case';
import type { Tariff } from '../../api/schemas/tariff';
import { useQuery } from '../api/use-query';
import { withTariff } from '../imports/site-tariff';
import { seriesEdit, storedSeries } from '../imports/series-undo';
import type { SeriesKind } from '../../api/schemas/imports';
import { NamedOptions } from './NamedOptions';

const KINDS = [
  { id: 'site', label: 'Site (JSON)', accept: '.json,application/json' },
  { id: 'load', label: 'Hourly load (CSV)', accept: '.csv,text/csv' },
  { id: 'weather', label: 'Weather (TMY3, EPW or CSV)', accept: '.csv,.epw,text/csv' },
  { id: 'price', label: 'Hourly prices (CSV)', accept: '.csv,text/csv' },
  { id: 'tariff', label: 'Tariff (URDB JSON)', accept: '.json,application/json' },
  { id: 'system-load', label: 'Host system load (hourly CSV)', accept: '.csv,text/csv' },
] as const;

/** What becomes of each kind of file, said before it is imported; `attached` when a site is picked. */
function whatHappens(kind: (typeof KINDS)[number]['id'], attached: boolean): string {
  switch (kind) {
    case 'site':
      return 'The site is added to the project, or replaces the site with the same id (undo removes an added one).';
    case 'tariff':
      return 'The rate is read and checked. Attached to a site, its energy and demand charges (as a flat load pays them) become the site’s tariff, which the model uses for the grid’s cost; undo puts the old tariff back.';
    case 'load':
      return attached
        ? 'The load is stored with the site and the model runs on it: the file is read as the campus IT load in MW, so each hour’s utilization is its MW ÷ the site’s total IT MW, applied to the IT built in the simulated year; PUE still turns IT into facility power. It replaces the site’s earlier load file; remove it on the site’s page.'
        : 'The file is read and checked and its summary shown. Pick a site to attach it to for the model to use it; without one it changes no result.';
    case 'weather':
      return attached
        ? 'The weather year is stored with the site and replaces its TMY3 or synthesized year in every run (the run names the file); remove it on the site’s page.'
        : 'The file is read and checked and its summary shown. Pick a site to attach it to for the model to use it; without one it changes no result.';
    case 'price':
      return attached
        ? 'The hourly prices are stored with the site and replace its flat grid energy price: each hour’s import is billed at that hour’s price (demand charges stay); remove it on the site’s page.'
        : 'The file is read and checked and its summary shown. Pick a site to attach it to for the model to use it; without one it changes no result.';
    case 'system-load':
      return attached
        ? 'The host system’s hourly load (EIA-930 cleaned, or date_time in UTC and load in MW) is stored with the site and replaces the shipped load of its balancing authority: the grid charges bill the site’s draw at this file’s coincident peaks, read on the market’s clock, for the system year of the assumptions (systemLoadYear); remove it on the site’s page.'
        : 'The file is read and checked and its summary shown. Pick a site to attach it to for the model to use it; without one it changes no result.';
    default:
      return missingCase(kind);
  }
}
type Kind = (typeof KINDS)[number]['id'];

/** The kinds of file that are stored with a site as an hourly series when attached. */
function seriesKind(kind: Kind): SeriesKind | null {
  return kind === 'load' || kind === 'price' || kind === 'weather' || kind === 'system-load' ? kind : null;
}

/** Sends the file's text to its importer (attached to `attachTo` when given) and says, in one line, what came in. */
async function runImport(client: StargridClient, kind: Kind, fileName: string, text: string, attachTo: string): Promise<{ message: string; siteId?: string; created?: boolean; tariff?: Tariff }> {
  const attach = attachTo ? { attachTo } : {};
  const attachedTo = (r: { attached?: { siteId: string } }) => (r.attached ? ` Attached to ${r.attached.siteId}: the model now runs on it.` : '');
  switch (kind) {
    case 'site': {
      const r = await client.import.site({ fileName, text });
      return { message: `${r.created ? 'Added' : 'Replaced'} site ${r.site.name} (${r.site.id}).`, siteId: r.site.id, created: r.created };
    }
    case 'load': {
      const r = await client.import.load({ fileName, text, ...attach });
      return { message: `Read ${r.hours} hours of load from column “${r.column}” (${r.sourceUnit}): peak ${formatMW(r.max)}, mean ${formatMW(r.mean)}, ${formatEnergyMWh(r.total)} in the year.${attachedTo(r)}` };
    }
    case 'weather': {
      const r = await client.import.weather({ fileName, text, ...attach });
      return { message: `Read ${r.hours} hours of weather, ${r.source.label}: mean ${sig3(r.meanDryBulbC)} °C, max ${sig3(r.maxDryBulbC)} °C, ${sig3(r.annualGhiKWhPerM2)} kWh/m² of sun a year.${attachedTo(r)}` };
    }
    case 'price': {
      const r = await client.import.price({ fileName, text, ...attach });
      return { message: `Read ${r.hours} hourly prices from column “${r.column}” (${r.sourceUnit}): mean USD ${sig3(r.mean)}/MWh, from ${sig3(r.min)} to ${sig3(r.max)}.${attachedTo(r)}` };
    }
    case 'system-load': {
      const r = await client.import.systemLoad({ fileName, text, ...attach });
      const years = r.wholeYears === null ? '' : r.wholeYears.length > 0 ? ` Whole years at the site: ${r.wholeYears.join(', ')}.` : ' It holds no whole year at the site.';
      return { message: `Read ${r.hours} hours of system load (${r.format}, column “${r.column}”) from ${r.firstHourUtc.slice(0, 16).replace('T', ' ')} UTC: peak ${formatMW(r.peakMW)}, mean ${formatMW(r.meanMW)}.${years}${attachedTo(r)}` };
    }
    case 'tariff': {
      const r = await client.import.tariff({ fileName, text });
      return { message: `Read the tariff “${r.tariff.name}” of ${r.tariff.utility}.`, tariff: r.tariff };
    }
    default:
      return missingCase(kind);
  }
}

/** Import a file through the services' importers; a malformed file's message (row and column) shows here. */
export function ImportDialog(props: { onClose: () => void; onImported: () => void }) {
  const client = useClient();
  const record = useUndo((s) => s.record);
  const [kind, setKind] = useState<Kind>('load');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const sites = useQuery(() => client.sites.list({}), []);
  const [attachTo, setAttachTo] = useState('');

  /** Puts an imported tariff on a site through `sites.save`, with undo back to the site as it was. */
  async function attach(tariff: Tariff, fileName: string): Promise<string> {
    const before = (await client.sites.get({ id: attachTo })).site;
    const after = withTariff(before, tariff, fileName);
    await client.sites.save({ site: after });
    record({
      label: `set the tariff of ${before.name}`,
      undo: async () => void (await client.sites.save({ site: before })),
      redo: async () => void (await client.sites.save({ site: after })),
    });
    const t = after.tariff;
    return ` Now the tariff of ${before.name}: energy USD ${sig3(t?.energyUSDPerMWh?.value ?? Number.NaN)}/MWh, demand USD ${sig3(t?.demandUSDPerKWMonth?.value ?? Number.NaN)}/kW-month.`;
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) {
      setOutcome({ ok: false, message: 'Choose a file first.' });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const text = await file.text();
      const series = attachTo ? seriesKind(kind) : null;
      // The series this attach replaces (or none), read first so that Undo can put it back.
      const before = series && attachTo ? await storedSeries(client, attachTo, series) : null;
      const r = await runImport(client, kind, file.name, text, kind === 'site' ? '' : attachTo);
      if (series && attachTo) {
        const after = await storedSeries(client, attachTo, series);
        record(seriesEdit(client, `attach ${file.name} to ${attachTo}`, attachTo, series, before, after));
      }
      const attached = r.tariff && attachTo ? await attach(r.tariff, file.name) : '';
      setOutcome({ ok: true, message: r.message + attached });
      if (r.siteId && r.created) {
        const id = r.siteId;
        record({
          label: `import ${file.name}`,
          undo: async () => void (await client.sites.delete({ id })),
          redo: async () => void (await client.import.site({ fileName: file.name, text })),
        });
      }
      props.onImported();
    } catch (error) {
      setOutcome({ ok: false, message: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="modal-backdrop" onClick={props.onClose}>
      <form className="modal" role="dialog" aria-modal="true" aria-label="Import a file" onClick={(e) => e.stopPropagation()} onSubmit={(e) => void submit(e)}>
        <h2>Import a file</h2>
        <div className="field">
          <label htmlFor="import-kind">What the file holds</label>
          <select id="import-kind" value={kind} onChange={(e) => setKind(KINDS.find((k) => k.id === e.target.value)?.id ?? 'load')}>
            {KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">File</label>
          <input id="import-file" type="file" accept={KINDS.find((k) => k.id === kind)?.accept} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        {kind !== 'site' ? (
          <div className="field">
            <label htmlFor="import-attach">Attach to site</label>
            <select id="import-attach" value={attachTo} onChange={(e) => setAttachTo(e.target.value)}>
              <option value="">No site: only read and check it</option>
              <NamedOptions items={sites.status === 'ready' ? sites.data.sites : []} />
            </select>
          </div>
        ) : null}
        <p className="note" data-what-happens>
          {whatHappens(kind, attachTo !== '')}
        </p>
        {outcome ? (
          <div className={outcome.ok ? 'banner' : 'banner banner-error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.message}
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
          <button type="button" onClick={props.onClose} autoFocus>
            Close
          </button>
        </div>
      </form>
    </div>
  );
}
