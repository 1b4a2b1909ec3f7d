import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/body-map/body-map.js';
import type { SmrBodyMap } from '../../src/components/body-map/body-map.js';
import { regionLabels } from '../../src/content/regions.js';
import { REGIONS } from '../../src/core/types.js';

function region(el: SmrBodyMap, id: string): SVGGElement {
  return el.shadowRoot!.querySelector(`[data-region="${id}"]`)!;
}

describe('<smr-body-map>', () => {
  afterEach(() => sinon.restore());

  it('is an accessible image naming the highlighted regions', async () => {
    const el = await fixture<SmrBodyMap>(html`<smr-body-map highlight="adductors calves"></smr-body-map>`);
    await expect(el).to.be.accessible();
    const [front, back] = [...el.shadowRoot!.querySelectorAll('svg')];
    expect(front.getAttribute('role')).to.equal('img');
    expect(front.getAttribute('aria-label')).to.include(regionLabels.adductors);
    expect(back.getAttribute('aria-label')).to.include(regionLabels.calves);
    expect(el.shadowRoot!.querySelectorAll('.highlighted').length).to.equal(2);
    expect(el.shadowRoot!.querySelector('[role="checkbox"]')).to.equal(null);
  });

  it('shows one view, or both', async () => {
    const el = await fixture<SmrBodyMap>(html`<smr-body-map view="back"></smr-body-map>`);
    expect(el.shadowRoot!.querySelectorAll('svg').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.equal('Back');
    el.view = 'both';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('svg').length).to.equal(2);
  });

  it('draws avoid zones only on request, never as choices', async () => {
    const el = await fixture<SmrBodyMap>(html`<smr-body-map selectable show-avoid></smr-body-map>`);
    expect(el.shadowRoot!.querySelectorAll('.avoid').length).to.be.greaterThan(5);
    expect(el.shadowRoot!.querySelector('.avoid[role]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="legend"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('selectable: every region is a named checkbox with a single tab stop', async () => {
    const el = await fixture<SmrBodyMap>(html`<smr-body-map selectable></smr-body-map>`);
    await expect(el).to.be.accessible();
    const boxes = [...el.shadowRoot!.querySelectorAll('[role="checkbox"]')];
    expect(boxes.map((b) => b.getAttribute('data-region')).sort()).to.deep.equal([...REGIONS].sort());
    for (const box of boxes) expect(box.getAttribute('aria-label')).to.equal(regionLabels[box.getAttribute('data-region') as 'calves']);
    expect(boxes.filter((b) => b.getAttribute('tabindex') === '0').length).to.equal(1);
  });

  it('picks and unpicks with the mouse, firing smr-region-select and change', async () => {
    const el = await fixture<SmrBodyMap>(html`<smr-body-map selectable></smr-body-map>`);
    const change = sinon.spy();
    el.addEventListener('change', change);
    setTimeout(() => region(el, 'calves').dispatchEvent(new MouseEvent('click', { bubbles: true })));
    const event = await oneEvent(el, 'smr-region-select');
    expect(event.detail).to.deep.equal({ region: 'calves', selected: true });
    expect(el.selected).to.deep.equal(['calves']);
    expect(el.getAttribute('selected')).to.equal('calves');
    await el.updateComplete;
    expect(region(el, 'calves').getAttribute('aria-checked')).to.equal('true');
    region(el, 'calves').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(el.selected).to.deep.equal([]);
    expect(change.callCount).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('is operable with the keyboard: arrows move, Space and Enter toggle, Home and End jump', async () => {
    const el = await fixture<SmrBodyMap>(html`<smr-body-map selectable view="front"></smr-body-map>`);
    const first = el.shadowRoot!.querySelector<SVGGElement>('[role="checkbox"][tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'Space' });
    expect(el.selected).to.deep.equal([first.dataset.region]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = el.shadowRoot!.activeElement as SVGGElement;
    expect(second).not.to.equal(first);
    expect(second.getAttribute('tabindex')).to.equal('0');
    await sendKeys({ press: 'Enter' });
    expect(el.selected).to.deep.equal([first.dataset.region, second.dataset.region]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const boxes = [...el.shadowRoot!.querySelectorAll('[role="checkbox"]')];
    expect(el.shadowRoot!.activeElement).to.equal(boxes.at(-1));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(boxes[0]);
  });

  it('reads selected from the attribute and shows it', async () => {
    const el = await fixture<SmrBodyMap>(html`<smr-body-map selectable selected="neck-posterior upper-trapezius"></smr-body-map>`);
    expect(el.selected).to.deep.equal(['neck-posterior', 'upper-trapezius']);
    expect(region(el, 'upper-trapezius').getAttribute('aria-checked')).to.equal('true');
    expect(region(el, 'upper-trapezius').getAttribute('tabindex')).to.equal('-1');
    expect(region(el, 'neck-posterior').getAttribute('tabindex')).to.equal('0');
  });

  it('names unknown region ids in a visible error, suggests close ones, and still draws the rest', async () => {
    const warn = sinon.stub(console, 'warn');
    const errors = sinon.spy();
    document.addEventListener('smr-error', errors, { once: true });
    // The markup is the point: an author's raw attribute, parsed as the page would.
    // eslint-disable-next-line lit/attribute-value-entities
    const el = await fixture<SmrBodyMap>(html`<smr-body-map highlight="calf adductors <img src=x onerror=alert(1)>"></smr-body-map>`);
    const message = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(message.textContent).to.include('"calf"');
    expect(message.textContent).to.include('"calves"');
    expect(message.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.highlighted').length).to.equal(1);
    expect(warn.callCount).to.equal(1);
    expect(errors.callCount).to.equal(1);
    await expect(el).to.be.accessible();
    el.highlight = 'calves';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('scales from an 80 px thumbnail to full width', async () => {
    const el = await fixture<SmrBodyMap>(
      html`<div style="width:80px"><smr-body-map view="front" highlight="quadriceps"></smr-body-map></div>`,
    );
    const svg = el.querySelector('smr-body-map')!.shadowRoot!.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    expect(box.width).to.be.within(60, 80);
    expect(box.height).to.be.greaterThan(box.width * 2);
  });
});
