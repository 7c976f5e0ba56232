import { config } from 'zod/v4/core';

/**
 * zod 4 compiles a fast object parser with `new Function` after probing whether eval is allowed;
 * the page's CSP (script-src 'self', no 'unsafe-eval') refuses the probe, which still fires a
 * security-policy violation on the first parse. The interpreted parser gives the same answers, so
 * the page runs zod jitless: imported first by the entry, before any schema parses.
 */
config({ jitless: true });
