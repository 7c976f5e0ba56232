import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HeadroomSystemRequestSchema } from '../../api/schemas/headroom';
import type { z } from 'zod';
import { HOURS_PER_MEAN_YEAR } from '../../power-model/headroom/calendar';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { Empty, ErrorState, Loading } from '../components/States';
import { CurtailmentHeatMap } from './headroom/CurtailmentHeatMap';
import { Figures } from './headroom/Figures';
import { PlotCanvas } from './headroom/PlotCanvas';
import { durationCurvePlot, headroomCurvePlot } from './headroom/plots';
import { SystemsTable } from './headroom/SystemsTable';
import { curvePcts, parseLimitPct, PRESET_LIMITS_PCT, SHIPPED_SYSTEMS } from './headroom/systems';
import { loadSystemRows, spanFigures } from './headroom/use-systems-table';
import './headroom/headroom.css';

type FileSeries = { name: string; text: string };
const FILE = 'file';
/** A system load attached to a site of the project: `site:<siteId>` in the system picker. */
const SITE = 'site:';
const isShipped = (id: string) => SHIPPED_SYSTEMS.some((s) => s.id === id);

function dayText(ms: number): string {
  return new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The grid's side of the meter: how much constant new load each host system can take if that load
 * accepts curtailment in the system's highest hours (Duke's curtailment-enabled headroom), where
 * those hours fall, and the shipped systems side by side with Duke's figures. All the work is done
 * by the `headroom:system` service; this view draws its answers.
 */
