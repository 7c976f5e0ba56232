/** A CSS custom property of the page (theme colours for canvas drawing), or `fallback` when unset. */
export function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Whether this window can draw on a canvas (a test DOM cannot): without one a chart shows its title and a note. */
export function canvasSupported(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}
