import type { SeriesKind, StoredSeries } from '../../api/schemas/imports';
import type { StargridClient } from '../api/client';
import type { Edit } from '../state/undo';

/** A site's series of one kind as stored now (with its body), or null when none is attached. */
export async function storedSeries(client: StargridClient, siteId: string, kind: SeriesKind): Promise<StoredSeries | null> {
  return (await client.series.get({ siteId, kind })).series;
}

/** Makes `state` the site's series of that kind again: its stored body put back, or the kind removed. */
async function putBack(client: StargridClient, siteId: string, kind: SeriesKind, state: StoredSeries | null): Promise<void> {
  if (state === null) {
    await client.series.remove({ siteId, kind });
    return;
  }
  await client.series.restore({ siteId, kind, fileName: state.info.fileName, bodyBase64: state.bodyBase64, summary: state.info.summary });
}

/**
 * The undoable edit of an attach or a remove: `before` and `after` are the series of that kind as
 * stored before and after it (null: none). Undo and redo put one or the other back through the
 * services, which check the body and run the site on it as the import did.
 */
export function seriesEdit(client: StargridClient, label: string, siteId: string, kind: SeriesKind, before: StoredSeries | null, after: StoredSeries | null): Edit {
  return {
    label,
    undo: () => putBack(client, siteId, kind, before),
    redo: () => putBack(client, siteId, kind, after),
  };
}
