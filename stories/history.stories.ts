import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/history/history.js';
import '../src/components/routine/routine.js';
import type { HistorySession } from '../src/core/history.js';

interface HistoryArgs {
  weeks: number;
  'routine-id': string;
  lang: string;
  theme?: 'light' | 'dark';
}

/** Where `<smr-routine>` logs sessions on this device (and `<smr-history>` reads them). */
const KEY = 'smr-elements:history:v1';

/**
 * About 50 sessions over the last 12 weeks, ending today: two routines, tenderness of the calves
 * easing over time, one session stopped early. The same every day (no randomness).
 */
function sampleSessions(): HistorySession[] {
  const sessions: HistorySession[] = [];
  const today = new Date();
  for (let daysAgo = 83; daysAgo >= 0; daysAgo--) {
    // Most days, with gaps that make streaks; some days twice.
    if (daysAgo % 7 === 3 || daysAgo % 11 === 5) continue;
    const runs = daysAgo % 9 === 0 ? 2 : daysAgo % 2 === 0 ? 1 : 0;
    for (let run = 0; run < runs; run++) {
      const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo, run ? 19 : 7, 30);
      const neck = run === 1 || daysAgo % 6 === 0;
      const ease = Math.round((daysAgo / 83) * 4);
      sessions.push({
        id: `${neck ? 'neck-relief' : 'lower-leg'}@${start.getTime()}`,
        date: start.toISOString(),
        routineId: neck ? 'neck-relief' : 'lower-leg',
        title: neck ? 'Neck relief' : 'Lower leg and foot',
        seconds: neck ? 240 : 420 + (daysAgo % 5) * 10,
        steps: neck ? 3 : 4,
        completed: daysAgo === 20 ? 1 : neck ? 3 : 4,
        skipped: daysAgo === 13 ? 1 : 0,
        status: daysAgo === 20 ? 'stopped' : 'completed',
        ratings: neck
          ? []
          : [
              { step: 1, exercise: 'calves', name: 'Calves', side: 'left', rating: 3 + ease + (daysAgo % 3 === 0 ? 1 : 0) },
              { step: 1, exercise: 'calves', name: 'Calves', side: 'right', rating: 2 + ease },
              { step: 0, exercise: 'plantar-fascia', name: 'Sole of the foot', rating: 2 + Math.round(ease / 2) },
            ],
      });
    }
  }
  return sessions.slice(-50);
}

/** Puts the sample history on this device (Storybook's origin only) before the story renders. */
const seeded = {
  loaders: [
    () => {
      localStorage.setItem(KEY, JSON.stringify({ format: 'smr-elements-history', version: 1, sessions: sampleSessions() }));
      return {};
    },
  ],
};

const meta: Meta<HistoryArgs> = {
  title: 'Elements/smr-history',
  component: 'smr-history',
  args: { weeks: 12, 'routine-id': '', lang: 'en' },
  argTypes: {
    weeks: { control: { type: 'number', min: 1, max: 104 } },
    'routine-id': { control: 'inline-radio', options: ['', 'lower-leg', 'neck-relief'] },
    lang: { control: 'inline-radio', options: ['en', 'es', 'de'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<smr-history
      weeks=${args.weeks}
      routine-id=${args['routine-id'] || nothing}
      lang=${args.lang}
      theme=${args.theme ?? nothing}
    ></smr-history>`,
  ...seeded,
};
export default meta;
type Story = StoryObj<HistoryArgs>;

/** Twelve weeks of sessions (sample data put on this device): calendar, streaks, trends, export and import. */
export const Playground: Story = {};

/** Only one routine's sessions (`routine-id`), e.g. on the page of that routine. */
export const OneRoutine: Story = { args: { 'routine-id': 'lower-leg' } };

/** Before the first session: a friendly message, and Import JSON to bring a history over. */
export const Empty: Story = {
  loaders: [
    () => {
      localStorage.removeItem(KEY);
      return {};
    },
  ],
};

/** A year at a glance: the calendar scrolls sideways where it does not fit. */
export const AYear: Story = { args: { weeks: 52 } };

/** Finish the routine (or stop it after a step) and the history below updates at once. */
export const WithARoutine: Story = {
  render: () =>
    html`<smr-routine lead-in="0" title="Two short steps" rest="0">
        <smr-step name="Calves" duration="5" sides="both"></smr-step>
        <smr-step name="Sole of the foot" duration="5"></smr-step>
      </smr-routine>
      <smr-history weeks="4"></smr-history>`,
};

/** In Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** In German. */
export const German: Story = { args: { lang: 'de' } };

/** In a 280 px sidebar. */
export const NarrowColumn: Story = { decorators: [(story) => html`<div style="width:280px">${story()}</div>`] };

/** Dark scheme. */
export const DarkMode: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1213;padding:16px">${story()}</div>`],
};
