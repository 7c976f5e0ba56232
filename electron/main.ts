import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { channelNames } from '../src/api/channel-names';
import { ApiError } from '../src/api/errors';
import { parseRequest } from '../src/api/validate';
import { CONTENT_SECURITY_POLICY } from '../src/main/web/csp';
import { SettingsStore } from '../src/main/settings';
import { buildMenuTemplate } from './menu';
import { isAppUrl } from './navigation';
import { ServiceClient } from './service-client';
import { buildWindowOptions } from './window-options';

const settings = new SettingsStore();
let window: BrowserWindow | null = null;
let services: ServiceClient | null = null;

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
  const envelope = await services.call(channel, kind === 'saveAs' ? { path: target, overwrite: true } : { path: target });
  if (!envelope.ok) dialog.showErrorBox('Stargrid', envelope.error.message);
  else {
    settings.rememberProject(target);
    buildMenu();
    sendCommand('project:changed');
  }
}

function buildMenu(): void {
  const recent = new SettingsStore().get().recent.map((r) => r.path);
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

/** Every channel: validate here, in main, then hand to the service process. */
function registerIpc(client: ServiceClient): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, raw: unknown) => {
      const known = (window && event.sender === window.webContents) || reportWindows.has(event.sender.id);
      if (!known) return { ok: false, error: { code: 'unauthorized', message: 'unknown sender', path: '' } };
      try {
        const request = parseRequest(channel, raw);
        return await client.call(channel, request);
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
 * window (same preload, same sandbox), printed once it says it is ready, saved where the user says.
 */
function registerDesktopOnly(appUrl: string, preloadPath: string): void {
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

function harden(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No network use: anything that is not the app's own files or dev server is cancelled.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed = url.startsWith('file:') || url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:') || /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url);
    callback({ cancel: !allowed });
  });
}

async function start(): Promise<void> {
  harden();
  services = new ServiceClient(join(import.meta.dirname, 'service-host.js'), {
    STARGRID_ELECTRON_VERSION: process.versions.electron ?? '',
    STARGRID_CHROME_VERSION: process.versions.chrome ?? '',
    STARGRID_INITIAL_PROJECT: settings.get().lastProject ?? join(app.getPath('documents'), 'Untitled.stargrid'),
  });
  await services.ready;
  registerIpc(services);

  const saved = settings.get().window;
  const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
  window = new BrowserWindow(buildWindowOptions(preloadPath, saved));
  if (saved?.maximized) window.maximize();
  const appUrl = process.env.ELECTRON_RENDERER_URL ?? `file://${join(import.meta.dirname, '../renderer/index.html')}`;
  registerDesktopOnly(appUrl, preloadPath);

  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.on('close', () => {
    if (!window) return;
    const b = window.getNormalBounds();
    settings.update({ window: { width: b.width, height: b.height, x: b.x, y: b.y, maximized: window.isMaximized() } });
  });
  window.once('ready-to-show', () => window?.show());
  buildMenu();
  await window.loadURL(appUrl);
}

app.on('window-all-closed', () => {
  services?.stop();
  app.quit();
});
