import { css } from 'lit';

/** The steps panel: total time, the step cards with their handle, actions and fields, drop marks and Undo. */
export const stepListStyles = css`
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
`;
