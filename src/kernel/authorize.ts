import type { Actor, UserActor } from './actor.ts';
import { type Reason, forbidden, notFound, unauthenticated } from './errors.ts';
import { kernelMessages } from './messages.ts';

/** A small named rule: may this signed-in person do this to that resource? */
export type Rule<R> = (actor: UserActor, resource: R) => boolean;

/** A rule that holds when any of the given rules holds. */
export const anyOf =
  <R>(...rules: Rule<R>[]): Rule<R> =>
  (actor, resource) =>
    rules.some((rule) => rule(actor, resource));

/** A rule that holds when every given rule holds. */
export const allOf =
  <R>(...rules: Rule<R>[]): Rule<R> =>
  (actor, resource) =>
    rules.every((rule) => rule(actor, resource));

/**
 * One thing an actor may do to one kind of resource. `visible` actions answer 404 to whoever cannot
 * see the resource (existence never leaks) and 403 to whoever can see it but may not act; unscoped
 * actions (creating from a draft nobody can see yet, listing) only ever answer 403.
 */
export interface Action<R> {
  /** What the resource is called in 404 and 403 messages, in both languages. */
  readonly what: Reason;
  readonly name: string;
  readonly rule: Rule<R>;
  readonly read: Rule<R> | null;
}

type RuleTable = { readonly read: Rule<never> } & Readonly<Record<string, Rule<never>>>;
type ResourceOf<T> = T extends { read: Rule<infer R> } ? R : never;
type Actions<T> = { readonly [K in keyof T]: Action<ResourceOf<T>> };

/**
 * A room's policy: `read` decides visibility; every other rule is checked only on what the actor can
 * see. Names listed in `unscoped` skip visibility (a draft to create, a list to open): 403 only.
 * `what` names the resource in both languages, for the 404 and 403 messages.
 */
export function definePolicy<T extends RuleTable>(what: Reason, rules: T, unscoped: readonly (keyof T & string)[] = []): Actions<T> {
  type R = ResourceOf<T>;
  const table = rules as unknown as Record<string, Rule<R>>;
  const actions: Record<string, Action<R>> = {};
  for (const [name, rule] of Object.entries(table)) {
    actions[name] = { what, name, rule, read: unscoped.includes(name) ? null : table.read! };
  }
  return actions as Actions<T>;
}

/** The person behind a request that needs one: 401 for nobody, 403 for the platform itself (it has no account). */
export function requireUser(actor: Actor): UserActor {
  if (actor.type === 'public') throw unauthenticated();
  if (actor.type === 'system') throw forbidden(kernelMessages.platformNeedsPerson);
  return actor;
}

/** Refuses the public; people and the platform itself pass. */
export function requireSignedIn(actor: Actor): void {
  if (actor.type === 'public') throw unauthenticated();
}

/** Whether the actor may do the action to the resource; the platform itself (CLI, jobs) may do anything. */
export function may<R>(actor: Actor, action: Action<R>, resource: R): boolean {
  if (actor.type === 'system') return true;
  if (actor.type === 'public') return false;
  return (action.read === null || action.read(actor, resource)) && action.rule(actor, resource);
}

/** Throws 401 for nobody, 404 for what the actor cannot see, and 403 for what it can see but may not do. */
export function authorize<R>(actor: Actor, action: Action<R>, resource: R): void {
  if (actor.type === 'system') return;
  if (actor.type === 'public') throw unauthenticated();
  if (action.read && !action.read(actor, resource)) throw notFound(action.what);
  if (!action.rule(actor, resource)) throw forbidden(kernelMessages.forbiddenAction(action.name, action.what, action.read !== null));
}

/** The set form, for bulk work (uploads, traces): the ids of the given resources the actor may act on. */
export function permittedIds<R>(actor: Actor, action: Action<R>, resources: readonly R[], idOf: (resource: R) => string): Set<string> {
  return new Set(resources.filter((resource) => may(actor, action, resource)).map(idOf));
}

/** What the actor may do to a resource, sent with it so the web never re-derives permissions. */
export function abilities<R, K extends string>(actor: Actor, actions: Readonly<Record<K, Action<R>>>, resource: R): Record<K, boolean> {
  const result = {} as Record<K, boolean>;
  for (const name of Object.keys(actions) as K[]) result[name] = may(actor, actions[name], resource);
  return result;
}
