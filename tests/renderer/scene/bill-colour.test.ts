import { describe, expect, it } from 'vitest';
import { BILL_COLOURS, BILL_SCALE_USD_PER_MONTH, billChangeColour } from '../../../src/renderer/scene/bill-colour';

// Worked by hand from the end colours, per sRGB channel: neutral #a0a0a0 = (160, 160, 160),
// lower #2166ac = (33, 102, 172), higher #b2182b = (178, 24, 43); colour = neutral + t (end − neutral),
// t = |v| / 5 USD/month capped at 1, rounded to the nearest integer (half up).
describe('bill-change colour scale', () => {
  it('saturates at ±5 USD/month', () => {
    expect(BILL_SCALE_USD_PER_MONTH).toBe(5);
  });

  it('colours a household paying 5 USD/month less (or more less) full blue', () => {
    expect(billChangeColour(-5)).toBe('#2166ac');
    expect(billChangeColour(-12)).toBe('#2166ac');
  });

  it('colours a household paying 5 USD/month more (or more) full red', () => {
    expect(billChangeColour(5)).toBe('#b2182b');
    expect(billChangeColour(40)).toBe('#b2182b');
  });

  it('colours no change and no figure neutral grey', () => {
    expect(billChangeColour(0)).toBe(BILL_COLOURS.neutral);
    expect(billChangeColour(null)).toBe('#a0a0a0');
  });

  it('goes halfway at ±2.5 USD/month', () => {
    // −2.5: (160 − 63.5, 160 − 29, 160 + 6) = (96.5 → 97, 131, 166) = #6183a6.
    expect(billChangeColour(-2.5)).toBe('#6183a6');
    // +2.5: (160 + 9, 160 − 68, 160 − 58.5) = (169, 92, 101.5 → 102) = #a95c66.
    expect(billChangeColour(2.5)).toBe('#a95c66');
  });

  it('tints a small change only slightly', () => {
    // −0.5: t = 0.1 → (160 − 12.7, 160 − 5.8, 160 + 1.2) = (147.3 → 147, 154.2 → 154, 161.2 → 161) = #939aa1.
    expect(billChangeColour(-0.5)).toBe('#939aa1');
  });

  it('refuses a figure that is not a number, naming the field', () => {
    expect(() => billChangeColour(Number.NaN)).toThrow(/billChangeUSDPerMonth: must be a finite number or null/);
  });
});
