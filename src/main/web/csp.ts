/**
 * The Content Security Policy for the renderer in both the Electron window and web mode: only the
 * app's own scripts, no eval, no remote content, no plugins, no framing. `style-src 'unsafe-inline'`
 * is needed by React's style attributes; `blob:` workers carry the engine; `data:`/`blob:` images
 * carry exported charts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
