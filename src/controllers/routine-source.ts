import { Task, TaskStatus } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { getPreset, presetIds, validateRoutine } from '../content/catalog-lookup.js';
import { unknownMatch } from '../core/closest-match.js';
import { contentHash } from '../core/hash.js';
import { LIMITS, MAX_ROUTINE_FILE_BYTES } from '../core/limits.js';
import { problemAt, type ValidationError } from '../core/problems.js';
import { isRecord, own } from '../core/records.js';
import { readLeadIn } from '../core/routine-options.js';
import { planSegments, type SegmentPlan } from '../core/segments.js';
import type { Routine } from '../core/types.js';
import type { Translation } from '../translations/translation.js';
import { AddressRoutineController } from './address-routine.js';
import { ExerciseContentController } from './exercise-content.js';

/** The inputs of a routine, from the highest precedence to the lowest. */
const SOURCES = ['routine property', 'share link', 'src', 'inline JSON', '<smr-step> children', 'preset'] as const;
type SourceName = (typeof SOURCES)[number];

/** What the host element gives: its input properties and the words for its messages. */
export interface RoutineInputs {
  routine: unknown;
  /** `from-url`: read a routine from the page address's `#smr-routine=` when it carries one. */
  fromUrl: boolean;
  src: string;
  preset: string;
  /** `lead-in`: seconds of "get ready" before the first step. */
  leadIn: unknown;
  /** `title`, `description`, `rest`, `switch-duration`: override whichever input is used. */
  overrides: { title: string; description: string; rest: unknown; switchDuration: unknown };
  strings: Translation['routine'];
}

/** A `<smr-step>` child: it reads its own attributes and text into a step. */
interface StepChild extends Element {
  toStepInput(): unknown;
}

export interface ResolvedRoutine {
  /** The validated routine, or `null` while loading or when invalid. */
  routine: Routine | null;
  errors: ValidationError[];
  /** Its timed plan (empty without a routine). */
  plan: SegmentPlan;
  /** Names the routine with its exact content and plan, for its saved progress; '' without one. */
  key: string;
}

class RoutineLoadError extends Error {}

/**
 * Where `<smr-routine>` gets its routine: picks the input by precedence (the `routine` property,
 * the page address's share link with `from-url`, `src`, a `<script type="application/json">` child, `<smr-step>` children, `preset`; a conflict
 * logs one warning), loads `src` (a task: pending, complete, error, aborted when it changes),
 * watches the children, applies the overrides and validates. The result is one routine or its
 * problems.
 */
