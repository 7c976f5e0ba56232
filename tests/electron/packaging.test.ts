import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The packaging configuration (electron-builder), read as the packager would read it. */
const config = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'electron-builder.json'), 'utf8')) as {
  asar: boolean;
  electronFuses: Record<string, boolean>;
  files: string[];
};

describe('the packaged app', () => {
  it('sets the Electron fuses that close the shell to code from outside the app', () => {
    // https://www.electronjs.org/docs/latest/tutorial/fuses — each of these off/on is a hardening the docs recommend.
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar archive with the built code and the bundled data, and no source maps', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'data/**', '!**/*.map']));
  });
});
