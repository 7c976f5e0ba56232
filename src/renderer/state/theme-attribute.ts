/**
 * The stored theme and the attribute that applies it, without React: theme.ts (the toggle's
 * store) and the early entry (early.ts, run before the first frame, so a page whose start view
 * the server drew is painted in the chosen theme from its first frame) share it.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_KEY = 'stargrid-theme';

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // no storage (the server's first paint, private mode)
  }
}

/** `data-theme` on <html> picks the CSS variables; without it the system setting decides. */
export function applyTheme(choice: ThemeChoice): void {
  // The server's first paint (first-paint/render.tsx) imports this with no document.
  if (typeof document === 'undefined') return;
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}
