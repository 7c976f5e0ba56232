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
    case 'conflict':
    case 'project-refused':
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
