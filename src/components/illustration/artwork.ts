import { render } from 'lit';
import { illustrationScene } from '../../content/pictures.js';
import type { Side } from '../../core/types.js';
import { renderIllustrationScene } from './render.js';

/**
 * Fixed colours for the picture as an image file: lock screens and notifications draw it outside
 * the page, where the element's theme and tokens do not reach.
 */
const ARTWORK_STYLE =
  'line{stroke-linecap:round;fill:none}.body,.near{stroke:#1b2a2d}.head{fill:#1b2a2d;stroke:none}.far{stroke:#8a9597}' +
  '.work{stroke:#0f766e}.ground,.furniture{stroke:#c9d1d3;stroke-width:1.5}.tool circle{fill:#d7ebe9;stroke:#4b5a5d;stroke-width:1}' +
  '.tool-bar{stroke:#d7ebe9}.tool-mark{stroke:#4b5a5d;stroke-width:1}.arrow-halo line,.arrow-halo path{stroke:#fff;stroke-width:3.4;fill:none}' +
  '.arrow line,.arrow path{stroke:#0f766e;stroke-width:1.3;fill:none;stroke-linecap:round;stroke-linejoin:round}';

const cache = new Map<string, string>();

/**
 * Exercise `exercise`'s illustration as a self-contained SVG `data:` URL (mirrored for the left
 * side), for the Media Session's artwork; `undefined` for an exercise without one.
 */
export function illustrationArtwork(exercise: string, side: Side): MediaImage[] | undefined {
  const key = `${exercise}|${side}`;
  let src = cache.get(key);
  if (src === undefined) {
    const scene = illustrationScene(exercise, side === 'left');
    if (!scene || typeof document === 'undefined') return undefined;
    const holder = document.createElement('div');
    render(renderIllustrationScene(scene, ''), holder);
    const image = holder.querySelector('svg');
    if (!image) return undefined;
    image.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    image.removeAttribute('role');
    image.removeAttribute('aria-label');
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = `svg{background:#fff}${ARTWORK_STYLE}`;
    image.prepend(style);
    // Lit's markers are comments: harmless, but not needed in a file.
    src = `data:image/svg+xml,${encodeURIComponent(image.outerHTML.replace(/<!--[^]*?-->/g, ''))}`;
    cache.set(key, src);
  }
  return [{ src, sizes: 'any', type: 'image/svg+xml' }];
}
