import type { UserActor } from '../../kernel/actor.ts';
import type { Policy, Rule } from '../../kernel/authorize.ts';
import { isWithinDivision } from '../../kernel/scope.ts';
import type { SubjectKind } from './contract.ts';

/** What the rules need to know about a subject. */
export interface SubjectResource {
  id: string;
  kind: string;
  divisionCode: string;
  marketId: string | null;
}

const isAdmin: Rule<SubjectResource> = (a) => a.role === 'admin';
const inJurisdiction: Rule<SubjectResource> = (a, s) => a.divisionCode !== null && isWithinDivision(s.divisionCode, a.divisionCode);
const isRegulatorHere: Rule<SubjectResource> = (a, s) => a.role === 'regulator' && inJurisdiction(a, s);
const isInspectorHere: Rule<SubjectResource> = (a, s) => a.role === 'inspector' && inJurisdiction(a, s);
const runsItsMarket: Rule<SubjectResource> = (a, s) => a.role === 'market_operator' && a.subjectId !== null && s.marketId === a.subjectId;
const runsThisMarket: Rule<SubjectResource> = (a, s) => a.role === 'market_operator' && a.subjectId === s.id;
const ownsIt: Rule<SubjectResource> = (a, s) => a.role === 'merchant' && a.subjectId === s.id;
const any =
  (...rules: Rule<SubjectResource>[]): Rule<SubjectResource> =>
  (a, s) =>
    rules.some((rule) => rule(a, s));

export const SUBJECT_ACTIONS = ['update', 'updateContacts', 'writeLicences', 'writeAttachments', 'viewHistory', 'viewPrivate'] as const;
export type SubjectAction = (typeof SUBJECT_ACTIONS)[number];

/**
 * Who may do what to a subject file. Regulators and inspectors work within their division (a city
 * regulator sees every district), market operators within their market, merchants on their own file.
 */
export const subjectPolicy: Policy<SubjectResource, SubjectAction> = {
  read: any(isAdmin, isRegulatorHere, isInspectorHere, runsThisMarket, runsItsMarket, ownsIt),
  update: any(isAdmin, isRegulatorHere, runsItsMarket),
  updateContacts: any(isAdmin, isRegulatorHere, runsItsMarket, runsThisMarket, ownsIt),
  writeLicences: any(isAdmin, isRegulatorHere, runsItsMarket, ownsIt),
  writeAttachments: any(isAdmin, isRegulatorHere, isInspectorHere, runsItsMarket, ownsIt),
  viewHistory: any(isAdmin, isRegulatorHere, isInspectorHere, runsThisMarket, runsItsMarket, ownsIt),
  viewPrivate: any(isAdmin, isRegulatorHere, isInspectorHere, ownsIt),
};

/** The kinds of subject an actor may open a file for (where exactly is checked by canCreateSubject). */
export function creatableKinds(actor: UserActor): SubjectKind[] {
  if (actor.role === 'admin' || actor.role === 'regulator') return ['market', 'merchant', 'supplier', 'catering'];
  if (actor.role === 'market_operator') return ['merchant'];
  return [];
}

export function canCreateSubject(actor: UserActor, draft: SubjectResource): boolean {
  if (!creatableKinds(actor).includes(draft.kind as SubjectKind)) return false;
  if (actor.role === 'admin') return true;
  if (actor.role === 'regulator') return inJurisdiction(actor, draft);
  return runsItsMarket(actor, draft);
}

/** The rows a list may show, as data; queries.ts turns it into SQL. */
export type SubjectScope =
  | { type: 'all' }
  | { type: 'division'; code: string }
  | { type: 'market'; marketId: string }
  | { type: 'subject'; subjectId: string }
  | { type: 'none' };

export function subjectScope(actor: UserActor): SubjectScope {
  switch (actor.role) {
    case 'admin':
      return { type: 'all' };
    case 'regulator':
    case 'inspector':
      return actor.divisionCode ? { type: 'division', code: actor.divisionCode } : { type: 'none' };
    case 'market_operator':
      return actor.subjectId ? { type: 'market', marketId: actor.subjectId } : { type: 'none' };
    case 'merchant':
      return actor.subjectId ? { type: 'subject', subjectId: actor.subjectId } : { type: 'none' };
  }
}
