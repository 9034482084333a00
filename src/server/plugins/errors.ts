import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, type FieldError, RateLimited, type Reason, reason, validationFailed } from '../../kernel/errors.ts';
import { serverMessages } from '../messages.ts';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Ajv's checks in both languages; its own English text is kept for anything not listed. */
function ajvReason(issue: AjvIssue): Reason {
  const p = issue.params;
  const en = issue.message ?? 'is invalid';
  switch (issue.keyword) {
    case 'required':
      return reason('is required', '必填');
    case 'additionalProperties':
      return reason('is not a known field', '不是可识别的字段');
    case 'enum': {
      const allowed = (p.allowedValues as string[]).join(', ');
      return reason(`must be one of: ${allowed}`, `只能是：${allowed}`);
    }
    case 'format':
      return p.format === 'date'
        ? reason('must be a date (YYYY-MM-DD)', '应为日期（YYYY-MM-DD）')
        : reason(en, `格式不正确（${String(p.format)}）`);
    case 'pattern':
      return reason(en, '格式不正确');
    case 'minLength':
      return reason(en, `至少 ${String(p.limit)} 个字符`);
    case 'maxLength':
      return reason(en, `最多 ${String(p.limit)} 个字符`);
    case 'minimum':
      return reason(en, `不能小于 ${String(p.limit)}`);
    case 'maximum':
      return reason(en, `不能大于 ${String(p.limit)}`);
    case 'minItems':
      return reason(en, `至少 ${String(p.limit)} 项`);
    case 'maxItems':
      return reason(en, `最多 ${String(p.limit)} 项`);
    case 'minProperties':
      return reason('give at least one field', '至少填写一项');
    case 'type':
      return reason(en, `类型应为 ${String(p.type)}`);
    default:
      return reason(en, '输入有误');
  }
}

/** Turns Ajv's issues into field errors with paths as the client sent them (`licences/0/expiresOn`). */
function fieldsFrom(issues: AjvIssue[], context: string | undefined): FieldError[] {
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const issue of issues) {
    // anyOf (nullable fields) reports each branch; the branch's own issue says enough.
    if (issue.keyword === 'anyOf') continue;
    let path = issue.instancePath.replace(/^\//, '');
    if (issue.keyword === 'required') path = [path, issue.params.missingProperty].filter(Boolean).join('/');
    if (issue.keyword === 'additionalProperties') path = [path, issue.params.additionalProperty].filter(Boolean).join('/');
    if (!path) path = context ?? 'body';
    const why = ajvReason(issue);
    const key = `${path}\u0000${why.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fields.push({ path, reason: why });
  }
  return fields;
}

/** Which body a route takes, so a refused content type is told the one it should send. */
function expectsMultipart(request: FastifyRequest): boolean {
  const consumes = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes;
  return consumes?.includes('multipart/form-data') ?? false;
}

function unsupportedMediaType(request: FastifyRequest, detail: string): AppError {
  if (expectsMultipart(request)) {
    return new AppError('unsupported_media_type', serverMessages.sendMultipart, [
      { path: 'content-type', reason: reason(`not accepted: ${detail}`, '不支持的内容类型，请以 multipart/form-data 上传文件') },
    ]);
  }
  return new AppError('unsupported_media_type', serverMessages.sendJson, [
    { path: 'content-type', reason: reason(`not accepted: ${detail}`, '不支持的内容类型，请使用 application/json') },
  ]);
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError | null {
  if (error instanceof AppError) return error;
  if (error.validation) {
    return validationFailed(fieldsFrom(error.validation, error.validationContext));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('body_too_large', serverMessages.bodyTooLarge, [
        { path: 'body', reason: reason('larger than the 1 MB a request may carry', '请求内容超过 1 MB 上限') },
      ]);
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('body_too_large', serverMessages.fileTooLarge, [
        { path: 'file', reason: reason('larger than an upload may be', '文件超过上传上限') },
      ]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return unsupportedMediaType(request, error.message);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return validationFailed([{ path: 'body', reason: reason(`not valid JSON: ${error.message}`, '不是有效的 JSON') }]);
    case 'FST_ERR_BAD_URL':
      return validationFailed([{ path: 'url', reason: reason('has a malformed %-escape', '网址中的 % 转义不正确') }]);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('uri_too_long', serverMessages.uriTooLong, [
        { path: 'url', reason: reason('a path segment is too long', '网址中的某一段过长') },
      ]);
  }
  if (error.statusCode === 404) return new AppError('not_found', serverMessages.noSuchResource);
  return null;
}

/** `both` is for answers written before a request exists, when no Accept-Language can be read. */
type Language = keyof Reason | 'both';

/** Chinese unless the caller asks for English first: the platform's users read Chinese. */
function languageOf(acceptLanguage: string | undefined): Language {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh';
}

const textIn = (text: Reason, language: Language) => (language === 'both' ? `${text.zh} / ${text.en}` : text[language]);

/** The one error shape, with the message and every field reason in one language. */
function bodyOf(error: AppError, language: Language) {
  const fields = error.fields.map((f) => ({ path: f.path, reason: textIn(f.reason, language) }));
  return { error: { code: error.code, message: textIn(error.reason, language), fields } };
}

/** Every failure leaves as `{ error: { code, message, fields } }`, in the caller's language; unknown errors as a bare 500. */
function sendError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = toAppError(error, request);
  if (!known || known.status >= 500) request.log.error({ err: error }, known?.message ?? 'unhandled error');
  const answer = known ?? new AppError('internal', serverMessages.internal);
  if (answer instanceof RateLimited) reply.header('retry-after', String(answer.retryAfterSeconds));
  return reply.status(answer.status).send(bodyOf(answer, languageOf(request.headers['accept-language'])));
}

/** The one error handler. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler(sendError);
});

/**
 * Fastify's `frameworkErrors` option: the router's own refusals (a malformed %-escape, an over-long
 * path segment) happen before any route or hook, so they are answered here in the same shape.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void sendError(error, request, reply);
}

const CLIENT_ERRORS: Record<string, AppError> = {
  HPE_HEADER_OVERFLOW: new AppError('headers_too_large', serverMessages.headersTooLarge),
  ERR_HTTP_REQUEST_TIMEOUT: new AppError('request_timeout', serverMessages.requestTimeout),
};
const MALFORMED = new AppError('bad_request', serverMessages.malformedHttp);

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refuses some requests (headers or URL over
 * `maxHeaderSize`, malformed HTTP) before Fastify sees them, so the answer is written to the socket.
 * Nothing of the request can be trusted (its headers may be cut short or never have come), so the
 * message is in both languages, Chinese first, and there are no fields.
 */
export function answerClientError(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const known = CLIENT_ERRORS[error.code] ?? MALFORMED;
    const body = JSON.stringify(bodyOf(known, 'both'));
    socket.write(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
