import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, type FieldError } from '../../kernel/errors.ts';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns Ajv's issues into field errors with paths as the client sent them (`licences/0/expiresOn`). */
function fieldsFrom(issues: AjvIssue[], context: string | undefined): FieldError[] {
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const issue of issues) {
    let path = issue.instancePath.replace(/^\//, '');
    let reason = issue.message ?? 'is invalid';
    if (issue.keyword === 'required') {
      path = [path, issue.params.missingProperty].filter(Boolean).join('/');
      reason = 'is required';
    } else if (issue.keyword === 'additionalProperties') {
      path = [path, issue.params.additionalProperty].filter(Boolean).join('/');
      reason = 'is not a known field';
    } else if (issue.keyword === 'enum') {
      reason = `must be one of: ${(issue.params.allowedValues as string[]).join(', ')}`;
    }
    if (!path) path = context ?? 'body';
    const key = `${path}\u0000${reason}`;
    // anyOf (nullable fields) reports each branch; one line per field and reason is enough.
    if (issue.keyword === 'anyOf' || seen.has(key)) continue;
    seen.add(key);
    fields.push({ path, reason });
  }
  return fields;
}

function toAppError(error: FastifyError): AppError | null {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const fields = fieldsFrom(error.validation, error.validationContext);
    const first = fields[0];
    return new AppError('validation_failed', first ? `${first.path}: ${first.reason}` : 'invalid input', fields);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('body_too_large', 'the request body is too large', [{ path: 'body', reason: error.message }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'send JSON (application/json) or, for files, multipart/form-data', [
        { path: 'content-type', reason: error.message },
      ]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('validation_failed', 'the body is not valid JSON', [{ path: 'body', reason: error.message }]);
  }
  if (error.statusCode === 404) return new AppError('not_found', 'no such resource');
  return null;
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
    return reply.status(known.status).send({ error: { code: known.code, message: known.message, fields: known.fields } });
  });
});
