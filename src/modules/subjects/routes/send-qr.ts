import type { FastifyReply } from 'fastify';
import type { QrFormat } from '../qr.ts';

const QR_TYPES: Record<QrFormat, string> = { svg: 'image/svg+xml', png: 'image/png' };

/** QR codes change only with the file number, so caches may keep them a day. */
export const sendQr = (reply: FastifyReply, format: QrFormat, bytes: Buffer) =>
  reply.header('content-type', QR_TYPES[format]).header('cache-control', 'public, max-age=86400').send(bytes);
