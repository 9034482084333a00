import { describe, expect, it } from 'vitest';
import { RateLimited } from '../../kernel/errors.ts';
import { ADDRESS_ATTEMPTS_FACTOR, LoginThrottle } from './login-throttle.ts';

const start = new Date('2026-11-23T04:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

function refusal(throttle: LoginThrottle, username: string, address: string, now = start): RateLimited | null {
  try {
    throttle.refuseIfLocked(username, address, now);
    return null;
  } catch (error) {
    if (error instanceof RateLimited) return error;
    throw error;
  }
}

describe('the login throttle', () => {
  it('locks a username after its failures, from every address, until its window ends', () => {
    const throttle = new LoginThrottle({ attempts: 3, windowMinutes: 15 });
    for (let i = 0; i < 3; i++) {
      expect(refusal(throttle, 'clerk', '10.0.0.1')).toBeNull();
      throttle.recordFailure('clerk', '10.0.0.1', start);
    }
    expect(refusal(throttle, 'clerk', '10.0.0.1')?.retryAfterSeconds).toBe(15 * 60);
    expect(refusal(throttle, 'clerk', '10.0.0.2', later(5))?.retryAfterSeconds).toBe(10 * 60);
    expect(refusal(throttle, 'colleague', '10.0.0.1')).toBeNull();
    expect(refusal(throttle, 'clerk', '10.0.0.1', later(15))).toBeNull();
  });

  it('locks an address whose failures over many usernames pass the higher threshold', () => {
    const throttle = new LoginThrottle({ attempts: 3, windowMinutes: 15 });
    const limit = 3 * ADDRESS_ATTEMPTS_FACTOR;
    for (let i = 0; i < limit - 1; i++) throttle.recordFailure(`sprayed.${i}`, '10.0.0.9', start);
    expect(refusal(throttle, 'colleague', '10.0.0.9')).toBeNull();
    throttle.recordFailure('sprayed.last', '10.0.0.9', start);
    expect(refusal(throttle, 'colleague', '10.0.0.9')).toBeInstanceOf(RateLimited);
    expect(refusal(throttle, 'colleague', '10.0.0.10')).toBeNull();
  });

  it('clears a username’s failures when its password is right, but not its address’s', () => {
    const throttle = new LoginThrottle({ attempts: 2, windowMinutes: 15 });
    for (let i = 0; i < 2 * ADDRESS_ATTEMPTS_FACTOR - 1; i++) throttle.recordFailure('clerk', '10.0.0.1', start);
    throttle.recordSuccess('clerk');
    expect(refusal(throttle, 'clerk', '10.0.0.2')).toBeNull();
    throttle.recordFailure('other', '10.0.0.1', start);
    expect(refusal(throttle, 'clerk', '10.0.0.1')).toBeInstanceOf(RateLimited);
  });
});
