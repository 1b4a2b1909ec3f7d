import { css } from 'lit';

/**
 * Design tokens and host defaults shared by every element. Light values by default, dark from
 * `prefers-color-scheme` unless the host sets `theme="light"`, or always with `theme="dark"`;
 * `forced-colors` maps everything to system colours. Colour pairs meet WCAG AA in both schemes.
 */
/** Dark-scheme values, applied by media query or `theme="dark"`. */
const darkValues = css`
  --_accent: var(--smr-accent, #5cc8bf);
  --_accent-contrast: var(--smr-accent-contrast, #062321);
  --_surface: var(--smr-surface, #151b1c);
  --_surface-raised: var(--smr-surface-raised, #1f2829);
  --_border: var(--smr-border, #3c4a4b);
  --_text: var(--smr-text, #e8efee);
  --_text-muted: var(--smr-text-muted, #a9b8b7);
  --_rest: var(--smr-rest, #8fb5ea);
  --_switch: var(--smr-switch, #f0b35e);
  --_success: var(--smr-success, #7fd49a);
  --_danger: var(--smr-danger, #ff8a80);
  --_track: var(--smr-track, #2c3839);
`;

export const tokens = css`
  :host {
    --_accent: var(--smr-accent, #0f6e6a);
    --_accent-contrast: var(--smr-accent-contrast, #ffffff);
    --_surface: var(--smr-surface, #ffffff);
    --_surface-raised: var(--smr-surface-raised, #f3f6f6);
    --_border: var(--smr-border, #c9d3d3);
    --_text: var(--smr-text, #172524);
    --_text-muted: var(--smr-text-muted, #4d5e5d);
    --_rest: var(--smr-rest, #35609a);
    --_switch: var(--smr-switch, #8a4b00);
    --_success: var(--smr-success, #1d6b35);
    --_danger: var(--smr-danger, #b3261e);
    --_track: var(--smr-track, #dde5e4);
    --_radius: var(--smr-radius, 12px);
    --_space: var(--smr-space, 8px);
    --_font-family: var(--smr-font-family, inherit);
    --_font-size: var(--smr-font-size, 1rem);
    --_focus: var(--smr-focus-ring, 0 0 0 3px var(--_surface), 0 0 0 5px var(--_accent));

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkValues}
    }
  }

  :host([theme='dark']) {
    ${darkValues}
  }

  @media (forced-colors: active) {
    /* As specific as the dark-scheme selectors above, and later: system colours win over theme="dark". */
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      --_accent: Highlight;
      --_accent-contrast: HighlightText;
      --_surface: Canvas;
      --_surface-raised: Canvas;
      --_border: CanvasText;
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_rest: CanvasText;
      --_switch: CanvasText;
      --_success: CanvasText;
      --_danger: CanvasText;
      --_track: GrayText;
    }
  }

  @media (forced-colors: active) {
    /* Forced colours drop box-shadow, which draws the usual focus ring: draw an outline instead.
       !important because each element's own :focus-visible rules set outline: none. */
    :focus-visible {
      outline: 2px solid CanvasText !important;
      outline-offset: 2px !important;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  [part~='error'] {
    margin: 0;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  [part~='error'] strong {
    color: var(--_danger);
  }

  [part~='error'] ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }

  [part~='error'] code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
