import { html, nothing, type TemplateResult } from 'lit';
import { illustrationScene } from '../../content/pictures.js';
import { renderIllustrationScene } from './render.js';

/**
 * A catalog exercise's picture, still, drawn straight into the host's shadow root (styled by the
 * illustration's `pictureStyles`) in a holder with `className`: the same picture as
 * `<smr-illustration>`, with no element, shadow root, motion or observer of its own, for the many
 * a routine's step list, print card or the builder's catalog show. `label` is its text
 * alternative; without one the holder is hidden from screen readers (a name beside it says it).
 * Nothing for an id with no picture.
 */
export function renderStillPicture(exerciseId: string, className: string, label?: string): TemplateResult | typeof nothing {
  const scene = illustrationScene(exerciseId);
  if (!scene) return nothing;
  return label === undefined
    ? html`<div class=${className} aria-hidden="true">${renderIllustrationScene(scene, '')}</div>`
    : html`<div class=${className}>${renderIllustrationScene(scene, label)}</div>`;
}
