import { css } from 'lit';
import { filePickerStyles } from '../../styles/file-picker.js';

export default css`
  .header .privacy {
    margin: 0.35em 0 0;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .heading.h1 {
    margin-bottom: 0.5em;
    font-size: 1.1em;
  }
  section {
    min-width: 0;
  }
  .hint {
    margin: 0 0 0.75em;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .empty {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-raised);
  }

  /* Overview: two numbers a row, four from 480 px. */
  .stats {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space);
    margin: 0;
  }
  @container (min-width: 480px) {
    .stats {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .stat {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-raised);
  }
  .stat dt {
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .stat dd {
    margin: 0.15em 0 0;
    font-size: 1.25em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  /* Calendar: scrolls sideways when wider than the element. */
  .calendar-scroll {
    max-width: 100%;
    overflow-x: auto;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .calendar-scroll:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .heat-map {
    border-collapse: separate;
    border-spacing: 3px;
    font-size: 0.75em;
  }
  .heat-map th {
    padding: 0 0.2em;
    color: var(--_text-muted);
    font-weight: 600;
    text-align: start;
    white-space: nowrap;
  }
  .heat-map thead th {
    height: 1.4em;
    font-weight: 600;
  }
  .day {
    position: relative;
    width: 1.9em;
    min-width: 1.9em;
    height: 1.9em;
    padding: 0;
    border-radius: 4px;
    text-align: center;
    font-weight: 700;
    line-height: 1;
  }
  @container (max-width: 360px) {
    .heat-map {
      border-spacing: 2px;
    }
    .day {
      width: 1.6em;
      min-width: 1.6em;
      height: 1.6em;
    }
  }
  .level-0 {
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
  }
  .level-1 {
    background: color-mix(in srgb, var(--_accent) 25%, var(--_surface));
    color: var(--_text);
  }
  .level-2 {
    background: color-mix(in srgb, var(--_accent) 45%, var(--_surface));
    color: var(--_text);
  }
  .level-3,
  .level-4 {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .level-4 {
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .day.future {
    background: transparent;
  }
  .legend {
    display: flex;
    align-items: center;
    gap: 3px;
    margin: 0.5em 0 0;
    color: var(--_text-muted);
    font-size: 0.8em;
  }
  .legend .swatch {
    display: inline-block;
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 3px;
  }
  .legend span:first-child {
    margin-inline-end: 0.3em;
  }
  .legend span:last-child {
    margin-inline-start: 0.3em;
  }

  /* Recent sessions. */
  .session-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .session {
    display: grid;
    gap: 0.2em;
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
    outline: none;
  }
  .session:focus-visible {
    box-shadow: var(--_focus);
  }
  .session-title {
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .session time {
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .session .chips {
    margin: 0.2em 0 0;
  }
  .chips .stopped {
    border-style: dashed;
  }
  @container (min-width: 560px) {
    .session {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'title chips' 'time chips';
      align-items: center;
      column-gap: calc(var(--_space) * 2);
    }
    .session-title {
      grid-area: title;
    }
    .session time {
      grid-area: time;
    }
    .session .chips {
      grid-area: chips;
      justify-content: flex-end;
      margin: 0;
    }
  }
  .more {
    margin-top: var(--_space);
  }

  /* Tenderness trends: one card per exercise and side. */
  .trend-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .trend {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .trend-name {
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .chart {
    display: block;
    width: 100%;
    height: auto;
    margin: 0.35em 0;
  }
  .chart .guide {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .chart .dot {
    fill: var(--_accent);
  }
  .trend-summary {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  details {
    margin-top: 0.35em;
  }
  summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-size: 0.9em;
    font-weight: 600;
  }
  summary:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .numbers {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .numbers th,
  .numbers td {
    padding: 0.2em 0.75em 0.2em 0;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }

  /* Export, import, clear. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  ${filePickerStyles}
  .secondary.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .confirm {
    margin-top: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .confirm p {
    margin: 0 0 var(--_space);
  }
  .data [part~='error'] {
    margin-top: calc(var(--_space) * 1.5);
    outline: none;
  }
  .status {
    margin: var(--_space) 0 0;
    outline: none;
  }
  .status:empty {
    margin: 0;
  }

  @media (forced-colors: active) {
    .day,
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .level-1,
    .level-2 {
      border: 2px solid Highlight;
    }
    .level-3,
    .level-4 {
      background: Highlight;
      color: HighlightText;
    }
    .day.future {
      border-color: transparent;
    }
  }
`;
