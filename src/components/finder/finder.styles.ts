import { css } from 'lit';

export default css`
  .heading.h1 {
    font-size: 1.15em;
    margin-bottom: 0.4em;
  }

  .form {
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_space) * 2);
  }
  @container (min-width: 640px) {
    .form {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }
  }

  fieldset {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    margin-bottom: 0.35em;
    padding: 0;
    font-weight: 700;
  }
  .hint {
    margin: 0 0 0.5em;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .where smr-body-map {
    max-width: 24rem;
    margin-inline: auto;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 44px;
    cursor: pointer;
  }
  .floor {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    flex: 0 0 auto;
  }
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .actions {
    display: flex;
    justify-content: flex-start;
  }

  .result,
  .advice,
  .empty {
    outline: none;
  }
  .reasons {
    margin: 0 0 0.5em;
    padding-inline-start: 1.3em;
  }
  .reasons li + li {
    margin-top: 0.35em;
  }
  .note {
    margin: 0.5em 0;
    color: var(--_text-muted);
  }
  .result smr-routine {
    margin-top: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .advice {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .advice ul {
    margin: 0;
    padding-inline-start: 1.3em;
  }
  .empty {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_switch);
    background: var(--_surface-raised);
  }
`;
