import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { primeSpeech } from './gesture-unlock.js';
import { loadOnce } from '../core/load-once.js';
import { importVoiceCoach } from './on-demand.js';
import type { SessionController } from './session.js';
import type * as VoiceCoach from './voice-coach.js';
import type { CoachSettings, VoiceCoachController } from './voice-coach.js';

/** The coach's code, fetched once for the page. */
const coachCode = loadOnce(importVoiceCoach);

/**
 * Loads the voice coach once for the page; routines updated after it resolves have it at once
 * (tests that drive a fake clock right after a start wait for it first).
 */
export const loadVoiceCoach = (): Promise<typeof VoiceCoach> => coachCode.load();

/**
 * The voice coach of `<smr-routine voice>`, fetched only when `voice` asks for it (most routines
 * speak no more than the short cues): its code loads at the element's first update with the
 * coach on, well before a press. The press primes speech inside the gesture, loaded or not.
 */
export class CoachOnDemand implements ReactiveController {
  #coach: VoiceCoachController | undefined;
  /** Its code is being fetched. */
  #waiting = false;
  /** The last fetch failed: tried again at the next press, not at every update. */
  #failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: SessionController,
    private readonly settings: () => CoachSettings,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Turned on after a session ended, it starts with the next one (not with "done").
    if (this.#coach || this.#waiting || this.#failed || !this.#wanted() || this.session.state === 'complete') return;
    if (coachCode.loaded) return this.#start(coachCode.loaded);
    this.#waiting = true;
    loadVoiceCoach()
      .then((module) => {
        this.#start(module);
        this.host.requestUpdate();
      })
      .catch(() => {
        // Offline or blocked: the short cues and the live region carry on; the next press tries again.
        this.#failed = true;
      })
      .finally(() => (this.#waiting = false));
  }

  /** Call from the person's press: primes speech inside the gesture (iOS speaks only after that). */
  prime(): void {
    if (this.#coach) return this.#coach.prime();
    this.#failed = false;
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
