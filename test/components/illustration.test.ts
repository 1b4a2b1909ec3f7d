import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/illustration/illustration.js';
import type { SmrIllustration } from '../../src/components/illustration/illustration.js';
import { illustrationArtwork } from '../../src/components/illustration/artwork.js';
import { exercises } from '../../src/content/exercises.js';
import { pictureText } from '../../src/content/illustration-text.js';
import { registerContentTranslation } from '../../src/controllers/content-translations.js';
import { registerTranslation } from '../../src/controllers/translation-registry.js';
import { es, esContent } from '../../src/translations/es.js';
import { recordMotionQueryListeners } from '../support/motion-queries.js';

function picture(el: SmrIllustration): SVGSVGElement {
  return el.shadowRoot!.querySelector('svg[part="illustration"]')!;
}

function motion(el: SmrIllustration): Animation[] {
  return el.shadowRoot!.querySelector('.moving')!.getAnimations();
}

/** Makes the page report reduced motion through matchMedia, which the illustration asks (every engine). */
function reportReducedMotion(): sinon.SinonStub {
  const matchMedia = window.matchMedia.bind(window);
  return sinon
    .stub(window, 'matchMedia')
    .callsFake((query: string) =>
      query.includes('prefers-reduced-motion')
        ? { ...matchMedia(query), matches: /reduce\)/.test(query), media: query }
        : matchMedia(query),
    );
}

