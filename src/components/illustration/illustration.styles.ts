import { css } from 'lit';

export default css`
  :host {
    --_figure: var(--smr-illustration-figure, var(--_text));
    --_figure-far: var(--smr-illustration-figure-far, color-mix(in srgb, var(--_text) 55%, var(--_surface)));
    --_tool: var(--smr-illustration-tool, color-mix(in srgb, var(--_accent) 22%, var(--_surface)));
    --_tool-outline: var(--smr-illustration-tool-outline, var(--_text-muted));
    --_work: var(--smr-illustration-work, var(--_accent));
    --_ground: var(--smr-illustration-ground, var(--_border));
    display: block;
    min-width: 48px;
  }

  .illustration {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }

  line {
    stroke-linecap: round;
    fill: none;
  }

  .body,
  .near {
    stroke: var(--_figure);
  }

  .head {
    fill: var(--_figure);
    stroke: none;
  }

  .far {
    stroke: var(--_figure-far);
  }

  .work {
    stroke: var(--_work);
  }

  .ground,
  .furniture {
    stroke: var(--_ground);
    stroke-width: 1.5;
  }

  .tool circle {
    fill: var(--_tool);
    stroke: var(--_tool-outline);
    stroke-width: 1;
  }

  .tool .tool-inner {
    fill: none;
  }

  .tool-bar {
    stroke: var(--_tool);
  }

  .tool-mark {
    stroke: var(--_tool-outline);
    stroke-width: 1;
  }

  .arrow-halo line,
  .arrow-halo .arrow-head {
    stroke: var(--_surface);
    stroke-width: 3.4;
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .arrow line,
  .arrow .arrow-head {
    stroke: var(--_work);
    stroke-width: 1.3;
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  @media (forced-colors: active) {
    .body,
    .near,
    .far {
      stroke: CanvasText;
    }
    .head {
      fill: CanvasText;
    }
    .work,
    .arrow line,
    .arrow .arrow-head {
      stroke: Highlight;
    }
    .arrow-halo line,
    .arrow-halo .arrow-head {
      stroke: Canvas;
    }
    .tool circle,
    .tool-bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .ground,
    .furniture,
    .tool-mark {
      stroke: GrayText;
    }
  }
`;
