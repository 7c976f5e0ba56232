import type { SiteRateImpactCase } from '../../api/schemas/site-rate-impact';
import { sig3 } from '../format';
import { hostInputs } from './rate-impact-rows';

/**
 * The host-utility figures behind the result, read-only: the services have no channel yet to edit
 * a host-utility file, and this says so rather than offering fields that would change nothing.
 */
export function HostInputs(props: { siteId: string; item: SiteRateImpactCase; sources: Record<string, string>; estimates: Record<string, string> }) {
  const inputs = hostInputs(props.item);
  return (
    <>
      <h2>Inputs behind it</h2>
      <p className="banner" role="note">
        Editing the host-utility inputs is not available yet: they come from <code>data/rate-impact/{props.siteId}.json</code> and the services have no channel to change them. The site’s supply (the Site view) and the economics sheet (the Assumptions view) are editable and change this result.
      </p>
      <table className="data-table" aria-label="Host-utility inputs">
        <thead>
          <tr>
            <th>Input</th>
            <th className="num">Value</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((i) => (
            <tr key={i.key}>
              <th scope="row" className="assumption-name">
                {i.key}
              </th>
              <td className="num">
                {Math.abs(i.value) >= 1e4 ? Math.round(i.value).toLocaleString('en-US') : sig3(i.value)} {i.unit}
              </td>
              <td className="source">
                {i.source}
                {i.estimate ? <span className="tag">estimate</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Sources of the host-utility file</h3>
      <dl className="sources">
        {Object.entries(props.sources).map(([path, text]) => (
          <div key={path}>
            <dt className="assumption-name">{path}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {Object.keys(props.estimates).length > 0 ? (
        <>
          <h3>Estimates, and why</h3>
          <dl className="sources">
            {Object.entries(props.estimates).map(([path, text]) => (
              <div key={path}>
                <dt className="assumption-name">
                  {path} <span className="tag">estimate</span>
                </dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </>
  );
}
