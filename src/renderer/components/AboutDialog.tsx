import type { AppInfo } from '../../api/schemas/project';

export function AboutDialog(props: { info: AppInfo; onClose: () => void }) {
  return (
    <div className="modal-backdrop" onClick={props.onClose}>
      <div className="modal" role="dialog" aria-modal="true" aria-label="About Stargrid" onClick={(e) => e.stopPropagation()}>
        <h2>Stargrid {props.info.version}</h2>
        <p>Offline planner for gigawatt-scale AI data-center campuses ({props.info.mode} mode).</p>
        <h3>Versions</h3>
        <ul>
          {Object.entries(props.info.versions).map(([k, v]) => (
            <li key={k}>
              {k}: {v}
            </li>
          ))}
        </ul>
        <h3>Data sources</h3>
        <ul>
          {props.info.dataSources.map((s) => (
            <li key={s.url}>
              {s.title} — <span className="url">{s.url}</span>
            </li>
          ))}
        </ul>
        <button type="button" className="primary" autoFocus onClick={props.onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
