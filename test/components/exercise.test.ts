import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/exercise/exercise.js';
import type { SmrExercise } from '../../src/components/exercise/exercise.js';
import type { SmrTimer } from '../../src/components/timer/timer.js';
import { getExercise } from '../../src/content/catalog.js';
import { safetyNote } from '../../src/content/safety.js';
import { shadowText } from '../support/helpers.js';
import { registerTranslation } from '../../src/controllers/translation-registry.js';
import { de } from '../../src/translations/de.js';

const XSS = '<img src=x onerror="window.__smrXss=1">';

describe('<smr-exercise>', () => {
  afterEach(() => sinon.restore());

  it('renders a catalog exercise as an accessible card with every part', async () => {
    const el = await fixture<SmrExercise>(html`<smr-exercise exercise="adductors"></smr-exercise>`);
    await expect(el).to.be.accessible();
    const adductors = getExercise('adductors')!;
    const text = shadowText(el);
    expect(shadowText(el, '[part="heading"]')).to.equal(adductors.name);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    for (const piece of [
      adductors.setup,
      ...adductors.steps,
      ...adductors.cues,
      ...adductors.avoid,
      ...adductors.cautions,
      adductors.why,
    ]) {
      expect(text).to.include(piece);
    }
    expect(text).to.include('Pectineus');
    expect(text).to.include('per side');
    expect(text).to.include('5 out of 10');
    expect(el.shadowRoot!.querySelectorAll('[part="steps"] li').length).to.equal(adductors.steps.length);
    expect(shadowText(el, '[part="safety"]')).to.equal(safetyNote);
    const map = el.shadowRoot!.querySelector('smr-body-map')!;
    expect(map.getAttribute('highlight')).to.equal(adductors.regions.join(' '));
  });

  it('words tools and durations in the language of the page, through Intl', async () => {
    registerTranslation(de);
    const page = await fixture<HTMLElement>(
      html`<div>
        <smr-exercise exercise="calves"></smr-exercise>
        <smr-exercise lang="de" exercise="calves"></smr-exercise>
        <smr-exercise lang="de" exercise="it-band"></smr-exercise>
        <smr-exercise lang="not a tag!" exercise="hamstrings"></smr-exercise>
      </div>`,
    );
    const cards = [...page.querySelectorAll<SmrExercise>('smr-exercise')];
    await Promise.all(cards.map((card) => card.updateComplete));
    const meta = cards.map((card) => [...card.shadowRoot!.querySelectorAll('[part="meta"] span')].map((chip) => chip.textContent.trim()));
    expect(meta[0].slice(0, 2)).to.deep.equal(['Foam roller, Massage stick, or Ball', '1 min 30 sec per side']);
    expect(meta[1].slice(0, 2)).to.deep.equal(['Massagerolle, Massagestab oder Ball', '1 Min., 30 Sek. pro Seite']);
    expect(meta[2].slice(0, 2)).to.deep.equal(['Massagerolle oder Ball', '45 Sek. pro Seite']);
    // A malformed lang falls back to English wording instead of throwing.
    expect(meta[3].slice(0, 2)).to.deep.equal(['Foam roller or Ball', '1 min 30 sec per side']);
  });

  it('says where the exercise is done, and how to do a floor exercise off the floor (issue 17)', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <smr-exercise exercise="calves"></smr-exercise>
        <smr-exercise exercise="pecs"></smr-exercise>
      </div>`,
    );
    const [calves, pecs] = [...page.querySelectorAll<SmrExercise>('smr-exercise')];
    await Promise.all([calves.updateComplete, pecs.updateComplete]);
    const chips = (card: SmrExercise) =>
      [...card.shadowRoot!.querySelectorAll('[part="meta"] span')].map((chip) => chip.textContent.trim());
    expect(chips(calves)).to.include('On the floor');
    expect(chips(pecs)).to.include('At a wall');
    const option = getExercise('calves')!.offFloor!;
    const text = shadowText(calves);
    expect(text).to.include('Off the floor');
    expect(text).to.include('Seated · Massage stick');
    for (const step of option.steps) expect(text).to.include(step);
    expect(shadowText(pecs)).not.to.include('Off the floor');
    await expect(calves).to.be.accessible();
  });

  it('embeds a timer set to the exercise defaults with with-timer', async () => {
    const el = await fixture<SmrExercise>(html`<smr-exercise exercise="calves" with-timer></smr-exercise>`);
    const timer = el.shadowRoot!.querySelector<SmrTimer>('smr-timer')!;
    const calves = getExercise('calves')!;
    await timer.updateComplete;
    expect(timer.remaining).to.equal(calves.sides === 'both' ? calves.duration * 2 + 5 : calves.duration);
    expect(timer.getAttribute('sides')).to.equal(calves.sides);
    expect(timer.getAttribute('pace')).to.equal(String(calves.pace));
    await expect(el).to.be.accessible();
  });

  it('shows slotted media and notes from the site', async () => {
    const el = await fixture<SmrExercise>(
      html`<smr-exercise exercise="neck"
        ><img slot="media" alt="Two balls in a sock" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <p slot="notes">Ask our coaches.</p></smr-exercise
      >`,
    );
    const slots = [...el.shadowRoot!.querySelectorAll('slot')].map((slot) => [slot.name, slot.assignedElements().length]);
    expect(slots).to.deep.equal([
      ['media', 1],
      ['notes', 1],
    ]);
  });

  it('shows a visible error with suggestions for an unknown id, then recovers', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<SmrExercise>(html`<smr-exercise exercise="adductor"></smr-exercise>`);
    const error = shadowText(el, '[part="error"]');
    expect(error).to.include('exercise');
    expect(error).to.include('"adductor"');
    expect(error).to.include('"adductors"');
    expect(warn.callCount).to.equal(1);
    await expect(el).to.be.accessible();
    el.exercise = 'neck';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.resolvedExercise?.id).to.equal('neck');
  });

  it('accepts a custom exercise object, validated, with every string rendered as inert text', async () => {
    const el = await fixture<SmrExercise>(html`<smr-exercise></smr-exercise>`);
    sinon.stub(console, 'warn');
    el.exercise = {
      id: 'arch-roll',
      name: `Arch roll ${XSS}`,
      steps: [`Roll ${XSS}`],
      duration: 45,
      cues: [XSS],
      avoid: [XSS],
      cautions: [XSS],
      why: XSS,
    } as never;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el, '[part="heading"]')).to.equal(`Arch roll ${XSS}`);
    expect((window as unknown as { __smrXss?: number }).__smrXss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('names every bad field of a malformed custom exercise, as text', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<SmrExercise>(html`<smr-exercise></smr-exercise>`);
    el.exercise = { id: 'Bad Id', name: XSS, steps: 'roll', duration: -1, tools: ['hammer'] } as never;
    await el.updateComplete;
    const error = shadowText(el, '[part="error"]');
    for (const path of ['exercise.id', 'exercise.steps', 'exercise.duration', 'exercise.tools[0]']) expect(error).to.include(path);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    for (const bad of [null, 42, 'nonsense', [], { name: 'x' }]) {
      el.exercise = bad as never;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]'), String(bad)).to.exist;
    }
  });

  it('renders every catalog exercise without error', async () => {
    const { exercises } = await import('../../src/content/exercises.js');
    const el = await fixture<HTMLDivElement>(
      html`<div>${exercises.map((e) => html`<smr-exercise exercise=${e.id}></smr-exercise>`)}</div>`,
    );
    const cards = [...el.querySelectorAll<SmrExercise>('smr-exercise')];
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(cards.every((card) => card.resolvedExercise !== null && !card.shadowRoot!.querySelector('[part="error"]'))).to.equal(true);
  });
});
