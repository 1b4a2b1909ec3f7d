import { css, html, svg, type TemplateResult } from 'lit';
import type { QrCode } from '../../core/qr.js';

/**
 * A QR code as an SVG image: a white square and one black path of its modules, drawn with
 * presentation attributes (no inline styles, so it works under `style-src 'self'`), named for
 * assistive technology by `label`. Black on white whatever the theme or forced colours: a scanner
 * needs dark modules on a light ground.
 */
export function renderQrCode(code: QrCode, label: string, part = 'qr'): TemplateResult {
  const { size, path } = code;
  return html`<svg
    part=${part}
    class="qr"
    viewBox="0 0 ${size} ${size}"
    role="img"
    aria-label=${label}
    focusable="false"
    shape-rendering="crispEdges"
    xmlns="http://www.w3.org/2000/svg"
  >
    ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
  </svg>`;
}

/** The QR code's box: square, never smoothed, never recoloured. */
export const qrStyles = css`
  .qr {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
`;
