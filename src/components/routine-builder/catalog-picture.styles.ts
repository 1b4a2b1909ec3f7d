import { css } from 'lit';

/** The small, still illustration beside each catalog entry (the name and details say the rest). */
export default css`
  .entry-picture {
    flex: 0 0 4rem;
    width: 4rem;
  }
  .catalog-list li > .entry {
    flex: 1 1 auto;
  }
`;
