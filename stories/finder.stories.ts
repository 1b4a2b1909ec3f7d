import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/finder/finder.js';

interface FinderArgs {
  minutes: number;
  tools: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<FinderArgs> = {
  title: 'Elements/smr-finder',
  component: 'smr-finder',
  args: { minutes: 10, tools: 'foam-roller ball' },
  argTypes: {
    minutes: { control: 'inline-radio', options: [5, 10, 15] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => html`<smr-finder minutes=${args.minutes} tools=${args.tools} theme=${args.theme ?? nothing}></smr-finder>`,
};
export default meta;
type Story = StoryObj<FinderArgs>;

/** Pick areas and what you notice, then "Suggest a routine". */
export const Playground: Story = {};

/** Only a ball at home. */
export const BallOnly: Story = { args: { tools: 'ball', minutes: 5 } };

/** In a narrow column. */
export const NarrowColumn: Story = { decorators: [(story) => html`<div style="width:320px">${story()}</div>`] };

/** Dark scheme. */
export const DarkMode: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1213;padding:16px">${story()}</div>`],
};
