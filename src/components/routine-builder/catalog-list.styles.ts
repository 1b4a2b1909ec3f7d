import { css } from 'lit';

/** The catalog panel: its filters, the result count and the exercise list with Add buttons. */
export const catalogListStyles = css`
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
`;
