import { expect } from 'vitest';

// Testing Library's findBy… and waitFor give up after 1 s by default: a wall-clock limit that a busy
// 2-core CI machine misses while a lazily loaded view compiles (runs-view.test.tsx failed so under
// load). Renderer tests wait as long as the test itself may run instead; a failing query still fails.
const path = expect.getState().testPath ?? '';
if (/[\\/]tests[\\/]renderer[\\/]/.test(path)) {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 60_000 });
}
