// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Toolbar } from '../../../src/renderer/components/Toolbar';
import { useTheme } from '../../../src/renderer/state/theme';
import { useUndo } from '../../../src/renderer/state/undo';

afterEach(cleanup);

describe('the toolbar', () => {
  it('cycles the theme system → light → dark, sets data-theme and keeps the choice in localStorage', () => {
    useTheme.getState().setChoice('system');
    render(<Toolbar onImported={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /^Theme: system/ }));
    expect(document.documentElement.dataset.theme).toBe('light');
    fireEvent.click(screen.getByRole('button', { name: /^Theme: light/ }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('stargrid-theme')).toBe('dark');
    fireEvent.click(screen.getByRole('button', { name: /^Theme: dark/ }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('enables Undo only when there is an edit and names it in the tooltip', () => {
    useUndo.setState({ past: [], future: [] });
    render(<Toolbar onImported={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Undo' }).hasAttribute('disabled')).toBe(true);
    cleanup();
    useUndo.getState().record({ label: 'edit Abilene', undo: async () => undefined, redo: async () => undefined });
    render(<Toolbar onImported={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Undo' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'Undo' }).getAttribute('title')).toBe('Undo edit Abilene (Ctrl+Z)');
  });
});
