import { css } from 'lit';

/**
 * The picture beside the ring in `<smr-routine>`'s player (`.stage.with-picture`): a step's own
 * image or clip, or (laid out the same way) its catalog illustration, always the stage's first
 * child. Narrow: the picture above the ring and the buttons. From 640 px: the picture above, the
 * ring beside its column of buttons as without a picture. From 900 px: picture, ring and buttons
 * in one row.
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
      /* The ring's own width: in an auto track its percentage width would collapse it. */
      grid-template-columns: var(--_ring-size) auto;
      grid-template-areas:
        'picture picture'
        'dial controls';
      justify-content: center;
      justify-items: center;
      align-items: center;
      gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    }
    .stage.with-picture > :first-child {
      grid-area: picture;
    }
    .stage.with-picture > [part~='dial'] {
      grid-area: dial;
    }
    .stage.with-picture > .controls {
      grid-area: controls;
    }
    .stage.with-picture > .hint {
      grid-column: 1 / -1;
    }
  }

  @container (min-width: 900px) {
    .stage.with-picture {
      grid-template-columns: minmax(0, 1fr) var(--_ring-size) auto;
      grid-template-areas: 'picture dial controls';
    }
  }

  @media print {
    .step-media {
      display: none;
    }
  }
`;
