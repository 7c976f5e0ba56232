import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason, writeStamp } from '../../scripts/build-stamp.mjs';
import { makeTempDir } from '../helpers/temp-dir';

describe('build stamp', () => {
  let root: string;
  let cleanup: () => void;
  const out = () => join(root, 'out', 'node');

  beforeEach(() => {
    ({ dir: root, cleanup } = makeTempDir());
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src', 'b.ts'), 'export const b = 2;\n');
    writeFileSync(join(root, 'package.json'), '{}\n');
    writeStamp(root, out(), [join(root, 'src', 'a.ts'), 'src/b.ts', join(root, 'node_modules', 'x', 'index.js')]);
  });
  afterEach(() => cleanup());

  it('calls a build current while none of its inputs changed', () => {
    expect(staleReason(root, out())).toBeNull();
  });

  it('calls a build stale once an input is edited, even to the same length', () => {
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 9;\n');
    // Same size: only the modification time tells; set it clearly apart from the stamp's.
    utimesSync(join(root, 'src', 'a.ts'), new Date(), new Date(Date.now() + 5000));
    expect(staleReason(root, out())).toBe('src/a.ts changed');
  });

  it('calls a build stale when an input is checked out older than the build (time differs, not only newer)', () => {
    utimesSync(join(root, 'src', 'b.ts'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(staleReason(root, out())).toBe('src/b.ts changed');
  });

  it('calls a build stale when an input was removed, and says which', () => {
    rmSync(join(root, 'src', 'b.ts'));
    expect(staleReason(root, out())).toBe('src/b.ts was removed');
  });

  it('watches package.json for every build, and leaves node_modules to the lockfile', () => {
    writeFileSync(join(root, 'package.json'), '{ "dependencies": {} }\n');
    expect(staleReason(root, out())).toBe('package.json changed');
  });

  it('calls a folder with no stamp not built yet', () => {
    expect(staleReason(root, join(root, 'out', 'web'))).toBe('not built yet');
  });
});
