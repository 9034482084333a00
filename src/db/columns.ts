import { timestamp } from 'drizzle-orm/pg-core';

/** A point in time, stored with its zone and read as a Date. */
export const instant = () => timestamp({ withTimezone: true, mode: 'date' });
