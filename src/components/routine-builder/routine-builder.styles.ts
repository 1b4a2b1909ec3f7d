import { css } from 'lit';
import { filePickerStyles } from '../../styles/file-picker.js';
import { catalogListStyles } from './catalog-list.styles.js';
import { exportPanelStyles } from './export-panel.styles.js';
import { sharePanelStyles } from './share-panel.js';
import { stepListStyles } from './step-editor.styles.js';

/** The builder's layout, fields and messages; each panel's own rules are in the modules interpolated below, in this order. */
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
  ${filePickerStyles}
  .load [part~='error'] {
    margin-top: calc(var(--_space) * 1.5);
  }
  ${catalogListStyles}

  ${stepListStyles}
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
  ${exportPanelStyles}
  ${sharePanelStyles}
`;
