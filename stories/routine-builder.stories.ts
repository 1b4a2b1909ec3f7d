import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/routine-builder/routine-builder.js';
import { getPreset } from '../src/content/catalog.js';
import type { RoutineInput } from '../src/core/types.js';

interface BuilderArgs {
  embedFormat: 'steps' | 'json';
  scriptSrc?: string;
  value?: RoutineInput;
  theme?: 'light' | 'dark';
}

const meta: Meta<BuilderArgs> = {
  title: 'Elements/smr-routine-builder',
  component: 'smr-routine-builder',
  args: { embedFormat: 'steps' },
  argTypes: {
    embedFormat: { control: 'inline-radio', options: ['steps', 'json'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    value: { control: 'object' },
  },
  render: (args) =>
    html`<smr-routine-builder
      embed-format=${args.embedFormat}
      script-src=${args.scriptSrc ?? nothing}
      theme=${args.theme ?? nothing}
      .value=${args.value ?? { id: 'my-routine', title: 'My routine', steps: [] }}
    ></smr-routine-builder>`,
};
export default meta;
type Story = StoryObj<BuilderArgs>;

/** Start empty: search the catalog, add exercises, order them, copy the embed code. */
export const Playground: Story = {};

/** Editing a routine a CMS stored: set `value`, listen for `smr-change`. */
export const EditingAStoredRoutine: Story = {
  args: {
    value: {
      id: 'studio-cool-down',
      title: 'Studio cool-down',
      description: 'Ten easy minutes after class.',
      rest: 10,
      steps: [
        { exercise: 'calves', duration: 60, sides: 'both' },
        { exercise: 'adductors', duration: 60, sides: 'both' },
        {
          name: 'Foot rolling',
          duration: 45,
          sides: 'both',
          tool: 'ball',
          instructions: ['Stand and hold the wall, ball under one foot.', 'Roll slowly from heel to toes.'],
        },
      ],
    },
  },
};

/** Starting from a preset, exporting inline JSON, with the script tag pointing at the site's own copy. */
export const JsonExportSelfHosted: Story = {
  args: { value: getPreset('neck-relief'), embedFormat: 'json', scriptSrc: '/assets/smr-elements.js' },
};

/**
 * Sharing: "Copy share link" and the link's QR code (Download QR (SVG)), to a player page that has
 * `<smr-routine from-url>` (`share-base`).
 */
export const ShareAsALink: Story = {
  render: () => html`<smr-routine-builder share-base="https://gym.example/play" .value=${getPreset('lower-leg')!}></smr-routine-builder>`,
};

/** A gym's brand colours and corners. */
export const GymTheme: Story = {
  args: { value: getPreset('lower-leg') },
  decorators: [(story) => html`<div style="--smr-accent:#b0246a;--smr-radius:4px;--smr-font-family:Georgia,serif">${story()}</div>`],
};

/** Dark scheme. */
export const DarkMode: Story = {
  args: { theme: 'dark', value: getPreset('lower-leg') },
  decorators: [(story) => html`<div style="background:#0d1213;padding:16px">${story()}</div>`],
};

/** In a narrow CMS sidebar. */
export const NarrowColumn: Story = {
  args: { value: getPreset('neck-relief') },
  decorators: [(story) => html`<div style="width:340px">${story()}</div>`],
};

/** A stored routine that no longer validates: listed field by field, kept in the import box to fix. */
export const InvalidStoredRoutine: Story = {
  args: {
    value: {
      id: 'old',
      title: 'Old routine',
      steps: [{ exercise: 'calfs' }, { name: 'Arch roll', duration: 'abc' }],
    } as unknown as RoutineInput,
  },
};