export class RoutineSourceController implements ReactiveController {
  readonly #fetchTask: Task<readonly [string], unknown>;
  readonly #address: AddressRoutineController;
  readonly #exercises: ExerciseContentController;
  /** The catalog exercises the input in use names (autoloader pages): being fetched, or not fetched; reset on every resolve. */
  #exercisesMissing: 'fetching' | 'failed' | undefined;
  #used: SourceName | undefined;
  #observer: MutationObserver | undefined;
  /** Set when children or the loaded file changed since the last `resolve()`. */
  #stale = true;
  #lastSources = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: () => RoutineInputs,
  ) {
    host.addController(this);
    this.#fetchTask = new Task(host, {
      task: async ([src], { signal }) => (src ? this.#fetchRoutine(src, signal) : undefined),
      args: () => [this.inputs().src] as const,
      onComplete: () => this.#markStale(),
      onError: () => this.#markStale(),
    });
    this.#address = new AddressRoutineController(
      host,
      () => this.inputs().fromUrl,
      () => this.#markStale(),
    );
    this.#exercises = new ExerciseContentController(host, () => this.#markStale());
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#markStale());
    this.#observer.observe(this.host, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#fetchTask.abort();
    this.#observer?.disconnect();
  }

  /**
   * True while the input in use is still coming: `src` being fetched, the address's share link
   * being unpacked, or (through the autoloader) the catalog exercises it names being fetched.
   */
  get loading(): boolean {
    if (this.#exercisesMissing === 'fetching') return true;
    if (this.#used === 'share link') return this.#address.pending;
    return this.#used === 'src' && this.#fetchTask.status === TaskStatus.PENDING;
  }

  /**
   * True when `src` is the input in use and could not be loaded (network, status, type, size or
   * JSON), or the catalog exercises the routine names could not be fetched.
   */
  get loadFailed(): boolean {
    return (this.#used === 'src' && this.#fetchTask.status === TaskStatus.ERROR) || this.#exercisesMissing === 'failed';
  }

  /** Whether the children or the loaded file changed since the last `resolve()`. */
  get changed(): boolean {
    return this.#stale;
  }

  /** Fetches `src`, or the exercises, again (after a failure). */
  retry(): void {
    if (this.#exercisesMissing === 'failed') return this.#exercises.retry();
    void this.#fetchTask.run();
  }

  /** The routine the inputs give now, validated and planned, or the problems with them. */
  resolve(): ResolvedRoutine {
    this.#address.refresh();
    this.#stale = false;
    const inputs = this.inputs();
    const { routine, errors } = this.#validatedInput(inputs);
    const leadIn = readLeadIn(inputs.leadIn);
    const allErrors = [...errors, ...leadIn.errors];
    if (!routine || allErrors.length > 0) return { routine: null, errors: allErrors, plan: { segments: [], total: 0 }, key: '' };
    const key = `progress:${routine.id}:${contentHash(JSON.stringify([routine, leadIn.seconds]))}`;
    return { routine, errors: [], plan: planSegments(routine, { leadIn: leadIn.seconds }), key };
  }

  #validatedInput(inputs: RoutineInputs): { routine: Routine | null; errors: ValidationError[] } {
    this.#exercisesMissing = undefined;
    const used = (this.#used = this.#pickSource(inputs));
    const t = inputs.strings;
    let input: unknown;
    switch (used) {
      case 'routine property':
        input = inputs.routine;
        break;
      case 'share link': {
        const outcome = this.#address.outcome;
        // Still unpacking: the element shows it is loading.
        if (!outcome) return { routine: null, errors: [] };
        if (!outcome.ok) return { routine: null, errors: [outcome.error] };
        input = outcome.value;
        break;
      }
      case 'src':
        if (this.#fetchTask.status !== TaskStatus.COMPLETE) {
          // Pending, or failed: the element shows the loading or failed state.
          const error = this.#fetchTask.error;
          return {
            routine: null,
            errors: this.loadFailed ? [{ path: 'src', message: String((error as Error)?.message ?? error) }] : [],
          };
        }
        input = this.#fetchTask.value;
        break;
      case 'inline JSON':
        try {
          input = JSON.parse(this.#jsonChild!.textContent ?? '');
        } catch (error) {
          const message = t.badInlineJson(String((error as Error).message).slice(0, 120));
          return { routine: null, errors: [{ path: 'script[type="application/json"]', message }] };
        }
        break;
      case '<smr-step> children': {
        const steps = this.#stepChildren.map((step) => step.toStepInput());
        input = { id: `steps-${contentHash(JSON.stringify(steps))}`, title: t.untitled, steps };
        break;
      }
      case 'preset': {
        const id = inputs.preset.trim();
        input = getPreset(id);
        if (!input) return { routine: null, errors: [problemAt('preset', unknownMatch('preset', presetIds, id))] };
        break;
      }
      default:
        return { routine: null, errors: [problemAt('', { code: 'no-input' })] };
    }
    // On the autoloader's pages the exercises arrive on demand: validate once they are here.
    if (!this.#exercises.ready(exerciseIdsOf(input))) {
      this.#exercisesMissing = this.#exercises.failed ? 'failed' : 'fetching';
      return { routine: null, errors: this.#exercises.problems('steps') };
    }
    return validateRoutine(withOverrides(input, inputs.overrides));
  }

  /** The input used: the first given in order of precedence; warns once when several are given. */
  #pickSource(inputs: RoutineInputs): SourceName | undefined {
    const isGiven: Record<SourceName, boolean> = {
      'routine property': inputs.routine !== undefined,
      'share link': this.#address.given,
      src: Boolean(inputs.src),
      'inline JSON': this.#jsonChild !== undefined,
      '<smr-step> children': this.#stepChildren.length > 0,
      preset: Boolean(inputs.preset),
    };
    const given = SOURCES.filter((source) => isGiven[source]);
    const key = given.join(',');
    if (given.length > 1 && key !== this.#lastSources) {
      console.warn(
        `<smr-routine>: ${given.join(' and ')} were ${given.length === 2 ? 'both' : 'all'} given; using the ${given[0]}. Precedence: routine property > share link (from-url) > src > inline JSON > <smr-step> children > preset.`,
      );
    }
    this.#lastSources = key;
    return given[0];
  }

  get #stepChildren(): StepChild[] {
    if (isServer) return []; // Server rendering sees no light DOM: a preset or the routine property only.
    return [...this.host.children].filter((child): child is StepChild => child.localName === 'smr-step');
  }

  get #jsonChild(): HTMLScriptElement | undefined {
    if (isServer) return undefined;
    return [...this.host.children].find(
      (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type === 'application/json',
    );
  }

  #markStale(): void {
    this.#stale = true;
    this.host.requestUpdate();
  }

  async #fetchRoutine(src: string, signal: AbortSignal): Promise<unknown> {
    const t = this.inputs().strings;
    let response: Response;
    try {
      response = await fetch(new URL(src, document.baseURI), { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new RoutineLoadError(t.network);
    }
    if (!response.ok) throw new RoutineLoadError(t.httpStatus(response.status));
    const type = response.headers.get('content-type') ?? '';
    if (type && !/json|text\/plain/i.test(type)) throw new RoutineLoadError(t.notJson(type.split(';')[0].trim()));
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_ROUTINE_FILE_BYTES) throw new RoutineLoadError(t.tooLarge);
    const text = await response.text();
    if (text.length > MAX_ROUTINE_FILE_BYTES) throw new RoutineLoadError(t.tooLarge);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new RoutineLoadError(t.badJson(String((error as Error).message).slice(0, 120)));
    }
  }
}

/** The catalog ids a routine input's steps name (whatever the input is: validation judges it). */
function exerciseIdsOf(input: unknown): string[] {
  try {
    const steps = isRecord(input) ? own(input, 'steps') : undefined;
    if (!Array.isArray(steps) || steps.length > LIMITS.steps.max) return [];
    return steps.flatMap((step: unknown) => {
      const id = isRecord(step) ? own(step, 'exercise') : undefined;
      return typeof id === 'string' ? [id.trim()] : [];
    });
  } catch {
    return []; // An input that can't be read (a throwing getter or proxy): validation reports it.
  }
}

/** Applies the `title`, `description`, `rest` and `switch-duration` attributes over the chosen input. */
function withOverrides(input: unknown, overrides: RoutineInputs['overrides']): unknown {
  if (!isRecord(input)) return input;
  let copy: Record<string, unknown>;
  try {
    copy = { ...input };
  } catch {
    return input; // An object that can't be read (a throwing proxy): validation reports it.
  }
  const given = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (overrides.title) copy.title = overrides.title;
  if (overrides.description) copy.description = overrides.description;
  if (given(overrides.rest)) copy.rest = overrides.rest;
  if (given(overrides.switchDuration)) copy.switchDuration = overrides.switchDuration;
  return copy;
}
