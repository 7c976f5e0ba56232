import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from '../api/context';
import { useQuery } from '../api/use-query';
import { ErrorState, Loading } from '../components/States';
import { CampusCanvas } from '../scene/CampusCanvas';
import type { CameraRequest } from '../scene/CameraRig';
import { DispatchReadout } from '../scene/DispatchReadout';
import { hourMask } from '../scene/dispatch-at-hour';
import { layoutCampus } from '../scene/layout';
import type { CampusLayout } from '../scene/layout-types';
import { MapCanvas } from '../scene/MapCanvas';
import { BillLegend, MapLegend, CampusLegend, campusLegendItems, campusLegendNote, MAP_LEGEND_ITEMS } from '../scene/Legends';
import { captionedPng, type PngCaption } from '../scene/png-overlay';
import type { MapColouring } from '../scene/map-columns';
import { takePresentationRequest, usePresentation } from '../scene/presentation-store';
import { downloadBlob, SCENE_BUILD_MARK, type SceneHandle } from '../scene/scene-handle';
import { Scrubber } from '../scene/Scrubber';
import { createTimeStore } from '../scene/time-store';
import type { CampusSceneInput } from '../scene/types';
import { usePortfolioMapSites } from '../scene/use-portfolio-map-sites';
import { DEFAULT_SCENARIO_ID, scenarioFor, useSelection } from '../state/selection';
import '../scene/scene.css';
import { NamedOptions } from '../components/NamedOptions';
import type { Story, StoryStep } from '../../api/schemas/story';
import { exportFileName, modelDateText } from '../../api/export-names';
import { StoryPanel } from '../scene/StoryPanel';
import { TitleCard, titleDate } from '../scene/TitleCard';
import { usePresentationKeys } from '../scene/use-presentation-keys';
import { useStoryPlayer } from '../scene/use-story-player';

/** A still August evening: Aug 15, 18:00 (day 227 of a non-leap year, hour 226 × 24 + 18). */
const DEFAULT_HOUR = 226 * 24 + 18;
const TOUR_SECONDS = 7;
/** PNG export size: 4K UHD. */
const EXPORT_PX = [3840, 2160] as const;

/**
 * The 3D view: a site's campus under a scenario, animated by the hourly dispatch, or the
 * portfolio map; camera presets and a tour, presentation mode and PNG export.
 */
