import { css } from 'lit';

/**
 * A file picker that looks like a secondary button: a `<label class="file secondary">` around a
 * visually hidden `<input type="file">`, so the whole pill opens the picker and shows its focus.
 * Shared by the builder's JSON import and the history's import.
 */
export const filePickerStyles = css`
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
`;
