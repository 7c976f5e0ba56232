import { createStore } from 'zustand/vanilla';
import { HOURS_PER_YEAR } from './dispatch-at-hour';

/**
 * The scrubbed hour and playback. Scene objects read it with getState()/subscribe in the frame
 * loop (never as React state); the scrubber and readout re-render only when the hour changes.
 */
export type TimeState = {
  hour: number;
  playing: boolean;
  /** Simulated hours per second of playback. */
  speedHoursPerSecond: number;
  setHour: (hour: number) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speedHoursPerSecond: number) => void;
};

/** A new store; one per scene view so tests and views do not share time. */
export function createTimeStore(initialHour = 0) {
  return createStore<TimeState>()((set) => ({
    hour: wrapHour(initialHour),
    playing: false,
    speedHoursPerSecond: 24,
    setHour: (hour) => set({ hour: wrapHour(hour) }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speedHoursPerSecond) => set({ speedHoursPerSecond }),
  }));
}

export type TimeStore = ReturnType<typeof createTimeStore>;

export function wrapHour(hour: number): number {
  const h = Math.floor(hour);
  return ((h % HOURS_PER_YEAR) + HOURS_PER_YEAR) % HOURS_PER_YEAR;
}
