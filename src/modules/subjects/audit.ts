import { roomAuditor } from '../../kernel/audit.ts';
import { SUBJECT_AUDIT_ACTIONS } from './contract.ts';

/** The subjects room's audit: every change to a file, a licence or an attachment, with an action from its typed list. */
export const auditSubjects = roomAuditor('subjects', SUBJECT_AUDIT_ACTIONS);
