import { ApiError } from '../../api/errors';

type CodedError = Error & { code?: unknown };

function codeOf(error: unknown): string {
  return error instanceof Error && typeof (error as CodedError).code === 'string' ? ((error as CodedError).code as string) : '';
}

/**
 * Turns what the disk or SQLite said into an error the user can act on (4xx), naming the file or
 * folder the user chose, never a temporary file. Returns null for anything else, which stays an
 * internal error.
 */
export function storageError(error: unknown, target: string, folder: string): ApiError | null {
  if (error instanceof ApiError) return error;
  const code = codeOf(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'SQLITE_FULL':
      return new ApiError('disk-full', `not enough space on the disk to write ${target}; free some space or choose another disk`, 'path');
    case 'EACCES':
    case 'EPERM':
    case 'SQLITE_CANTOPEN':
      return new ApiError('forbidden', `cannot write in ${folder}: permission denied; choose a folder you can write to`, 'path');
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
      return new ApiError('forbidden', `cannot write in ${folder}: the disk or folder is read-only`, 'path');
    case 'EISDIR':
      return new ApiError('invalid-request', `${target} is a folder; give a file name ending in .stargrid`, 'path');
    case 'ENAMETOOLONG':
      return new ApiError('invalid-request', `the name ${target} is too long for the file system`, 'path');
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError('invalid-request', `folder ${folder} does not exist`, 'path');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new ApiError('project-locked', `${target} is open in another Stargrid window or process; close it there first`, 'path');
    default:
      return null;
  }
}

/** SQLite errors a write can meet on an open project: the disk filled up, or the file is read-only. */
export function writeError(error: unknown, projectPath: string): ApiError | null {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL') return new ApiError('disk-full', `not enough space on the disk to save the change to ${projectPath}; nothing was changed`);
  if (code.startsWith('SQLITE_READONLY')) return new ApiError('project-read-only', `${projectPath} is open read-only; save a copy with Save As to edit it`);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new ApiError('project-locked', `${projectPath} is busy; try again`);
  return null;
}
