import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ReorderController } from '../../src/controllers/reorder.js';

/** The smallest host: a list of names, each with a handle, marked the way the controller reads it. */
class ReorderTestList extends LitElement {
  static override properties = { items: { attribute: false } };
  items = ['a', 'b', 'c'];
  moves: [number, number][] = [];
  reorder = new ReorderController(this, {
    count: () => this.items.length,
    move: (from, to) => this.moves.push([from, to]),
  });

  override render() {
    const mark = this.reorder.dropTarget;
    return html`<ol data-reorder-list>
      ${this.items.map(
        (item, index) =>
          html`<li data-reorder-item=${index} class=${mark?.index === index ? (mark.after ? 'after' : 'before') : ''}>
            <button type="button" draggable="true" data-reorder-handle>${item}</button>
          </li>`,
      )}
    </ol>`;
  }
}
customElements.define('reorder-test-list', ReorderTestList);

function handle(el: ReorderTestList, index: number): HTMLButtonElement {
  return el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-reorder-handle]')[index];
}

function item(el: ReorderTestList, index: number): HTMLLIElement {
  return el.shadowRoot!.querySelectorAll<HTMLLIElement>('[data-reorder-item]')[index];
}

/** Fires a key on a target the way the browser does; returns whether the default was prevented. */
function press(target: Element, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

function drag(target: Element, type: string, init: DragEventInit = {}): DragEvent {
  const event = new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer: new DataTransfer(), ...init });
  target.dispatchEvent(event);
  return event;
}

const lowerHalf = (target: Element) => target.getBoundingClientRect().bottom - 2;
const upperHalf = (target: Element) => target.getBoundingClientRect().top + 2;

describe('ReorderController', () => {
  it('moves with ArrowUp, ArrowDown, Home and End on a handle, and leaves other keys alone', async () => {
    const el = await fixture<ReorderTestList>(html`<reorder-test-list></reorder-test-list>`);
    expect(press(handle(el, 1), 'ArrowDown')).to.equal(true);
    expect(press(handle(el, 1), 'ArrowUp')).to.equal(true);
    expect(press(handle(el, 1), 'Home')).to.equal(true);
    expect(press(handle(el, 1), 'End')).to.equal(true);
    // The host clamps: the first item asked to go up is its call.
    expect(press(handle(el, 0), 'ArrowUp')).to.equal(true);
    expect(press(handle(el, 1), 'Enter')).to.equal(false);
    expect(press(item(el, 1), 'ArrowDown')).to.equal(false);
    expect(el.moves).to.deep.equal([
      [1, 2],
      [1, 0],
      [1, 0],
      [1, 2],
      [0, -1],
    ]);
  });

  it('marks where a dragged item would land and moves it there on drop', async () => {
    const el = await fixture<ReorderTestList>(html`<reorder-test-list></reorder-test-list>`);
    drag(handle(el, 0), 'dragstart');
    expect(drag(item(el, 2), 'dragover', { clientY: lowerHalf(item(el, 2)) }).defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(el.reorder.dropTarget).to.deep.equal({ index: 2, after: true });
    expect(item(el, 2).className).to.equal('after');
    drag(item(el, 2), 'drop', { clientY: lowerHalf(item(el, 2)) });
    await el.updateComplete;
    // After the last item is the last place: index 2 once the dragged item is taken out.
    expect(el.moves).to.deep.equal([[0, 2]]);
    expect(el.reorder.dropTarget).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('.before, .after')).to.have.length(0);

    drag(handle(el, 2), 'dragstart');
    drag(item(el, 0), 'dragover', { clientY: upperHalf(item(el, 0)) });
    await el.updateComplete;
    expect(item(el, 0).className).to.equal('before');
    drag(item(el, 0), 'drop', { clientY: upperHalf(item(el, 0)) });
    expect(el.moves).to.deep.equal([
      [0, 2],
      [2, 0],
    ]);
  });

  it('ignores what is dragged in from elsewhere, and clears the mark when the drag leaves the list or ends', async () => {
    const el = await fixture<ReorderTestList>(html`<reorder-test-list></reorder-test-list>`);
    // A file from the desktop: no dragstart on a handle.
    expect(drag(item(el, 1), 'dragover', { clientY: lowerHalf(item(el, 1)) }).defaultPrevented).to.equal(false);
    expect(el.reorder.dropTarget).to.equal(undefined);

    drag(handle(el, 0), 'dragstart');
    drag(item(el, 1), 'dragover', { clientY: lowerHalf(item(el, 1)) });
    drag(item(el, 1), 'dragleave', { relatedTarget: item(el, 2) });
    expect(el.reorder.dropTarget, 'still over the list').to.deep.equal({ index: 1, after: true });
    drag(item(el, 1), 'dragleave', { relatedTarget: document.body });
    expect(el.reorder.dropTarget).to.equal(undefined);

    drag(item(el, 2), 'dragover', { clientY: upperHalf(item(el, 2)) });
    expect(el.reorder.dropTarget).to.deep.equal({ index: 2, after: false });
    drag(handle(el, 0), 'dragend');
    expect(el.reorder.dropTarget).to.equal(undefined);
    expect(drag(item(el, 2), 'dragover').defaultPrevented, 'no drag after dragend').to.equal(false);
    expect(el.moves).to.deep.equal([]);
  });

  it('ends a drag and stops listening when the host disconnects, and listens once again when it returns', async () => {
    const el = await fixture<ReorderTestList>(html`<reorder-test-list></reorder-test-list>`);
    drag(handle(el, 0), 'dragstart');
    drag(item(el, 1), 'dragover', { clientY: lowerHalf(item(el, 1)) });
    const parent = el.parentElement!;
    el.remove();
    expect(el.reorder.dropTarget).to.equal(undefined);
    expect(press(handle(el, 1), 'ArrowDown')).to.equal(false);
    expect(el.moves).to.deep.equal([]);

    parent.append(el);
    await el.updateComplete;
    expect(drag(item(el, 1), 'dragover').defaultPrevented, 'the old drag is over').to.equal(false);
    press(handle(el, 1), 'ArrowDown');
    expect(el.moves).to.deep.equal([[1, 2]]);
  });
});
