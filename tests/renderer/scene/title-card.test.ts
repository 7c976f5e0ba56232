import { describe, expect, it } from 'vitest';
import { titleDate } from '../../../src/renderer/scene/TitleCard';

describe('the title card date', () => {
  it('reads 15 August 2028, 18:00 for hour 226 × 24 + 18 of 2028', () => {
    // Jan–Jul hold 212 days, so day index 226 is 15 August on the engine's non-leap calendar.
    expect(titleDate(2028, 226 * 24 + 18)).toBe('15 August 2028, 18:00');
    expect(titleDate(null, 0)).toBe('1 January, 00:00');
    expect(titleDate(2028, 8759)).toBe('31 December 2028, 23:00');
  });
});
