import type { Actor } from '../../kernel/actor.ts';
import { may } from '../../kernel/authorize.ts';
import type { DivisionIndex } from '../divisions/service.ts';
import type {
  Attachment,
  HistoryEntry,
  Licence,
  LicenceKind,
  PublicSubjectView,
  SubjectCategory,
  SubjectAuditAction,
  SubjectKind,
  SubjectSummary,
  SubjectView,
} from './contract.ts';
import { licenceStatus, subjectLicenceStatus } from './licence-status.ts';
import { subjectActions } from './policy.ts';
import type { AttachmentMeta, LicenceRow, SubjectRow } from './queries.ts';
import type { AuditRow } from '../../kernel/audit.ts';

export interface PresentContext {
  divisions: DivisionIndex;
  marketNames: Map<string, string>;
  today: string;
}

export function publicUrlOf(publicUrl: string, fileNo: string): string {
  return `${publicUrl}/p/${encodeURIComponent(fileNo)}`;
}

export function presentSummary(row: SubjectRow, p: PresentContext): SubjectSummary {
  return {
    id: row.id,
    fileNo: row.fileNo,
    kind: row.kind as SubjectKind,
    category: row.category as SubjectCategory,
    name: row.name,
    creditCode: row.creditCode,
    divisionCode: row.divisionCode,
    divisionName: p.divisions.nameOf(row.divisionCode),
    marketId: row.marketId,
    marketName: row.marketId ? (p.marketNames.get(row.marketId) ?? null) : null,
    stallNo: row.stallNo,
    status: row.status as SubjectSummary['status'],
    licenceStatus: subjectLicenceStatus(row.licenceCount, row.nearestExpiry, p.today),
    nearestExpiry: row.nearestExpiry,
  };
}

export function presentLicence(row: LicenceRow, today: string): Licence {
  return {
    id: row.id,
    kind: row.kind as LicenceKind,
    number: row.number,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    scope: row.scope,
    status: licenceStatus(row.expiresOn, today),
  };
}

export function presentAttachment(row: AttachmentMeta): Attachment {
  return {
    id: row.id,
    licenceId: row.licenceId,
    filename: row.filename,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The full file, narrowed to what this viewer may see; abilities say what they may do next. */
export function presentSubject(
  row: SubjectRow,
  parts: { licences: LicenceRow[]; attachments: AttachmentMeta[] },
  actor: Actor,
  p: PresentContext & { publicUrl: string },
): SubjectView {
  const can = (action: keyof typeof subjectActions) => may(actor, subjectActions[action], row);
  return {
    ...presentSummary(row, p),
    address: row.address,
    legalRepresentative: row.legalRepresentative,
    legalRepresentativeIdNumber: can('viewPrivate') ? row.legalRepresentativeIdNumber : null,
    contacts: row.contacts,
    licences: parts.licences.map((l) => presentLicence(l, p.today)),
    attachments: parts.attachments.map(presentAttachment),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    publicUrl: publicUrlOf(p.publicUrl, row.fileNo),
    abilities: {
      update: can('update'),
      updateContacts: can('updateContacts'),
      writeLicences: can('writeLicences'),
      writeAttachments: can('writeAttachments'),
      viewHistory: can('viewHistory'),
      // A stall's market is in the stall's own division, so this is all the policy needs to know of it.
      viewMarket:
        row.marketId !== null &&
        may(actor, subjectActions.read, { id: row.marketId, kind: 'market', divisionCode: row.divisionCode, marketId: null }),
    },
  };
}

/** What anyone who scans the QR code sees: no identity numbers, no contacts. */
export function presentPublicSubject(row: SubjectRow, licences: LicenceRow[], p: PresentContext): PublicSubjectView {
  const summary = presentSummary(row, p);
  return {
    fileNo: row.fileNo,
    kind: summary.kind,
    category: summary.category,
    name: row.name,
    creditCode: row.creditCode,
    divisionName: summary.divisionName,
    address: row.address,
    marketName: summary.marketName,
    stallNo: row.stallNo,
    status: summary.status,
    licenceStatus: summary.licenceStatus,
    licences: licences
      .filter((l) => l.kind !== 'health_certificate')
      .map((l) => ({
        kind: l.kind as LicenceKind,
        number: l.number,
        issuedOn: l.issuedOn,
        expiresOn: l.expiresOn,
        status: licenceStatus(l.expiresOn, p.today),
      })),
  };
}

export function presentHistoryEntry(row: AuditRow): HistoryEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action as SubjectAuditAction,
    entity: row.recordType,
    entityId: row.recordId,
    actor: { id: row.actorId, name: row.actorName, role: row.actorRole },
    requestId: row.requestId,
    ip: row.ip,
    changes: row.changes,
  };
}
