import { css } from 'lit';

export default css`
  :host {
    max-width: 100%;
  }

  .base {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    outline: 3px solid transparent;
    outline-offset: -3px;
    transition: outline-color 200ms ease-out;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    width: 100%;
  }

  .notice {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.85em;
    text-align: center;
  }

  @container (max-width: 220px) {
    .base {
      padding: var(--_space);
      gap: var(--_space);
    }
    .primary {
      min-width: 6rem;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .base {
      transition: none;
    }
  }
`;
