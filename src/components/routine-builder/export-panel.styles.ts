import { css } from 'lit';

/** The export panel: the embed-format choice, the code fields, the copy status and the JSON. */
export const exportPanelStyles = css`
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
`;
