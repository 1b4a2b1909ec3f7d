// A step's own picture or clip (issue 18): <smr-step media-*>, the player beside the ring, the
// builder's field and the embed snippet round trip.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/components/routine/routine.js';
import '../../src/components/routine-builder/routine-builder.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import type { SmrStep } from '../../src/components/routine/step.js';
import type { SmrRoutineBuilder } from '../../src/components/routine-builder/routine-builder.js';
import { validateRoutine } from '../../src/content/catalog.js';
import { registerTranslation } from '../../src/controllers/translation-registry.js';
import type { RoutineInput, StepMedia } from '../../src/core/types.js';
import { es } from '../../src/translations/es.js';
import { shadowText } from '../support/helpers.js';

const PICTURE: StepMedia = {
  src: '/test/fixtures/step-picture.svg',
  type: 'image',
  alt: 'Standing by a wall, one foot on a ball under the arch',
};
const CLIP: StepMedia = { src: '/test/fixtures/step-clip.webm', type: 'video', alt: 'A ball rolls slowly from left to right' };

const WITH_MEDIA: RoutineInput = {
  id: 'with-media',
  title: 'With media',
  steps: [
    { name: 'Arch roll', duration: 30, media: PICTURE },
    { name: 'Ball roll', duration: 30, media: CLIP },
    { name: 'Breathe', duration: 30 },
    { exercise: 'calves', duration: 30, sides: 'none', media: { src: `${CLIP.src}?calf`, type: 'video', alt: 'Calf on the roller' } },
  ],
};

async function routine(input: RoutineInput = WITH_MEDIA): Promise<SmrRoutine> {
  return fixture<SmrRoutine>(html`<smr-routine lead-in="0" no-persist muted .routine=${input}></smr-routine>`);
}

const media = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="media"]');
const video = (el: Element) => el.shadowRoot!.querySelector<HTMLVideoElement>('[part="media"] video');

/** Goes to step `index` (0-based) of a running session. */
async function goTo(el: SmrRoutine, index: number): Promise<void> {
  while (el.currentIndex < index) el.next();
  await el.updateComplete;
}

/** `matchMedia` that says the person asked for reduced motion (a real list that matches); every other query as the browser answers. */
function preferReducedMotion(): void {
  const real = window.matchMedia.bind(window);
  sinon.stub(window, 'matchMedia').callsFake((query: string) => real(query.includes('prefers-reduced-motion: reduce') ? 'all' : query));
}

