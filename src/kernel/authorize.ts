import type { Actor, UserActor } from './actor.ts';
import { forbidden, notFound, unauthenticated } from './errors.ts';

/** A small named rule: may this signed-in person do this to that resource? */
export type Rule<R> = (actor: UserActor, resource: R) => boolean;

/**
 * A module's policy: `read` decides visibility (outside it, a resource answers 404 as if missing);
 * every other rule is checked only on what the actor can see (403).
 */
export type Policy<R, A extends string> = { readonly read: Rule<R> } & { readonly [K in A]: Rule<R> };

/** Throws 404 for what the actor cannot see and 403 for what it can see but may not do. */
export function authorize<R, A extends string>(actor: Actor, policy: Policy<R, A>, action: A | 'read', resource: R, what: string): void {
  if (actor.type === 'system') return;
  if (actor.type === 'public') throw unauthenticated();
  if (!policy.read(actor, resource)) throw notFound(what);
  if (action !== 'read' && !policy[action](actor, resource)) throw forbidden(`${action} this ${what}`);
}

/** For checks with no resource yet (creating one): the same 403, no 404. */
export function requireUser(actor: Actor): UserActor | null {
  if (actor.type === 'public') throw unauthenticated();
  return actor.type === 'user' ? actor : null;
}

/** Whether the actor can see a resource at all (the policy's `read`). */
export function canSee<R, A extends string>(actor: Actor, policy: Policy<R, A>, resource: R): boolean {
  return actor.type === 'system' || (actor.type === 'user' && policy.read(actor, resource));
}

/** What the actor may do to a resource, sent with it so the web never re-derives permissions. */
export function abilities<R, A extends string>(actor: Actor, policy: Policy<R, A>, resource: R, actions: readonly A[]) {
  const result = {} as Record<A, boolean>;
  for (const action of actions) {
    result[action] = actor.type === 'system' || (actor.type === 'user' && policy.read(actor, resource) && policy[action](actor, resource));
  }
  return result;
}
