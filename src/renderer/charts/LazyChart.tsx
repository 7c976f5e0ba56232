import { lazy, Suspense, type ComponentProps } from 'react';
import { useHydrated } from '../first-paint/use-hydrated';

const Chart = lazy(() => import('./Chart').then((m) => ({ default: m.Chart })));

/**
 * `Chart`, with uPlot loaded when the first chart is drawn: for a view whose first paint is a
 * table (the portfolio), so uPlot's 50 KB is neither fetched nor evaluated before its first row.
 * The space the chart takes is kept while it loads, so the page does not jump.
 */
export function LazyChart(props: ComponentProps<typeof Chart>) {
  const hydrated = useHydrated();
  const placeholder = <div aria-busy="true" style={{ minHeight: props.height ?? 320 }} />;
  // Server-side (first-paint/render.tsx) there is no canvas: the kept space alone, no uPlot import;
  // the page hydrates that same space, then loads the chart.
  if (!hydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <Chart {...props} />
    </Suspense>
  );
}
