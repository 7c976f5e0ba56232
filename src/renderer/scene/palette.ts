import { BoxGeometry, Color, CylinderGeometry, SphereGeometry } from 'three';

/**
 * Colours of the campus, chosen to read on a projector: equipment states are told apart by
 * hue and by lightness, so they survive a washed-out screen and red–green colour blindness.
 */
export const PALETTE = {
  sky: '#dfe8f1',
  ground: '#b7bc9c',
  campusGround: '#e2dfd4',
  fence: '#5b6576',
  hallOperating: '#f4f6f8',
  hallConstruction: '#e8b25a',
  hallPlanned: '#c9c1ad',
  hallRoof: '#cfd6de',
  cooling: '#8fa1b3',
  unitIdle: '#7d8794',
  unitRunning: '#ff6a2b',
  stack: '#59616b',
  plume: '#f5f5f5',
  fuelCell: '#4f7fa8',
  solarDark: '#1c2a44',
  solarBright: '#6fb6ff',
  batteryEmpty: '#56616f',
  batteryCharged: '#2bb3a0',
  pad: '#a9adb3',
  transformer: '#6b7a89',
  tower: '#6d737a',
  conductor: '#3d4249',
  flow: '#ffd23f',
  /** Grid line and flow at an hour its flexible part is curtailed: faded, so on-site supply reads as carrying the campus. */
  conductorCurtailed: '#c3c8ce',
  flowCurtailed: '#9aa0a6',
  unserved: '#e0352b',
  highlight: '#1f6feb',
} as const;

/** Shared unit geometries, origin at the bottom centre so a box stands on y = 0 when scaled. */
export const UNIT_BOX = new BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
export const UNIT_CYLINDER = new CylinderGeometry(0.5, 0.5, 1, 12).translate(0, 0.5, 0);
export const UNIT_CONE = new CylinderGeometry(0.25, 0.5, 1, 10).translate(0, 0.5, 0);
export const UNIT_SPHERE = new SphereGeometry(0.5, 8, 6);

export function color(hex: string): Color {
  return new Color(hex);
}
