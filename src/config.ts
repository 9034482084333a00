import os from 'node:os';
import path from 'node:path';

/** The platform's settings, read once from the environment and frozen. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Base of the URLs printed in QR codes and links. */
  readonly publicUrl: string;
  /** The machine's address on its local network when HOST listens beyond loopback, for phones on the same network. */
  readonly lanAddress: string | null;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `pretty` lines for a person at a terminal, `json` lines for programs reading the output. */
  readonly logFormat: 'pretty' | 'json';
  /** NODE_ENV=production: the demo city and its published password are refused. */
  readonly isProduction: boolean;
  /** False serves the API and /docs only, for a web app hosted elsewhere. */
  readonly serveWeb: boolean;
  readonly sessionTtlHours: number;
  readonly secureCookies: boolean;
  readonly loginAttemptsPerWindow: number;
  readonly loginWindowMinutes: number;
  readonly trustProxy: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** What the settings depend on besides the environment; tests pass their own. */
export interface Machine {
  readonly stdoutIsTerminal: boolean;
  readonly networkInterfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]>;
}

const thisMachine = (): Machine => ({ stdoutIsTerminal: process.stdout.isTTY === true, networkInterfaces: os.networkInterfaces() });

/** 0.0.0.0 or ::, listening on every interface. */
export const isWildcardHost = (host: string) => host === '0.0.0.0' || host === '::';

/** The first address a phone on the same network can reach: the first non-internal IPv4 one. */
export function lanAddressOf(interfaces: Machine['networkInterfaces']): string | null {
  for (const addresses of Object.values(interfaces)) {
    const found = addresses?.find((a) => a.family === 'IPv4' && !a.internal);
    if (found) return found.address;
  }
  return null;
}

/** A host as it appears in a URL: IPv6 literals in brackets. */
export const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name}=${raw} is not a whole number from ${min} to ${max}; unset it to use ${fallback}`);
    return fallback;
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  problems.push(`${name}=${raw} must be true or false`);
  return fallback;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_FORMATS = ['pretty', 'json'] as const;

/** Validates every variable and names each bad one with its fix; never reads process.env elsewhere. */
export function loadConfig(env: Env = process.env, machine: Machine = thisMachine()): Config {
  const problems: string[] = [];
  const port = integer(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST || '127.0.0.1';

  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`DATABASE_URL must start with postgres:// (got ${databaseUrl.split('@').pop()}); unset it to use the embedded database`);
  }

  // Listening on every interface: QR codes point at the LAN address, so a scanning phone can open them.
  const lanAddress = isWildcardHost(host) ? lanAddressOf(machine.networkInterfaces) : null;
  const reachableHost = isWildcardHost(host) ? (lanAddress ?? 'localhost') : host;
  const publicUrl = (env.PUBLIC_URL || `http://${urlHost(reachableHost)}:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    problems.push(`PUBLIC_URL=${env.PUBLIC_URL} is not a URL such as https://shian.example.org`);
  }

  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL=${env.LOG_LEVEL} must be one of ${LOG_LEVELS.join(', ')}`);
  const logFormat = (env.LOG_FORMAT || (machine.stdoutIsTerminal ? 'pretty' : 'json')) as Config['logFormat'];
  if (!LOG_FORMATS.includes(logFormat)) {
    problems.push(
      `LOG_FORMAT=${env.LOG_FORMAT} must be one of ${LOG_FORMATS.join(', ')}; unset it for pretty in a terminal, json otherwise`,
    );
  }

  const config: Config = {
    port,
    host,
    publicUrl,
    lanAddress,
    dataDir: path.resolve(env.SHIAN_DATA_DIR || 'data'),
    databaseUrl,
    logLevel,
    logFormat,
    isProduction: env.NODE_ENV === 'production',
    serveWeb: flag(env, 'SERVE_WEB', true, problems),
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 90, problems),
    secureCookies: flag(env, 'SECURE_COOKIES', publicUrl.startsWith('https:'), problems),
    loginAttemptsPerWindow: integer(env, 'LOGIN_ATTEMPTS', 10, 1, 1000, problems),
    loginWindowMinutes: integer(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60, problems),
    trustProxy: flag(env, 'TRUST_PROXY', false, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
