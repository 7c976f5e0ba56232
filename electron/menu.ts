import type { MenuItemConstructorOptions } from 'electron';
import { VIEWS } from '../src/renderer/routes';

export type MenuActions = {
  newProject: () => void;
  openProject: () => void;
  saveProjectAs: () => void;
  openRecent: (path: string) => void;
  exportResults: () => void;
  command: (command: string) => void;
  about: () => void;
};

// The renderer's own list of views (sidebar and keys 1–8), so the menu cannot miss one.
const VIEW_ITEMS: Array<{ label: string; id: string; accelerator: string }> = VIEWS.map((v) => ({ label: v.label, id: v.id, accelerator: `CmdOrCtrl+Alt+${v.key}` }));

/** The application menu as data (pure, testable); main turns it into a Menu. */
export function buildMenuTemplate(actions: MenuActions, recent: string[], isMac: boolean): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0 ? [{ label: 'No recent projects', enabled: false }] : recent.map((path) => ({ label: path, click: () => actions.openRecent(path) }));
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: actions.newProject },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: actions.openProject },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveProjectAs },
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: actions.exportResults },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      // Undo/Redo go to the page: it undoes the last planning edit, or the text edit when a field has focus.
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.command('edit:undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.command('edit:redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...VIEW_ITEMS.map((v) => ({ label: v.label, accelerator: v.accelerator, click: () => actions.command(`view:${v.id}`) })),
        { type: 'separator' },
        { label: 'Presentation Mode', accelerator: 'F5', click: () => actions.command('view:presentation') },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
      ],
    },
    { label: 'Help', submenu: [{ label: 'About Stargrid', click: actions.about }] },
  ];
}
