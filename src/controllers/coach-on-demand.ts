import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { primeSpeech } from './gesture-unlock.js';
import { importVoiceCoach } from './on-demand.js';
import type { SessionController } from './session.js';
import type * as VoiceCoach from './voice-coach.js';
import type { CoachSettings, VoiceCoachController } from './voice-coach.js';

/** The coach's code, once loaded (one copy for the page), and its loading. */
let coachModule: typeof VoiceCoach | undefined;
let coachLoading: Promise<typeof VoiceCoach> | undefined;

/**
 * Loads the voice coach once for the page; routines updated after it resolves have it at once
 * (tests that drive a fake clock right after a start wait for it first).
 */
export function loadVoiceCoach(): Promise<typeof VoiceCoach> {
  coachLoading ??= importVoiceCoach().then((module) => (coachModule = module));
  return coachLoading;
}

/**
 * The voice coach of `<smr-routine voice>`, fetched only when `voice` asks for it (most routines
 * speak no more than the short cues): its code loads at the element's first update with the
 * coach on, well before a press. The press primes speech inside the gesture, loaded or not.
 */
export class CoachOnDemand implements ReactiveController {
  #coach: VoiceCoachController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: SessionController,
    private readonly settings: () => CoachSettings,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Turned on after a session ended, it starts with the next one (not with "done").
    if (this.#coach || !this.#wanted() || this.session.state === 'complete') return;
    if (coachModule) this.#start(coachModule);
    else
      loadVoiceCoach()
        .then((module) => {
          this.#start(module);
          this.host.requestUpdate();
        })
        .catch(() => {
          // Offline or blocked: the short cues and the live region carry on.
        });
  }

  /** Call from the person's press: primes speech inside the gesture (iOS speaks only after that). */
  prime(): void {
    if (this.#coach) return this.#coach.prime();
    const { muted, localize } = this.settings();
    if (this.#wanted() && !muted) primeSpeech(localize.speechLang);
  }

  #wanted(): boolean {
    return this.settings().coach;
  }

  #start(module: typeof VoiceCoach): void {
    this.#coach ??= new module.VoiceCoachController(this.host, this.session, this.settings);
  }
}
