// Reads a QR code the way a phone camera would see it: the element's SVG is serialized as it is
// (no styles from the shadow root), drawn as an image on a canvas, and decoded with jsQR.
import 'jsqr'; // A UMD bundle: loaded as a module it sets `self.jsQR`.
import type jsQRFunction from 'jsqr';

const jsQR = (globalThis as unknown as { jsQR: typeof jsQRFunction }).jsQR;

/**
 * The text a QR code SVG holds, or `null` when none can be read. `pixelsPerModule` sets the
 * resolution of the picture (the code's `viewBox` gives its modules).
 */
export async function decodeQrSvg(svg: SVGSVGElement, pixelsPerModule = 4): Promise<string | null> {
  const modules = svg.viewBox.baseVal.width;
  const pixels = Math.round(modules * pixelsPerModule);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(pixels));
  copy.setAttribute('height', String(pixels));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(pixels, pixels);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixels;
    canvas.height = pixels;
    const context = canvas.getContext('2d')!;
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, pixels, pixels);
    const { data } = context.getImageData(0, 0, pixels, pixels);
    return jsQR(data, pixels, pixels, { inversionAttempts: 'dontInvert' })?.data ?? null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
