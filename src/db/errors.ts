/** The PostgreSQL error behind driver and ORM wrappers (SQLSTATE code and constraint), if there is one. */
export function databaseError(error: unknown): { code: string; constraint?: string } | null {
  for (let e = error as { code?: unknown; constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, constraint: e.constraint };
  }
  return null;
}

/** The constraint a unique violation (SQLSTATE 23505) names, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const found = databaseError(error);
  return found?.code === '23505' ? (found.constraint ?? 'unknown') : null;
}
