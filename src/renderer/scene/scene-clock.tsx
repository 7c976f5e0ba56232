import { useFrame, useThree } from '@react-three/fiber';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { dispatchAtHour, type HourDispatch } from './dispatch-at-hour';
import { sunAt, type SunState } from './sun';
import type { TimeStore } from './time-store';
import type { SceneFleet, SceneHourly } from './types';

/**
 * The scene's view of time: the store and the dispatch at the store's hour, recomputed in place
 * only when the hour changes, so the frame loop neither sets React state nor allocates.
 */
export type SceneClock = {
  store: TimeStore;
  hourly: SceneHourly | null;
  fleet: SceneFleet;
  hour: number;
  dispatch: HourDispatch;
  /** The simulated calendar year (phases are drawn in their state at the scrubbed date of it); null before a simulation. */
  year: number | null;
  /** Where the sun is computed from: latitude, longitude (degrees) and the UTC offset (hours). */
  place: { latitudeDeg: number; longitudeDeg: number; utcOffsetHours: number };
  sunHour: number;
  sun: SunState;
};

const ClockContext = createContext<SceneClock | null>(null);

const NOWHERE = { latitudeDeg: 35, longitudeDeg: -100, utcOffsetHours: -6 };

export function createSceneClock(store: TimeStore, fleet: SceneFleet, hourly: SceneHourly | null, year: number | null = null, place = NOWHERE): SceneClock {
  const empty: SceneHourly = { facilityMW: [], solarAvailableMW: [], gridToLoadMW: [], gridToBatteryMW: [], solarToLoadMW: [], solarToBatteryMW: [], thermalToLoadMW: [], batteryToLoadMW: [], batterySocMWh: [], unservedMW: [] };
  return { store, hourly, fleet, hour: -1, dispatch: dispatchAtHour(hourly ?? empty, fleet, 0), year, place, sunHour: -1, sun: sunAt(place.latitudeDeg, place.longitudeDeg, place.utcOffsetHours, 0) };
}

/** The sun at the store's hour (recomputed only when the hour changes). */
export function currentSun(clock: SceneClock): SunState {
  const hour = clock.store.getState().hour;
  if (hour !== clock.sunHour) {
    clock.sun = sunAt(clock.place.latitudeDeg, clock.place.longitudeDeg, clock.place.utcOffsetHours, hour);
    clock.sunHour = hour;
  }
  return clock.sun;
}

/** The dispatch at the store's current hour, or null when there is no hourly data. */
export function currentDispatch(clock: SceneClock): HourDispatch | null {
  if (!clock.hourly) return null;
  const hour = clock.store.getState().hour;
  if (hour !== clock.hour) {
    dispatchAtHour(clock.hourly, clock.fleet, hour, clock.dispatch);
    clock.hour = hour;
  }
  return clock.dispatch;
}

/** Provides the clock and asks for a frame whenever the scrubbed hour changes. */
export function SceneClockProvider(props: { clock: SceneClock; children: ReactNode }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => props.clock.store.subscribe((s, prev) => s.hour !== prev.hour && invalidate()), [props.clock, invalidate]);
  return <ClockContext.Provider value={props.clock}>{props.children}</ClockContext.Provider>;
}

export function useSceneClock(): SceneClock {
  const clock = useContext(ClockContext);
  if (!clock) throw new Error('useSceneClock outside SceneClockProvider');
  return clock;
}

/**
 * Calls `apply` in the frame loop whenever the hour (or the clock) changed since it last ran,
 * with the dispatch at that hour (null without hourly data). `apply` mutates three.js objects.
 */
export function useOnHour(apply: (dispatch: HourDispatch | null) => void): void {
  const clock = useSceneClock();
  const last = useRef<{ clock: SceneClock | null; hour: number; apply: unknown }>({ clock: null, hour: -1, apply: null });
  useFrame(() => {
    const hour = clock.store.getState().hour;
    const l = last.current;
    if (l.clock === clock && l.hour === hour && l.apply === apply) return;
    l.clock = clock;
    l.hour = hour;
    l.apply = apply;
    apply(currentDispatch(clock));
  });
}
