import { Type } from 'typebox';

/** The one error body every route documents. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ examples: ['validation_failed'] }),
      message: Type.String(),
      fields: Type.Array(Type.Object({ path: Type.String(), reason: Type.String() })),
    }),
  },
  { $id: undefined, description: 'error' },
);

/** Error responses for a route's schema, by status. */
export function errors(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 415 | 429>) {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponse]));
}

export const NoContent = Type.Null({ description: 'no content' });

/** File bytes; Fastify sends Buffers as they are, so this only documents the response. */
export const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'file bytes' });
