import { useState } from 'react';
import { useClient } from '../api/context';
import { downloadBlob, downloadText } from './download';

/** Bytes of a base64 string (the workbook travels as text over every transport). */
function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The hourly CSV and the .xlsx workbook of a site × scenario, both made by the export service
 * (`export:hourlyCsv`, `export:workbook`), so the app, the web mode and the CLI hand out the same
 * files. The model's calendar is said beside the buttons once a file has been made.
 */
export function ServiceExports(props: { siteId: string; scenarioId: string }) {
  const client = useClient();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (what: 'csv' | 'xlsx') => {
    setBusy(true);
    setStatus(what === 'csv' ? 'Writing the hourly CSV…' : 'Writing the workbook…');
    try {
      if (what === 'csv') {
        const csv = await client.export.hourlyCsv({ siteId: props.siteId, scenarioId: props.scenarioId });
        downloadText(csv.fileName, 'text/csv', csv.text);
        setStatus(`Saved ${csv.fileName}. ${csv.calendar}`);
      } else {
        const wb = await client.export.workbook({ siteId: props.siteId, scenarioId: props.scenarioId });
        downloadBlob(wb.fileName, new Blob([base64Bytes(wb.base64)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
        setStatus(`Saved ${wb.fileName} (${Math.max(1, Math.round(wb.bytes / 1024))} KB): summary, hourly, costs, rate impact and sources.`);
      }
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void run('csv')}>
        Hourly CSV
      </button>
      <button type="button" disabled={busy} onClick={() => void run('xlsx')}>
        Workbook (.xlsx)
      </button>
      {status ? (
        <span className="note export-status" role="status">
          {status}
        </span>
      ) : null}
    </>
  );
}
