import type { ReactiveControllerHost } from 'lit';
import { presets, validateRoutine } from '../../content/catalog-lookup.js';
import { MAX_ROUTINE_FILE_BYTES } from '../../core/limits.js';
import { draftFromRoutine, type RoutineDraft } from '../../core/routine-draft.js';
import type { ValidationError } from '../../core/types.js';
import type { Translation } from '../../translations/translation.js';
import { jsonForEditing, parseRoutineJson, type LoadPanelHandlers } from './load-panel.js';

/** A change that can be taken back: the draft before it, and the words that announced it. */
export type Undo = { draft: RoutineDraft; message: string };

/** What loading a routine changes in the builder. */
export interface LoadTarget {
  /** The builder's words in its language. */
  words: () => Translation['builder'];
  /** Shows why a routine could not be loaded (and fires `smr-error`); empty clears it. */
  reportErrors: (errors: ValidationError[]) => void;
  /** The routine being built now. */
  draft: () => RoutineDraft;
  /** Replaces the draft; `commit` fires `smr-change`; `undo` offers to take it back. */
  setDraft: (next: RoutineDraft, commit: boolean, undo?: Undo) => void;
  /** Says `message` in the builder's live region. */
  announce: (message: string) => void;
  /** A new key for a step. */
  nextKey: () => number;
}

/**
 * Loading a routine into `<smr-routine-builder>`: from its `value`, a preset, pasted JSON or a file.
 * A routine that is not valid replaces nothing: its errors are listed and its JSON kept in the
 * import box to fix. Keeps the preset chosen and the import box's text (the host updates when
 * they change). The view is `load-panel.ts`.
 */
export class BuilderLoadController {
  /** Id of the preset chosen in the list; empty for none. */
  chosenPreset = '';
  /** The JSON in the import box. */
  importText = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: LoadTarget,
  ) {}

  /**
   * Loads a routine. One the person loaded (`fromPerson`) fires `smr-change`, is announced and can
   * be undone when it replaced steps; one given to `value` replaces the draft quietly. False when
   * it was not valid.
   */
  load(input: unknown, fromPerson: boolean): boolean {
    const { routine, errors } = validateRoutine(input);
    if (!routine) {
      if (!fromPerson) this.#set({ importText: jsonForEditing(input) });
      this.target.reportErrors(errors);
      return false;
    }
    this.target.reportErrors([]);
    const next = draftFromRoutine(routine, input, this.target.nextKey);
    if (!fromPerson) {
      this.target.setDraft(next, false);
      return true;
    }
    const message = this.target.words().loaded(routine.title);
    const before = this.target.draft();
    this.target.setDraft(next, true, before.steps.length > 0 ? { draft: before, message } : undefined);
    this.target.announce(message);
    return true;
  }

  readonly handlers: LoadPanelHandlers = {
    choosePreset: (id) => this.#set({ chosenPreset: id }),
    loadPreset: () => {
      const preset = presets.find((candidate) => candidate.id === this.chosenPreset);
      if (preset) this.load(preset, true);
    },
    editImport: (text) => this.#set({ importText: text }),
    loadImport: () => this.#loadText(this.importText),
    openFile: async (file) => {
      if (file.size > MAX_ROUTINE_FILE_BYTES) {
        this.target.reportErrors([{ path: '', message: this.target.words().fileTooLarge(file.name) }]);
        return;
      }
      const text = await file.text();
      this.#set({ importText: text });
      this.#loadText(text);
    },
  };

  #loadText(text: string): void {
    const parsed = parseRoutineJson(text);
    if ('reason' in parsed) this.target.reportErrors([{ path: '', message: this.target.words().badJson(parsed.reason) }]);
    else if (this.load(parsed.value, true)) this.#set({ importText: '' });
  }

  #set(patch: Partial<Pick<BuilderLoadController, 'chosenPreset' | 'importText'>>): void {
    const next = { chosenPreset: this.chosenPreset, importText: this.importText, ...patch };
    if (next.chosenPreset === this.chosenPreset && next.importText === this.importText) return;
    ({ chosenPreset: this.chosenPreset, importText: this.importText } = next);
    this.host.requestUpdate();
  }
}
