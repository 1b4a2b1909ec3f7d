import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/body-map/body-map.js';

interface BodyMapArgs {
  view: 'front' | 'back' | 'both';
  highlight: string;
  selectable: boolean;
  selected: string;
  'show-avoid': boolean;
  theme?: 'light' | 'dark';
}

const meta: Meta<BodyMapArgs> = {
  title: 'Elements/smr-body-map',
  component: 'smr-body-map',
  args: { view: 'both', highlight: 'adductors calves', selectable: false, selected: '', 'show-avoid': false },
  argTypes: {
    view: { control: 'inline-radio', options: ['front', 'back', 'both'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<smr-body-map
      view=${args.view}
      highlight=${args.highlight}
      ?selectable=${args.selectable}
      selected=${args.selected || nothing}
      ?show-avoid=${args['show-avoid']}
      theme=${args.theme ?? nothing}
      style="max-width: 520px"
    ></smr-body-map>`,
};
export default meta;
type Story = StoryObj<BodyMapArgs>;

/** Every attribute as a control. */
export const Playground: Story = {};

/** "Where do you feel tight?": a keyboard- and touch-operable multi-select. */
export const SelectRegions: Story = {
  args: { selectable: true, highlight: '', selected: 'neck-posterior upper-trapezius' },
};

/** The zones never to roll over, hatched. */
export const AvoidZones: Story = { args: { 'show-avoid': true, highlight: '' } };

/** An 80 px thumbnail, as on exercise cards. */
export const Thumbnail: Story = {
  args: { view: 'back', highlight: 'hamstrings calves' },
  render: (args) => html`<smr-body-map view=${args.view} highlight=${args.highlight} style="width: 80px"></smr-body-map>`,
};

/** Dark scheme. */
export const DarkMode: Story = {
  args: { theme: 'dark', highlight: 'quadriceps adductors' },
  decorators: [(story) => html`<div style="background:#0d1213;padding:16px">${story()}</div>`],
};

/** Unknown region ids are named in a visible message; the rest still draws. */
export const ErrorState: Story = { args: { highlight: 'calf adductors' } };
