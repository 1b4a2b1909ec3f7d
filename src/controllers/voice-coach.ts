import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getExercise } from '../content/exercises.js';
import { localizeRoutine, spokenSetup } from '../content/translated.js';
import { coachScript, firstLineFrom, lineDue, type CoachLine, type CoachStep } from '../core/coach-script.js';
import type { ContentTranslation } from '../core/content-translation.js';
import { STALE_CUE_SECONDS } from '../core/limits.js';
import type { SegmentPlan } from '../core/segments.js';
import type { Routine } from '../core/types.js';
import type { Translation } from '../translations/translation.js';
import type { CountdownState } from './countdown.js';
import { SpeechController } from './speech.js';

/** What the coach reads of the session it follows (a `SessionController`). */
export interface CoachedSession {
  readonly state: CountdownState;
  readonly plan: SegmentPlan;
  /** Seconds elapsed in the plan. */
  readonly elapsed: number;
}

/** What the host gives the coach, read at every update so attribute changes apply at once. */
export interface CoachSettings {
  /** The host's `voice` asks for the coach (`voiceMode(voice) === 'coach'`); it speaks when `muted` is off. */
  coach: boolean;
  muted: boolean;
  /** The host's words: the language to speak (`speechLang`), UI strings and content translation. */
  localize: { readonly speechLang: string; readonly t: Translation; readonly content: ContentTranslation | undefined };
  /** The routine as validated (English catalog text), or `null`. */
  routine: Routine | null;
  /** A `manual` session waits after a finished step. */
  holding: boolean;
}

/** The settings as the coach reads them. */
interface Reading {
  on: boolean;
  lang: string;
  t: Translation;
  content: ContentTranslation | undefined;
  routine: Routine | null;
  holding: boolean;
}

/**
 * The voice coach of `<smr-routine voice>`: says each line of the coach's script (`coachScript`)
 * when the session reaches it, in the element's language, through `speechSynthesis`.
 *
 * It follows the session at every update of the host (the countdown updates it on each visible
 * change), so a jump, a resumed session or a tab coming back finds its place from the clock (a
 * jump to a step introduces it). One line at a time: a new line cancels the one being said (a "Go" waits for no one and is dropped
 * while a set-up is still being read); lines passed more than `STALE_CUE_SECONDS` ago are dropped,
 * never queued. Nothing is said while paused, and pausing, muting or turning the coach off cancels
 * speech at once. Without `speechSynthesis`, or without a voice for the language, it says nothing
 * and the other cue channels (tones, vibration, flash, live region) carry on.
 */
export class VoiceCoachController implements ReactiveController {
  readonly #speech: SpeechController;
  #script: CoachLine[] = [];
  /** What the script was made from, to make it again only when one of them changes. */
  #madeFrom: readonly unknown[] = [];
  /** Index of the first line of the script not yet dealt with. */
  #next = 0;
  #lastElapsed = 0;
  /** The clock jumped (next, previous, a return to the tab) since the last line was looked for. */
  #jumped = false;
  #lastState: CountdownState = 'idle';
  #wasOn = false;
  #holdSaid = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly session: CoachedSession,
    private readonly settings: () => CoachSettings,
  ) {
    host.addController(this);
    this.#speech = new SpeechController(host);
  }

  /** Call from the person's press: primes speech inside the gesture (iOS speaks only after that). */
  prime(): void {
    const settings = this.#read();
    if (settings.on) this.#speech.prime(settings.lang);
  }

  hostUpdated(): void {
    const settings = this.#read();
    const { state } = this.session;
    const stopped = (this.#wasOn && !settings.on) || (this.#lastState === 'running' && state !== 'running' && state !== 'complete');
    this.#wasOn = settings.on;
    this.#lastState = state;
    if (stopped) this.#speech.cancel();
    if (state === 'idle') {
      this.#next = 0;
      this.#lastElapsed = 0;
      this.#jumped = false;
      this.#holdSaid = false;
      return;
    }
    const script = this.#scriptFor(settings);
    const elapsed = state === 'complete' ? this.session.plan.total : this.session.elapsed;
    // Back to an earlier point (the previous step): pick the script up from there.
    if (elapsed < this.#lastElapsed - 1e-3) this.#next = firstLineFrom(script, elapsed);
    if (Math.abs(elapsed - this.#lastElapsed) > STALE_CUE_SECONDS) this.#jumped = true;
    this.#lastElapsed = elapsed;
    if (state === 'paused') {
      // A `manual` hold ends a step (the person did not pause): say so once, then nothing until it goes on.
      if (settings.holding && !this.#holdSaid && settings.on) this.#say(settings.t.coach.stepDone, false, settings.lang);
      this.#holdSaid = settings.holding;
      return;
    }
    this.#holdSaid = false;
    const { line, next } = lineDue(script, this.#next, elapsed, STALE_CUE_SECONDS);
    this.#next = next;
    const arrival = this.#jumped ? line?.arrival : undefined;
    this.#jumped = false;
    if (line && settings.on) this.#say(arrival ?? line.text, !arrival && line.soft, settings.lang);
  }

  #read(): Reading {
    const { coach, muted, localize, routine, holding } = this.settings();
    const { speechLang: lang, t, content } = localize;
    return { on: coach && !muted, lang, t, content, routine, holding };
  }

  #say(text: string, soft: boolean, lang: string): void {
    if (soft && this.#speech.busy) return;
    if (!this.#speech.hasVoiceFor(lang)) return;
    this.#speech.speak(text, lang);
  }

  #scriptFor(settings: Reading): CoachLine[] {
    const { plan } = this.session;
    const madeFrom = [plan, settings.routine, settings.t, settings.content, settings.lang];
    if (madeFrom.every((value, i) => value === this.#madeFrom[i])) return this.#script;
    this.#madeFrom = madeFrom;
    const { voice } = settings.t;
    const sideName = (side: string | null): string => (side === 'left' ? voice.left : side === 'right' ? voice.right : '');
    this.#script = settings.routine ? coachScript(plan, this.#steps(settings.routine, settings), settings.t.coach, sideName) : [];
    this.#next = firstLineFrom(this.#script, this.#lastElapsed);
    return this.#script;
  }

  /** The name, spoken set-up and pace of each step, in the element's language. */
  #steps(routine: Routine, { content, lang }: Reading): CoachStep[] {
    const shown = localizeRoutine(routine, content);
    return routine.steps.map((step, i) => ({
      name: shown.steps[i]?.name ?? step.name,
      setup: spokenSetup(step, content, lang),
      pace: (step.exercise ? getExercise(step.exercise)?.pace : undefined) ?? 0,
    }));
  }
}
