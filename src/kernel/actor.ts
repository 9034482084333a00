export const ROLES = ['admin', 'regulator', 'inspector', 'market_operator', 'merchant'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in person or system account. Regulators and inspectors carry a division; operators and merchants a subject. */
export interface UserActor {
  readonly type: 'user';
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly divisionCode: string | null;
  readonly subjectId: string | null;
  readonly sessionId: string;
}

/** The platform itself: CLI commands, the demo seed, jobs. Trusted, and still audited by name. */
export interface SystemActor {
  readonly type: 'system';
  readonly name: string;
}

/** Nobody signed in: public pages only. */
export interface PublicActor {
  readonly type: 'public';
}

export type Actor = UserActor | SystemActor | PublicActor;

export const publicActor: PublicActor = { type: 'public' };
export const systemActor = (name: string): SystemActor => ({ type: 'system', name });

/** The system actors the platform knows by name; a name may carry a detail after a colon (`cli:seed`). */
export const SYSTEM_ACTORS = ['demo', 'cli', 'worker'] as const;
export type SystemActorName = (typeof SYSTEM_ACTORS)[number];
