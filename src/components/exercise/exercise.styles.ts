import { css } from 'lit';

export default css`
  .header {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
    justify-content: space-between;
  }

  .title {
    min-width: 0;
  }

  .heading {
    margin: 0;
    font-size: 1.45em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }

  .works {
    margin: 0.75em 0 0;
    color: var(--_text);
  }
  .label {
    font-weight: 700;
  }
  .anatomical {
    color: var(--_text-muted);
    font-size: 0.9em;
  }

  .pictures {
    display: flex;
    flex: 0 1 auto;
    gap: var(--_space);
    align-items: flex-start;
  }

  .illustration {
    width: clamp(120px, 32cqi, 240px);
  }

  .thumb {
    flex: 0 0 auto;
    width: clamp(72px, 18cqi, 130px);
  }

  .columns {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0 calc(var(--_space) * 4);
  }
  @container (min-width: 640px) {
    .columns {
      grid-template-columns: 1fr 1fr;
    }
  }

  .section {
    margin-bottom: calc(var(--_space) * 2);
  }
  .where {
    margin: 0 0 0.4em;
    color: var(--_text-muted);
    font-weight: 600;
  }
  .section-title {
    margin: 0 0 0.4em;
    padding-bottom: 0.25em;
    border-bottom: 2px solid color-mix(in srgb, var(--_accent) 45%, transparent);
    font-size: 1em;
    font-weight: 700;
  }
  p {
    margin: 0.4em 0;
  }
  ol,
  ul {
    margin: 0.4em 0;
    padding-inline-start: 1.4em;
  }
  li + li {
    margin-top: 0.3em;
  }
  ol li::marker {
    color: var(--_accent);
    font-weight: 700;
  }

  .pressure {
    padding: calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-raised);
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(10, 1fr);
    gap: 3px;
    margin-bottom: 0.5em;
  }
  .scale span {
    height: 8px;
    border-radius: 2px;
    background: var(--_track);
  }
  .scale span.on {
    background: var(--_accent);
  }

  .avoid ul {
    list-style: none;
    padding-inline-start: 0;
  }
  .avoid li {
    position: relative;
    padding-inline-start: 1.3em;
  }
  .avoid li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.45em;
    width: 0.7em;
    height: 0.7em;
    border: 2px solid var(--_danger);
    border-radius: 50%;
    background: linear-gradient(45deg, transparent 45%, var(--_danger) 45% 55%, transparent 55%);
  }

  .timer {
    align-self: center;
    width: min(100%, 22rem);
  }

  @container (max-width: 360px) {
    .surface {
      padding: calc(var(--_space) * 1.5);
    }
    .header {
      flex-direction: column-reverse;
      align-items: stretch;
    }
    .pictures {
      justify-content: center;
    }
    .illustration {
      flex: 1 1 auto;
      width: auto;
      max-width: 200px;
    }
    .thumb {
      width: 72px;
    }
  }
`;
