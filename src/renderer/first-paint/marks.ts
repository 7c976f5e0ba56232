/** The performance mark of the page's first commit (main.tsx); bench/renderer.ts reads it as "the page's own render". */
export const APP_RENDERED_MARK = 'stargrid:app-rendered';
