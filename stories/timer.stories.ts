import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/timer/timer.js';

interface TimerArgs {
  duration: string;
  sides: 'none' | 'both';
  'switch-duration': number;
  'lead-in': number;
  label: string;
  'cue-seconds': number;
  pace: number;
  muted: boolean;
  voice: boolean;
  theme?: 'light' | 'dark';
}

const meta: Meta<TimerArgs> = {
  title: 'Elements/smr-timer',
  component: 'smr-timer',
  args: {
    duration: '60',
    sides: 'none',
    'switch-duration': 5,
    'lead-in': 0,
    label: 'Calves',
    'cue-seconds': 3,
    pace: 0,
    muted: false,
    voice: false,
  },
  argTypes: {
    sides: { control: 'inline-radio', options: ['none', 'both'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<smr-timer
      duration=${args.duration}
      sides=${args.sides}
      switch-duration=${args['switch-duration']}
      lead-in=${args['lead-in']}
      label=${args.label}
      cue-seconds=${args['cue-seconds']}
      pace=${args.pace}
      ?muted=${args.muted}
      ?voice=${args.voice}
      theme=${args.theme ?? nothing}
    ></smr-timer>`,
};
export default meta;

type Story = StoryObj<TimerArgs>;

/** Every attribute as a control. */
export const Playground: Story = {};

/** A German page (`lang="de"`): the UI and the spoken cues follow the page's language. */
export const GermanPage: Story = {
  args: { duration: '1:30', sides: 'both', label: 'Waden' },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};

/** What a blogger pastes: one hold, both sides, with a short get-ready. */
export const BloggerEmbed: Story = {
  args: { duration: '1:30', sides: 'both', 'lead-in': 5, label: 'Inner thigh' },
};

/** Slow rolling paced at 15 rolls a minute: a gentle pulse and a soft tick. */
export const PacedRolling: Story = {
  args: { duration: '90', pace: 15, label: 'Quadriceps' },
};

/** A gym's brand colours, set with custom properties and parts from the host page. */
export const GymTheme: Story = {
  args: { label: 'Glutes', sides: 'both', duration: '45' },
  decorators: [
    (story) =>
      html`<style>
          .gym smr-timer {
            --smr-accent: #b0246a;
            --smr-accent-contrast: #ffffff;
            --smr-radius: 4px;
            --smr-font-family: Georgia, serif;
            --smr-ring-width: 9;
          }
          .gym smr-timer::part(button) {
            text-transform: uppercase;
            letter-spacing: 0.06em;
          }
        </style>
        <div class="gym">${story()}</div>`,
  ],
};

/** `theme="dark"` forces the dark palette whatever the system setting. */
export const DarkMode: Story = {
  args: { theme: 'dark', label: 'Neck', duration: '60' },
  decorators: [(story) => html`<div style="background:#0d1213;padding:16px">${story()}</div>`],
};

/** In a 280 px sidebar the ring and controls shrink to fit. */
export const SidebarWidth: Story = {
  args: { label: 'Calves', sides: 'both', duration: '60' },
  decorators: [(story) => html`<div style="width:280px;border:1px dashed #99a">${story()}</div>`],
};

/** An invalid attribute shows a message naming it and its value; fixing it recovers. */
export const ErrorState: Story = {
  args: { duration: 'abc' },
};
