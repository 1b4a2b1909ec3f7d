import { css } from 'lit';
import { pictureStyles } from '../illustration/illustration.styles.js';

/**
 * The catalog illustrations in `<smr-routine>`: large beside the ring in the player (laid out
 * with a step's own media, `.stage.with-picture`), small and still in the overview's step list
 * and on the print card. The still ones are drawn straight into the routine (`renderStillIllustration`),
 * with the illustration's own picture rules.
 */
export default css`
  ${pictureStyles}

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

  /*
   * Every picture has the same 4:3 frame (core/illustration.ts), so a thumbnail's box is known before
   * it is drawn: one scrolled far out of view (a page of many routines) is neither styled nor laid out
   * until it comes near, and nothing moves when it does.
   */
  .step-thumb {
    width: 4.5rem;
    aspect-ratio: 4 / 3;
    margin-block-start: 0.35em;
    content-visibility: auto;
  }

  .print-thumb {
    display: none;
  }

  /* On a phone-narrow routine the step's name keeps the room for whole words. */
  @container (max-width: 320px) {
    .step-list > li.with-thumb {
      grid-template-columns: 3rem minmax(0, 1fr);
      gap: calc(var(--_space) * 0.5);
    }
    .step-thumb {
      width: 3rem;
    }
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
