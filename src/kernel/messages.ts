import type { Reason } from './errors.ts';

// Written as { en, zh } objects rather than with reason(): errors.ts builds its errors from this file.

/** The kernel's own top-level messages, for refusals no room words itself: sign-in, sight, permission. */
export const kernelMessages = {
  unauthenticated: { en: 'sign in first', zh: '请先登录' },
  platformNeedsPerson: {
    en: 'you may not do this as the platform: it needs a signed-in person',
    zh: '平台自身不能执行此操作，需由已登录的人员办理',
  },
  notFound: (what: Reason): Reason => ({ en: `${what.en} not found`, zh: `未找到该${what.zh}` }),
  /** A policy's refusal: on one visible resource, or (unscoped actions: create, list) on its kind. */
  forbiddenAction: (name: string, what: Reason, scoped: boolean): Reason =>
    scoped
      ? { en: `you may not ${name} this ${what.en}`, zh: `无权对该${what.zh}执行此操作（${name}）` }
      : { en: `you may not ${name} ${what.en} records`, zh: `无权对${what.zh}执行此操作（${name}）` },
} satisfies Record<string, Reason | ((...args: never[]) => Reason)>;
