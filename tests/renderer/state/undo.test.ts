// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { undoKeyHandler, useUndo } from '../../../src/renderer/state/undo';

/** A value held "in the project", changed by edits that know how to go back. */
let value = 0;
const setTo = (from: number, to: number) => {
  value = to;
  useUndo.getState().record({ label: `set ${to}`, undo: async () => void (value = from), redo: async () => void (value = to) });
};

beforeEach(() => {
  value = 0;
  useUndo.setState({ past: [], future: [], error: null, busy: false });
});

describe('the undo stack', () => {
  it('undoes and redoes edits in order and bumps the revision each time', async () => {
    setTo(0, 1);
    setTo(1, 2);
    const r0 = useUndo.getState().revision;
    await useUndo.getState().undo();
    expect(value).toBe(1);
    await useUndo.getState().undo();
    expect(value).toBe(0);
    await useUndo.getState().undo();
    expect(value).toBe(0);
    await useUndo.getState().redo();
    expect(value).toBe(1);
    expect(useUndo.getState().revision).toBe(r0 + 3);
  });

  it('drops the redo branch when a new edit is made', async () => {
    setTo(0, 1);
    await useUndo.getState().undo();
    setTo(0, 5);
    expect(useUndo.getState().future).toEqual([]);
    await useUndo.getState().redo();
    expect(value).toBe(5);
  });

  it('keeps the edit and reports the failure when an undo call fails', async () => {
    useUndo.getState().record({ label: 'save site', undo: () => Promise.reject(new Error('disk full')), redo: async () => undefined });
    await useUndo.getState().undo();
    expect(useUndo.getState().past).toHaveLength(1);
    expect(useUndo.getState().error).toBe('Could not undo “save site”: disk full');
  });

  it('answers Ctrl+Z and Ctrl+Shift+Z on the page but leaves typing in a field alone', async () => {
    setTo(0, 1);
    const input = document.createElement('input');
    document.body.appendChild(input);
    const inField = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true });
    input.dispatchEvent(inField);
    undoKeyHandler(inField);
    expect(useUndo.getState().past).toHaveLength(1);
    const onPage = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, cancelable: true });
    document.body.dispatchEvent(onPage);
    undoKeyHandler(onPage);
    await Promise.resolve();
    await Promise.resolve();
    expect(value).toBe(0);
    expect(onPage.defaultPrevented).toBe(true);
    undoKeyHandler(new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true }));
    await Promise.resolve();
    await Promise.resolve();
    expect(value).toBe(1);
    input.remove();
  });
});
