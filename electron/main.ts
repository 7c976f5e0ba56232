import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { channelNames } from '../src/api/channel-names';
import { ApiError, type Envelope } from '../src/api/errors';
import type { Settings } from '../src/api/schemas/settings';
import { parseRequest } from '../src/api/validate';
import { dataDir } from '../src/main/paths';
import { parseRequestMeta } from '../src/main/services/channel-scope';
import { CONTENT_SECURITY_POLICY } from '../src/main/web/csp';
import { serveAppRequest } from './app-protocol';
import { citedSourceUrls, isCitedSource } from './external-links';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME, guardContents, rendererUrl, type GuardedContents } from './navigation';
import { ServiceClient } from './service-client';
import { buildWindowOptions } from './window-options';

let window: BrowserWindow | null = null;
let services: ServiceClient | null = null;
const appUrl = rendererUrl(app.isPackaged, process.env);
const rendererDir = join(import.meta.dirname, '../renderer');

// Before `ready`: the app's own scheme, standard (so relative URLs and `'self'` work) and secure.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void app.whenReady().then(start);
}

function sendCommand(command: string): void {
  window?.webContents.send('menu:command', command);
}

/** Settings live in the service process (their one writer); main asks for them there. */
async function readSettings(): Promise<Settings | null> {
  const envelope = (await services?.call('settings:get', {})) as Envelope<Settings> | undefined;
  return envelope?.ok ? envelope.value : null;
}

async function projectAction(kind: 'new' | 'open' | 'saveAs', path?: string): Promise<void> {
  if (!window || !services) return;
  let target = path;
  if (!target) {
    const filters = [{ name: 'Stargrid project', extensions: ['stargrid'] }];
    if (kind === 'open') {
      const picked = await dialog.showOpenDialog(window, { properties: ['openFile'], filters });
      target = picked.canceled ? undefined : picked.filePaths[0];
    } else {
      const picked = await dialog.showSaveDialog(window, { filters, defaultPath: 'Untitled.stargrid' });
      target = picked.canceled ? undefined : picked.filePath;
    }
  }
  if (!target) return;
  const channel = kind === 'new' ? 'project:new' : kind === 'open' ? 'project:open' : 'project:saveAs';
  // The system dialog has already asked whether to replace an existing file.
  const envelope = await services.call(channel, kind === 'saveAs' ? { path: target, overwrite: true } : { path: target });
  if (!envelope.ok) dialog.showErrorBox('Stargrid', envelope.error.message);
  else {
    await buildMenu();
    sendCommand('project:changed');
  }
}

async function buildMenu(): Promise<void> {
  const recent = (await readSettings())?.recent.map((r) => r.path) ?? [];
  const template = buildMenuTemplate(
    {
      newProject: () => void projectAction('new'),
      openProject: () => void projectAction('open'),
      saveProjectAs: () => void projectAction('saveAs'),
      openRecent: (path) => void projectAction('open', path),
      exportResults: () => sendCommand('file:export'),
      command: sendCommand,
      about: () => sendCommand('help:about'),
    },
    recent,
    process.platform === 'darwin',
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Every channel: validate here, in main, then hand to the service process with the project the page named. */
function registerIpc(client: ServiceClient): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, raw: unknown, rawMeta: unknown) => {
      const known = (window && event.sender === window.webContents) || reportWindows.has(event.sender.id);
      if (!known) return { ok: false, error: { code: 'unauthorized', message: 'unknown sender', path: '' } };
      try {
        const request = parseRequest(channel, raw);
        return await client.call(channel, request, parseRequestMeta(rawMeta));
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: error.toBody() };
        return { ok: false, error: { code: 'internal', message: String(error), path: '' } };
      }
    });
  }
}

const REPORT_HASH = /^#\/report\/(site\/[a-z0-9-]+|portfolio)\?scenario=[a-z0-9-]+$/;
const reportWindows = new Set<number>();

