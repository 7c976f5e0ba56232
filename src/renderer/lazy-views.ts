import { lazy } from 'react';

/**
 * Every view but the portfolio (the first one shown) in its own chunk, fetched when the view
 * first opens: the start page loads only what it draws. The 3D view brings three.js and
 * @react-three/* with it, so they never load until someone opens it.
 */
export const SiteView = lazy(() => import('./views/SiteView').then((m) => ({ default: m.SiteView })));
export const CompareView = lazy(() => import('./views/CompareView').then((m) => ({ default: m.CompareView })));
export const SceneView = lazy(() => import('./views/SceneView').then((m) => ({ default: m.SceneView })));
export const AssumptionsView = lazy(() => import('./views/AssumptionsView').then((m) => ({ default: m.AssumptionsView })));
export const RateImpactView = lazy(() => import('./views/RateImpactView').then((m) => ({ default: m.RateImpactView })));
export const RunsView = lazy(() => import('./views/RunsView').then((m) => ({ default: m.RunsView })));
export const HeadroomView = lazy(() => import('./views/HeadroomView').then((m) => ({ default: m.HeadroomView })));
export const ReportView = lazy(() => import('./report/ReportView').then((m) => ({ default: m.ReportView })));
