import { describe, expect, it } from 'vitest';
import { GROUND, groundColour } from '../../../src/renderer/scene/ground-colour';
import { bundledSite } from './fixtures';

describe('the ground by climate', () => {
  it('is desert at Doña Ana, dry grass at Abilene, farmland at Saline in summer and snow in its January', () => {
    // Annual mean GHI from the site files: Doña Ana 5.65, Abilene 5.13, Saline 3.62 kWh/m²/day;
    // Saline's January averages −5.0 °C (the mean of its normal high and low).
    expect(groundColour(bundledSite('dona-ana').climate, 6)).toBe(GROUND.desert);
    expect(groundColour(bundledSite('abilene').climate, 6)).toBe(GROUND.dryGrass);
    expect(groundColour(bundledSite('saline').climate, 6)).toBe(GROUND.farmland);
    expect(groundColour(bundledSite('saline').climate, 0)).toBe(GROUND.snow);
    expect(groundColour(undefined, 0)).toBe(GROUND.dryGrass);
  });
});
