import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/routine/routine.js';
import { presets } from '../src/content/presets.js';
import { getPreset } from '../src/content/catalog.js';
import { createShareLink } from '../src/content/share-link.js';

interface RoutineArgs {
  preset: string;
  'lead-in': number;
  manual: boolean;
  'ask-feedback': boolean;
  'track-streak': boolean;
  'no-persist': boolean;
  muted: boolean;
  /** `off` (no attribute), `coach` (the bare attribute) or `cues`. */
  voice: 'off' | 'coach' | 'cues';
  theme?: 'light' | 'dark';
}

const meta: Meta<RoutineArgs> = {
  title: 'Elements/smr-routine',
  component: 'smr-routine',
  args: {
    preset: 'lower-leg',
    'lead-in': 5,
    manual: false,
    'ask-feedback': false,
    'track-streak': false,
    'no-persist': true,
    muted: false,
    voice: 'off',
  },
  argTypes: {
    preset: { control: 'select', options: presets.map((p) => p.id) },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    voice: { control: 'inline-radio', options: ['off', 'coach', 'cues'] },
  },
  render: (args) =>
    html`<smr-routine
      preset=${args.preset}
      lead-in=${args['lead-in']}
      ?manual=${args.manual}
      ?ask-feedback=${args['ask-feedback']}
      ?track-streak=${args['track-streak']}
      ?no-persist=${args['no-persist']}
      ?muted=${args.muted}
      voice=${args.voice === 'off' ? nothing : args.voice === 'coach' ? '' : args.voice}
      theme=${args.theme ?? nothing}
    ></smr-routine>`,
};
export default meta;
type Story = StoryObj<RoutineArgs>;

/** Every attribute as a control; every preset in the select. */
export const Playground: Story = {};

/** What a blogger pastes: one tag and a preset. */
export const BloggerEmbed: Story = { args: { preset: 'inner-thigh', 'ask-feedback': true } };

/** The voice coach (`voice`): says each exercise, its side and set-up, pace reminders, what is next and "done". Turn the sound on. */
export const VoiceCoach: Story = { args: { preset: 'lower-leg', voice: 'coach' } };

/** A gym's own routine written as HTML, themed to its brand. */
export const GymRoutineInHtml: Story = {
  render: () =>
    html`<style>
        .gym smr-routine {
          --smr-accent: #b0246a;
          --smr-radius: 4px;
          --smr-font-family: Georgia, serif;
        }
      </style>
      <div class="gym">
        <smr-routine title="Studio cool-down" rest="10" no-persist>
          <smr-step exercise="calves" duration="60"></smr-step>
          <smr-step exercise="quadriceps" duration="60"></smr-step>
          <smr-step name="Foot rolling" duration="45" tool="ball">
            <p>Stand and hold the wall, ball under one foot.</p>
            <p>Roll slowly from heel to toes.</p>
          </smr-step>
        </smr-routine>
      </div>`,
};

/**
 * A custom step with its own picture (`media-src`, `media-type`, `media-alt`), shown large beside
 * the ring while the step runs; the catalog step shows its illustration. A video (`media-type="video"`)
 * plays muted, looped and inline with the session.
 */
export const CustomStepWithPicture: Story = {
  render: () =>
    html`<smr-routine title="Feet first" no-persist lead-in="0">
      <smr-step
        name="Arch roll"
        duration="45"
        tool="ball"
        media-src=${new URL('./assets/arch-roll.svg', import.meta.url).href}
        media-type="image"
        media-alt="Standing, one foot on a ball under the arch, rolling from heel to toes"
      >
        <p>Stand and hold a wall, ball under the arch of one foot.</p>
        <p>Roll slowly from heel to toes and back.</p>
      </smr-step>
      <smr-step exercise="calves" duration="45"></smr-step>
    </smr-routine>`,
};

/** A routine from JSON inside the page. */
export const InlineJson: Story = {
  render: () =>
    html`<smr-routine no-persist>
      <script type="application/json">
        {
          "id": "json-demo",
          "title": "From JSON",
          "rest": 5,
          "steps": [{ "exercise": "neck" }, { "exercise": "upper-trapezius", "duration": 45 }]
        }
      </script>
    </smr-routine>`,
};

/** In a 280 px sidebar. */
export const SidebarWidth: Story = {
  args: { preset: 'neck-relief' },
  decorators: [(story) => html`<div style="width:280px">${story()}</div>`],
};

/** Dark scheme. */
export const DarkMode: Story = {
  args: { preset: 'desk-worker', theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1213;padding:16px">${story()}</div>`],
};

/** A Spanish page (`lang="es"` on an ancestor): buttons, announcements and spoken cues in Spanish. */
export const SpanishPage: Story = {
  args: { preset: 'lower-leg' },
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
};

/** Invalid input on a German page: the messages are worded in German, the paths and values as written. */
export const GermanErrors: Story = {
  render: () =>
    html`<div lang="de">
      <smr-routine no-persist>
        <smr-step name="Fußsohle" duration="bald"></smr-step>
        <smr-step exercise="calfs"></smr-step>
      </smr-routine>
    </div>`,
};

/** `print-qr`: the print card (print preview) carries a QR code that opens this routine on a phone. */
export const PrintCardWithQr: Story = {
  render: () => html`<smr-routine preset="inner-thigh" print-qr no-persist></smr-routine>`,
};

/** `from-url`: plays the share link in the page's address (this story puts one there) instead of its preset. */
export const FromAShareLink: Story = {
  loaders: [
    async () => {
      const { link } = await createShareLink(getPreset('lower-leg'), location.href);
      history.replaceState(null, '', link);
      return {};
    },
  ],
  render: () => html`<smr-routine from-url preset="neck-relief" no-persist></smr-routine>`,
};

/** A share link cut short: the standard error names the problem. */
export const BrokenShareLink: Story = {
  loaders: [
    () => {
      history.replaceState(null, '', `${location.href.split('#')[0]}#smr-routine=dAAAA`);
      return {};
    },
  ],
  render: () => html`<smr-routine from-url no-persist></smr-routine>`,
};

/** An unknown preset: a visible message with the closest ids. */
export const UnknownPreset: Story = { args: { preset: 'lower-legs' } };

/** A routine whose step has an invalid duration. */
export const InvalidRoutine: Story = {
  render: () =>
    html`<smr-routine no-persist>
      <smr-step name="Arch roll" duration="abc"></smr-step>
    </smr-routine>`,
};

/** A `src` that fails to load: a clear message and a retry. */
export const SourceFails: Story = {
  render: () => html`<smr-routine src="/missing-routine.json" no-persist></smr-routine>`,
};
