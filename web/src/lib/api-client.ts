/** One failure reported by the server against a field, e.g. `licences/0/expiresOn`. */
export interface FieldFault {
  path: string;
  reason: string;
}

/** The server's `{ error: { code, message, fields } }`, thrown for every non-2xx answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldFault[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryParams = Record<string, string | number | undefined | null>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  /** JSON-encoded, except FormData which goes as multipart. */
  body?: unknown;
  signal?: AbortSignal;
}

/** Pages that anyone may open: a 401 there must not bounce the visitor to the login page. */
const publicPaths = [/^\/login$/, /^\/p\//];

/** Leaves out empty values, so neither requests nor the address bar carry `q=&kind=`. */
export function toSearchParams(query: QueryParams = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params;
}

/** Calls the API with the session cookie; answers the parsed JSON body, or undefined for 204. */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal } = options;
  const isMultipart = body instanceof FormData;
  // The server words its reasons in the language the page shows (the i18n provider keeps <html lang> current).
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': document.documentElement.lang || 'zh-CN' };
  if (body !== undefined && !isMultipart) headers['content-type'] = 'application/json';

  const search = toSearchParams(query).toString();
  const response = await fetch(search ? `${path}?${search}` : path, {
    method,
    signal,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : isMultipart ? body : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;

  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;

  const error = toApiError(response, payload);
  if (error.status === 401 && !publicPaths.some((path) => path.test(window.location.pathname))) {
    window.location.assign('/login');
  }
  throw error;
}

function toApiError(response: Response, payload: unknown): ApiError {
  const body = (payload as { error?: Partial<{ code: string; message: string; fields: FieldFault[] }> } | null)?.error;
  return new ApiError(
    response.status,
    body?.code ?? 'internal',
    body?.message ?? response.statusText,
    Array.isArray(body?.fields) ? body.fields : [],
  );
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
