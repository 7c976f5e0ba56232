import { useEffect, useMemo, useState } from 'react';
import { useClient } from '../api/context';
import { HEADLINE_METHOD, headlineBill } from '../rate-impact/household-bill';
import type { MapColouring, MapSite, SiteBill } from './map-columns';

type Mix = NonNullable<MapSite['mix']>;

/**
 * Every site of the project with its location and, for the colouring shown, its supply mix or
 * its residential bill change under `scenarioId`, fetched lazily one site at a time (the
 * services compute synchronously, so parallel calls would not be faster) and merged in as each
 * answer lands; until then a site is pending. Nothing is fetched while the map is not shown, and
 * a colouring's figures are fetched afresh each time it is shown, so project edits show up.
 */
export function usePortfolioMapSites(active: boolean, scenarioId: string, colouring: MapColouring): MapSite[] {
  const client = useClient();
  const [base, setBase] = useState<MapSite[]>([]);
  const [mixes, setMixes] = useState<Record<string, Mix>>({});
  const [bills, setBills] = useState<Record<string, SiteBill>>({});
  // Figures belong to one showing of one colouring under one scenario: reset them during render
  // when that changes, so no frame shows the previous scenario's colours.
  const showing = `${active}|${colouring}|${scenarioId}`;
  const [shown, setShown] = useState(showing);
  if (shown !== showing) {
    setShown(showing);
    setMixes({});
    setBills({});
  }

  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    void (async () => {
      const list = await client.sites.list({});
      const details = await Promise.all(list.sites.map((s) => client.sites.get({ id: s.id })));
      if (!live) return;
      setBase(
        list.sites.map((s, i) => {
          const loc = details[i]?.site.location;
          return { id: s.id, name: s.name.split(' (')[0] ?? s.name, facilityMW: s.facilityMW, lon: loc?.lon.value ?? 0, lat: loc?.lat.value ?? 0, mix: null, bill: null };
        }),
      );
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [active, client]);

  const ids = base.map((s) => s.id).join('\n');
  useEffect(() => {
    if (!active || ids === '') return undefined;
    let live = true;
    const siteIds = ids.split('\n');
    void (async () => {
      for (const siteId of siteIds) {
        if (colouring === 'mix') {
          try {
            const r = await client.model.simulate({ siteId, scenarioId, hourly: false });
            const mix = { gridMWh: r.summary.gridEnergyMWh, gasMWh: r.summary.thermalEnergyMWh, solarMWh: r.summary.solarEnergyMWh, unservedMWh: r.summary.unservedEnergyMWh };
            if (live) setMixes((m) => ({ ...m, [siteId]: mix }));
          } catch {
            // A site that cannot be simulated keeps its grey column.
          }
        } else {
          let bill: SiteBill;
          try {
            const r = await client.rateImpact.site({ siteId, scenarioIds: [scenarioId], methods: [HEADLINE_METHOD] });
            const figure = headlineBill(r, scenarioId);
            bill = { usdPerMonth: figure.usdPerMonth, estimate: figure.estimate };
          } catch (error) {
            bill = { usdPerMonth: null, estimate: false, note: error instanceof Error ? error.message : String(error) };
          }
          if (live) setBills((b) => ({ ...b, [siteId]: bill }));
        }
        if (!live) return;
      }
    })();
    return () => {
      live = false;
    };
  }, [active, ids, colouring, scenarioId, client]);

  return useMemo(() => base.map((s) => ({ ...s, mix: mixes[s.id] ?? null, bill: bills[s.id] ?? null })), [base, mixes, bills]);
}
