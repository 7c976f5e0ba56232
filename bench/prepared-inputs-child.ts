/**
 * One measurement of bench/prepared-inputs.ts in a new process (cold JIT, empty module caches, as
 * after a restart): opens the project, then prepares the site through the service's runner — its
 * engine model (with the market's system load), weather year, the plan's PV profile and the design
 * year's load — which reads them from the project when stored and otherwise computes and stores
 * them. The site's own fields (its engine model without the system load) are always built; the
 * engine build id and the technology catalog are made before the clock starts (once per process,
 * shared by every site). Prints one JSON line of milliseconds.
 * Usage: <project> <siteId>
 */
import { loadBundledSites } from '../src/main/bundled-sites';
import { ModelService } from '../src/main/services/model-service';
import { ProjectSession } from '../src/main/services/project-session';
import { designYear } from '../src/power-model/basis/design-year';
import { cachedLoad, cachedSolarPerMWac } from '../src/power-model/site-model';

const [project, siteId] = process.argv.slice(2);
if (project === undefined || siteId === undefined) throw new Error('usage: prepared-inputs-child.ts PROJECT SITE');
const session = new ProjectSession(loadBundledSites);
session.open(project);
try {
  const site = session.require().sites.get(siteId);
  if (!site) throw new Error(`no site ${siteId}`);
  const service = new ModelService();
  service.engineBuild(); // once per process, shared by every site
  service.catalogue();
  const start = performance.now();
  const { model, cache } = service.projectRunner(session.require(), site).prepare(site);
  cachedLoad(cache, model, designYear(model.phases));
  cachedSolarPerMWac(cache, 'single-axis', model.solar.dcAcRatio);
  const preparedMs = performance.now() - start;
  console.log(JSON.stringify({ preparedMs }));
} finally {
  session.close();
}