export function HeadroomView() {
  const client = useClient();
  const [system, setSystem] = useState<string>('ERCO');
  const [limit, setLimit] = useState<number | 'custom'>(0.5);
  const [customText, setCustomText] = useState('2');
  const [year, setYear] = useState<number | null>(null);
  const [file, setFile] = useState<FileSeries | null>(null);
  const [fileClock, setFileClock] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [yearsOf, setYearsOf] = useState<Record<string, number[]>>({});

  const custom = parseLimitPct(customText);
  const pct = limit === 'custom' ? (custom.ok ? custom.pct : null) : limit;
  const isFile = system === FILE && file !== null;
  const attached = useQuery(() => client.headroom.attached({}), []);
  const attachedSeries = attached.status === 'ready' ? attached.data.series : [];

  const request = useMemo((): z.input<typeof HeadroomSystemRequestSchema> | null => {
    if (pct === null) return null;
    const series = isFile ? { text: file.text, fileName: file.name, ...(fileClock ? { ba: fileClock } : {}) } : system.startsWith(SITE) ? { siteId: system.slice(SITE.length) } : { ba: system };
    return { ...series, curtailmentPct: pct, curvePcts: curvePcts(pct), detail: true, ...(year === null ? {} : { year }) };
  }, [pct, isFile, file, fileClock, system, year]);

  const answer = useQuery(() => (request ? client.headroom.system(request) : Promise.reject(new Error('Curtailment limit: type a percentage between 0 and 90'))), [request]);
  const table = useQuery(() => (pct === null ? Promise.reject(new Error('Curtailment limit: type a percentage between 0 and 90')) : loadSystemRows(client, pct, year)), [pct, year]);

  // The whole years of a system are known from an all-years answer; the year picker offers them.
  useEffect(() => {
    if (answer.status === 'ready' && answer.data.detail?.year === null) {
      const key = system === FILE ? `file:${file?.name ?? ''}` : system;
      const years = answer.data.years.map((y) => y.year);
      setYearsOf((m) => (m[key]?.join() === years.join() ? m : { ...m, [key]: years }));
    }
  }, [answer, system, file]);
  const years = yearsOf[system === FILE ? `file:${file?.name ?? ''}` : system] ?? [];

  const pickSystem = useCallback((id: string) => {
    setSystem(id);
    setYear(null);
  }, []);

  const onFile = useCallback((list: FileList | null) => {
    const f = list?.[0];
    if (!f) return;
    setFileError(null);
    f.text().then(
      (text) => {
        setFile({ name: f.name, text });
        setSystem(FILE);
        setYear(null);
      },
      (e: unknown) => setFileError(`Could not read ${f.name}: ${e instanceof Error ? e.message : String(e)}`),
    );
  }, []);

  const data = answer.status === 'ready' ? answer.data : null;
  const detail = data?.detail;
  const figures = data ? spanFigures(data, year) : undefined;
  const spanText = data ? (year === null ? `over ${dayText(Date.parse(data.system.firstHourUtc))} – ${dayText(Date.parse(data.system.firstHourUtc) + (data.system.hours - 1) * 3_600_000)} (UTC)` : `in ${year}`) : '';
  const tableSpan = year === null ? 'over all the shipped hours (2 Jul 2015 – 1 Jul 2020, UTC)' : `in ${year}`;
  const spanYears = detail ? detail.durationCurve.spanHours / (year === null ? HOURS_PER_MEAN_YEAR : detail.durationCurve.spanHours) : 1;

  const durationBuild = useMemo(() => (data && detail ? durationCurvePlot(detail.durationCurve, data.servable, spanYears) : null), [data, detail, spanYears]);
  const curveBuild = useMemo(() => (data && pct !== null ? headroomCurvePlot(data.curve, pct) : null), [data, pct]);

  return (
    <section aria-labelledby="headroom-title">
      <div className="view-header">
        <h1 id="headroom-title">Grid headroom</h1>
      </div>
      <p className="note">
        How much constant new load a host system can take without raising its peak, if that load accepts being curtailed for a small share of its energy in the system’s highest hours — Duke’s curtailment-enabled headroom (Rethinking Load Growth, 2025), worked on each system’s
        hourly load.
      </p>
      <div className="headroom-controls">
        <div className="field">
          <label htmlFor="headroom-system">System</label>
          <select id="headroom-system" value={system} onChange={(e) => pickSystem(e.target.value)}>
            {SHIPPED_SYSTEMS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.id})
              </option>
            ))}
            {attachedSeries.length > 0 ? (
              <optgroup label="Attached to a site of this project">
                {attachedSeries.map((a) => (
                  <option key={a.siteId} value={`${SITE}${a.siteId}`}>
                    {a.siteName}: {a.fileName ?? 'system load'}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {file ? <option value={FILE}>File: {file.name}</option> : null}
          </select>
        </div>
        <div className="field">
          <span className="label" id="headroom-limit-label">
            Curtailment limit
          </span>
          <div className="headroom-limits" role="group" aria-labelledby="headroom-limit-label">
            {PRESET_LIMITS_PCT.map((p) => (
              <button key={p} type="button" aria-pressed={limit === p} onClick={() => setLimit(p)}>
                {p} %
              </button>
            ))}
            <button type="button" aria-pressed={limit === 'custom'} onClick={() => setLimit('custom')}>
              Custom
            </button>
            {limit === 'custom' ? (
              <input aria-label="Custom curtailment limit, %" type="number" min={0} max={90} step="any" value={customText} onChange={(e) => setCustomText(e.target.value)} aria-invalid={!custom.ok} />
            ) : null}
          </div>
          {limit === 'custom' && !custom.ok ? (
            <div className="field-error" role="alert">
              {custom.message}
            </div>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="headroom-year">Year</label>
          <select id="headroom-year" value={year === null ? '' : String(year)} onChange={(e) => setYear(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">All years</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="headroom-file">Your own system load (CSV)</label>
          <input id="headroom-file" type="file" accept=".csv,.txt,text/csv" onChange={(e) => onFile(e.target.files)} />
        </div>
        {file ? (
          <div className="field">
            <label htmlFor="headroom-file-clock">Read the file in the clock of</label>
            <select id="headroom-file-clock" value={fileClock} onChange={(e) => setFileClock(e.target.value)}>
              <option value="">UTC</option>
              {SHIPPED_SYSTEMS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {fileError ? <ErrorState message={fileError} /> : null}
      {answer.status === 'loading' ? <Loading what="the headroom" /> : null}
      {answer.status === 'error' && pct !== null ? <ErrorState message={answer.message} onRetry={answer.reload} /> : null}
      {data && figures ? <Figures data={data} figures={figures} spanText={spanText} /> : null}
      {data && detail && durationBuild && curveBuild ? (
        <>
          <div className="chart-grid">
            <PlotCanvas
              title={`Load duration curve with the new load stacked, ${spanText}`}
              build={durationBuild}
              note="Hours ranked by system load, highest first. The blue band is the new load as served: it thins where it is curtailed to keep the total under the servable level of the hour’s season (dashed). Drag to zoom."
            />
            <PlotCanvas title="Headroom against curtailment limit, over all hours" build={curveBuild} note="The dot is the chosen limit; the dashed line (right axis) is the curtailed hours a year at each limit." />
          </div>
          {detail.curtailedHours.flat().some((n) => n > 0) ? (
            <CurtailmentHeatMap counts={detail.curtailedHours} spanText={spanText} clock={detail.clock} />
          ) : (
            <Empty>No hour is curtailed at {data.curtailmentPct} %: the new load the limit allows is 0 MW, so there is nothing to map.</Empty>
          )}
        </>
      ) : null}
      <h2>The shipped systems</h2>
      {table.status === 'loading' ? <Loading what="the shipped systems" /> : null}
      {table.status === 'error' && pct !== null ? <ErrorState message={table.message} onRetry={table.reload} /> : null}
      {table.status === 'ready' && pct !== null ? <SystemsTable rows={table.data} chosenPct={pct} spanText={tableSpan} selected={isShipped(system) ? system : null} onSelect={pickSystem} /> : null}
      {data ? <p className="note">{data.method}</p> : null}
    </section>
  );
}
