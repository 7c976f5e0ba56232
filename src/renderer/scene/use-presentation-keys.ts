import { useEffect } from 'react';
import type { TimeStore } from './time-store';

/**
 * Keys while presenting: ←/→ an hour back or on (with Shift a day), space play/pause, 1–4 the camera
 * presets in order, Esc leaves. Keys typed into a form field are left alone.
 */
export function usePresentationKeys(on: boolean, actions: { store: TimeStore; presets: readonly string[]; fly: (id: string) => void; exit: () => void }): void {
  const { store, presets, fly, exit } = actions;
  useEffect(() => {
    if (!on) return undefined;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
      const s = store.getState();
      const step = e.shiftKey ? 24 : 1;
      if (e.key === 'ArrowRight') s.setHour(s.hour + step);
      else if (e.key === 'ArrowLeft') s.setHour(s.hour - step);
      else if (e.key === ' ') s.setPlaying(!s.playing);
      else if (e.key === 'Escape') exit();
      else if (/^[1-4]$/.test(e.key)) {
        const id = presets[Number(e.key) - 1];
        if (id) fly(id);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, store, presets, fly, exit]);
}
