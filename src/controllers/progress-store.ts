import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  currentStreakDays,
  extendStreak,
  isRating,
  isRatings,
  isSavedProgress,
  isStreak,
  type Ratings,
  type SavedProgress,
} from '../core/progress.js';
import { readStored, removeStored, writeStored } from './local-storage.js';

/** Which of the store's duties are on; read at each use so attribute changes apply at once. */
export interface ProgressOptions {
  /** Save the session in progress for resuming after a reload. */
  persist: boolean;
  /** Count days in a row with a completed session. */
  trackStreak: boolean;
}

/**
 * What `<smr-routine>` keeps on the device for the routine it plays, and the one place that
 * touches `localStorage`: the session in progress (saved when the page is hidden or closed, and
 * offered back after a reload), tenderness ratings, the streak, and whether the "before you
 * start" check was confirmed. Full, disabled (throws on access) or corrupt storage and foreign
 * data in our keys all read as "nothing saved" and never break a session. Nothing leaves the
 * device.
 */
export class ProgressStore implements ReactiveController {
  /** A saved session of this routine that can be picked up. */
  resumeOffer: SavedProgress | undefined;
  /** Ratings given in this session. */
  ratings: Ratings = {};
  /** Ratings given last time, by the same keys. */
  previousRatings: Ratings = {};
  /** Days of the streak alive today (0 when not tracked). */
  streakDays = 0;
  /** Whether the person confirmed the "before you start" check on this device. */
  checkDone = false;

  #key = '';
  #routineId = '';

  /**
   * @param snapshot The session as it stands now, or `undefined` when there is nothing to save
   *   (idle, complete).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: () => ProgressOptions,
    private readonly snapshot: () => SavedProgress | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.checkDone = readStored(SAFETY_KEY, (value): value is true => value === true) ?? false;
    window.addEventListener('pagehide', this.save);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.save();
    window.removeEventListener('pagehide', this.save);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /**
   * Turns to a routine (`key` names it with its exact content and plan; '' for none): offers its
   * saved session if it ends before `total` seconds, and reads its last ratings and the streak.
   */
  open(key: string, routineId: string, total: number): void {
    this.#key = key;
    this.#routineId = routineId;
    this.resumeOffer = undefined;
    if (!key) return;
    const saved = this.options().persist ? readStored(key, isSavedProgress) : undefined;
    if (saved && saved.elapsed > 0 && saved.elapsed < total) this.resumeOffer = saved;
    this.previousRatings = readStored(`feedback:${routineId}`, isRatings) ?? {};
    this.streakDays = this.options().trackStreak ? currentStreakDays(readStored(STREAK_KEY, isStreak), new Date()) : 0;
  }

  /** Saves the session in progress (when persisting and something is running or paused). */
  save = (): void => {
    if (!this.options().persist || !this.#key) return;
    const progress = this.snapshot();
    if (progress) writeStored(this.#key, progress);
  };

  /** Forgets the saved session. */
  clear(): void {
    if (this.#key) removeStored(this.#key);
  }

  /** Takes the offered session (it is no longer offered). */
  takeResumeOffer(): SavedProgress | undefined {
    const offer = this.resumeOffer;
    this.resumeOffer = undefined;
    this.host.requestUpdate();
    return offer;
  }

  /** Declines the offered session and forgets it. */
  declineResumeOffer(): void {
    this.takeResumeOffer();
    this.clear();
  }

  /** Records a rating (1–10; anything else removes it) and keeps it for next time. */
  rate(key: string, rating: number): void {
    const ratings = { ...this.ratings };
    if (isRating(rating)) ratings[key] = rating;
    else delete ratings[key];
    this.ratings = ratings;
    this.host.requestUpdate();
    if (this.#routineId) writeStored(`feedback:${this.#routineId}`, { ...this.previousRatings, ...ratings });
  }

  /** A new session starts: no ratings yet, nothing to offer. */
  startSession(): void {
    this.ratings = {};
    this.resumeOffer = undefined;
  }

  /** A session completed: forgets its saved progress and, when tracked, extends the streak. */
  completeSession(): void {
    this.clear();
    if (!this.options().trackStreak) return;
    const streak = extendStreak(readStored(STREAK_KEY, isStreak), new Date());
    writeStored(STREAK_KEY, streak);
    this.streakDays = streak.days;
  }

  /** The person confirmed the "before you start" check: remembered on this device. */
  confirmSafetyCheck(): void {
    if (this.checkDone) return;
    this.checkDone = true;
    this.host.requestUpdate();
    writeStored(SAFETY_KEY, true);
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.save();
  };
}

const SAFETY_KEY = 'safety-check-done';
const STREAK_KEY = 'streak';
