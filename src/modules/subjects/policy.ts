import type { Actor } from '../../kernel/actor.ts';
import { type Rule, allOf, anyOf, definePolicy, may } from '../../kernel/authorize.ts';
import { isWithinDivision } from '../../kernel/scope.ts';
import { SUBJECT_KINDS, type SubjectKind } from './contract.ts';
import { subjectMessages } from './messages.ts';

/** What the rules need to know about a subject (or a draft of one). */
export interface SubjectResource {
  id: string;
  kind: string;
  divisionCode: string;
  marketId: string | null;
}

type SubjectRule = Rule<SubjectResource>;

const isAdmin: SubjectRule = (a) => a.role === 'admin';
const isInJurisdiction: SubjectRule = (a, s) => a.divisionCode !== null && isWithinDivision(s.divisionCode, a.divisionCode);
const isRegulatorHere: SubjectRule = (a, s) => a.role === 'regulator' && isInJurisdiction(a, s);
const isInspectorHere: SubjectRule = (a, s) => a.role === 'inspector' && isInJurisdiction(a, s);
/** The subject is a stall (or draft of one) inside the market this operator runs. */
const isStallOfOwnMarket: SubjectRule = (a, s) => a.role === 'market_operator' && a.subjectId !== null && s.marketId === a.subjectId;
/** The subject is the market this operator runs. */
const isOwnMarket: SubjectRule = (a, s) => a.role === 'market_operator' && a.subjectId === s.id;
const isOwnStall: SubjectRule = (a, s) => a.role === 'merchant' && a.subjectId === s.id;
const opensMerchantsOnly: SubjectRule = (_a, s) => s.kind === 'merchant';

/**
 * Who may do what to a subject file. Regulators and inspectors work within their division (a city
 * regulator sees every district), market operators within their market, merchants on their own file.
 * `create` judges a draft: admins anywhere, regulators in their division, operators stalls in their market.
 */
export const subjectActions = definePolicy(
  subjectMessages.subject,
  {
    read: anyOf(isAdmin, isRegulatorHere, isInspectorHere, isOwnMarket, isStallOfOwnMarket, isOwnStall),
    create: anyOf(isAdmin, isRegulatorHere, allOf(isStallOfOwnMarket, opensMerchantsOnly)),
    update: anyOf(isAdmin, isRegulatorHere, isStallOfOwnMarket),
    updateContacts: anyOf(isAdmin, isRegulatorHere, isStallOfOwnMarket, isOwnMarket, isOwnStall),
    writeLicences: anyOf(isAdmin, isRegulatorHere, isStallOfOwnMarket, isOwnStall),
    writeAttachments: anyOf(isAdmin, isRegulatorHere, isInspectorHere, isStallOfOwnMarket, isOwnStall),
    viewHistory: anyOf(isAdmin, isRegulatorHere, isInspectorHere, isOwnMarket, isStallOfOwnMarket, isOwnStall),
    viewPrivate: anyOf(isAdmin, isRegulatorHere, isInspectorHere, isOwnStall),
  },
  ['create'],
);

/**
 * The kinds of subject an actor may open a file for somewhere (where exactly is the `create` rule's
 * call on the draft): a draft of that kind in the actor's own division or market.
 */
export function creatableKinds(actor: Actor): SubjectKind[] {
  if (actor.type !== 'user') return actor.type === 'system' ? [...SUBJECT_KINDS] : [];
  const home = { id: '', divisionCode: actor.divisionCode ?? '000000', marketId: actor.subjectId };
  return SUBJECT_KINDS.filter((kind) => may(actor, subjectActions.create, { ...home, kind }));
}

/** The rows a list may show, as data; queries.ts turns it into SQL. */
export type SubjectScope =
  | { type: 'all' }
  | { type: 'division'; code: string }
  | { type: 'market'; marketId: string }
  | { type: 'subject'; subjectId: string }
  | { type: 'none' };

export function subjectScope(actor: Actor): SubjectScope {
  if (actor.type === 'system') return { type: 'all' };
  if (actor.type === 'public') return { type: 'none' };
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
