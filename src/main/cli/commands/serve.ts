import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createNodeContext } from '../../app-context';
import { webDistDir } from '../../paths';
import { createServices } from '../../services/index';
import { userDataDir } from '../../settings';
import { FIRST_PAINT_BUDGET_MS, firstPaintModuleBeside, loadFirstPaintRenderer } from '../../web/first-paint';
import { LOOPBACK_HOST, startWebServer } from '../../web/server';
import { warmPortfolio } from '../../web/warm-up';
import { CliUsageError, type CliCommand } from '../command';
import { cliProjectPath } from '../project-services';

export const DEFAULT_PORT = 4777;

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError(`--port must be an integer 0–65535, got "${text}"`);
  return port;
}

/**
 * How long the page waits for its first rows' answers: FIRST_PAINT_BUDGET_MS, unless
 * STARGRID_FIRST_PAINT_BUDGET_MS says otherwise (end-to-end tests wait for every row, whatever the
 * machine's load; 0 sends the page without rows).
 */
function firstPaintBudget(text: string | undefined): number {
  if (text === undefined || text === '') return FIRST_PAINT_BUDGET_MS;
  const ms = Number(text);
  if (!Number.isFinite(ms) || ms < 0) throw new CliUsageError(`STARGRID_FIRST_PAINT_BUDGET_MS must be a number of milliseconds ≥ 0, got "${text}"`);
  return ms;
}

/** The project web mode opens: `--project FILE`, else the last one used, else a default in the user folder. */
export function defaultProjectPath(lastProject: string | null): string {
  if (lastProject && existsSync(lastProject)) return lastProject;
  const dir = userDataDir();
  mkdirSync(dir, { recursive: true });
  return join(dir, 'Untitled.stargrid');
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Serve the planner in a browser on 127.0.0.1 (web mode)',
  usage: 'stargrid serve [--port N] [--project FILE] [--host ADDRESS]',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, project: { type: 'string' }, host: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    const port = parsePort(values.port);
    const host = values.host ?? LOOPBACK_HOST;
    if (host !== LOOPBACK_HOST && host !== 'localhost' && host !== '::1') {
      io.stderr(`warning: serving on ${host}: anyone who can reach this address and has the token can read and change the project\n`);
    }
    const staticRoot = webDistDir();
    if (!existsSync(join(staticRoot, 'index.html'))) throw new CliUsageError(`the renderer is not built (${staticRoot}); run: npm run build:web`);
    const ctx = createNodeContext('web');
    const projectPath = values.project !== undefined ? cliProjectPath(values.project) : defaultProjectPath(ctx.settings.get().lastProject);
    const info = ctx.session.openOrCreate(projectPath);
    ctx.settings.rememberProject(info.path);
    const registry = createServices(ctx, { warmRuns: true });
    const firstPaint = () => loadFirstPaintRenderer(firstPaintModuleBeside(staticRoot));
    const running = await startWebServer({ registry, staticRoot, host, port, token: process.env.STARGRID_TOKEN, firstPaint, firstPaintBudgetMs: firstPaintBudget(process.env.STARGRID_FIRST_PAINT_BUDGET_MS) });
    io.stdout(`Stargrid web mode: ${running.url}\n`);
    io.stderr(`project: ${info.path} (${info.siteCount} sites). Press Ctrl+C to stop.\n`);
    let stopping = false;
    // The start page's answers, computed while the user opens the URL (src/main/web/warm-up.ts).
    const warm = warmPortfolio(registry, { quietMs: running.quietMs, stopped: () => stopping }).catch(() => 0);
    await new Promise<void>((done) => {
      const stop = () => {
        stopping = true;
        void Promise.all([running.close(), warm]).then(() => {
          ctx.session.close();
          done();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
