import pino, { type DestinationStream, type LoggerOptions } from 'pino';
import pretty, { type PrettyOptions } from 'pino-pretty';
import type { Config } from '../config.ts';

type LogSettings = Pick<Config, 'logLevel' | 'logFormat'>;

/** One line per record for a person: the time, the level, the message, a request's method and URL or its status and duration. */
export const PRETTY_OPTIONS: PrettyOptions = {
  translateTime: 'SYS:HH:MM:ss',
  ignore: 'pid,hostname,req,res,responseTime',
  singleLine: true,
  messageFormat: (record, messageKey) => {
    const message = String(record[messageKey]);
    const request = record.req as { method?: string; url?: string } | undefined;
    const response = record.res as { statusCode?: number } | undefined;
    if (request) return `${message} ${request.method} ${request.url}`;
    if (response && typeof record.responseTime === 'number') {
      return `${message} ${response.statusCode} in ${Math.round(record.responseTime)} ms`;
    }
    return message;
  },
};

/**
 * Pretty lines for a terminal, JSON lines otherwise. Written synchronously, so what the CLI prints
 * after a log call (the banner after "Server listening") comes after it.
 */
function destinationOf(settings: LogSettings): DestinationStream | undefined {
  return settings.logFormat === 'pretty' ? pretty({ ...PRETTY_OPTIONS, sync: true }) : undefined;
}

/** Fastify's `logger` option for these settings (false when silent). */
export function loggerOptions(settings: LogSettings): false | (LoggerOptions & { stream?: DestinationStream }) {
  if (settings.logLevel === 'silent') return false;
  const stream = destinationOf(settings);
  return stream ? { level: settings.logLevel, stream } : { level: settings.logLevel };
}

/** A logger for the CLI's ctx, formatted like the server's. */
export function createLogger(settings: LogSettings): pino.Logger {
  const stream = destinationOf(settings);
  return stream ? pino({ level: settings.logLevel }, stream) : pino({ level: settings.logLevel });
}
