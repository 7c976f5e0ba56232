import { VIEWS, type ViewId } from '../routes';

/** The list of views down the left side; also drawn by the server around its first rows (first-paint/render.tsx). */
export function Sidebar(props: { mode: 'desktop' | 'web'; view: ViewId; onGo: (view: ViewId) => void; onAbout: () => void }) {
  return (
    <nav className="sidebar" aria-label="Views">
      <div className="brand">
        Stargrid <span className="mode">{props.mode === 'web' ? 'web' : ''}</span>
      </div>
      <ul>
        {VIEWS.map((v) => (
          <li key={v.id}>
            <a href={`#/${v.id}`} aria-current={props.view === v.id ? 'page' : undefined} onClick={(e) => { e.preventDefault(); props.onGo(v.id); }}>
              {v.label}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" className="link about-link" onClick={props.onAbout}>
        About Stargrid
      </button>
    </nav>
  );
}
