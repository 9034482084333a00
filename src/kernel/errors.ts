export const ERROR_STATUS = {
  validation_failed: 400,
  body_too_large: 400,
  unsupported_media_type: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A reason in both of the platform's languages; the error handler answers in the caller's (Accept-Language). */
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

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (action: string) => new AppError('forbidden', `you may not ${action}`);
export const unauthenticated = () => new AppError('unauthenticated', 'sign in first');

export function validationFailed(fields: FieldError[]): AppError {
  return new AppError('validation_failed', summarize(fields, 'en'), fields);
}

/** The one-line message of a validation failure: its first problem, and how many more. */
export function summarize(fields: FieldError[], language: keyof Reason): string {
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
