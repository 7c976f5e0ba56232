import { Fragment, Suspense, useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../api/channels';
import { useClient } from './api/context';
import { useInitialAnswers } from './api/initial-answers';
import { useQuery } from './api/use-query';
import type { DesktopBridge } from './api/transports';
import { ProjectBar } from './components/ProjectBar';
import { ErrorState, Loading } from './components/States';
import { VIEWS, viewFromHash, type ViewId } from './routes';
import { PortfolioView } from './views/PortfolioView';
import { AboutDialog } from './components/AboutDialog';
import { Sidebar } from './components/Sidebar';
import { Toolbar } from './components/Toolbar';
import { reportFromHash } from './report/report-route';
import { AssumptionsView, CompareView, HeadroomView, RateImpactView, ReportView, RunsView, SceneView, SiteView } from './lazy-views';
import { undoKeyHandler } from './state/undo';
import { exportHash, runEditCommand } from './state/menu-commands';
import { useSelection } from './state/selection';
import { useProject } from './state/project';
import { requestPresentation, usePresentation } from './scene/presentation-store';

/**
 * The portfolio remounts (and reloads) when another project file is shown, but not when the
 * first answer of `app:info` names the project it already loaded: its sites request went out
 * beside `app:info`, and remounting then cost the start page a second round trip.
 */
function usePortfolioKey(path: string | null | undefined): string {
  const first = useRef<string | null | undefined>(undefined);
  if (path === undefined) return 'first';
  if (first.current === undefined) first.current = path;
  return path === first.current ? 'first' : `path:${path}`;
}

/**
 * `hash`: the route to draw first, for the server's first paint (first-paint/render.tsx, which has
 * no window and always draws the portfolio); the page reads its own URL.
 */
export function App(props: { mode: 'desktop' | 'web'; bridge?: DesktopBridge | undefined; hash?: string }) {
  const client = useClient();
  const [view, setView] = useState<ViewId>(() => viewFromHash(props.hash ?? window.location.hash));
  const [hash, setHash] = useState(() => props.hash ?? window.location.hash);
  const [dataTick, setDataTick] = useState(0);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [about, setAbout] = useState(false);
  const presenting = usePresentation((state) => state.presenting);
  // Another project opened: every view remounts (no cached result of the old one survives) and no site is picked.
  const generation = useProject((s) => s.generation);
  useEffect(() => setSiteId(null), [generation]);
  // The server's first paint draws the project bar from the same answer (first-paint/render.tsx), so the page hydrates it unchanged.
  const initial = useInitialAnswers();
  const info = useQuery(() => client.app.info({}), [], () => initial<ResponseOf<'app:info'>>('app:info', {}));
  const portfolioKey = usePortfolioKey(info.status === 'ready' ? info.data.project?.path ?? null : undefined);
  // The menu listener is registered once; these refs let it read the view and site of now.
  const viewRef = useRef(view);
  viewRef.current = view;
  const siteRef = useRef(siteId);
  siteRef.current = siteId;

  const go = (next: ViewId) => {
    setView(next);
    window.location.hash = `#/${next}`;
  };

  useEffect(() => {
    const onHash = () => {
      setView(viewFromHash(window.location.hash));
      setHash(window.location.hash);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !e.altKey) return;
      const target = VIEWS.find((v) => v.key === e.key);
      if (target) {
        e.preventDefault();
        go(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keydown', undoKeyHandler);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', undoKeyHandler);
    };
  }, []);


  useEffect(() => {
    if (!props.bridge) return undefined;
    const reloadInfo = info.reload;
    return props.bridge.onMenuCommand((command) => {
      if (command === 'view:presentation') {
        // Presentation mode belongs to the 3D view: go there, then ask it to present.
        go('3d');
        requestPresentation('toggle');
      }
      else if (command.startsWith('view:')) {
        const id = command.slice(5);
        const target = VIEWS.find((v) => v.id === id);
        if (target) go(target.id);
      } else if (command === 'help:about') setAbout(true);
      else if (command === 'project:changed') reloadInfo();
      else if (command === 'edit:undo' || command === 'edit:redo') runEditCommand(command);
      else if (command === 'file:export') window.location.hash = exportHash(viewRef.current, siteRef.current, useSelection.getState().scenarioBySite);
    });
  }, [props.bridge, info.reload]);

  const report = reportFromHash(hash);
  if (report) {
    return (
      <Suspense fallback={<Loading what="the report" />}>
        <ReportView target={report} onClose={() => window.history.back()} />
      </Suspense>
    );
  }

  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <Sidebar mode={props.mode} view={view} onGo={go} onAbout={() => setAbout(true)} />
      <main className="content">
        {info.status === 'error' ? <ErrorState message={info.message} onRetry={info.reload} /> : null}
        <ProjectBar project={info.status === 'ready' ? info.data.project : null} onChanged={() => { info.reload(); go('portfolio'); }} />
        <Toolbar onImported={() => { info.reload(); setDataTick((t) => t + 1); }} />
        <Fragment key={generation}>
        {view === 'portfolio' ? <PortfolioView key={`${portfolioKey}:${dataTick}`} onOpenSite={(id) => { setSiteId(id); go('site'); }} /> : null}
        <Suspense fallback={<Loading what="the view" />}>
          {view === 'site' ? <SiteView key={dataTick} selectedId={siteId} onSelect={setSiteId} /> : null}
          {view === 'compare' ? <CompareView siteId={siteId} onSelectSite={setSiteId} /> : null}
          {view === '3d' ? <SceneView siteId={siteId} onSelectSite={setSiteId} /> : null}
          {view === 'assumptions' ? <AssumptionsView siteId={siteId} onSelectSite={setSiteId} /> : null}
          {view === 'rate-impact' ? <RateImpactView siteId={siteId} onSelectSite={setSiteId} /> : null}
          {view === 'runs' ? <RunsView siteId={siteId} onSelectSite={setSiteId} /> : null}
          {view === 'headroom' ? <HeadroomView /> : null}
        </Suspense>
        </Fragment>
      </main>
      {about && info.status === 'ready' ? <AboutDialog info={info.data} onClose={() => setAbout(false)} /> : null}
    </div>
  );
}
