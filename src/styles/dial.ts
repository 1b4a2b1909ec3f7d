import { css } from 'lit';

/** The ring-and-time dial shared by `<smr-timer>` and `<smr-routine>`, with its phase colours. */
export const dialStyles = css`
  :host {
    --_ring-size: var(--smr-ring-size, 17rem);
    --_ring-width: var(--smr-ring-width, 6);
  }

  .phase-work,
  .phase-lead-in,
  .phase-switch,
  .phase-rest,
  .phase-complete {
    --_phase-colour: var(--_accent);
  }
  .phase-lead-in,
  .phase-rest {
    --_phase-colour: var(--_rest);
  }
  .phase-switch {
    --_phase-colour: var(--_switch);
  }
  .phase-complete {
    --_phase-colour: var(--_success);
  }

  /* Visual cue for people who cannot hear the tones. */
  .flash {
    outline-color: var(--_phase-colour);
  }
  .flash .dial {
    animation: smr-flash 700ms ease-out;
  }
  @keyframes smr-flash {
    0% {
      transform: scale(1);
    }
    25% {
      transform: scale(1.035);
    }
    100% {
      transform: scale(1);
    }
  }

  .dial {
    position: relative;
    width: min(100%, var(--_ring-size));
    aspect-ratio: 1;
    container-type: inline-size;
  }

  .ring {
    position: relative;
    width: 100%;
    height: 100%;
  }
  .ring-layer {
    position: absolute;
    inset: 0;
  }
  .ring-layer,
  .ring svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  /* The late half turns inside a clip of the ring's right side (physical: the clock face does not
     mirror in right-to-left text). */
  .ring-right-half {
    position: absolute;
    inset: 0 0 0 50%;
    overflow: hidden;
  }
  .ring-right-half .arc {
    inset: 0 0 0 auto;
    width: 200%;
  }
  /* A full ring until the first sync (and in server-rendered markup). */
  .arc {
    transform: rotate(180deg);
  }

  .ring-track {
    stroke: var(--_track);
    stroke-width: var(--_ring-width);
  }

  .ring-progress {
    stroke: var(--_phase-colour, var(--_accent));
    stroke-width: var(--_ring-width);
    stroke-linecap: round;
  }

  .readout {
    position: absolute;
    inset: 12%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    gap: 0.25em;
  }

  .label {
    max-width: 100%;
    overflow: hidden;
    color: var(--_text-muted);
    font-size: clamp(0.8rem, 7cqi, 1.1rem);
    font-weight: 600;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .time {
    font-size: clamp(2.25rem, 24cqi, 5.5rem);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.02em;
    line-height: 1;
  }

  .phase {
    min-height: 1.4em;
    color: var(--_text-muted);
    font-size: clamp(0.8rem, 6.5cqi, 1.05rem);
    font-weight: 600;
  }
  .phase-switch .phase,
  .phase-lead-in .phase,
  .phase-rest .phase,
  .phase-complete .phase {
    color: var(--_text);
  }

  .pace {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--_phase-colour, var(--_accent));
    opacity: 0.35;
  }
  .pace-on {
    animation: smr-pace var(--_pace-period, 2s) ease-in-out infinite;
  }
  @keyframes smr-pace {
    0%,
    100% {
      transform: scale(0.7);
      opacity: 0.35;
    }
    50% {
      transform: scale(1.5);
      opacity: 1;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .flash .dial,
    .pace-on {
      animation: none;
    }
    .pace-on {
      opacity: 1;
      transform: none;
    }
  }

  @media (forced-colors: active) {
    .ring-progress {
      stroke: Highlight;
    }
    .flash {
      outline-color: Highlight;
    }
  }
`;
