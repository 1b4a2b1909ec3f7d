import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a dragged item would land: before or after the item at `index`. */
export interface DropTarget {
  index: number;
  after: boolean;
}

export interface ReorderOptions {
  /** How many items the list holds now; `End` moves an item to the last place. */
  count: () => number;
  /** Moves the item at `from` to `to`. `to` may lie outside the list (the host clamps it) or equal `from` (nothing to move). */
  move: (from: number, to: number) => void;
}

/** A host that renders into a root the controller can listen on (every `LitElement`). */
export type ReorderHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

const ITEM = '[data-reorder-item]';
const HANDLE = '[data-reorder-handle]';
const LIST = '[data-reorder-list]';

/** Where the keys of a focused handle send its item; `last` is the index of the last item. */
function keyTarget(key: string, index: number, last: number): number | undefined {
  switch (key) {
    case 'ArrowUp':
      return index - 1;
    case 'ArrowDown':
      return index + 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/**
 * Reorders a list by drag and drop and by the keyboard. The host marks its template: the list
 * with `data-reorder-list`, each item with `data-reorder-item=${index}`, and the item's handle
 * (a button, so it takes focus and keys) with `data-reorder-handle`. Dragging a handle shows
 * `dropTarget` while it is over an item; dropping, or ArrowUp/ArrowDown/Home/End on a handle,
 * calls `move(from, to)`. The listeners sit on the render root, so items can come and go
 * without rebinding; they and any drag in progress end when the host disconnects.
 */
export class ReorderController implements ReactiveController {
  /** Where the dragged item would land now; undefined when nothing is dragged over an item. */
  dropTarget: DropTarget | undefined;

  #dragIndex: number | undefined;
  #listening: AbortController | undefined;

  constructor(
    private readonly host: ReorderHost,
    private readonly options: ReorderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    const root = this.host.renderRoot;
    root.addEventListener('dragstart', this.#onDragStart, { signal });
    root.addEventListener('dragover', this.#onDragOver, { signal });
    root.addEventListener('dragleave', this.#onDragLeave, { signal });
    root.addEventListener('drop', this.#onDrop, { signal });
    root.addEventListener('dragend', this.#onDragEnd, { signal });
    root.addEventListener('keydown', this.#onKeyDown, { signal });
  }

  hostDisconnected(): void {
    this.#listening?.abort();
    this.#endDrag();
  }

  #setDropTarget(next: DropTarget | undefined): void {
    if (next?.index === this.dropTarget?.index && next?.after === this.dropTarget?.after) return;
    this.dropTarget = next;
    this.host.requestUpdate();
  }

  #endDrag(): void {
    this.#dragIndex = undefined;
    this.#setDropTarget(undefined);
  }

  readonly #onDragStart = (event: Event): void => {
    const handle = closest(event, HANDLE);
    const item = handle?.closest<HTMLElement>(ITEM);
    if (!item) return;
    const index = indexOf(item);
    this.#dragIndex = index;
    const { dataTransfer } = event as DragEvent;
    if (dataTransfer) {
      dataTransfer.effectAllowed = 'move';
      dataTransfer.setData('text/plain', String(index));
      dataTransfer.setDragImage(item, 24, 24);
    }
  };

  readonly #onDragOver = (event: Event): void => {
    const item = closest(event, ITEM);
    if (!item || this.#dragIndex === undefined) return;
    event.preventDefault();
    const { dataTransfer, clientY } = event as DragEvent;
    if (dataTransfer) dataTransfer.dropEffect = 'move';
    const box = item.getBoundingClientRect();
    this.#setDropTarget({ index: indexOf(item), after: clientY > box.top + box.height / 2 });
  };

  /** Leaving one item for another keeps the mark; leaving the list clears it. */
  readonly #onDragLeave = (event: Event): void => {
    const list = closest(event, LIST);
    if (list && !list.contains((event as DragEvent).relatedTarget as Node | null)) this.#setDropTarget(undefined);
  };

  readonly #onDrop = (event: Event): void => {
    if (!closest(event, ITEM)) return;
    event.preventDefault();
    const from = this.#dragIndex;
    const target = this.dropTarget;
    this.#endDrag();
    if (from === undefined || !target) return;
    const insertAt = target.index + (target.after ? 1 : 0);
    // Taking the item out first shifts every later place up by one.
    this.options.move(from, insertAt > from ? insertAt - 1 : insertAt);
  };

  readonly #onDragEnd = (event: Event): void => {
    if (closest(event, HANDLE)) this.#endDrag();
  };

  readonly #onKeyDown = (event: Event): void => {
    const handle = closest(event, HANDLE);
    const item = handle?.closest<HTMLElement>(ITEM);
    if (!item) return;
    const index = indexOf(item);
    const to = keyTarget((event as KeyboardEvent).key, index, this.options.count() - 1);
    if (to === undefined) return;
    event.preventDefault();
    this.options.move(index, to);
  };
}

/** The nearest element matching `selector` from where the event happened, within the render root. */
function closest(event: Event, selector: string): HTMLElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null;
}

function indexOf(item: HTMLElement): number {
  return Number(item.dataset.reorderItem);
}
