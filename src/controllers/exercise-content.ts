import type { ReactiveControllerHost } from 'lit';
import { exercisesReady, loadExercises, type ExerciseNeed } from '../content/exercises.js';

/**
 * Makes sure the catalog exercises an element shows can be looked up. Through the autoloader each
 * exercise is fetched the first time a page needs it (`content/exercises-on-demand.ts`); elsewhere
 * they are always there and `ready()` is simply true. When they are missing, `ready()` fetches
 * them and updates the host when they arrive; a failed fetch is kept as `failure` (shown by the
 * host) and fetched again only after `retry()` or for another need, never on every update.
 */
export class ExerciseContentController {
  #asked: string | undefined;
  #failure: string | undefined;
  #failedFor: string | undefined;

  /** `onChange` runs when a fetch settles or a retry is asked for, before the host updates (to re-read what it shows). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: () => void,
  ) {}

  /** Why the last fetch failed, for the need it failed for; otherwise `undefined`. */
  get failure(): string | undefined {
    return this.#failure;
  }

  /** Whether `need` can be looked up now; if not, fetches it (once) and updates the host when done. */
  ready(need: ExerciseNeed): boolean {
    if (exercisesReady(need)) {
      // A failure is about the need it failed for; this one is met.
      this.#failure = this.#failedFor = undefined;
      return true;
    }
    const key = need === 'all' ? 'all' : need.join(' ');
    if (key === this.#asked || key === this.#failedFor) return false;
    this.#asked = key;
    this.#failure = this.#failedFor = undefined;
    loadExercises(need).then(
      () => this.#settle(key),
      (error: unknown) => this.#settle(key, String((error as Error | undefined)?.message ?? error)),
    );
    return false;
  }

  /** Fetches a failed need again at the next update. */
  retry(): void {
    this.#failure = this.#failedFor = undefined;
    this.onChange?.();
    this.host.requestUpdate();
  }

  #settle(key: string, failure?: string): void {
    if (this.#asked !== key) return;
    this.#asked = undefined;
    if (failure !== undefined) [this.#failure, this.#failedFor] = [failure, key];
    this.onChange?.();
    this.host.requestUpdate();
  }
}
