import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The web app's policy, which Swagger UI at /docs renders under too (checked in Chromium). Ant Design's
 * CSS-in-JS injects <style> tags, hence 'unsafe-inline' for styles only; scripts come from our own
 * files and nowhere else (Vite emits no inline script); QR codes and previews are data: and blob: images.
 */
export const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON and images from the API are never documents to run: nothing may load from them. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Headers every answer carries: the request id, no sniffing of uploads, no framing (clickjacking), no
 * full URLs leaking to other sites, API answers revalidated, and a Content-Security-Policy unless the route set a stricter one
 * (attachments are sandboxed).
 */
export function setResponseHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', request.id);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-frame-options', 'DENY');
  reply.header('referrer-policy', 'same-origin');
  // API data changes under the same URL: the browser asks each time, and an unchanged answer's ETag makes it a 304.
  if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'private, no-cache');
  if (!reply.hasHeader('content-security-policy')) {
    reply.header('content-security-policy', request.url.startsWith('/api/') ? API_POLICY : APP_POLICY);
  }
}
