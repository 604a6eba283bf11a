import { createHash } from 'node:crypto';

/**
 * The id Chromium gives an extension whose manifest carries this `key` (base64 DER public key): the first
 * 128 bits of its SHA-256, each hex digit 0-f written as a letter a-p.
 */
export function chromiumExtensionId(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
  return [...digest.slice(0, 32)].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The id of the unpacked Chromium build, as docs/deploy.md gives it to IT. */
export const UNPACKED_EXTENSION_ID = 'ddhikhkpeikdcceemhnkhcphfkhmlmlg';
