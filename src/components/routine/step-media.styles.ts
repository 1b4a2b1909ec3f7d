import { css } from 'lit';

/**
 * The picture beside the ring in `<smr-routine>`'s player (`.stage.with-picture`): a step's own
 * image or clip. Narrow: the picture above the ring. From 640 px: picture and ring side by side,
 * the buttons in a row under them. From 900 px: picture, ring and buttons in one row.
 */
export default css`
  .step-media {
    display: flex;
    justify-content: center;
    width: 100%;
    max-width: 32rem;
  }
  .step-media img,
  .step-media video {
    display: block;
    width: 100%;
    height: auto;
    max-height: min(55vh, 24rem);
    object-fit: contain;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-raised);
  }

  @container (min-width: 640px) {
    .stage.with-picture {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      justify-items: center;
    }
    .stage.with-picture > .controls {
      grid-column: 1 / -1;
      flex-direction: row;
      max-width: none;
    }
    .stage.with-picture > .hint {
      grid-column: 1 / -1;
    }
  }

  @container (min-width: 900px) {
    .stage.with-picture {
      grid-template-columns: minmax(0, 1fr) auto auto;
    }
    .stage.with-picture > .controls {
      grid-column: auto;
      flex-direction: column;
      max-width: 14rem;
    }
  }

  @media print {
    .step-media {
      display: none;
    }
  }
`;
