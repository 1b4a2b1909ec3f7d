import { css } from 'lit';

/** Buttons of every element: a large primary action and quieter secondary ones, at least 44 px square. */
export const buttonStyles = css`
  button {
    min-width: 44px;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2.5);
    border-radius: 999px;
    font: inherit;
    font-weight: 650;
    cursor: pointer;
    touch-action: manipulation;
  }
  button:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  button:disabled {
    cursor: default;
    opacity: 0.55;
  }

  .primary {
    min-width: 8.5rem;
    min-height: 56px;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 1.15em;
  }
  .primary:hover {
    filter: brightness(1.08);
  }

  .secondary {
    border: 2px solid var(--_border);
    background: transparent;
    color: var(--_text);
  }
  .secondary:not(:disabled):hover {
    border-color: var(--_text-muted);
  }
`;
