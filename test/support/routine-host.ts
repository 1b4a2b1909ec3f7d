import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/components/routine/routine.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import type { RoutineInput } from '../../src/core/types.js';
import { useFakeClock } from './helpers.js';

/** A-left 0–10, switch 10–13, A-right 13–23, rest 23–28, B 28–48 (with `lead-in="0"`). */
export const SHORT: RoutineInput = {
  id: 'short',
  title: 'Short',
  rest: 5,
  switchDuration: 3,
  steps: [
    { name: 'A', duration: 10, sides: 'both', instructions: ['Roll slowly.'] },
    { name: 'B', duration: 20 },
  ],
};

/** The routine's primary button (Start, Pause, Resume …). */
export function primary(el: SmrRoutine): HTMLButtonElement {
  return el.shadowRoot!.querySelector('[part~="button-primary"]')!;
}

/**
 * Renders `template` (by default `<smr-routine lead-in="0" no-persist>`) and returns its
 * `<smr-routine>` (the template itself or the first one inside it), updated: `attributes` set
 * (empty, as boolean attributes) and then `input` given as its `routine`, when there are any.
 */
export async function mountRoutine(
  template: TemplateResult = html`<smr-routine lead-in="0" no-persist></smr-routine>`,
  { input, attributes = [] }: { input?: RoutineInput; attributes?: readonly string[] } = {},
): Promise<SmrRoutine> {
  const page = await fixture<HTMLElement>(template);
  const el = page.localName === 'smr-routine' ? (page as SmrRoutine) : page.querySelector<SmrRoutine>('smr-routine')!;
  for (const attribute of attributes) el.setAttribute(attribute, '');
  if (input) el.routine = input;
  await el.updateComplete;
  return el;
}

/**
 * The hooks of a suite whose tests start routines: `localStorage` (the safety check, saved
 * progress, the session log) is cleared before and after each test, and after each test the fake
 * clock made with `fakeClock()` (`useFakeClock()` unless `make` is given) and every sinon stub are undone.
 */
export function routineSuiteHooks(): { fakeClock: (make?: () => sinon.SinonFakeTimers) => sinon.SinonFakeTimers } {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    localStorage.clear();
  });
  return { fakeClock: (make = useFakeClock) => (clock = make()) };
}
