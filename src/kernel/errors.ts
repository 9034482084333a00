import { kernelMessages } from './messages.ts';

export const ERROR_STATUS = {
  validation_failed: 400,
  /** The request is not well-formed HTTP (Node's parser refused it). */
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  request_timeout: 408,
  version_conflict: 409,
  body_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A message or field reason in both of the platform's languages; the error handler answers in the caller's (Accept-Language). */
export interface Reason {
  readonly en: string;
  readonly zh: string;
}

export const reason = (en: string, zh: string): Reason => ({ en, zh });

export interface FieldError {
  /** JSON-pointer-like path into the input without the leading slash: `licences/0/expiresOn`. */
  path: string;
  reason: Reason;
}

/** The one error type: the error handler turns it into `{ error: { code, message, fields } }`. */
export class AppError extends Error {
  readonly status: number;

  /** `reason` is the message in both languages; Error's own `message` is its English, for logs and the CLI. */
  constructor(
    readonly code: ErrorCode,
    readonly reason: Reason,
    readonly fields: FieldError[] = [],
  ) {
    super(reason.en);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what: Reason) => new AppError('not_found', kernelMessages.notFound(what));
export const forbidden = (message: Reason) => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', kernelMessages.unauthenticated);

/** Too many attempts: the error handler tells the client when to retry (Retry-After). */
export class RateLimited extends AppError {
  constructor(
    message: Reason,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message);
  }
}

export function validationFailed(fields: FieldError[]): AppError {
  return new AppError('validation_failed', { en: summarize(fields, 'en'), zh: summarize(fields, 'zh') }, fields);
}

/** The one-line message of a validation failure: its first problem, and how many more. */
function summarize(fields: FieldError[], language: keyof Reason): string {
  const first = fields[0];
  if (!first) return language === 'zh' ? '输入有误' : 'invalid input';
  const more = fields.length > 1 ? (language === 'zh' ? `（另有 ${fields.length - 1} 处）` : ` (and ${fields.length - 1} more)`) : '';
  return `${first.path}: ${first.reason[language]}${more}`;
}

/** Collects field errors during checks and throws them together, so a form shows every problem at once. */
export class FieldErrors {
  private readonly list: FieldError[] = [];

  add(path: string, why: Reason): void {
    this.list.push({ path, reason: why });
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw validationFailed(this.list);
  }
}
