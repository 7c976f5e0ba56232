import { useEffect } from 'react';
import { useStore } from 'zustand';
import { hourLabel, HOURS_PER_YEAR } from './dispatch-at-hour';
import type { TimeStore } from './time-store';

const SPEEDS = [1, 6, 24, 168] as const;

/** The first marked hour after `hour`, wrapping to the first of the year; null with no marks. */
export function nextMark(marks: readonly number[], hour: number): number | null {
  let first: number | null = null;
  for (const m of marks) {
    if (m > hour) return m;
    if (first === null) first = m;
  }
  return first;
}

/**
 * The time scrubber: the hour of the year, day of year and hour of day, play/pause and speed.
 * Playback advances the store from requestAnimationFrame outside the 3D frame loop; the scene
 * follows through its store subscription. `curtailedHours` (ascending): the hours a flexible grid
 * connection is curtailed, drawn as ticks under the year and reached with "Next curtailed hour".
 */
export function Scrubber(props: { store: TimeStore; curtailedHours?: readonly number[] }) {
  const { store } = props;
  const hour = useStore(store, (s) => s.hour);
  const playing = useStore(store, (s) => s.playing);
  const speed = useStore(store, (s) => s.speedHoursPerSecond);

  useEffect(() => {
    if (!playing) return undefined;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    const tick = (now: number) => {
      const s = store.getState();
      carry += ((now - last) / 1000) * s.speedHoursPerSecond;
      last = now;
      const whole = Math.floor(carry);
      if (whole > 0) {
        carry -= whole;
        s.setHour(s.hour + whole);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);

  const marks = props.curtailedHours ?? [];
  const day = Math.floor(hour / 24);
  const hourOfDay = hour % 24;
  const set = store.getState().setHour;
  return (
    <div className="scene-scrubber" role="group" aria-label="Time scrubber">
      <button type="button" className="primary" onClick={() => store.getState().setPlaying(!playing)} aria-pressed={playing}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <label className="scrub-year">
        <span className="scrub-time">{hourLabel(hour)}</span>
        <span className="scrub-track">
          <input type="range" min={0} max={HOURS_PER_YEAR - 1} step={1} value={hour} onChange={(e) => set(Number(e.target.value))} aria-label="Hour of the year" />
          {marks.length > 0 ? (
            <svg className="scrub-marks" viewBox={`0 0 ${HOURS_PER_YEAR} 1`} preserveAspectRatio="none" aria-label={`${marks.length} curtailed hours`} role="img">
              <path d={marks.map((m) => `M${m} 0v1`).join('')} />
            </svg>
          ) : null}
        </span>
      </label>
      {marks.length > 0 ? (
        <button type="button" onClick={() => set(nextMark(marks, hour) ?? hour)} title="The flexible grid connection is cut to its firm part in these hours">
          Next curtailed hour
        </button>
      ) : null}
      <label>
        Day <input type="number" min={1} max={365} value={day + 1} onChange={(e) => set((Math.min(365, Math.max(1, Number(e.target.value) || 1)) - 1) * 24 + hourOfDay)} aria-label="Day of the year" className="scrub-num" />
      </label>
      <label>
        Hour <input type="number" min={0} max={23} value={hourOfDay} onChange={(e) => set(day * 24 + Math.min(23, Math.max(0, Number(e.target.value) || 0)))} aria-label="Hour of the day" className="scrub-num" />
      </label>
      <label>
        Speed{' '}
        <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.target.value))} aria-label="Playback speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s === 168 ? '1 week/s' : s === 24 ? '1 day/s' : `${s} h/s`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
