import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../electron/menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((i) => i.label).map((i) => i.label as string);
}
function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = template.find((i) => i.label === label);
  return (found?.submenu ?? []) as MenuItemConstructorOptions[];
}

describe('the application menu', () => {
  const calls: string[] = [];
  const actions: MenuActions = {
    newProject: () => calls.push('new'),
    openProject: () => calls.push('open'),
    saveProjectAs: () => calls.push('saveAs'),
    openRecent: (p) => calls.push(`recent:${p}`),
    exportResults: () => calls.push('export'),
    command: (c) => calls.push(c),
    about: () => calls.push('about'),
  };
  const template = buildMenuTemplate(actions, ['/p/a.stargrid'], false);

  it('has File, View and Help with the items the planner needs', () => {
    expect(labels(submenu(template, 'File'))).toEqual(['New Project…', 'Open…', 'Save As…', 'Open Recent', 'Export…']);
    expect(labels(submenu(template, 'View'))).toEqual(['Portfolio', 'Site', 'Compare', 'Rate impact', 'Assumptions', '3D', 'Runs', 'Grid headroom', 'Presentation Mode']);
    expect(labels(submenu(template, 'Help'))).toEqual(['About Stargrid']);
  });

  it('sends view commands to the page and opens recent projects by path', () => {
    const view = submenu(template, 'View');
    const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();
    click(view.find((i) => i.label === 'Rate impact'));
    click(view.find((i) => i.label === 'Presentation Mode'));
    const recent = submenu(template, 'File').find((i) => i.label === 'Open Recent')?.submenu as MenuItemConstructorOptions[];
    click(recent[0]);
    expect(calls).toEqual(['view:rate-impact', 'view:presentation', 'recent:/p/a.stargrid']);
  });

  it('shows a disabled placeholder when there are no recent projects', () => {
    const empty = buildMenuTemplate(actions, [], false);
    const recent = submenu(empty, 'File').find((i) => i.label === 'Open Recent')?.submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'No recent projects', enabled: false }]);
  });
});
