import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../illustration/illustration.js';
import { getExercise } from '../../content/catalog-lookup.js';
import { illustrationIds, pictureTextFor } from '../../content/pictures.js';
import { localizeExercise } from '../../content/translated.js';
import type { ContentTranslation } from '../../core/content-translation.js';
import { formatClock } from '../../core/duration.js';
import type { RoutineStep, Side } from '../../core/types.js';
import type { Translation } from '../../translations/translation.js';
import { renderHeading } from '../shared/smr-element.js';
import { renderStillPicture } from '../illustration/still.js';

/** What every view of `<smr-routine>` needs from the element: its words, language and outline level. */
export interface RoutineViewContext {
  t: Translation;
  lang: string;
  content: ContentTranslation | undefined;
  /** The routine title's heading level (2–6); sub-headings go one deeper. */
  headingLevel: number;
  sideName(side: Side): string;
  /** The element's forced colour scheme, passed on to the pictures it shows. */
  theme?: 'light' | 'dark';
}

/**
 * The catalog illustration of a step's exercise (`<smr-illustration>`), mirrored for `side`;
 * nothing for a custom step that names no catalog exercise. `moving`: animated with the session.
 */
export function renderStepIllustration(
  context: RoutineViewContext,
  step: RoutineStep,
  options: { side?: Side; moving: boolean; className: string },
): TemplateResult | typeof nothing {
  if (!step.exercise || !illustrationIds.includes(step.exercise)) return nothing;
  return html`<smr-illustration
    part="illustration"
    class=${options.className}
    exercise=${step.exercise}
    side=${ifDefined(options.side ?? undefined)}
    ?paused=${!options.moving}
    theme=${ifDefined(context.theme)}
  ></smr-illustration>`;
}

/**
 * A still catalog illustration (the overview's step list, the print card), named by its words in
 * the routine's language (see `renderStillPicture`). Nothing for a custom step that names no
 * catalog exercise.
 */
export function renderStillIllustration(
  context: RoutineViewContext,
  step: RoutineStep,
  className: string,
): TemplateResult | typeof nothing {
  return step.exercise ? renderStillPicture(step.exercise, className, pictureTextFor(step.exercise, context.content)) : nothing;
}

/** A heading `offset` levels below the routine's title. */
export function heading(context: RoutineViewContext, text: string, offset = 0, part = 'heading'): TemplateResult {
  return renderHeading(text, context.headingLevel + offset, `heading h${offset}`, part);
}

/** "1:00", or "1:00 per side" for a step on both sides. */
export function stepDuration(t: Translation, step: RoutineStep): string {
  const clock = formatClock(step.duration);
  return step.sides === 'both' ? t.routine.perSide(clock) : clock;
}

/** A step's how-to, its exercise's cues and its cautions. */
export function renderStepDetails(context: RoutineViewContext, step: RoutineStep): TemplateResult {
  const t = context.t.routine;
  const english = step.exercise ? getExercise(step.exercise) : undefined;
  const cues = english ? localizeExercise(english, context.content).cues : [];
  return html`${
    step.instructions.length
      ? html`<ol>
          ${step.instructions.map((line) => html`<li>${line}</li>`)}
        </ol>`
      : nothing
  }
  ${
    cues.length
      ? html`<p class="minor-title">${t.cues}</p>
          <ul>
            ${cues.map((cue) => html`<li>${cue}</li>`)}
          </ul>`
      : nothing
  }
  ${
    step.cautions.length
      ? html`<p class="minor-title">${t.cautions}</p>
          <ul class="cautions">
            ${step.cautions.map((c) => html`<li>${c}</li>`)}
          </ul>`
      : nothing
  }`;
}
