import { css } from 'lit';
import { qrStyles } from '../shared/qr-code.js';

export default css`
  :host {
    --_ring-size: var(--smr-ring-size, 15rem);
  }

  .heading.h1 {
    font-size: 1.35em;
  }
  .header.compact .heading {
    font-size: 1em;
    color: var(--_text-muted);
  }

  .description {
    margin: 0.5em 0 0;
    color: var(--_text-muted);
  }

  .chips .streak {
    border-color: var(--_success);
  }

  .step-list {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
    border-top: 1px solid var(--_border);
  }
  .step-list > li {
    counter-increment: step;
    border-bottom: 1px solid var(--_border);
  }
  summary {
    display: flex;
    align-items: baseline;
    gap: 0.75em;
    min-height: 44px;
    padding: 0.6em 0.25em;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
    border-radius: 6px;
  }
  .step-list summary::before {
    content: counter(step);
    flex: 0 0 1.75em;
    height: 1.75em;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
    color: var(--_text);
    font-size: 0.85em;
    font-weight: 700;
    line-height: 1.75em;
    text-align: center;
  }
  .step-name {
    flex: 1;
    font-weight: 600;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .step-time {
    color: var(--_text-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .step-body {
    padding: 0 0.25em 0.75em 2.6em;
  }

  ol,
  ul {
    margin: 0.4em 0;
    padding-inline-start: 1.3em;
  }
  li + li {
    margin-top: 0.25em;
  }
  .minor-title {
    margin: 0.75em 0 0.25em;
    font-weight: 700;
  }

  .check,
  .resume {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-raised);
  }
  .check p,
  .resume p {
    margin: 0.4em 0;
  }
  .check .minor-title {
    margin-top: 0;
  }
  .resume {
    border-color: var(--_accent);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 1.5);
  }

  .player {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    outline: 3px solid transparent;
    outline-offset: 4px;
    border-radius: var(--_radius);
  }

  .progress {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.35em;
    color: var(--_text-muted);
    font-size: 0.9em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  progress {
    grid-column: 1 / -1;
    width: 100%;
    height: 8px;
    border: 0;
    border-radius: 999px;
    background: var(--_track);
    accent-color: var(--_accent);
    appearance: none;
  }
  progress::-webkit-progress-bar {
    border-radius: 999px;
    background: var(--_track);
  }
  progress::-webkit-progress-value {
    border-radius: 999px;
    background: var(--_accent);
  }

  .current {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .side-badge {
    padding: 0.2em 0.75em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }

  .stage {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
    text-align: center;
  }

  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5em 0.75em;
  }
  select {
    min-height: 44px;
    padding: 0 0.75em;
    border: 2px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  select:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .last-time {
    color: var(--_text-muted);
    font-size: 0.9em;
  }

  .instructions {
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .instructions > summary {
    display: block;
    min-height: 0;
    padding: 0.7em 0;
    font-weight: 700;
  }
  .cautions li::marker {
    color: var(--_danger);
  }

  .next {
    margin: 0;
    color: var(--_text-muted);
    font-weight: 600;
  }

  .footer-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .shortcuts {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.8em;
  }

  .summary {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }
  .summary .heading {
    color: var(--_text);
  }
  .ratings {
    margin: 0;
  }

  .loading {
    margin: 0;
    color: var(--_text-muted);
  }

  .print-card {
    display: none;
  }
  ${qrStyles}

  @container (min-width: 640px) {
    .stage {
      flex-direction: row;
      justify-content: center;
      gap: calc(var(--_space) * 4);
    }
    .stage .controls {
      flex-direction: column;
      align-items: stretch;
      max-width: 14rem;
    }
  }

  /* Below about 420 px, Previous, Pause and Next do not fit on one row in every font (a page's wider
     default serif wraps Next alone): the main button takes a row of its own, above the other two. */
  @container (max-width: 420px) {
    .controls .primary {
      min-width: 100%;
      order: -1;
    }
    /* A step's time goes under its name, which keeps the width for whole words ("Inner thigh (adductors)"). */
    .step-list summary {
      flex-wrap: wrap;
      row-gap: 0.1em;
    }
    .step-list .step-name {
      flex-basis: calc(100% - 2.5em);
    }
    .step-list .step-time {
      flex-basis: 100%;
      padding-inline-start: 2.5em;
    }
  }

  @container (max-width: 320px) {
    .surface {
      padding: calc(var(--_space) * 1.5);
    }
    .shortcuts {
      display: none;
    }
  }

  @media print {
    .surface {
      padding: 0;
      color: #000;
      background: #fff;
    }
    .surface > :not(.header):not(.print-card):not(.summary) {
      display: none;
    }
    .summary,
    .check,
    .resume,
    .controls,
    .chips .streak {
      display: none;
    }
    .print-card {
      display: block;
    }
    .print-card ol {
      padding-inline-start: 1.5em;
    }
    .print-card li {
      margin: 0.4em 0;
      break-inside: avoid;
    }
    .print-cautions,
    .print-safety,
    .print-qr-note {
      font-size: 0.85em;
    }
    /* The QR code beside the steps; at least about 0.4 mm a module, so a phone reads it at arm's length. */
    .print-qr {
      float: inline-end;
      margin: 0 0 4mm 6mm;
      text-align: center;
      font-size: 0.8em;
      break-inside: avoid;
    }
    .print-qr.qr-small {
      inline-size: 30mm;
    }
    .print-qr.qr-medium {
      inline-size: 40mm;
    }
    .print-qr.qr-large {
      inline-size: 50mm;
    }
  }
`;
