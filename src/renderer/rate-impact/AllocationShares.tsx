import type { SiteRateImpactCase } from '../../api/schemas/site-rate-impact';
import { CaseHeaders } from './CaseHeaders';

const POOL_LABELS: Record<string, string> = {
  generationDemand: 'Generation (demand)',
  generationEnergy: 'Generation (energy)',
  transmission: 'Transmission',
  distribution: 'Distribution',
  customer: 'Customer',
  transmissionUpgrade: 'Transmission upgrade',
};
const CLASS_LABELS: Record<string, string> = { residential: 'residential', commercial: 'commercial', industrial: 'industrial', largeLoad: 'large load' };

/** Each pool's shares by class after the load joins, one column per scenario × method. */
export function AllocationShares(props: { cases: readonly SiteRateImpactCase[] }) {
  const pools = [...new Set(props.cases.flatMap((c) => Object.keys(c.allocationShares)))];
  if (pools.length === 0) return null;
  return (
    <>
      <h2>Allocation shares after the load joins</h2>
      <table className="data-table rate-shares" aria-label="Allocation shares">
        <thead>
          <tr>
            <th>Pool</th>
            <CaseHeaders cases={props.cases} />
          </tr>
        </thead>
        <tbody>
          {pools.map((pool) => (
            <tr key={pool}>
              <th scope="row">{POOL_LABELS[pool] ?? pool}</th>
              {props.cases.map((c) => {
                const shares = c.allocationShares[pool as keyof typeof c.allocationShares];
                return (
                  <td key={`${c.scenarioId}:${c.method}`} className="shares">
                    {shares
                      ? Object.entries(shares).map(([cls, share]) => (
                          <span key={cls} className={cls === 'residential' ? 'share share-residential' : 'share'}>
                            {CLASS_LABELS[cls] ?? cls} {(share * 100).toFixed(1)}%
                          </span>
                        ))
                      : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
