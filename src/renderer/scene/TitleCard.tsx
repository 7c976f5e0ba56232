import { useStore } from 'zustand';
import { modelDate } from './model-date';
import type { TimeStore } from './time-store';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "15 August 2028, 18:00" for a model hour of `year` (the engine's calendar: non-leap month lengths). */
export function titleDate(year: number | null, hour: number): string {
  const d = modelDate(hour);
  return `${d.day} ${MONTHS[d.month - 1] ?? ''}${year === null ? '' : ` ${year}`}, ${String(d.hour).padStart(2, '0')}:00`;
}

/** The presentation's title card: site, scenario, and the date and hour shown. */
export function TitleCard(props: { site: string; scenario: string; year: number | null; store: TimeStore }) {
  const hour = useStore(props.store, (s) => s.hour);
  return (
    <div className="scene-title-card" aria-label="Title">
      <div className="title-site">{props.site}</div>
      <div className="title-scenario">{props.scenario}</div>
      <div className="title-date">{titleDate(props.year, hour)}</div>
    </div>
  );
}
