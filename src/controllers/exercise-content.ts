import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { exercisesReady, loadExercises, onExercisesAdded, type ExerciseNeed } from '../content/exercises.js';
import { problemAt, type ValidationError } from '../core/problems.js';

/** Elements that list the whole catalog: a page with one fetches it as one file, for every element. */
const LISTS_WHOLE_CATALOG = 'smr-finder, smr-routine-builder';

/**
 * Makes sure the catalog exercises an element shows can be looked up. Through the autoloader each
 * exercise is fetched the first time a page needs it (`content/exercises-on-demand.ts`); elsewhere
 * they are always there and `ready()` is simply true. When they are missing, `ready()` fetches
 * them and updates the host when they arrive. A failed fetch is kept (`failed`, `problems()`) for
 * the need it failed for, and fetched again only on `retry()`, when the browser is back online, or
 * never if another element's fetch brings the exercises meanwhile: never on every update.
 */
export class ExerciseContentController implements ReactiveController {
  /** The need the host asked for last. */
  #current: string | undefined;
  #pending = false;
  #failed = false;
  #stopWatching: (() => void) | undefined;

  /** `onChange` runs when a fetch settles or a retry is asked for, before the host updates (to re-read what it shows). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange?: () => void,
  ) {
    host.addController(this);
  }

  /** Whether the last need could not be fetched. */
  get failed(): boolean {
    return this.#failed;
  }

  /** The failure as a problem at `path` (shown in the element's language), or none. */
  problems(path: string): ValidationError[] {
    return this.#failed ? [problemAt(path, { code: 'unavailable' })] : [];
  }

  /** Whether `need` can be looked up now; if not, fetches it (once) and updates the host when done. */
  ready(need: ExerciseNeed): boolean {
    const key = need === 'all' ? 'all' : need.join(' ');
    if (key !== this.#current) {
      this.#current = key;
      this.#pending = this.#failed = false;
      this.#unwatch();
    }
    if (exercisesReady(need)) {
      this.#failed = false;
      return true;
    }
    if (this.#pending || this.#failed) return false;
    this.#pending = true;
    // A page with the finder or the builder fetches the whole catalog anyway: one file, not the same exercises twice.
    const fetched = need !== 'all' && typeof document !== 'undefined' && document.querySelector(LISTS_WHOLE_CATALOG) ? 'all' : need;
    loadExercises(fetched).then(
      () => this.#settle(key, need),
      (error: unknown) => this.#settle(key, need, error),
    );
    return false;
  }

  /** Fetches a failed need again at the next update. */
  retry(): void {
    this.#failed = false;
    this.#unwatch();
    this.onChange?.();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unwatch();
  }

  #settle(key: string, need: ExerciseNeed, error?: unknown): void {
    if (key !== this.#current) return; // The host asks for something else now.
    this.#pending = false;
    if (error !== undefined) {
      this.#failed = true;
      console.warn(`<${this.host.localName}>: a catalog exercise could not be fetched.`, error);
      // Another element may fetch it, or the connection may come back.
      const stopAdded = onExercisesAdded(() => exercisesReady(need) && this.retry());
      const online = () => this.retry();
      window.addEventListener('online', online);
      this.#stopWatching = () => {
        stopAdded();
        window.removeEventListener('online', online);
      };
    }
    this.onChange?.();
    this.host.requestUpdate();
  }

  #unwatch(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }
}
