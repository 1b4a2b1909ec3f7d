import { css } from 'lit';

export default css`
  :host {
    --_skin: var(--smr-body-skin, var(--_surface-raised));
    --_outline: var(--smr-body-outline, var(--_text-muted));
    --_region: var(--smr-body-region, color-mix(in srgb, var(--_accent) 14%, var(--_surface)));
    --_highlight: var(--smr-body-highlight, var(--_accent));
    --_avoid: var(--smr-body-avoid, var(--_danger));
    display: block;
    min-width: 40px;
  }

  .base {
    container-type: inline-size;
  }

  .views {
    display: flex;
    justify-content: center;
    gap: 4%;
  }

  .view {
    flex: 1 1 0;
    max-width: 22rem;
    min-width: 0;
    margin: 0;
    text-align: center;
  }

  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }

  .skin {
    fill: var(--_skin);
    stroke: var(--_outline);
    stroke-width: 1.2;
    vector-effect: non-scaling-stroke;
  }

  .details {
    fill: none;
    stroke: var(--_outline);
    stroke-width: 0.6;
    opacity: 0.5;
    vector-effect: non-scaling-stroke;
  }

  .region:not(.avoid) path {
    fill: var(--_region);
    stroke: color-mix(in srgb, var(--_accent) 45%, var(--_surface));
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
    transition: fill 150ms ease-out;
  }

  .selectable .region:not(.avoid) path {
    stroke: var(--_outline);
  }

  .region.highlighted path,
  .region.selected path {
    fill: var(--_highlight);
    stroke: var(--_highlight);
  }

  .selectable .region.selected path {
    stroke: var(--_text);
    stroke-width: 2;
  }

  .region.avoid path {
    stroke: var(--_avoid);
    stroke-width: 1;
  }
  .hatch-bg {
    fill: color-mix(in srgb, var(--_avoid) 12%, var(--_surface));
  }
  .hatch-line {
    stroke: var(--_avoid);
    stroke-width: 1.2;
  }

  .selectable .region[role='checkbox'] {
    cursor: pointer;
    outline: none;
  }
  .selectable .region[role='checkbox']:hover path {
    fill: color-mix(in srgb, var(--_accent) 40%, var(--_surface));
  }
  .selectable .region.selected:hover path {
    fill: var(--_highlight);
  }
  .selectable .region[role='checkbox']:focus-visible path {
    stroke: var(--_text);
    stroke-width: 3.5;
  }

  figcaption {
    margin-top: 0.25em;
    color: var(--_text-muted);
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  @container (max-width: 160px) {
    figcaption,
    .legend {
      display: none;
    }
  }

  .legend {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    margin: 0.5em 0 0;
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .swatch {
    width: 1em;
    height: 1em;
    border: 1px solid var(--_avoid);
    border-radius: 3px;
    background: repeating-linear-gradient(45deg, var(--_avoid) 0 1.5px, transparent 1.5px 4px);
  }

  [part~='error'] {
    margin-top: var(--_space);
  }

  @media (prefers-reduced-motion: reduce) {
    .region path {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .region.highlighted path,
    .region.selected path {
      fill: Highlight;
      stroke: CanvasText;
    }
    .skin {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
