import { css } from 'lit';

/** The card surface, headings, chips and safety note shared by the elements that show content. */
export const surfaceStyles = css`
  .heading {
    margin: 0;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .heading.h0 {
    font-size: 1.5em;
  }

  .surface {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.5em;
    margin: 0.6em 0 0;
    padding: 0;
  }
  .chips span {
    padding: 0.15em 0.65em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-raised);
    color: var(--_text);
    font-size: 0.85em;
    font-weight: 600;
  }

  .safety {
    padding: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-raised);
    color: var(--_text);
    font-size: 0.9em;
  }
  .safety p {
    margin: 0;
  }
`;
