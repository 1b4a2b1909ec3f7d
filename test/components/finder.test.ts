import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/finder/finder.js';
import type { SmrFinder } from '../../src/components/finder/finder.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { getExercise, suggest } from '../../src/content/catalog.js';
import { shadowText } from '../support/helpers.js';

function box(el: SmrFinder, selector: string): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
}

function suggestButton(el: SmrFinder): HTMLButtonElement {
  return el.shadowRoot!.querySelector('[part~="button-primary"]')!;
}

describe('<smr-finder>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => sinon.restore());

  it('is an accessible form with the safety note', async () => {
    const el = await fixture<SmrFinder>(html`<smr-finder></smr-finder>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelectorAll('fieldset legend').length).to.equal(5);
    expect(shadowText(el, '[part="safety"]')).to.match(/not replace/);
    expect(box(el, 'input[value="knee-valgus"]')).to.exist;
  });

  it('suggests, explains and starts inline the same routine suggest() returns', async () => {
    const el = await fixture<SmrFinder>(html`<smr-finder></smr-finder>`);
    box(el, 'input[value="knee-valgus"]').click();
    await el.updateComplete;
    setTimeout(() => suggestButton(el).click());
    const event = await oneEvent(el, 'smr-routine-suggest');
    const expected = suggest({ concerns: ['knee-valgus'], minutes: 10, tools: ['foam-roller', 'ball'], regions: [], redFlags: [] }).routine;
    expect(event.detail.routine).to.deep.equal(expected);
    expect(el.suggest({ concerns: ['knee-valgus'], minutes: 10, tools: ['foam-roller', 'ball'] })).to.deep.equal(expected);
    await el.updateComplete;
    expect(shadowText(el, '[part="result"] .reasons')).to.include('pectineus');
    const routine = el.shadowRoot!.querySelector<SmrRoutine>('smr-routine')!;
    await routine.updateComplete;
    expect(routine.resolvedRoutine?.steps.map((s) => s.exercise)).to.deep.equal(expected!.steps.map((s) => s.exercise));
    expect(routine.segments.at(-1)!.start + routine.segments.at(-1)!.duration).to.be.at.most(600);
    await expect(el).to.be.accessible();
  });

  it('uses regions picked on the body map, the time and the tools', async () => {
    const el = await fixture<SmrFinder>(html`<smr-finder></smr-finder>`);
    const map = el.shadowRoot!.querySelector('smr-body-map')!;
    await map.updateComplete;
    map.shadowRoot!.querySelector<SVGGElement>('[data-region="calves"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    box(el, 'input[name="minutes"]').click(); // 5 minutes
    await el.updateComplete;
    suggestButton(el).click();
    await el.updateComplete;
    const routine = el.shadowRoot!.querySelector<SmrRoutine>('smr-routine')!;
    await routine.updateComplete;
    expect(routine.resolvedRoutine!.steps[0].exercise).to.equal('calves');
    expect(routine.resolvedRoutine!.title).to.equal('Your 5-minute routine');
  });

  it('advises a professional, and suggests nothing, for red-flag answers', async () => {
    const el = await fixture<SmrFinder>(html`<smr-finder></smr-finder>`);
    box(el, 'input[value="desk-neck"]').click();
    box(el, 'input[value="numbness"]').click();
    await el.updateComplete;
    suggestButton(el).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="advice"]')).to.exist;
    expect(shadowText(el, '[part="advice"]')).to.include('professional');
    expect(el.shadowRoot!.querySelector('smr-routine')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="safety"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('with "I can\'t get down to the floor", suggests only what works standing, seated or at a wall (issue 17)', async () => {
    const el = await fixture<SmrFinder>(html`<smr-finder tools="foam-roller ball stick"></smr-finder>`);
    box(el, 'input[value="runner-calves"]').click();
    box(el, 'input[value="off-floor"]').click();
    await el.updateComplete;
    setTimeout(() => suggestButton(el).click());
    const event = await oneEvent(el, 'smr-routine-suggest');
    const expected = suggest({
      concerns: ['runner-calves'],
      minutes: 10,
      tools: ['foam-roller', 'ball', 'stick'],
      regions: [],
      redFlags: [],
      offFloor: true,
    }).routine!;
    expect(event.detail.routine).to.deep.equal(expected);
    for (const step of expected.steps) {
      const exercise = getExercise(step.exercise!)!;
      if (exercise.position === 'floor') expect(step.instructions, step.exercise).to.deep.equal(exercise.offFloor!.steps);
    }
    await el.updateComplete;
    // The reasons say where each floor exercise is done instead; the routine shows its off-floor steps.
    expect(shadowText(el, '[part="result"] .reasons')).to.include('Calves (Seated)');
    const routine = el.shadowRoot!.querySelector<SmrRoutine>('smr-routine')!;
    await routine.updateComplete;
    expect(shadowText(routine)).to.include(getExercise('calves')!.offFloor!.steps[1]);
    expect(shadowText(routine)).not.to.include(getExercise('calves')!.steps[0]);
    await expect(el).to.be.accessible();
  });

  it('says when nothing fits off the floor with the tools owned', async () => {
    const el = await fixture<SmrFinder>(html`<smr-finder tools="foam-roller"></smr-finder>`);
    box(el, 'input[value="sore-legs"]').click();
    box(el, 'input[value="off-floor"]').click();
    await el.updateComplete;
    suggestButton(el).click();
    await el.updateComplete;
    expect(shadowText(el, '.empty')).to.include('off the floor');
  });

  it('puts urgent-care advice first for the new red flags, and suggests nothing (issue 17)', async () => {
    const el = await fixture<SmrFinder>(html`<smr-finder></smr-finder>`);
    for (const id of ['chest-breathless', 'bladder-bowel', 'cancer-history', 'head-neck', 'hot-joint']) {
      expect(box(el, `input[value="${id}"]`), id).to.exist;
    }
    box(el, 'input[value="sore-legs"]').click();
    box(el, 'input[value="hot-joint"]').click();
    box(el, 'input[value="chest-breathless"]').click();
    await el.updateComplete;
    suggestButton(el).click();
    await el.updateComplete;
    const advice = [...el.shadowRoot!.querySelectorAll('[part="advice"] li')].map((li) => li.textContent.trim());
    expect(advice).to.have.length(2);
    expect(advice[0]).to.match(/urgent medical care now/);
    expect(advice[1]).to.match(/hot, swollen joint/);
    expect(el.shadowRoot!.querySelector('smr-routine')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says what to do when nothing is picked or nothing fits the tools', async () => {
    const el = await fixture<SmrFinder>(html`<smr-finder tools="stick"></smr-finder>`);
    suggestButton(el).click();
    await el.updateComplete;
    expect(shadowText(el, '.empty')).to.include('Pick at least one');
    box(el, 'input[value="desk-neck"]').click();
    await el.updateComplete;
    suggestButton(el).click();
    await el.updateComplete;
    expect(shadowText(el, '.empty')).to.include('tools you have');
    await expect(el).to.be.accessible();
  });

  it('reports a bad minutes or tools visibly and with smr-error, and keeps working with what it can use', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = document.createElement('smr-finder');
    const errored = oneEvent(el, 'smr-error');
    el.setAttribute('minutes', '7');
    el.setAttribute('tools', 'ball rollr');
    document.body.append(el);
    try {
      const { errors } = (await errored).detail;
      expect(errors.map((error: { path: string; message: string }) => [error.path, error.message])).to.deep.equal([
        ['minutes', 'expected "5", "10" or "15", got 7'],
        ['tools', 'unknown tool "rollr"; did you mean "foam-roller"?'],
      ]);
      await el.updateComplete;
      expect(shadowText(el, '[part="error"]')).to.include('tools: unknown tool "rollr"');
      expect(warn.calledOnce).to.equal(true);
      await expect(el).to.be.accessible();
      // 10 minutes checked, the ball kept, the unknown tool dropped.
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="minutes"]:checked')!.parentElement!.textContent).to.include('10');
      expect(box(el, 'input[value="ball"]').checked).to.equal(true);
      expect(box(el, 'input[value="foam-roller"]').checked).to.equal(false);
      box(el, 'input[value="runner-calves"]').click();
      suggestButton(el).click();
      await el.updateComplete;
      const routine = el.shadowRoot!.querySelector<SmrRoutine>('smr-routine')!.routine!;
      expect(routine).to.deep.equal(suggest({ concerns: ['runner-calves'], minutes: 10, tools: ['ball'] }).routine);
      el.setAttribute('minutes', '15');
      el.setAttribute('tools', 'ball');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('works with the keyboard alone', async () => {
    const el = await fixture<SmrFinder>(html`<smr-finder></smr-finder>`);
    box(el, 'input[value="runner-calves"]').focus();
    await sendKeys({ press: 'Space' });
    expect(box(el, 'input[value="runner-calves"]').checked).to.equal(true);
    suggestButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('smr-routine')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="result"]'));
  });
});
