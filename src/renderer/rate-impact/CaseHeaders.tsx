import type { SiteRateImpactCase } from '../../api/schemas/site-rate-impact';

/** One column heading per rate-impact case: the supply scenario over its allocation method. */
export function CaseHeaders(props: { cases: readonly Pick<SiteRateImpactCase, 'scenarioId' | 'scenarioName' | 'method'>[]; className?: string }) {
  return (
    <>
      {props.cases.map((c) => (
        <th key={`${c.scenarioId}:${c.method}`} className={props.className}>
          {c.scenarioName}
          <br />
          <span className="site-meta">{c.method}</span>
        </th>
      ))}
    </>
  );
}
