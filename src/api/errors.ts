/**
 * The one error shape every transport carries (IPC envelope, HTTP body, CLI stderr line):
 * `{ code, message, path }`. `path` is the dotted field path for validation errors (`site.phases.0.mw.value`)
 * and empty otherwise.
 */
export type ApiErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'conflict'
  | 'project-refused'
  /** The project file is held by another Stargrid process (one writer per file). */
  | 'project-locked'
  /** The open project is read-only (file permissions or a read-only disk); writes are refused. */
  | 'project-read-only'
  /** The request was made for a project that is no longer the open one. */
  | 'stale-project'
  | 'forbidden'
  | 'disk-full'
  | 'unauthorized'
  | 'unknown-channel'
  | 'internal';

export type ApiErrorBody = { code: ApiErrorCode; message: string; path: string };

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly path: string = '',
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, path: this.path };
  }
}

/** HTTP status for each error code; 4xx for anything the caller can fix. */
export function httpStatusOf(code: ApiErrorCode): number {
  switch (code) {
    case 'invalid-request':
      return 400;
    case 'unauthorized':
      return 401;
    case 'not-found':
    case 'unknown-channel':
      return 404;
    case 'forbidden':
      return 403;
    case 'conflict':
    case 'project-refused':
    case 'project-locked':
    case 'project-read-only':
    case 'stale-project':
      return 409;
    // A full disk is for the user to fix (free space, pick another disk), so a 4xx: 507 would say the server failed.
    case 'disk-full':
      return 409;
    case 'internal':
      return 500;
  }
}

/** What every transport returns: a value or an error, never a thrown exception across the boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
