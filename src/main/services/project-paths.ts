import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { ApiError } from '../../api/errors';

export const PROJECT_EXTENSION = '.stargrid';
/** The longest file name (one path segment) ext4, APFS and NTFS all accept, in bytes. */
const MAX_NAME_BYTES = 255;

/**
 * Where a relative project path is taken from: the user's Documents folder (or home when there is
 * none), never the server's working folder, which the user neither sees nor chose.
 * `STARGRID_DOCUMENTS` overrides it (tests, portable installs).
 */
export function documentsDir(): string {
  if (process.env.STARGRID_DOCUMENTS) return process.env.STARGRID_DOCUMENTS;
  const documents = join(homedir(), 'Documents');
  return existsSync(documents) ? documents : homedir();
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The absolute path of a project file as the user typed it: `~/` is the home folder, a relative
 * path is inside `documentsDir()`. For a file to be written (`new`, `saveAs`) the name must end in
 * `.stargrid` (added when there is no extension, refused when there is another), fit the file
 * system, and name neither a folder nor a place inside a missing folder.
 */
export function resolveProjectPath(input: string, purpose: 'open' | 'write'): string {
  const expanded = input === '~' || input.startsWith('~/') ? join(homedir(), input.slice(1)) : input;
  let target = isAbsolute(expanded) ? resolve(expanded) : resolve(documentsDir(), expanded);
  if (isFolder(target)) throw new ApiError('invalid-request', `${target} is a folder; give a file name ending in ${PROJECT_EXTENSION}`, 'path');
  const name = basename(target);
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
    throw new ApiError('invalid-request', `the file name is ${name.length} characters long; file systems allow at most ${MAX_NAME_BYTES} bytes, so shorten it`, 'path');
  }
  if (purpose === 'open') return target;
  const extension = extname(target);
  if (extension === '') target += PROJECT_EXTENSION;
  else if (extension.toLowerCase() !== PROJECT_EXTENSION) {
    throw new ApiError('invalid-request', `a project file must end in ${PROJECT_EXTENSION}, not "${extension}"`, 'path');
  }
  if (Buffer.byteLength(basename(target)) > MAX_NAME_BYTES) {
    throw new ApiError('invalid-request', `the file name with ${PROJECT_EXTENSION} is longer than ${MAX_NAME_BYTES} bytes; shorten it`, 'path');
  }
  if (!isFolder(dirname(target))) throw new ApiError('invalid-request', `folder ${dirname(target)} does not exist`, 'path');
  return target;
}
