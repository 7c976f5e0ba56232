// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportHash, runEditCommand } from '../../../src/renderer/state/menu-commands';
import { useUndo } from '../../../src/renderer/state/undo';

const log: string[] = [];
beforeEach(() => {
  log.length = 0;
  useUndo.setState({ past: [], future: [], error: null, busy: false });
  useUndo.getState().record({ label: 'edit', undo: async () => void log.push('undo'), redo: async () => void log.push('redo') });
});
afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('menu commands', () => {
  it('undoes and redoes the project edit when no text field has focus', async () => {
    runEditCommand('edit:undo');
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['undo']);
    expect(useUndo.getState().future).toHaveLength(1);
    runEditCommand('edit:redo');
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['undo', 'redo']);
  });

  it('leaves the typing of a focused text field to the browser’s own undo', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const asked: string[] = [];
    // happy-dom has no execCommand; record what the page asks the browser for.
    document.execCommand = (command: string) => {
      asked.push(command);
      return true;
    };
    runEditCommand('edit:undo');
    expect(asked).toEqual(['undo']);
    expect(log).toEqual([]);
    expect(useUndo.getState().past).toHaveLength(1);
  });

  it('exports the report of the site in view, or of the portfolio', () => {
    expect(exportHash('site', 'abilene', { abilene: 'btm-gas' })).toBe('#/report/site/abilene?scenario=btm-gas');
    expect(exportHash('compare', 'abilene', {})).toBe('#/report/site/abilene?scenario=hybrid');
    expect(exportHash('portfolio', 'abilene', {})).toBe('#/report/portfolio?scenario=hybrid');
    expect(exportHash('runs', null, {})).toBe('#/report/portfolio?scenario=hybrid');
  });
});
