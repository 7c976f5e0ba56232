import { useState } from 'react';
import type { SeriesKind, SiteSeriesInfo } from '../../../api/schemas/imports';
import { useClient } from '../../api/context';
import { useQuery } from '../../api/use-query';
import { formatMW, sig3 } from '../../format';
import { missingCase } from '../../../power-model/missing-case';
import { seriesEdit, storedSeries } from '../../imports/series-undo';
import { READ_ONLY_TITLE, useReadOnly } from '../../state/read-only';
import { useUndo } from '../../state/undo';

/** What each attached kind replaces in the model, as the list says it. */
const REPLACES: Record<SeriesKind, string> = {
  load: 'Hourly load (campus IT MW, scaled to the phases built each year)',
  price: 'Hourly grid price (replaces the flat price)',
  weather: 'Weather year (replaces the TMY3 or synthesized year)',
  'system-load': 'Host system load (the hours its coincident peaks bill the grid draw at)',
};

function figures(series: SiteSeriesInfo): string {
  const s = series.summary as { mean?: number; max?: number; min?: number; meanDryBulbC?: number; source?: { label?: string }; peakMW?: number; wholeYears?: number[] | null } | null;
  if (!s) return '';
  switch (series.kind) {
    case 'load':
      return s.max !== undefined && s.mean !== undefined ? `peak ${formatMW(s.max)}, mean ${formatMW(s.mean)}` : '';
    case 'price':
      return s.mean !== undefined ? `mean USD ${sig3(s.mean)}/MWh, ${sig3(s.min ?? Number.NaN)} to ${sig3(s.max ?? Number.NaN)}` : '';
    case 'weather':
      return s.source?.label ?? '';
    case 'system-load':
      return s.peakMW !== undefined ? `peak ${formatMW(s.peakMW)}${s.wholeYears && s.wholeYears.length > 0 ? `, whole years ${s.wholeYears.join(', ')}` : ''}` : '';
    default:
      return missingCase(series.kind);
  }
}

/**
 * The hourly files attached to a site (Import → Attach to site) that the model runs on, each
 * with Remove, which puts the built-in input back for the next run.
 */
export function AttachedSeries(props: { siteId: string; onChanged: () => void }) {
  const client = useClient();
  const revision = useUndo((s) => s.revision);
  const record = useUndo((s) => s.record);
  const readOnly = useReadOnly();
  const list = useQuery(() => client.series.list({ siteId: props.siteId }), [props.siteId, revision]);
  const [error, setError] = useState<string | null>(null);
  if (list.status !== 'ready' || list.data.series.length === 0) return null;

  const remove = async (kind: SeriesKind) => {
    setError(null);
    try {
      // Kept with its body so that Undo can put it back as it was.
      const before = await storedSeries(client, props.siteId, kind);
      await client.series.remove({ siteId: props.siteId, kind });
      record(seriesEdit(client, `remove the attached ${kind} of ${props.siteId}`, props.siteId, kind, before, null));
      list.reload();
      props.onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-label="Attached hourly series" className="attached-series">
      <h2>Attached hourly series</h2>
      <ul>
        {list.data.series.map((s) => (
          <li key={s.kind} data-series-kind={s.kind}>
            <strong>{REPLACES[s.kind]}</strong>: {s.fileName ?? 'unnamed file'} {figures(s) ? `(${figures(s)})` : ''}{' '}
            <button type="button" onClick={() => void remove(s.kind)} aria-label={`Remove the attached ${s.kind}`} disabled={readOnly} title={readOnly ? READ_ONLY_TITLE : undefined}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {error ? <div className="banner banner-error" role="alert">{error}</div> : null}
    </section>
  );
}
