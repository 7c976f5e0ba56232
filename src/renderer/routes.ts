/** The views, in menu order; the Electron View menu and the sidebar both use this list. */
export const VIEWS = [
  { id: 'portfolio', label: 'Portfolio', key: '1' },
  { id: 'site', label: 'Site', key: '2' },
  { id: 'compare', label: 'Compare', key: '3' },
  { id: 'rate-impact', label: 'Rate impact', key: '4' },
  { id: 'assumptions', label: 'Assumptions', key: '5' },
  { id: '3d', label: '3D', key: '6' },
  { id: 'runs', label: 'Runs', key: '7' },
  { id: 'headroom', label: 'Grid headroom', key: '8' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

export function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#\/?/, '').split('/')[0];
  return VIEWS.find((v) => v.id === id)?.id ?? 'portfolio';
}
