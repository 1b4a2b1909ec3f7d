import { sessionRecord, stepsCompleted, type HistoryRating, type SessionStatus } from '../core/history.js';
import type { SegmentPlan } from '../core/segments.js';
import type { Routine } from '../core/types.js';
import { logSession } from './history-store.js';

/** What the session log takes of a session the moment it ends (copies: the writer may run later). */
export interface EndedSession {
  status: SessionStatus;
  /** The routine as authored (its id, step exercises). */
  routine: Routine;
  /** The same routine in the words the person saw. */
  words: Routine;
  startedAt: number;
  activeMs: number;
  plan: SegmentPlan;
  elapsed: number;
  skipped: ReadonlySet<number>;
  /** The steps finished, when the session ran to its end. */
  completedSteps: readonly number[];
  ratings: readonly { index: number; side: 'left' | 'right' | null; rating: number }[];
}

/**
 * Writes an ended session to the device's history (`history-store.ts`): loaded on demand by
 * `SessionLogController`, so a routine's page fetches the history code only once it is idle or
 * a session starts. A session left before any step was done is not logged.
 */
export function writeSessionLog(ended: EndedSession): void {
  const { status, routine, words, plan, elapsed, skipped } = ended;
  const completed = status === 'completed' ? ended.completedSteps : stepsCompleted(plan, elapsed, skipped);
  if (status === 'stopped' && completed.length === 0) return;
  logSession(
    sessionRecord({
      routineId: routine.id,
      title: words.title,
      startedAt: ended.startedAt,
      activeMs: ended.activeMs,
      stepCount: routine.steps.length,
      completed: completed.length,
      skipped: skipped.size,
      status,
      ratings: ended.ratings.map(({ index, side, rating }): HistoryRating => {
        const exercise = routine.steps[index]?.exercise;
        const name = words.steps[index]?.name ?? routine.steps[index]?.name ?? '';
        return { step: index, ...(exercise ? { exercise } : {}), name, ...(side ? { side } : {}), rating };
      }),
    }),
  );
}