describe('step media', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });

  describe('<smr-step media-src media-type media-alt>', () => {
    it('carries media: { src, type, alt } into the routine, and its properties reflect', async () => {
      const el = await fixture<SmrRoutine>(
        html`<smr-routine lead-in="0" no-persist>
          <smr-step name="Arch roll" duration="30" media-src=${PICTURE.src} media-type="image" media-alt=${PICTURE.alt}></smr-step>
          <smr-step exercise="calves"></smr-step>
        </smr-routine>`,
      );
      const [withMedia, without] = [...el.querySelectorAll<SmrStep>('smr-step')];
      expect(withMedia.toStepInput().media).to.deep.equal(PICTURE);
      expect(without.toStepInput()).not.to.have.property('media');
      expect(el.resolvedRoutine!.steps[0].media).to.deep.equal(PICTURE);
      expect(el.resolvedRoutine!.steps[1]).not.to.have.property('media');
      expect([withMedia.mediaSrc, withMedia.mediaType, withMedia.mediaAlt]).to.deep.equal([PICTURE.src, 'image', PICTURE.alt]);
      without.mediaSrc = CLIP.src;
      without.mediaType = 'video';
      without.mediaAlt = CLIP.alt;
      expect(without.getAttribute('media-src')).to.equal(CLIP.src);
      expect(without.getAttribute('media-type')).to.equal('video');
      await el.updateComplete;
      await el.updateComplete;
      expect(el.resolvedRoutine!.steps[1].media).to.deep.equal(CLIP);
    });

    it('a hostile or incomplete media attribute is a visible, accessible error and an smr-error, and nothing loads', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<SmrRoutine>(
        html`<smr-routine lead-in="0" no-persist>
          <smr-step name="A" duration="30" media-src="javascript:alert(1)" media-type="image" media-alt="A"></smr-step>
          <smr-step name="B" duration="30" media-src=" data:image/png;base64,AAAA" media-type="image" media-alt="B"></smr-step>
          <smr-step name="C" duration="30" media-src="/c.png"></smr-step>
          <smr-step name="D" duration="30" media-type="gif" media-alt="D"></smr-step>
        </smr-routine>`,
      );
      const text = shadowText(el, '[part="error"]');
      for (const line of [
        'steps[0].media.src: expected an http(s) URL or a relative one, without spaces, got "javascript:alert(1)"',
        'steps[1].media.src: expected an http(s) URL or a relative one, without spaces, got " data:image/png;base64,AAAA"',
        'steps[2].media.type: is required',
        'steps[2].media.alt: is required',
        'steps[3].media.src: is required',
        'steps[3].media.type: expected "image" or "video", got "gif"',
      ]) {
        expect(text).to.include(line);
      }
      expect(el.shadowRoot!.querySelectorAll('img, video')).to.have.length(0);
      await expect(el).to.be.accessible();
      expect(warn.callCount).to.equal(1);
      const event = oneEvent(el, 'smr-error');
      el.querySelector('smr-step')!.setAttribute('media-src', 'vbscript:msgbox(1)');
      expect((await event).detail.errors[0]).to.deep.include({ path: 'steps[0].media.src' });
    });
  });

  describe('in the player', () => {
    it('shows a step’s picture large beside the ring, with its alt, and nothing for a step without media', async () => {
      const el = await routine();
      expect(media(el)).to.equal(null);
      el.start();
      await el.updateComplete;
      const stage = el.shadowRoot!.querySelector('.stage')!;
      expect(stage.classList.contains('with-picture')).to.equal(true);
      expect(stage.firstElementChild).to.equal(media(el));
      expect(media(el)!.nextElementSibling!.getAttribute('part')).to.equal('dial');
      const img = media(el)!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(PICTURE.src);
      expect(img.alt).to.equal(PICTURE.alt);
      await expect(el).to.be.accessible();
      await goTo(el, 2);
      expect(media(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('.stage')!.classList.contains('with-picture')).to.equal(false);
    });

    it('a clip is muted, looped and inline, with no controls and no autoplay; it plays and pauses with the session', async () => {
      const play = sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
      const pause = sinon.spy(HTMLMediaElement.prototype, 'pause');
      const el = await routine();
      el.start();
      await goTo(el, 1);
      const clip = video(el)!;
      expect(clip.getAttribute('src')).to.equal(CLIP.src);
      expect(clip.getAttribute('aria-label')).to.equal(CLIP.alt);
      expect(clip.muted).to.equal(true);
      expect(clip.hasAttribute('muted')).to.equal(true);
      expect(clip.loop).to.equal(true);
      expect(clip.hasAttribute('playsinline')).to.equal(true);
      expect(clip.autoplay).to.equal(false);
      expect(clip.controls).to.equal(false);
      expect(play.callCount).to.equal(1);
      expect(play.firstCall.thisValue).to.equal(clip);
      await expect(el).to.be.accessible();

      el.pause();
      await el.updateComplete;
      expect(pause.lastCall.thisValue).to.equal(clip);
      const pausesBefore = pause.callCount;
      // Re-rendering while paused neither plays nor pauses again.
      el.requestUpdate();
      await el.updateComplete;
      expect([play.callCount, pause.callCount]).to.deep.equal([1, pausesBefore]);

      el.resume();
      await el.updateComplete;
      expect(play.callCount).to.equal(2);
      expect(play.lastCall.thisValue).to.equal(clip);
      expect(clip.muted).to.equal(true);

      // The next clip is a new element, started on its own.
      await goTo(el, 3);
      expect(video(el)).not.to.equal(clip);
      expect(video(el)!.getAttribute('aria-label')).to.equal('Calf on the roller');
      expect(play.lastCall.thisValue).to.equal(video(el));
    });

    it('a clip really plays, muted, while the session runs and stops when it pauses', async () => {
      const el = await routine({ id: 'clip', title: 'Clip', steps: [{ name: 'Ball roll', duration: 30, media: CLIP }] });
      el.start();
      await el.updateComplete;
      const clip = video(el)!;
      expect(clip.paused).to.equal(false);
      expect(clip.muted).to.equal(true);
      el.pause();
      await el.updateComplete;
      expect(clip.paused).to.equal(true);
      el.resume();
      await el.updateComplete;
      expect(clip.paused).to.equal(false);
      el.next();
      await el.updateComplete;
      expect(video(el)).to.equal(null);
    });

    it('under reduced motion a clip never starts by itself and shows its controls instead; a pause still stops it', async () => {
      preferReducedMotion();
      const play = sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
      const pause = sinon.spy(HTMLMediaElement.prototype, 'pause');
      const el = await routine();
      el.start();
      await goTo(el, 1);
      const clip = video(el)!;
      expect(clip.controls).to.equal(true);
      expect(clip.muted).to.equal(true);
      expect(play.callCount).to.equal(0);
      await expect(el).to.be.accessible();
      el.pause();
      await el.updateComplete;
      expect(pause.lastCall?.thisValue).to.equal(clip);
      el.resume();
      await el.updateComplete;
      expect(play.callCount).to.equal(0);
    });

    it('a picture given as text stays an attribute value, never markup', async () => {
      const hostile = '"><img src=x onerror="window.__smrMediaXss=1">';
      const el = await routine({
        id: 'x',
        title: 'X',
        steps: [
          {
            name: 'A',
            duration: 30,
            media: { src: `/test/fixtures/step-picture.svg?${encodeURIComponent(hostile)}`, type: 'image', alt: hostile },
          },
        ],
      });
      el.start();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(1);
      expect(media(el)!.querySelector('img')!.alt).to.equal(hostile);
      expect((window as unknown as { __smrMediaXss?: number }).__smrMediaXss).to.equal(undefined);
    });
  });

  describe('in the builder', () => {
    function part<T extends Element = HTMLElement>(el: SmrRoutineBuilder, selector: string): T {
      const found = el.shadowRoot!.querySelector<T>(selector);
      if (!found) throw new Error(`no ${selector}`);
      return found;
    }
    async function edit(el: SmrRoutineBuilder, selector: string, value: string): Promise<void> {
      const field = part<HTMLInputElement | HTMLSelectElement>(el, selector);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
    async function builderWith(value: RoutineInput): Promise<SmrRoutineBuilder> {
      const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder script-src=""></smr-routine-builder>`);
      el.value = value;
      await el.updateComplete;
      return el;
    }
    async function mountSnippet(code: string): Promise<SmrRoutine> {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = code;
      const played = holder.querySelector('smr-routine')!;
      await played.updateComplete;
      return played;
    }
    const problem = (el: SmrRoutineBuilder, field: Element) => {
      const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
      return ids
        .map((id) => el.shadowRoot!.getElementById(id))
        .find((node) => node?.classList.contains('problem'))
        ?.textContent.trim();
    };

    it('every step has a picture-or-clip field, checked as the person types, with the problem beside the field', async function () {
      // axe over a whole builder (catalog, steps, preview and share area) takes WebKit about 15 s here.
      this.timeout(40000);
      const el = await builderWith({ id: 'b', title: 'B', steps: [{ name: 'Arch roll', duration: 30 }, { exercise: 'calves' }] });
      const groups = el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('.step details.media');
      expect(groups).to.have.length(2);
      expect([...groups].every((group) => !group.open)).to.equal(true);
      expect(el.value.steps[0]).not.to.have.property('media');
      groups[0].open = true;

      const src = '.step:nth-child(1) [name="media-src"]';
      const alt = '.step:nth-child(1) [name="media-alt"]';
      await edit(el, src, 'javascript:alert(1)');
      const srcField = part<HTMLInputElement>(el, src);
      expect(srcField.getAttribute('aria-invalid')).to.equal('true');
      expect(problem(el, srcField)).to.equal('expected an http(s) URL or a relative one, without spaces, got "javascript:alert(1)"');
      expect(problem(el, part(el, alt))).to.equal('must not be empty');
      expect(el.errors.map((error) => error.path)).to.deep.equal(['steps[0].media.src', 'steps[0].media.alt']);
      expect(el.shadowRoot!.querySelector('.steps .problems')).to.equal(null);
      expect(part<HTMLTextAreaElement>(el, '.embed-code').value).not.to.include('javascript:');
      await expect(el).to.be.accessible();

      await edit(el, src, CLIP.src);
      await edit(el, '.step:nth-child(1) [name="media-type"]', 'video');
      await edit(el, alt, CLIP.alt);
      expect(part(el, src).hasAttribute('aria-invalid')).to.equal(false);
      expect(el.errors).to.deep.equal([]);
      expect(el.value.steps[0].media).to.deep.equal(CLIP);
      expect(el.embedCode).to.include(`media-src="${CLIP.src}" media-type="video" media-alt="${CLIP.alt}"`);

      // Emptying URL and description leaves the step without media.
      await edit(el, src, '');
      await edit(el, alt, '');
      expect(el.value.steps[0]).not.to.have.property('media');
      expect(el.errors).to.deep.equal([]);
    });

    it('says it in Spanish on a Spanish page', async () => {
      registerTranslation(es);
      const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder lang="es" script-src=""></smr-routine-builder>`);
      el.value = { id: 'b', title: 'B', steps: [{ name: 'Arch roll', duration: 30 }] };
      await el.updateComplete;
      await edit(el, '.step:nth-child(1) [name="media-src"]', 'data:image/png;base64,AAAA');
      expect(shadowText(el, '.step:nth-child(1) details.media summary')).to.equal('Imagen o vídeo');
      expect(problem(el, part(el, '.step:nth-child(1) [name="media-src"]'))).to.equal(
        'se esperaba una URL http(s) o relativa, sin espacios, se recibió "data:image/png;base64,AAAA"',
      );
      expect(problem(el, part(el, '.step:nth-child(1) [name="media-alt"]'))).to.equal('no puede estar vacío');
    });

    for (const format of ['steps', 'json'] as const) {
      it(`the embed snippet (${format}) plays the same media in a fresh page, and the JSON import brings it back`, async () => {
        const el = await builderWith(WITH_MEDIA);
        expect(el.value.steps.map((step) => step.media)).to.deep.equal(WITH_MEDIA.steps.map((step) => step.media));
        expect(part<HTMLDetailsElement>(el, '.step:nth-child(1) details.media').open).to.equal(true);
        expect(part<HTMLInputElement>(el, '.step:nth-child(2) [name="media-src"]').value).to.equal(CLIP.src);
        expect(part<HTMLSelectElement>(el, '.step:nth-child(2) [name="media-type"]').value).to.equal('video');
        expect(part<HTMLInputElement>(el, '.step:nth-child(2) [name="media-alt"]').value).to.equal(CLIP.alt);
        el.embedFormat = format;
        await el.updateComplete;
        const played = await mountSnippet(el.embedCode);
        expect(played.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(played.resolvedRoutine!.steps.map((step) => step.media)).to.deep.equal(
          validateRoutine(WITH_MEDIA).routine!.steps.map((step) => step.media),
        );

        const fresh = await builderWith({ id: 'empty', title: 'Empty', steps: [{ name: 'A', duration: 30 }] });
        const importBox = part<HTMLTextAreaElement>(fresh, '#import');
        importBox.value = JSON.stringify(el.value);
        importBox.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await fresh.updateComplete;
        part<HTMLButtonElement>(fresh, '.load-json').click();
        await fresh.updateComplete;
        expect(fresh.value).to.deep.equal(el.value);
      });
    }

    it('round-trips any description and path exactly through both snippet formats (property)', async function () {
      this.timeout(60000);
      const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder script-src=""></smr-routine-builder>`);
      const alt = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((text) => text.trim().length > 0 && !/\0/.test(text));
      const src = fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.webPath().map((path) => `/test/fixtures${path}`),
      );
      await fc.assert(
        fc.asyncProperty(alt, src, fc.constantFrom('image' as const, 'video' as const), async (text, url, type) => {
          const input: RoutineInput = {
            id: 'fuzz',
            title: 'Fuzz',
            steps: [{ name: 'A', duration: 30, media: { src: url, type, alt: text } }],
          };
          const expected = validateRoutine(input).routine;
          fc.pre(expected !== null);
          el.value = input;
          await el.updateComplete;
          for (const format of ['steps', 'json'] as const) {
            el.embedFormat = format;
            const played = await mountSnippet(el.embedCode);
            expect(played.resolvedRoutine!.steps[0].media, format).to.deep.equal(expected.steps[0].media);
            played.parentElement!.remove();
          }
        }),
        { numRuns: 15 },
      );
    });
  });
});
