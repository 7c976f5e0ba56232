import type { BrowserWindowConstructorOptions } from 'electron';

export type WindowBounds = { width: number; height: number; x?: number | undefined; y?: number | undefined };

/**
 * The one window's options. Pure, so a test can hold the security settings to account:
 * context isolation and the sandbox on, no Node in the page, no webview tags, no remote module,
 * spell-check dictionaries not downloaded.
 */
export function buildWindowOptions(preloadPath: string, bounds: WindowBounds | null): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? 1440,
    height: bounds?.height ?? 900,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 960,
    minHeight: 600,
    title: 'Stargrid',
    show: false,
    backgroundColor: '#101828',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}
