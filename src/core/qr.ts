/**
 * A QR code as one SVG path: the encoder (a QR library, passed in so core stays free of
 * dependencies) gives the module matrix; this turns it into path data, one rectangle per run of
 * dark modules in a row. Error correction at level M (15 % of the code may be dirty or torn), raised
 * for free when the code's size leaves room; a quiet zone of 4 modules all round.
 */
import { MAX_QR_VERSION } from './limits.js';

/** What the QR library is asked: `uqr`'s `encode` fits this. */
export type QrEncoder = (
  text: string,
  options: { ecc: 'M'; boostEcc: true; border: number; maxVersion: number },
) => { version: number; size: number; data: readonly (readonly boolean[])[] };

/** A QR code ready to draw: `size` modules a side (quiet zone included) and the path of its dark modules. */
export interface QrCode {
  /** Modules a side, the quiet zone included: the SVG's `viewBox` is `0 0 size size`. */
  size: number;
  /** QR version, 1–40 (larger holds more, with finer modules). */
  version: number;
  /** SVG path data of every dark module. */
  path: string;
}

/** Modules of light margin around the code, as the QR standard asks. */
export const QR_QUIET_ZONE = 4;

/** The SVG path of a module matrix: `M x y h n v1 h -n z` for each run of dark modules in a row. */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x += 1;
      path += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  });
  return path;
}

/**
 * The QR code of `text` at error-correction level M or better, at most version `MAX_QR_VERSION`;
 * `undefined` when the text does not fit (a code that large prints too fine to scan).
 */
export function makeQrCode(encode: QrEncoder, text: string, maxVersion = MAX_QR_VERSION): QrCode | undefined {
  try {
    const qr = encode(text, { ecc: 'M', boostEcc: true, border: QR_QUIET_ZONE, maxVersion });
    return { size: qr.size, version: qr.version, path: qrPath(qr.data) };
  } catch {
    return undefined; // "Data too long" (or text the library cannot encode).
  }
}

/** A standalone SVG file of the code (black on white, explicit size in modules), for downloading. */
export function qrSvgFile(code: QrCode, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const { size } = code;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges">` +
    `<title>${escaped}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${code.path}" fill="#000"/></svg>\n`
  );
}
