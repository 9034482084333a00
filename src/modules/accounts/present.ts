import type { DivisionIndex } from '../divisions/service.ts';
import type { Account, Session } from './contract.ts';
import type { AccountRow, SessionRow } from './queries.ts';

export function presentAccount(row: AccountRow, divisions: DivisionIndex, subjectNames: Map<string, string>): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Account['role'],
    divisionCode: row.divisionCode,
    divisionName: row.divisionCode ? divisions.nameOf(row.divisionCode) : null,
    subjectId: row.subjectId,
    subjectName: row.subjectId ? (subjectNames.get(row.subjectId) ?? null) : null,
    disabled: row.disabled,
  };
}

export function presentSession(row: SessionRow, currentSessionId: string | null): Session {
  return {
    id: row.id,
    kind: row.kind as Session['kind'],
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    ip: row.ip,
    current: row.id === currentSessionId,
  };
}
