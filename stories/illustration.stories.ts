import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/illustration/illustration.js';
import { exercises } from '../src/content/exercises.js';

interface IllustrationArgs {
  exercise: string;
  side?: 'left' | 'right';
  pace?: number;
  paused: boolean;
  theme?: 'light' | 'dark';
}

const meta: Meta<IllustrationArgs> = {
  title: 'Elements/smr-illustration',
  component: 'smr-illustration',
  args: { exercise: 'adductors', paused: false },
  argTypes: {
    exercise: { control: 'select', options: exercises.map((exercise) => exercise.id) },
    side: { control: 'inline-radio', options: [undefined, 'left', 'right'] },
    pace: { control: { type: 'number', min: 0, max: 120 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<smr-illustration
      exercise=${args.exercise}
      side=${args.side ?? nothing}
      pace=${args.pace ?? nothing}
      ?paused=${args.paused}
      theme=${args.theme ?? nothing}
      style="max-width: 480px"
    ></smr-illustration>`,
};
export default meta;
type Story = StoryObj<IllustrationArgs>;

/** Every attribute as a control. */
export const Playground: Story = {};

/**
 * Every catalog exercise on its first tool, moving at its own pace (still under reduced motion).
 * Each picture's text alternative is printed under it.
 */
export const AllIllustrations: Story = {
  render: (args) =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:16px">
      ${exercises.map(
        (exercise) =>
          html`<figure style="margin:0">
            <smr-illustration exercise=${exercise.id} ?paused=${args.paused} theme=${args.theme ?? nothing}></smr-illustration>
            <figcaption style="font:600 14px system-ui">${exercise.name}</figcaption>
          </figure>`,
      )}
    </div>`,
};

/** The left side: the figure is mirrored. */
export const LeftSide: Story = { args: { exercise: 'it-band', side: 'left' } };

/** Dark scheme. */
export const DarkMode: Story = {
  args: { theme: 'dark', exercise: 'thoracic-spine' },
  decorators: [(story) => html`<div style="background:#0d1213;padding:16px">${story()}</div>`],
};

/** An unknown id is named in a visible message, with the closest known ids. */
export const ErrorState: Story = { args: { exercise: 'adductor' } };
