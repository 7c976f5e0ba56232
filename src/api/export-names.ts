/**
 * Short names for exported files, the same from every transport and view: site, scenario, view
 * and date or year, lower case, joined by "_" — e.g. `abilene_hybrid_3d_2028-08-15.png`,
 * `abilene_hybrid_2028.xlsx`. Each part is reduced to a-z, 0-9 and "-" and cut to 24 characters,
 * so a long saved-scenario id cannot make a 200-character name.
 */
export function exportFileName(parts: readonly (string | number | null | undefined)[], extension: string): string {
  const slug = parts
    .filter((p): p is string | number => p !== null && p !== undefined && String(p).trim() !== '')
    .map((p) =>
      String(p)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 24)
        .replace(/-+$/, ''),
    )
    .filter((p) => p !== '')
    .join('_');
  return `${slug || 'stargrid'}.${extension.replace(/^\./, '')}`;
}

/** "2028-08-15" for a model hour of `year` (non-leap month lengths, as the engine's calendar). */
export function modelDateText(year: number, hour: number): string {
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let day = Math.floor(hour / 24);
  let m = 0;
  while (m < 11 && day >= (days[m] ?? 31)) day -= days[m++] ?? 31;
  return `${year}-${String(m + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
}
