import { describe, expect, it } from 'vitest';
import { nextMark } from '../../../src/renderer/scene/Scrubber';

describe('next curtailed hour on the scrubber', () => {
  it('goes to the first marked hour after the current one, wrapping to the first of the year', () => {
    const marks = [4000, 5607, 5608];
    expect(nextMark(marks, 0)).toBe(4000);
    expect(nextMark(marks, 4000)).toBe(5607);
    expect(nextMark(marks, 5607)).toBe(5608);
    expect(nextMark(marks, 5608)).toBe(4000);
    expect(nextMark([], 10)).toBeNull();
  });
});