export function SceneView(props: { siteId: string | null; onSelectSite: (id: string) => void }) {
  const client = useClient();
  const sites = useQuery(() => client.sites.list({}), []);
  const siteId = props.siteId ?? (sites.status === 'ready' ? (sites.data.sites.find((s) => s.id === 'abilene') ?? sites.data.sites[0])?.id ?? null : null);
  // The scenario follows the shared per-site selection, so the 3D view shows the plan the other views show.
  const scenarioId = useSelection((s) => (siteId ? scenarioFor(s.scenarioBySite, siteId) : DEFAULT_SCENARIO_ID));
  const setScenarioForSite = useSelection((s) => s.setScenario);
  const setScenarioId = (id: string) => siteId && setScenarioForSite(siteId, id);
  const [mode, setMode] = useState<'campus' | 'map'>('campus');
  const [colouring, setColouring] = useState<MapColouring>('mix');
  const [presenting, setPresenting] = useState(false);
  const [touring, setTouring] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);
  const store = useMemo(() => createTimeStore(DEFAULT_HOUR), []);
  const handle = useRef<SceneHandle | null>(null);
  const onHandle = useCallback((h: SceneHandle | null) => (handle.current = h), []);
  const root = useRef<HTMLElement>(null);

  const scenarios = useQuery(() => client.scenarios.list(siteId ? { siteId } : {}), [siteId]);
  const site = useQuery(() => (siteId ? client.sites.get({ id: siteId }) : Promise.resolve(null)), [siteId]);
  const sim = useQuery(() => (siteId ? client.model.simulate({ siteId, scenarioId, hourly: true }) : Promise.resolve(null)), [siteId, scenarioId]);

  // Memo on the data itself: useQuery returns a fresh wrapper object on every render.
  const siteData = site.status === 'ready' ? site.data : null;
  const simData = sim.status === 'ready' ? sim.data : null;
  const built = useMemo((): { input: CampusSceneInput; layout: CampusLayout } | { error: string } | null => {
    if (!siteData || !simData) return null;
    if (siteData.site.id !== siteId || simData.summary.siteId !== siteId) return null;
    // A flexible connection: the grid draws up to firm + flexible MW, cut to firm in its curtailed hours.
    const flexible = simData.summary.flexibleConnection;
    const inService = flexible?.inService === true && flexible.curtailedHourList.length > 0;
    const hourly = simData.hourly && inService ? { ...simData.hourly, gridCurtailed: hourMask(flexible.curtailedHourList) } : simData.hourly;
    const fleet = flexible?.inService === true ? { ...simData.fleet, gridImportLimitMW: flexible.firmMW + flexible.flexibleMW } : simData.fleet;
    const input: CampusSceneInput = { site: siteData.site, fleet, hourly, year: simData.summary.year };
    // Scene build time (layout + scene graph, until the canvas reports in): measured by bench/scene.ts.
    performance.mark(SCENE_BUILD_MARK);
    try {
      return { input, layout: layoutCampus(input) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [siteData, simData, siteId]);
  // The last campus built stays on screen while the next site's loads, so the canvas, its WebGL
  // context and compiled shaders are kept and only the scene graph is rebuilt: re-creating the
  // context and sizing its buffers was over half the build time of a site switch (bench/scene.ts).
  const [shown, setShown] = useState<{ input: CampusSceneInput; layout: CampusLayout } | null>(null);
  if (built && 'layout' in built && built !== shown) setShown(built);
  const display = built && 'layout' in built ? built : built === null ? shown : null;
  const switching = display !== null && display !== built;
  const curtailedHours = simData?.summary.flexibleConnection?.inService === true ? simData.summary.flexibleConnection.curtailedHourList : undefined;
  const layout = built && 'layout' in built ? built.layout : null;
  const year = simData?.summary.year ?? null;
  const stale = simData !== null && simData.summary.scenarioId !== scenarioId;

  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const [presetId, setPresetId] = useState('overview');
  // A story step's camera, kept so a new layout (the step switched scenario) flies there, not to the overview.
  const storyCamera = useRef<StoryStep['camera'] | null>(null);
  const goalOf = useCallback((cam: StoryStep['camera'], presets: CampusLayout['presets']) => ('preset' in cam ? presets.find((p) => p.id === cam.preset) ?? presets[0] : cam), []);
  useEffect(() => {
    if (!layout) return;
    const goal = storyCamera.current ? goalOf(storyCamera.current, layout.presets) : layout.presets[0];
    if (!goal) return;
    setPresetId(storyCamera.current && 'preset' in storyCamera.current ? storyCamera.current.preset : 'overview');
    setCamera((c) => ({ goal, seq: (c?.seq ?? 0) + 1, seconds: 2 }));
  }, [layout, goalOf]);
  const fly = useCallback(
    (id: string) => {
      const preset = layout?.presets.find((p) => p.id === id);
      if (!preset) return;
      setPresetId(id);
      setCamera((c) => ({ goal: preset, seq: (c?.seq ?? 0) + 1, seconds: 1.8 }));
    },
    [layout],
  );
  // The tour starts from the preset shown when it is switched on (presetId is read, not a dependency).
  useEffect(() => {
    if (!touring || !layout || mode !== 'campus') return undefined;
    let i = Math.max(0, layout.presets.findIndex((p) => p.id === presetId));
    const timer = setInterval(() => {
      i = (i + 1) % layout.presets.length;
      fly(layout.presets[i]?.id ?? 'overview');
    }, TOUR_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [touring, layout, mode, fly]);

  useEffect(() => {
    if (!presenting) return undefined;
    // Leaving full screen (Esc in the browser, F11, the OS) leaves the presentation too, so the
    // normal layout comes back whole rather than a full-screen page without its styling.
    const onFullscreen = () => !document.fullscreenElement && presentRef.current(false);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => document.removeEventListener('fullscreenchange', onFullscreen);
  }, [presenting]);
  const present = (on: boolean) => {
    setPresenting(on);
    if (!on) {
      player.stop();
      storyCamera.current = null;
      setTouring(false);
    }
    // Full screen is a bonus: headless or denied, the view still fills the window.
    if (on) root.current?.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  };
  const exit = useCallback(() => presentRef.current(false), []);
  usePresentationKeys(presenting && mode === 'campus', { store, presets: useMemo(() => layout?.presets.map((p) => p.id) ?? [], [layout]), fly, exit });
  usePresentationKeys(presenting && mode === 'map', { store, presets: [], fly, exit });

  const player = useStoryPlayer((step) => {
    setTouring(false);
    storyCamera.current = step.camera;
    if (step.scenarioId !== scenarioId) setScenarioId(step.scenarioId);
    store.getState().setHour(step.hour);
    setMode('campus');
    const goal = layout ? goalOf(step.camera, layout.presets) : null;
    if (goal) {
      if ('preset' in step.camera) setPresetId(step.camera.preset);
      setCamera((c) => ({ goal, seq: (c?.seq ?? 0) + 1, seconds: 2.5 }));
    }
  });
  const playStory = (story: Story) => {
    present(true);
    player.play(story);
  };
  // Presentation asked for from outside the view (the app menu, via requestPresentation): taken
  // up on mount if it came first, else as it arrives. The refs give the listener this render's state.
  const presentRef = useRef(present);
  presentRef.current = present;
  const presentingRef = useRef(presenting);
  presentingRef.current = presenting;
  useEffect(() => {
    const take = () => {
      const request = takePresentationRequest();
      if (request) presentRef.current(request === 'enter' ? true : request === 'exit' ? false : !presentingRef.current);
    };
    take();
    const unsubscribe = usePresentation.subscribe((s) => s.request !== null && take());
    return () => {
      unsubscribe();
      usePresentation.setState({ presenting: false });
    };
  }, []);
  useEffect(() => {
    usePresentation.setState({ presenting });
  }, [presenting]);

  /** The exported image's title, time, legend and source line, from what is on screen. */
  const pngCaption = (): PngCaption => {
    const hour = store.getState().hour;
    const site = built && 'input' in built ? built.input.site : null;
    if (mode === 'map') {
      return { title: 'Stargate portfolio', subtitle: scenarioName, time: year === null ? 'annual energy' : `${year}, annual energy`, legend: MAP_LEGEND_ITEMS, note: 'Column height: facility GW · colour: share of annual energy', source: 'Source: Stargrid hourly model of each site (data/sites, sourced public figures); Stargrid ' + new Date().toISOString().slice(0, 10) };
    }
    const first = site?.sources[0];
    return {
      title: site?.name ?? siteId ?? '',
      subtitle: `${scenarioName} · ${site ? `${site.location.county}, ${site.location.state}` : ''}`,
      time: titleDate(year, hour),
      legend: layout ? campusLegendItems(layout) : [],
      note: layout ? campusLegendNote(layout) : '',
      source: `Source: Stargrid hourly model, ${site ? `site data as of ${site.dataAsOf}` : ''}${first ? ` (${first.title}${first.year ? `, ${first.year}` : ''})` : ''}; sun position NOAA; exported ${new Date().toISOString().slice(0, 10)}`,
    };
  };
  const scenarioName = (scenarios.status === 'ready' ? scenarios.data.scenarios : []).find((o) => o.id === scenarioId)?.name ?? scenarioId;

  const exportPng = async () => {
    const h = handle.current;
    if (!h) return;
    setExporting('Rendering 3840 × 2160…');
    try {
      const raw = await h.exportPng(EXPORT_PX[0], EXPORT_PX[1]);
      const blob = await captionedPng(raw, pngCaption());
      const date = year === null ? null : modelDateText(year, store.getState().hour);
      const name = mode === 'map' ? exportFileName(['portfolio', scenarioId, 'map', date], 'png') : exportFileName([siteId, scenarioId, '3d', date], 'png');
      downloadBlob(blob, name);
      setExporting(`Saved ${name} (${(blob.size / 1e6).toFixed(1)} MB)`);
    } catch (error) {
      setExporting(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const mapSites = usePortfolioMapSites(mode === 'map', scenarioId, colouring);
  const openFromMap = useCallback(
    (id: string) => {
      props.onSelectSite(id);
      setMode('campus');
    },
    [props],
  );

  if (sites.status === 'error') return <ErrorState message={sites.message} onRetry={sites.reload} />;
  const scenarioOptions = scenarios.status === 'ready' ? scenarios.data.scenarios : [];
  const siteName = built && 'input' in built ? built.input.site.name : sites.status === 'ready' ? (sites.data.sites.find((x) => x.id === siteId)?.name ?? '') : '';
  const presetButtons =
    mode === 'campus' && layout ? (
      <div className="segmented" role="group" aria-label="Camera">
        {layout.presets.map((p, i) => (
          <button key={p.id} type="button" aria-pressed={presetId === p.id} title={presenting ? `Key ${i + 1}` : undefined} onClick={() => { setTouring(false); player.stop(); storyCamera.current = null; fly(p.id); }}>{p.label}</button>
        ))}
        <button type="button" aria-pressed={touring} onClick={() => { player.stop(); storyCamera.current = null; setTouring((t) => !t); }}>Tour</button>
      </div>
    ) : null;
  const modeButtons = (
    <div className="segmented" role="group" aria-label="Scene">
      <button type="button" aria-pressed={mode === 'campus'} onClick={() => setMode('campus')}>Campus</button>
      <button type="button" aria-pressed={mode === 'map'} onClick={() => { player.stop(); setMode('map'); }}>{presenting ? 'Map' : 'Portfolio map'}</button>
    </div>
  );
  return (
    <section ref={root} className={presenting ? 'scene-view presenting' : 'scene-view'} aria-label="3D site view">
      {!presenting ? (
        <div className="scene-toolbar">
          <h1 className="scene-title">3D</h1>
          {modeButtons}
          <label>
            Site{' '}
            <select value={siteId ?? ''} onChange={(e) => props.onSelectSite(e.target.value)} aria-label="Site">
              {sites.status === 'ready' ? <NamedOptions items={sites.data.sites} /> : null}
            </select>
          </label>
          <label>
            Scenario{' '}
            <select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} aria-label="Scenario">
              {scenarioOptions.length === 0 ? <option value={scenarioId}>{scenarioId}</option> : <NamedOptions items={scenarioOptions} />}
            </select>
          </label>
          {mode === 'map' ? (
            <div className="colour-by">
              <span id="colour-by-label">Colour by:</span>
              <div className="segmented" role="group" aria-labelledby="colour-by-label">
                <button type="button" aria-pressed={colouring === 'mix'} onClick={() => setColouring('mix')}>Supply mix</button>
                <button type="button" aria-pressed={colouring === 'bill'} onClick={() => setColouring('bill')}>Residential bill change</button>
              </div>
            </div>
          ) : null}
          {presetButtons}
          <span className="scene-spacer" />
          <button type="button" onClick={() => void exportPng()} disabled={exporting === 'Rendering 3840 × 2160…'}>Export PNG</button>
          <button type="button" className="primary" onClick={() => present(true)}>Present</button>
        </div>
      ) : null}
      {exporting && !presenting ? <div className="scene-status" role="status">{exporting}</div> : null}
      {!presenting && mode === 'campus' && siteId ? (
        <StoryPanel siteId={siteId} scenarioId={scenarioId} year={year} store={store} view={() => handle.current?.view() ?? null} onPlay={playStory} />
      ) : null}
      <div className="scene-stage">
        {mode === 'map' ? (
          <>
            <MapCanvas sites={mapSites} colouring={colouring} onOpenSite={openFromMap} onHandle={onHandle} />
            {colouring === 'bill' ? <BillLegend sites={mapSites} /> : <MapLegend />}
          </>
        ) : built && 'error' in built ? (
          <ErrorState message={built.error} />
        ) : sim.status === 'error' ? (
          <ErrorState message={sim.message} onRetry={sim.reload} />
        ) : display && camera ? (
          <>
            <CampusCanvas input={display.input} layout={display.layout} store={store} camera={camera} onHandle={onHandle} />
            {switching ? null : <DispatchReadout store={store} fleet={display.input.fleet} hourly={display.input.hourly} />}
            <CampusLegend layout={display.layout} />
            {switching ? <div className="scene-busy" role="status">Loading {siteName}…</div> : stale ? <div className="scene-busy" role="status">Simulating {scenarioId}…</div> : null}
          </>
        ) : (
          <Loading what="the campus and its hourly dispatch" />
        )}
        {presenting ? (
          <>
            {mode === 'campus' ? <TitleCard site={siteName} scenario={scenarioName} year={year} store={store} /> : <div className="scene-title-card" aria-label="Title"><div className="title-site">Stargate portfolio</div><div className="title-scenario">{scenarioName}</div></div>}
            {player.step?.caption ? <div className="scene-caption" role="status">{player.step.caption}</div> : null}
            <div className="scene-present-bar" role="toolbar" aria-label="Presentation">
              {modeButtons}
              {presetButtons}
              <button type="button" className="primary" onClick={() => present(false)}>Exit (Esc)</button>
            </div>
          </>
        ) : null}
        {presenting && mode === 'campus' ? (
          <div className="scene-scrubber-dock">
            <Scrubber store={store} curtailedHours={curtailedHours} />
          </div>
        ) : null}
      </div>
      {!presenting && mode === 'campus' ? <Scrubber store={store} curtailedHours={curtailedHours} /> : null}
    </section>
  );
}
