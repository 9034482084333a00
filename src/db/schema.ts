// The one barrel: every module's tables, for Drizzle's client and drizzle-kit.
export * from '../kernel/audit-tables.ts';
export * from '../modules/divisions/tables.ts';
export * from '../modules/subjects/tables.ts';
export * from '../modules/accounts/tables.ts';
