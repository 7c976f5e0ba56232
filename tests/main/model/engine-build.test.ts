import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../../src/main/model/engine-build';
import { makeTempDir } from '../../helpers/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

/** entry.ts → ./engine (extensionless, as under tsx) → ./kernel.js (as in a bundle's chunks); stray.ts is imported by nobody. */
function writeModules(kernel: string, stray = 'export const s = 1;'): string {
  writeFileSync(join(tmp.dir, 'entry.ts'), "import { run } from './engine';\nexport const main = () => run();\n");
  writeFileSync(join(tmp.dir, 'engine.ts'), "export { kernel as run } from './kernel.js';\nimport type { X } from 'some-package';\n");
  writeFileSync(join(tmp.dir, 'kernel.js'), kernel);
  writeFileSync(join(tmp.dir, 'stray.ts'), stray);
  return join(tmp.dir, 'entry.ts');
}

describe('the code fingerprint of the engine build', () => {
  it('changes when a module two imports away changes, and is stable otherwise', () => {
    const entry = writeModules('export const kernel = () => 1;');
    const first = codeFingerprint(entry);
    expect(codeFingerprint(writeModules('export const kernel = () => 1;'))).toBe(first);
    expect(codeFingerprint(writeModules('export const kernel = () => 2;'))).not.toBe(first);
  });

  it('follows dynamic imports too, and ignores files nothing imports', () => {
    const entry = writeModules("export const kernel = () => import('./late.js');");
    writeFileSync(join(tmp.dir, 'late.js'), 'export default 1;');
    const first = codeFingerprint(entry);
    writeFileSync(join(tmp.dir, 'stray.ts'), 'export const s = 2;');
    expect(codeFingerprint(entry)).toBe(first);
    writeFileSync(join(tmp.dir, 'late.js'), 'export default 2;');
    expect(codeFingerprint(entry)).not.toBe(first);
  });
});
