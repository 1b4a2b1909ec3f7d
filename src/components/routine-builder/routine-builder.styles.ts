import { css } from 'lit';
import { sharePanelStyles } from './share-panel.js';

export default css`
  .heading.h1 {
    font-size: 1.15em;
    margin-bottom: 0.5em;
  }

  section {
    min-width: 0;
  }
  /* Content of <details> inherits through the browser's own shadow root, not ours. */
  details * {
    box-sizing: border-box;
  }
  .details,
  .catalog,
  .steps,
  .preview,
  .export,
  .load {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  @container (min-width: 760px) {
    .columns {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }
    .catalog-list {
      max-height: 34rem;
      overflow-y: auto;
    }
    .details-grid {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  .details-grid {
    display: grid;
    gap: 0 calc(var(--_space) * 2);
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0 calc(var(--_space) * 1.5);
    align-items: end;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    margin-bottom: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  label {
    font-weight: 600;
    font-size: 0.95em;
  }
  input:not([type='radio']),
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: 0.45em 0.7em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .problem {
    margin: 0;
    color: var(--_danger);
    font-size: 0.9em;
    font-weight: 600;
  }
  .problem::before {
    content: '⚠ ';
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 1.5);
  }
  .row .field {
    flex: 1 1 14rem;
    margin-bottom: 0;
  }

  details > summary {
    padding: 0.6em 0;
    cursor: pointer;
    font-weight: 600;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .import {
    margin-top: var(--_space);
  }
  .file {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2.5);
    border: 2px solid var(--_border);
    border-radius: 999px;
    font-weight: 650;
    cursor: pointer;
  }
  .file:hover {
    border-color: var(--_text-muted);
  }
  .file:focus-within {
    box-shadow: var(--_focus);
  }
  .load [part~='error'] {
    margin-top: calc(var(--_space) * 1.5);
  }

  .filters .field {
    margin-bottom: var(--_space);
  }
  .filters .check {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 44px;
    font-weight: 400;
  }
  .filters .check + .hint {
    margin-bottom: var(--_space);
  }
  .filters .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .count {
    margin: 0 0 var(--_space);
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .catalog-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .catalog-list li {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75) 0;
    border-top: 1px solid var(--_border);
  }
  .entry {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .entry-name {
    font-weight: 650;
  }
  .entry-meta {
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .add {
    flex: 0 0 auto;
  }

  .steps-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_space);
  }
  .total {
    margin: 0 0 0.5em;
  }
  .total span {
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .step-list {
    margin: var(--_space) 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .step {
    position: relative;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-raised);
  }
  .step.drop-before::before,
  .step.drop-after::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    height: 3px;
    border-radius: 2px;
    background: var(--_accent);
  }
  .step.drop-before::before {
    top: calc(var(--_space) * -0.5 - 2px);
  }
  .step.drop-after::after {
    bottom: calc(var(--_space) * -0.5 - 2px);
  }
  .step-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    margin-bottom: calc(var(--_space) * 0.75);
  }
  .step-title {
    flex: 1 1 9rem;
    min-width: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .step-number {
    color: var(--_text-muted);
  }
  .tag {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
  }
  .step-actions {
    display: flex;
    gap: 0.25em;
    margin-inline-start: auto;
  }
  .handle,
  .icon {
    min-width: 44px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.5);
    background: transparent;
    color: var(--_text);
    font-size: 1.1em;
  }
  .handle {
    cursor: grab;
    fill: var(--_text-muted);
    touch-action: none;
  }
  .handle:active {
    cursor: grabbing;
  }
  .icon:not(:disabled):hover,
  .handle:hover {
    border-color: var(--_border);
    background: var(--_surface);
  }
  .remove {
    color: var(--_danger);
  }
  .step-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr));
    gap: 0 calc(var(--_space) * 1.5);
  }
  .step-fields > :first-child {
    grid-column: 1 / -1;
  }
  .step .instructions {
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .step .instructions .field {
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .step .media {
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .media-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr));
    gap: 0 calc(var(--_space) * 1.5);
  }
  .media-fields > :first-child,
  .media-fields > :last-child {
    grid-column: 1 / -1;
  }
  .step .instructions label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  .empty {
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-raised);
  }
  .problems,
  .blocking ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.3em;
    color: var(--_text);
  }
  .blocking {
    margin-bottom: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-raised);
  }
  .blocking p {
    margin: 0 0 0.3em;
    font-weight: 650;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .preview smr-routine {
    margin-top: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    margin-bottom: 0.25em;
    padding: 0;
    font-weight: 600;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 44px;
    font-weight: 400;
    cursor: pointer;
  }
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  input[type='radio']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
    white-space: pre;
    overflow-wrap: normal;
    overflow-x: auto;
  }
  .status {
    min-height: 1.45em;
    margin: var(--_space) 0 0;
    color: var(--_text-muted);
  }
  .json {
    margin-top: var(--_space);
  }
  ${sharePanelStyles}
`;
