import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { applyTheme as apply, storedTheme as stored, THEME_KEY as KEY, type ThemeChoice } from './theme-attribute';

export type { ThemeChoice };

function systemDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function resolveTheme(choice: ThemeChoice): 'light' | 'dark' {
  return choice === 'system' ? (systemDark() ? 'dark' : 'light') : choice;
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
