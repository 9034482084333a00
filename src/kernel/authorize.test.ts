import { describe, expect, it } from 'vitest';
import { type UserActor, publicActor, systemActor } from './actor.ts';
import { type Rule, allOf, anyOf, authorize, definePolicy, may, permittedIds } from './authorize.ts';
import { reason } from './errors.ts';

interface Shop {
  id: string;
  district: string;
  closed: boolean;
}

const inDistrict: Rule<Shop> = (actor, shop) => actor.divisionCode === shop.district;
const isRegulator: Rule<Shop> = (actor) => actor.role === 'regulator';
const isOpen: Rule<Shop> = (_actor, shop) => !shop.closed;
const shops = definePolicy(
  reason('shop', '店铺'),
  { read: inDistrict, close: allOf(isRegulator, isOpen), open: anyOf(isRegulator, (actor) => actor.role === 'admin') },
  ['open'],
);

const person = (role: UserActor['role'], divisionCode: string): UserActor => ({
  type: 'user',
  id: `${role}-${divisionCode}`,
  name: role,
  role,
  divisionCode,
  subjectId: null,
  sessionId: 's',
});
const regulator = person('regulator', '440106');
const inspector = person('inspector', '440106');
const here: Shop = { id: 'a', district: '440106', closed: false };
const elsewhere: Shop = { id: 'b', district: '440111', closed: false };
const closedHere: Shop = { id: 'c', district: '440106', closed: true };

const codeOf = (work: () => void) => {
  try {
    work();
    return 'allowed';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('authorize(actor, action, resource)', () => {
  it('answers 404 outside sight, 403 for a forbidden action on what is seen, and lets the platform itself through', () => {
    expect(codeOf(() => authorize(regulator, shops.close, here))).toBe('allowed');
    expect(codeOf(() => authorize(regulator, shops.close, elsewhere))).toBe('not_found');
    expect(codeOf(() => authorize(regulator, shops.close, closedHere))).toBe('forbidden');
    expect(codeOf(() => authorize(inspector, shops.close, here))).toBe('forbidden');
    expect(codeOf(() => authorize(inspector, shops.read, elsewhere))).toBe('not_found');
    expect(codeOf(() => authorize(publicActor, shops.read, here))).toBe('unauthenticated');
    expect(codeOf(() => authorize(systemActor('cli'), shops.close, closedHere))).toBe('allowed');
  });

  it('judges an unscoped action (a draft to create) without sight: 403, never 404', () => {
    expect(codeOf(() => authorize(regulator, shops.open, elsewhere))).toBe('allowed');
    expect(codeOf(() => authorize(inspector, shops.open, elsewhere))).toBe('forbidden');
  });

  it('has a boolean form and a set form for bulk work', () => {
    expect(may(regulator, shops.close, here)).toBe(true);
    expect(may(publicActor, shops.read, here)).toBe(false);
    expect(permittedIds(regulator, shops.close, [here, elsewhere, closedHere], (shop) => shop.id)).toEqual(new Set(['a']));
    expect(permittedIds(systemActor('worker'), shops.close, [here, elsewhere], (shop) => shop.id)).toEqual(new Set(['a', 'b']));
  });
});
