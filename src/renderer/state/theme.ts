import { useSyncExternalStore } from 'react';
import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'stargrid-theme';

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function systemDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function resolveTheme(choice: ThemeChoice): 'light' | 'dark' {
  return choice === 'system' ? (systemDark() ? 'dark' : 'light') : choice;
}

/** `data-theme` on <html> picks the CSS variables; without it the system setting decides. */
function apply(choice: ThemeChoice): void {
  // The server's first paint (first-paint/render.tsx) imports this with no document.
  if (typeof document === 'undefined') return;
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

type ThemeState = { choice: ThemeChoice; resolved: 'light' | 'dark'; setChoice: (choice: ThemeChoice) => void };

/** Light, dark or the system's; the choice persists in localStorage across launches. */
export const useTheme = create<ThemeState>((set) => {
  const choice = stored();
  apply(choice);
  return {
    choice,
    resolved: resolveTheme(choice),
    setChoice: (next) => {
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage may be unavailable (private mode); the choice still holds for this session.
      }
      apply(next);
      set({ choice: next, resolved: resolveTheme(next) });
    },
  };
});

/** The next choice of the toggle: system → light → dark → system. */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return choice === 'system' ? 'light' : choice === 'light' ? 'dark' : 'system';
}

/**
 * The choice, as the toggle shows it. While the page hydrates the server's first paint it reads
 * 'system' (all the server can know: the choice lives in this browser's localStorage), so the
 * toolbar hydrates without a mismatch; React then draws the stored choice at once.
 */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(useTheme.subscribe, () => useTheme.getState().choice, () => 'system');
}
