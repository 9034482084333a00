import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, type FieldError, type Reason, reason, summarize, validationFailed } from '../../kernel/errors.ts';

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

function toAppError(error: FastifyError): AppError | null {
  if (error instanceof AppError) return error;
  if (error.validation) {
    return validationFailed(fieldsFrom(error.validation, error.validationContext));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('body_too_large', 'the request body is too large', [
        { path: 'body', reason: reason('larger than the 1 MB a request may carry', '请求内容超过 1 MB 上限') },
      ]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'send JSON (application/json) or, for files, multipart/form-data', [
        { path: 'content-type', reason: reason(`not accepted: ${error.message}`, '不支持的内容类型，请使用 application/json') },
      ]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return validationFailed([{ path: 'body', reason: reason(`not valid JSON: ${error.message}`, '不是有效的 JSON') }]);
  }
  if (error.statusCode === 404) return new AppError('not_found', 'no such resource');
  return null;
}

/** Chinese unless the caller asks for English first: the platform's users read Chinese. */
function languageOf(acceptLanguage: string | undefined): keyof Reason {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh';
}

/** The one error handler: every failure leaves as `{ error: { code, message, fields } }`; unknown errors as a bare 500. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = toAppError(error);
    if (!known) {
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(500).send({ error: { code: 'internal', message: 'something went wrong on our side', fields: [] } });
    }
    if (known.status >= 500) request.log.error({ err: error }, known.message);
    const language = languageOf(request.headers['accept-language']);
    const message = known.code === 'validation_failed' ? summarize(known.fields, language) : known.message;
    const fields = known.fields.map((f) => ({ path: f.path, reason: f.reason[language] }));
    return reply.status(known.status).send({ error: { code: known.code, message, fields } });
  });
});
