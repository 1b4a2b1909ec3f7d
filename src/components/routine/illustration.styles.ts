import { css } from 'lit';

/**
 * The catalog illustrations in `<smr-routine>`: large beside the ring in the player (laid out
 * with a step's own media, `.stage.with-picture`), small and still in the overview's step list
 * and on the print card.
 */
export default css`
  .picture {
    width: 100%;
    max-width: 26rem;
  }

  .step-list > li.with-thumb {
    display: grid;
    grid-template-columns: 4.5rem minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }

  .step-thumb {
    width: 4.5rem;
    margin-block-start: 0.35em;
  }

  .print-thumb {
    display: none;
  }

  @media print {
    .print-thumb {
      display: inline-block;
      inline-size: 28mm;
      vertical-align: middle;
      margin-inline-end: 3mm;
    }
  }
`;
