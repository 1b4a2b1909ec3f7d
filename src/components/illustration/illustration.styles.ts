import { css } from 'lit';

/**
 * The picture itself, everything under the SVG's class `illustration`: its colours (custom
 * properties with their defaults, read from the theme tokens) and strokes. Shared by
 * `<smr-illustration>` and by elements that draw a still picture directly with
 * `renderIllustrationScene` (the routine's step list and print card), so both look the same.
 */
export const pictureStyles = css`
  .illustration {
    --_figure: var(--smr-illustration-figure, var(--_text));
    --_figure-far: var(--smr-illustration-figure-far, color-mix(in srgb, var(--_text) 55%, var(--_surface)));
    --_tool: var(--smr-illustration-tool, color-mix(in srgb, var(--_accent) 22%, var(--_surface)));
    --_tool-outline: var(--smr-illustration-tool-outline, var(--_text-muted));
    --_work: var(--smr-illustration-work, var(--_accent));
    --_ground: var(--smr-illustration-ground, var(--_border));
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }

  .illustration line {
    stroke-linecap: round;
    fill: none;
  }

  .illustration .body,
  .illustration .near {
    stroke: var(--_figure);
  }

  .illustration .head {
    fill: var(--_figure);
    stroke: none;
  }

  .illustration .far {
    stroke: var(--_figure-far);
  }

  .illustration .work {
    stroke: var(--_work);
  }

  .illustration .ground,
  .illustration .furniture {
    stroke: var(--_ground);
    stroke-width: 1.5;
  }

  .illustration .tool circle {
    fill: var(--_tool);
    stroke: var(--_tool-outline);
    stroke-width: 1;
  }

  .illustration .tool .tool-inner {
    fill: none;
  }

  .illustration .tool-bar {
    stroke: var(--_tool);
  }

  .illustration .tool-mark {
    stroke: var(--_tool-outline);
    stroke-width: 1;
  }

  .illustration .arrow-halo line,
  .illustration .arrow-halo .arrow-head {
    stroke: var(--_surface);
    stroke-width: 3.4;
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .illustration .arrow line,
  .illustration .arrow .arrow-head {
    stroke: var(--_work);
    stroke-width: 1.3;
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  @media (forced-colors: active) {
    .illustration .body,
    .illustration .near,
    .illustration .far {
      stroke: CanvasText;
    }
    .illustration .head {
      fill: CanvasText;
    }
    .illustration .work,
    .illustration .arrow line,
    .illustration .arrow .arrow-head {
      stroke: Highlight;
    }
    .illustration .arrow-halo line,
    .illustration .arrow-halo .arrow-head {
      stroke: Canvas;
    }
    .illustration .tool circle,
    .illustration .tool-bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .illustration .ground,
    .illustration .furniture,
    .illustration .tool-mark {
      stroke: GrayText;
    }
  }
`;

/** `<smr-illustration>`'s host; the picture's own rules are `pictureStyles`. */
export default css`
  :host {
    display: block;
    min-width: 48px;
  }
`;
