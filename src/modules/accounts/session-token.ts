import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits; the prefix lets secret scanners recognise a leaked token. */
export function newSessionToken(kind: 'web' | 'token'): string {
  return `${kind === 'token' ? 'shian_pat_' : 'shian_s_'}${randomBytes(32).toString('base64url')}`;
}

/** Only this hash is stored, so a copy of the database grants no sessions. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