async function waitForReport(win: BrowserWindow, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await win.webContents.executeJavaScript("document.body.dataset.reportReady === 'true'")) === true) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the report did not finish rendering in time');
}

/**
 * A report as PDF through Chromium's printer: the renderer at the report's hash route in a hidden
 * window (same preload, same sandbox, same guards as every window), printed once it says it is
 * ready, saved where the user says.
 */
function registerDesktopOnly(preloadPath: string): void {
  ipcMain.handle('desktop:exportPdf', async (event, hash: unknown, defaultName: unknown) => {
    if (!window || event.sender !== window.webContents) return { saved: false, path: null };
    if (typeof hash !== 'string' || !REPORT_HASH.test(hash)) return { saved: false, path: null };
    const name = typeof defaultName === 'string' && /^[\w .()-]{1,120}$/.test(defaultName) ? defaultName : 'Stargrid report.pdf';
    const picked = await dialog.showSaveDialog(window, { defaultPath: name, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (picked.canceled || !picked.filePath) return { saved: false, path: null };
    const report = new BrowserWindow({ ...buildWindowOptions(preloadPath, { width: 1200, height: 1600 }), show: false });
    reportWindows.add(report.webContents.id);
    try {
      await report.loadURL(appUrl + hash);
      await waitForReport(report, 60_000);
      const pdf = await report.webContents.printToPDF({ printBackground: true, pageSize: 'Letter' });
      await writeFile(picked.filePath, pdf);
      return { saved: true, path: picked.filePath };
    } finally {
      reportWindows.delete(report.webContents.id);
      report.destroy();
    }
  });
}

let citedSources: Set<string> | null = null;

/** A link to a source the data cite opens in the system browser after the user says yes; nothing else opens. */
async function openExternalAfterConfirm(url: string): Promise<void> {
  citedSources ??= citedSourceUrls(dataDir());
  if (!isCitedSource(url, citedSources)) return;
  const options = { type: 'question' as const, buttons: ['Open in browser', 'Cancel'], defaultId: 1, cancelId: 1, message: 'Open this source in your web browser?', detail: url };
  const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (answer.response === 0) await shell.openExternal(url);
}

function harden(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No network use: anything that is not the app's own scheme (or the dev server in development) is cancelled.
  const devOrigin = appUrl.startsWith('http:') ? new URL(appUrl).origin : null;
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed = url.startsWith(`${APP_SCHEME}:`) || url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:') || (devOrigin !== null && url.startsWith(devOrigin));
    callback({ cancel: !allowed });
  });
  // Every window and frame gets the guards the moment it exists, the hidden PDF window included.
  app.on('web-contents-created', (_event, contents: WebContents) => {
    guardContents(contents as unknown as GuardedContents, appUrl, (url) => void openExternalAfterConfirm(url));
  });
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
}

async function start(): Promise<void> {
  harden();
  services = new ServiceClient(join(import.meta.dirname, 'service-host.js'), {
    STARGRID_ELECTRON_VERSION: process.versions.electron ?? '',
    STARGRID_CHROME_VERSION: process.versions.chrome ?? '',
    STARGRID_DEFAULT_PROJECT: join(app.getPath('documents'), 'Untitled.stargrid'),
  });
  await services.ready;
  registerIpc(services);

  const saved = (await readSettings())?.window ?? null;
  const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
  window = new BrowserWindow(buildWindowOptions(preloadPath, saved));
  if (saved?.maximized) window.maximize();
  registerDesktopOnly(preloadPath);

  window.on('close', () => {
    if (!window) return;
    const b = window.getNormalBounds();
    void services?.call('settings:set', { window: { width: b.width, height: b.height, x: b.x, y: b.y, maximized: window.isMaximized() } });
  });
  window.once('ready-to-show', () => window?.show());
  await buildMenu();
  await window.loadURL(appUrl);
}

app.on('window-all-closed', () => {
  services?.stop();
  app.quit();
});
