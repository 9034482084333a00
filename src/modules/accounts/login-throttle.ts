import { RateLimited } from '../../kernel/errors.ts';
import { accountMessages } from './messages.ts';

/** An address may fail this many times more than one username before it is locked too. */
export const ADDRESS_ATTEMPTS_FACTOR = 5;

/** Expired windows are dropped once this many keys are held, so a spray of usernames cannot grow memory for long. */
const SWEEP_AT_KEYS = 10_000;

interface Window {
  failures: number;
  endsAt: number;
}

export interface LoginThrottleSettings {
  /** Failed sign-ins a username may have in a window (LOGIN_ATTEMPTS). */
  attempts: number;
  /** LOGIN_WINDOW_MINUTES. */
  windowMinutes: number;
}

/**
 * Counts failed sign-ins, per username and per address, in this node's memory. A username's failures
 * lock that username (from every address); an address's failures over many usernames lock that
 * address at a higher threshold. Successes are never counted, so an office behind one address
 * signs in as often as it likes.
 */
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();
  private readonly windowMs: number;
  private readonly limits: { username: number; address: number };

  constructor(settings: LoginThrottleSettings) {
    this.windowMs = settings.windowMinutes * 60_000;
    this.limits = { username: settings.attempts, address: settings.attempts * ADDRESS_ATTEMPTS_FACTOR };
  }

  /** Throws 429 (with when to retry) while the username or the address is locked. */
  refuseIfLocked(username: string, address: string | null, now: Date): void {
    const waitMs = Math.max(
      this.lockedForMs(`user:${username}`, this.limits.username, now),
      address ? this.lockedForMs(`addr:${address}`, this.limits.address, now) : 0,
    );
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      throw new RateLimited(accountMessages.tooManyFailedSignIns(minutes), Math.ceil(waitMs / 1000));
    }
  }

  recordFailure(username: string, address: string | null, now: Date): void {
    if (this.windows.size >= SWEEP_AT_KEYS) this.sweep(now);
    this.count(`user:${username}`, now);
    if (address) this.count(`addr:${address}`, now);
  }

  /**
   * The right password clears the username's failures; the address keeps its count, or one known
   * account would let a guesser from that address reset it between guesses at others.
   */
  recordSuccess(username: string): void {
    this.windows.delete(`user:${username}`);
  }

  private lockedForMs(key: string, limit: number, now: Date): number {
    const window = this.windows.get(key);
    if (!window || window.endsAt <= now.getTime()) return 0;
    return window.failures >= limit ? window.endsAt - now.getTime() : 0;
  }

  private count(key: string, now: Date): void {
    const window = this.windows.get(key);
    if (window && window.endsAt > now.getTime()) window.failures += 1;
    else this.windows.set(key, { failures: 1, endsAt: now.getTime() + this.windowMs });
  }

  private sweep(now: Date): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now.getTime()) this.windows.delete(key);
  }
}
