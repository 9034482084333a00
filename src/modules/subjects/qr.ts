import QRCode from 'qrcode';

export type QrFormat = 'svg' | 'png';

/**
 * A QR code for a public URL. Error correction M survives a scuffed door sign; the quiet zone is the
 * standard four modules.
 */
export async function renderQr(url: string, format: QrFormat): Promise<Buffer> {
  const options = { errorCorrectionLevel: 'M' as const, margin: 4 };
  if (format === 'svg') return Buffer.from(await QRCode.toString(url, { ...options, type: 'svg' }));
  return QRCode.toBuffer(url, { ...options, type: 'png', width: 600 });
}
