import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/exercise/exercise.js';
import { exercises } from '../src/content/exercises.js';
import { registerContentTranslation } from '../src/controllers/content-translations.js';
import { esContent } from '../src/translations/es-content.js';

interface ExerciseArgs {
  exercise: string;
  'with-timer': boolean;
  theme?: 'light' | 'dark';
}

const meta: Meta<ExerciseArgs> = {
  title: 'Elements/smr-exercise',
  component: 'smr-exercise',
  args: { exercise: 'adductors', 'with-timer': false },
  argTypes: {
    exercise: { control: 'select', options: exercises.map((e) => e.id) },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<smr-exercise exercise=${args.exercise} ?with-timer=${args['with-timer']} theme=${args.theme ?? nothing}></smr-exercise>`,
};
export default meta;
type Story = StoryObj<ExerciseArgs>;

/** Every catalog exercise is in the select control. */
export const Playground: Story = {};

/** A card with its own timer, set to the exercise's defaults. */
export const WithTimer: Story = { args: { exercise: 'calves', 'with-timer': true } };

/** A gym adds its own video and notes through the `media` and `notes` slots. */
export const WithSiteMedia: Story = {
  args: { exercise: 'neck' },
  render: (args) =>
    html`<smr-exercise exercise=${args.exercise}>
      <div slot="media" style="aspect-ratio:16/9;background:#dfe7e6;display:grid;place-items:center;border-radius:8px">Your video here</div>
      <p slot="notes"><strong>Coach's note:</strong> bring two tennis balls and a sock to class.</p>
    </smr-exercise>`,
};

/** In a 300 px sidebar the thumbnail moves above the text. */
export const SidebarWidth: Story = {
  args: { exercise: 'upper-trapezius' },
  decorators: [(story) => html`<div style="width:300px">${story()}</div>`],
};

/** Dark scheme. */
export const DarkMode: Story = {
  args: { exercise: 'thoracic-spine', theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1213;padding:16px">${story()}</div>`],
};

/** An unknown id shows a visible message with the closest catalog ids. */
export const UnknownExercise: Story = { args: { exercise: 'adductor' } };

/**
 * A Spanish page with the Spanish content registered (`registerContentTranslation(esContent)`, which
 * the CDN bundle does by itself for pages in Spanish): the card's text, the muscles, the body-map
 * label and the safety note in Spanish, next to the Spanish UI.
 */
export const TranslatedContent: Story = {
  args: { exercise: 'calves' },
  decorators: [
    (story) => {
      registerContentTranslation(esContent);
      return html`<div lang="es">${story()}</div>`;
    },
  ],
};
