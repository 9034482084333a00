import { v7 } from 'uuid';

/** Time-ordered ids made in the application, so no table needs a sequence (see docs/scale-out). */
export const newId = (): string => v7();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Guards lookups: a malformed id is simply not found, never a database error. */
export const isUuid = (value: string): boolean => UUID.test(value);
