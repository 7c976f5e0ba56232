import type { HostUtilityField } from '../../api/schemas/host-utility-edit';

/** What a row's edit is before and after a change: a value with its note, or none (the bundled figure). */
export type HostEdit = { value: number; note: string | null } | null;

/** The edit a field holds now, for undo. */
export function currentHostEdit(field: HostUtilityField): HostEdit {
  return field.edited ? { value: field.value, note: field.note } : null;
}

/**
 * The number typed in a row, or why it is refused here before any call: empty or not a number.
 * Commas as thousands separators are accepted (`16,630,000`).
 */
export function parseHostValue(text: string): { value: number } | { error: string } {
  const cleaned = text.trim().replaceAll(',', '');
  if (cleaned === '') return { error: 'must be a number' };
  const value = Number(cleaned);
  return Number.isFinite(value) ? { value } : { error: 'must be a number' };
}
