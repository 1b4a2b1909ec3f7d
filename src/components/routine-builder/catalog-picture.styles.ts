import { css } from 'lit';
import { pictureStyles } from '../illustration/illustration.styles.js';

/**
 * The small, still illustration beside each catalog entry (the name and details say the rest),
 * drawn into the builder with the illustration's own picture rules.
 */
export default css`
  ${pictureStyles}

  .entry-picture {
    flex: 0 0 4rem;
    width: 4rem;
    aspect-ratio: 4 / 3;
  }
  .catalog-list li > .entry {
    flex: 1 1 auto;
  }
`;