describe('<smr-illustration>', () => {
  afterEach(() => sinon.restore());

  it('draws the exercise as an accessible image that describes the position in words', async () => {
    const el = await fixture<SmrIllustration>(html`<smr-illustration exercise="adductors"></smr-illustration>`);
    await expect(el).to.be.accessible();
    const svg = picture(el);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal(pictureText.adductors);
    expect(svg.querySelector('.work'), 'the worked area').to.exist;
    expect(svg.querySelector('.tool'), 'the tool').to.exist;
    expect(svg.querySelector('.arrow'), 'the rolling direction').to.exist;
    expect(svg.querySelector('circle.head'), 'a round head').to.exist;
    // Never announced over and over: no live region, and the picture is not focusable.
    expect(el.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
    expect(svg.getAttribute('focusable')).to.equal('false');
  });

  it('draws every catalog exercise with its own words, and nothing with an inline style', async () => {
    const el = await fixture<SmrIllustration>(html`<smr-illustration></smr-illustration>`);
    for (const exercise of exercises) {
      el.exercise = exercise.id;
      await el.updateComplete;
      const svg = picture(el);
      expect(svg, exercise.id).to.exist;
      expect(svg.getAttribute('aria-label'), exercise.id).to.equal(pictureText[exercise.id]);
      expect(el.shadowRoot!.querySelectorAll('[style]').length, `${exercise.id}: inline styles`).to.equal(0);
      // A roll shows its direction; a hold does not.
      expect(Boolean(svg.querySelector('.arrow')), `${exercise.id}: arrow`).to.equal(exercise.pace > 0);
    }
  });

  it('moves the body along the tool at the pace, with transform-only Web Animations', async () => {
    const el = await fixture<SmrIllustration>(html`<smr-illustration exercise="calves"></smr-illustration>`);
    const [body, roller] = motion(el).concat(el.shadowRoot!.querySelector('.tool-turn')!.getAnimations());
    expect(body.playState).to.equal('running');
    const timing = body.effect!.getComputedTiming();
    // Calves: 12 passes a minute, one pass each way.
    expect(timing.duration).to.equal(5000);
    expect(timing.iterations).to.equal(Infinity);
    // Even steps: a steady roll, and far fewer redraws than one per frame.
    expect(timing.easing).to.equal('steps(48)');
    const keyframes = (body.effect as KeyframeEffect).getKeyframes();
    expect(
      keyframes.every((frame) =>
        Object.keys(frame)
          .filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key))
          .every((key) => key === 'transform'),
      ),
    ).to.equal(true);
    expect(String(keyframes[1].transform)).to.match(/^translate\(-?\d/);
    expect(roller.playState, 'the roller turns').to.equal('running');

    el.pace = 30;
    await el.updateComplete;
    expect(motion(el)[0].effect!.getComputedTiming().duration).to.equal(2000);
  });

  it('moves only while it is in view', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div class="scroller">
        <div class="spacer"></div>
        <smr-illustration exercise="calves"></smr-illustration>
      </div>`,
    );
    host.querySelector<HTMLElement>('.spacer')!.setAttribute('hidden', '');
    const el = host.querySelector('smr-illustration')!;
    await el.updateComplete;
    await waitUntil(() => motion(el)[0]?.playState === 'running', 'moves when seen');
    // Pushed far below the fold by content above it.
    host.querySelector<HTMLElement>('.spacer')!.removeAttribute('hidden');
    host
      .querySelector<HTMLElement>('.spacer')!
      .append(
        ...Array.from({ length: 200 }, () => document.createElement('p')).map((p) =>
          Object.assign(p, { textContent: 'Text above the picture.' }),
        ),
      );
    await waitUntil(() => motion(el)[0].playState === 'paused', 'still when out of view');
    el.scrollIntoView();
    await waitUntil(() => motion(el)[0].playState === 'running', 'moves again when scrolled back');
  });

  it('stops while paused and goes on when unpaused', async () => {
    const el = await fixture<SmrIllustration>(html`<smr-illustration exercise="quadriceps" paused></smr-illustration>`);
    expect(motion(el).every((animation) => animation.playState === 'paused')).to.equal(true);
    el.paused = false;
    await el.updateComplete;
    expect(motion(el)[0].playState).to.equal('running');
    el.paused = true;
    await el.updateComplete;
    expect(motion(el)[0].playState).to.equal('paused');
  });

  it('with reduced motion shows the start pose and the arrow, and runs no animation', async () => {
    const stub = reportReducedMotion();
    const el = await fixture<SmrIllustration>(html`<smr-illustration exercise="calves"></smr-illustration>`);
    expect(stub.calledWithMatch('prefers-reduced-motion')).to.equal(true);
    expect(el.shadowRoot!.getAnimations?.() ?? motion(el)).to.have.length(0);
    expect(motion(el)).to.have.length(0);
    expect(picture(el).querySelector('.arrow')).to.exist;
  });

  it('a hold leans in slowly and shows no arrow', async () => {
    const el = await fixture<SmrIllustration>(html`<smr-illustration exercise="piriformis"></smr-illustration>`);
    expect(picture(el).querySelector('.arrow')).to.equal(null);
    const [lean] = motion(el);
    expect(lean.effect!.getComputedTiming().duration).to.equal(4000);
  });

  it('mirrors the figure for the left side and says which side', async () => {
    const el = await fixture<SmrIllustration>(html`<smr-illustration exercise="calves"></smr-illustration>`);
    const mirrorOf = (): string | null => picture(el).querySelector(':scope > g')!.getAttribute('transform');
    // Calves are drawn for the right side; the left side turns the picture over about the frame's middle.
    expect(mirrorOf()).to.equal(null);
    el.side = 'left';
    await el.updateComplete;
    expect(mirrorOf()).to.match(/^matrix\(-1 0 0 1 -?[\d.]+ 0\)$/);
    expect(picture(el).getAttribute('aria-label')).to.equal(`Left side: ${pictureText.calves}`);
    el.side = 'right';
    await el.updateComplete;
    expect(mirrorOf()).to.equal(null);
    expect(picture(el).getAttribute('aria-label')).to.equal(`Right side: ${pictureText.calves}`);
  });

  it('an unknown exercise shows a visible, accessible error naming close ids, fires smr-error and never throws', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = document.createElement('smr-illustration');
    const event = oneEvent(el, 'smr-error');
    el.setAttribute('exercise', 'adductor');
    document.body.append(el);
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.errors[0].path).to.equal('exercise');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('adductors');
    expect(picture(el)).to.equal(null);
    expect(warn.calledOnce).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('a bad side or pace is reported, and the picture still shows', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<SmrIllustration>(html`<smr-illustration exercise="calves" side="middle" pace="500"></smr-illustration>`);
    const paths = [...el.shadowRoot!.querySelectorAll('[role="alert"] code')].map((code) => code.textContent);
    expect(paths).to.deep.equal(['side', 'pace']);
    expect(picture(el)).to.exist;
    // The bad pace falls back to the exercise's own.
    expect(motion(el)[0].effect!.getComputedTiming().duration).to.equal(5000);
  });

  it('describes the position in the element’s language', async () => {
    registerTranslation(es);
    registerContentTranslation(esContent);
    const el = await fixture<SmrIllustration>(html`<smr-illustration exercise="adductors" lang="es" side="left"></smr-illustration>`);
    const label = picture(el).getAttribute('aria-label')!;
    expect(label).to.equal(`${es.timer.left}: ${esContent.pictures!.adductors}`);
    expect(label).to.not.include(pictureText.adductors);
  });

  it('gives the lock screen a self-contained picture of the exercise, mirrored for the left side', () => {
    const [left] = illustrationArtwork('calves', 'left')!;
    expect(left.type).to.equal('image/svg+xml');
    expect(left.src.startsWith('data:image/svg+xml,')).to.equal(true);
    const file = new DOMParser().parseFromString(decodeURIComponent(left.src.slice('data:image/svg+xml,'.length)), 'image/svg+xml');
    expect(file.querySelector('parsererror')).to.equal(null);
    const svg = file.documentElement;
    expect(svg.localName).to.equal('svg');
    expect(svg.querySelector('style')!.textContent).to.include('.work{stroke:');
    expect(svg.querySelector(':scope > g')!.getAttribute('transform')).to.match(/^matrix\(-1 /);
    const [right] = illustrationArtwork('calves', 'right')!;
    expect(right.src).to.not.equal(left.src);
    expect(illustrationArtwork('no-such-exercise', null)).to.equal(undefined);
  });

  it('follows a change of the motion preference while shown, and leaves nothing listening once removed', async () => {
    let reduce = false;
    const queries = recordMotionQueryListeners(() => reduce);
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <smr-illustration exercise="calves"></smr-illustration>
        <smr-illustration exercise="adductors" paused></smr-illustration>
      </div>`,
    );
    const [el] = host.querySelectorAll('smr-illustration');
    expect(motion(el)[0].playState).to.equal('running');
    expect(queries.listening().length, 'listens while shown').to.be.greaterThan(0);
    // The person turns on reduced motion: the picture stops at once.
    reduce = true;
    for (const list of queries.lists) list.dispatchEvent(new Event('change'));
    expect(motion(el)).to.have.length(0);
    reduce = false;
    for (const list of queries.lists) list.dispatchEvent(new Event('change'));
    expect(motion(el)[0].playState, 'moves again').to.equal('running');
    const [animation] = motion(el);
    host.remove();
    // Nothing left that would keep the removed pictures (and all they reach) alive, or wake them.
    expect(queries.listening()).to.deep.equal([]);
    expect(animation.playState).to.equal('idle');
  });

  it('stops its animations when removed from the page', async () => {
    const el = await fixture<SmrIllustration>(html`<smr-illustration exercise="calves"></smr-illustration>`);
    const [animation] = motion(el);
    el.remove();
    expect(animation.playState).to.equal('idle');
  });
});
