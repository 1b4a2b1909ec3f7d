import { illustrationArtwork } from '../../src/components/illustration/artwork.js';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/routine/routine.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import '../../src/components/timer/timer.js';
import type { SmrTimer } from '../../src/components/timer/timer.js';
import { getExercise, getPreset, presets } from '../../src/content/catalog.js';
import type { RoutineInput } from '../../src/core/types.js';
import { recordEvents, shadowText, simulateReturnToTab, useFakeClock } from '../support/helpers.js';
import { mountRoutine, primary, routineSuiteHooks, SHORT } from '../support/routine-host.js';
import { installMediaSession, removeMediaSession, type MediaSessionStub } from '../support/media-session.js';
import { recordMotionQueryListeners } from '../support/motion-queries.js';
import { pictureText } from '../../src/content/illustration-text.js';

const EVENTS = [
  'smr-routine-start',
  'smr-step-change',
  'smr-routine-complete',
  'smr-error',
  'smr-start',
  'smr-complete',
  'smr-side-change',
];
const XSS = '<img src=x onerror="window.__smrXss=1">';

/** `<smr-routine lead-in="0" no-persist>` with `input`, and the boolean attributes in `attrs`. */
const routine = (input: RoutineInput = SHORT, attrs = '') =>
  mountRoutine(undefined, { input, attributes: attrs.split(' ').filter(Boolean) });

describe('<smr-routine>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  const suite = routineSuiteHooks();

  describe('inputs', () => {
    it('plays a preset, with an accessible overview', async () => {
      const el = await fixture<SmrRoutine>(html`<smr-routine preset="lower-leg"></smr-routine>`);
      await expect(el).to.be.accessible();
      const preset = getPreset('lower-leg')!;
      expect(el.resolvedRoutine?.id).to.equal('lower-leg');
      expect(shadowText(el, '[part="heading"]')).to.equal(preset.title);
      expect(el.shadowRoot!.querySelectorAll('.step-list > li').length).to.equal(preset.steps.length);
      expect(shadowText(el, '[part="safety"]')).to.match(/not replace/);
      expect(shadowText(el, '[part="check"]')).to.include('Before you start');
      expect(el.state).to.equal('idle');
      expect(el.segments[0].kind).to.equal('lead-in');
      expect(el.segments[0].duration).to.equal(5);
    });

    it('asks the complete red-flag screen before the first session, with urgent care where it is urgent (issue 17)', async () => {
      const el = await fixture<SmrRoutine>(html`<smr-routine preset="chair-and-wall"></smr-routine>`);
      const items = [...el.shadowRoot!.querySelectorAll('[part="check"] li')].map((li) => li.textContent.trim());
      for (const pattern of [
        /^No chest pain and no sudden shortness of breath\. \(If there is, get urgent medical care now\.\)$/,
        /bladder or bowel control.*numbness between the legs.*urgent medical care now/,
        /sudden, severe headache.*double vision.*swallowing.*urgent medical care now/,
        /^No hot, swollen joint\.$/,
        /cancer.*lost weight.*tumour site/,
        /reduced feeling.*flexible joints.*bruises or tears easily/,
      ]) {
        expect(
          items.some((item) => pattern.test(item)),
          String(pattern),
        ).to.equal(true);
      }
      await expect(el).to.be.accessible();
    });

    it('says in its header when steps are done on the floor (issue 17)', async () => {
      const chip = (el: SmrRoutine) => el.shadowRoot!.querySelector('.chips .floor')?.textContent.trim();
      const floor = await fixture<SmrRoutine>(html`<smr-routine preset="lower-leg" no-persist></smr-routine>`);
      expect(chip(floor)).to.equal('Some steps on the floor');
      const chair = await fixture<SmrRoutine>(html`<smr-routine preset="chair-and-wall" no-persist></smr-routine>`);
      expect(chip(chair)).to.equal(undefined);
      // The same floor exercise following its off-the-floor steps needs no floor; a custom step is not counted.
      const offFloor = await routine({
        id: 'seated',
        title: 'Seated',
        steps: [
          { exercise: 'calves', tool: 'stick', instructions: getExercise('calves')!.offFloor!.steps },
          { name: 'Breathe', duration: 30 },
        ],
      });
      expect(chip(offFloor)).to.equal(undefined);
      for (const preset of presets) {
        const el = await fixture<SmrRoutine>(html`<smr-routine preset=${preset.id} no-persist></smr-routine>`);
        const needsFloor = preset.steps.some((step) => getExercise(step.exercise!)!.position === 'floor');
        expect(chip(el), preset.id).to.equal(needsFloor ? 'Some steps on the floor' : undefined);
      }
    });

    it('reads <smr-step> children and routine attributes, and follows live edits', async () => {
      // One instruction per line of text: keep the line break exactly where it is.
      // prettier-ignore
      const el = await fixture<SmrRoutine>(html`<smr-routine title="Desk break" rest="10" switch-duration="2" lead-in="0">
        <smr-step exercise="calves" duration="1:00" sides="both"></smr-step>
        <smr-step name="Arch roll" duration="45" tool="ball">Roll the arch.
          Pause on tender spots.</smr-step>
      </smr-routine>`);
      const r = el.resolvedRoutine!;
      expect(r.title).to.equal('Desk break');
      expect(r.rest).to.equal(10);
      expect(r.switchDuration).to.equal(2);
      expect(r.steps.map((s) => [s.name, s.duration, s.sides])).to.deep.equal([
        ['Calves', 60, 'both'],
        ['Arch roll', 45, 'none'],
      ]);
      expect(r.steps[1].instructions).to.deep.equal(['Roll the arch.', 'Pause on tender spots.']);
      const step = document.createElement('smr-step');
      step.setAttribute('exercise', 'neck');
      el.append(step);
      await waitUntil(() => el.resolvedRoutine?.steps.length === 3, 'added child not picked up');
      el.querySelector('smr-step')!.setAttribute('duration', '30');
      await waitUntil(() => el.resolvedRoutine?.steps[0]!.duration === 30, 'edited attribute not picked up');
      el.querySelector('smr-step')!.remove();
      await waitUntil(() => el.resolvedRoutine?.steps.length === 2, 'removed child not picked up');
    });

    it('reads one instruction per <p> or <li>, however the text is wrapped', async () => {
      // The wrapping and extra spaces are the point of this test.
      // prettier-ignore
      const el = await fixture<SmrRoutine>(html`<smr-routine title="Wrapped">
        <smr-step name="Arch roll" duration="45">
          <p>Stand by a wall
            and put the ball under your arch.</p>
          <p>Roll   slowly.</p>
        </smr-step>
        <smr-step name="Heel" duration="30"><ol><li>Press the heel.</li><li>Hold.</li></ol></smr-step>
      </smr-routine>`);
      expect(el.resolvedRoutine!.steps.map((step) => step.instructions)).to.deep.equal([
        ['Stand by a wall and put the ball under your arch.', 'Roll slowly.'],
        ['Press the heel.', 'Hold.'],
      ]);
    });

    it('reads inline JSON', async () => {
      const el = await fixture<SmrRoutine>(
        html`<smr-routine
          ><script type="application/json">
            { "id": "inline", "title": "Inline", "steps": [{ "exercise": "neck" }] }
          </script></smr-routine
        >`,
      );
      expect(el.resolvedRoutine?.id).to.equal('inline');
      expect(el.resolvedRoutine?.steps[0]!.name).to.equal('Back of the neck and skull base');
    });

    it('fetches src, showing a loading state first', async () => {
      const el = await fixture<SmrRoutine>(html`<smr-routine src="/test/fixtures/routine.json"></smr-routine>`);
      expect(shadowText(el, '[role="status"]')).to.include('Loading');
      await waitUntil(() => el.resolvedRoutine !== null, 'src never loaded');
      expect(el.resolvedRoutine!.title).to.equal('Fixture routine');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    for (const [src, expected] of [
      ['/test/fixtures/missing.json', 'the server answered 404'],
      ['/test/fixtures/broken.json', 'not valid JSON'],
      ['/test/fixtures/not-json.html', 'expected a JSON file, got content type "text/html"'],
      ['/test/fixtures/invalid-routine.json', 'steps[0].duration'],
    ]) {
      it(`shows a clear message and a retry for ${src}`, async () => {
        sinon.stub(console, 'warn');
        const errors = sinon.spy();
        document.addEventListener('smr-error', errors);
        const el = await fixture<SmrRoutine>(html`<smr-routine src=${src}></smr-routine>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
        expect(shadowText(el, '[part="error"]')).to.include(expected);
        expect(errors.callCount).to.equal(1);
        document.removeEventListener('smr-error', errors);
        await expect(el).to.be.accessible();
        if (!src.includes('invalid')) {
          const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Try again'))!;
          expect(retry).to.exist;
          retry.click();
          await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'retry lost the error');
        }
      });
    }

    it('the routine property wins over other inputs, with one warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<SmrRoutine>(html`<smr-routine preset="neck-relief"><smr-step exercise="calves"></smr-step></smr-routine>`);
      expect(el.resolvedRoutine?.title).to.equal('Routine');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.include('<smr-step> children and preset were both given');
      el.routine = SHORT;
      await el.updateComplete;
      expect(el.resolvedRoutine?.id).to.equal('short');
      expect(warn.callCount).to.equal(2);
      expect(String(warn.secondCall.args[0])).to.include('routine property and <smr-step> children and preset were all given');
    });

    it('inline JSON that does not parse is reported as JSON in the page, not as a file', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<SmrRoutine>(
        html`<smr-routine
          ><script type="application/json">
            {"title":
          </script></smr-routine
        >`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'));
      const error = shadowText(el, '[part="error"]');
      expect(error).to.include('the JSON in the page is not valid');
      expect(error).not.to.include('file');
    });

    it('names the field and value of invalid input, fires smr-error, and recovers', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<SmrRoutine>(html`<smr-routine preset="lower-legs"></smr-routine>`);
      expect(shadowText(el, '[part="error"]')).to.include('preset: unknown preset "lower-legs"; did you mean "lower-leg"?');
      await expect(el).to.be.accessible();
      const event = oneEvent(el, 'smr-error');
      el.routine = { id: 'x', title: 'X', steps: [{ name: 'N', duration: 'abc' }] } as unknown as RoutineInput;
      expect((await event).detail.errors).to.deep.equal([
        {
          path: 'steps[0].duration',
          message: 'expected seconds from 5 to 600, got "abc"',
          problem: { code: 'range', unit: 'seconds', min: 5, max: 600, got: '"abc"' },
        },
      ]);
      await el.updateComplete;
      expect(shadowText(el, '[part="error"]')).to.include('steps[0].duration');
      el.routine = SHORT;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      // The invalid preset, the routine property given beside the preset, the invalid routine.
      expect(warn.callCount).to.equal(3);
    });

    it('renders every text field inert', async () => {
      sinon.stub(console, 'warn');
      const el = await routine({
        id: XSS,
        title: XSS,
        description: XSS,
        steps: [{ name: XSS, duration: 10, instructions: [XSS], cautions: [XSS] }],
      });
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(shadowText(el)).to.include(XSS);
      el.start();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      el.setAttribute('preset', XSS);
      el.routine = undefined;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __smrXss?: number }).__smrXss).to.equal(undefined);
    });
  });

  describe('session', () => {
    it('passes axe while running, resting, paused and complete (real clock)', async function () {
      this.timeout(20_000);
      const el = await routine({
        id: 'axe',
        title: 'Axe',
        rest: 5,
        steps: [
          { name: 'A', duration: 5 },
          { name: 'B', duration: 5 },
        ],
      });
      el.start();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await waitUntil(() => shadowText(el, '[part="label"]') === 'Rest', 'never reached the rest', { timeout: 8000 });
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.pause();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.next();
      el.next();
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      await expect(el).to.be.accessible();
    });

    it('keeps keyboard focus on the main button as Start, completion and Restart swap the view, and announces the start with the first step', async () => {
      clock = suite.fakeClock();
      const el = await routine();
      const start = primary(el);
      start.focus();
      start.click();
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(el.shadowRoot!.activeElement === primary(el), 'focus is on the main button').to.equal(true);
      expect(primary(el) === start, 'the player has its own button').to.equal(false);
      expect(primary(el).textContent.trim()).to.equal('Pause');
      expect(shadowText(el, '[aria-live]')).to.equal(`${SHORT.title} started. Step 1 of 2: A, Left side.`);
      clock.tick(60_000);
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(el.shadowRoot!.activeElement === primary(el), 'focus is on the main button').to.equal(true);
      primary(el).click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === primary(el), 'focus is on the main button').to.equal(true);
      // Focus outside the element stays where the page put it.
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      el.start();
      await el.updateComplete;
      expect(document.activeElement === outside, 'focus stays outside').to.equal(true);
      outside.remove();
    });

    it('runs every segment in order, with switch and rest, and completes', async () => {
      clock = suite.fakeClock();
      const el = await routine();
      const events = recordEvents(el, EVENTS);
      el.start();
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(shadowText(el, '[part="progress"]')).to.include('Step 1 of 2');
      expect(shadowText(el, '[part="time"]')).to.equal('0:10');
      clock.tick(10_000);
      await el.updateComplete;
      expect(shadowText(el, '[part="label"]')).to.equal('Switch sides');
      clock.tick(3_000 + 10_000);
      await el.updateComplete;
      expect(shadowText(el, '[part="label"]')).to.equal('Rest');
      expect(shadowText(el, '[aria-live]')).to.equal('Rest. Next: B.');
      clock.tick(5_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      clock.tick(20_000);
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(shadowText(el, '[part="summary"]')).to.include('Session complete');
      const changes = events
        .filter((e) => e.name === 'smr-step-change')
        .map((e) => {
          const d = e.detail as { index: number; side: string; phase: string };
          return [d.index, d.side, d.phase];
        });
      expect(changes).to.deep.equal([
        [0, 'left', 'work'],
        [0, 'right', 'switch'],
        [0, 'right', 'work'],
        [1, null, 'rest'],
        [1, null, 'work'],
      ]);
      expect(events[0]).to.deep.equal({ name: 'smr-routine-start', detail: { routineId: 'short', total: 48 } });
      expect(events.at(-1)).to.deep.equal({
        name: 'smr-routine-complete',
        detail: { routineId: 'short', elapsed: 48, completed: [0, 1], skipped: [], feedback: [] },
      });
      expect(events.some((e) => ['smr-start', 'smr-complete', 'smr-side-change'].includes(e.name))).to.equal(false);
    });

    it('lead-in counts down before the first step; each side gets its full time', async () => {
      clock = suite.fakeClock();
      const el = await routine();
      el.leadIn = 4;
      await el.updateComplete;
      expect(el.segments.map((s) => [s.kind, s.duration])).to.deep.equal([
        ['lead-in', 4],
        ['work', 10],
        ['switch', 3],
        ['work', 10],
        ['rest', 5],
        ['work', 20],
      ]);
      el.start();
      await el.updateComplete;
      expect(shadowText(el, '[part="label"]')).to.equal('Get ready');
      expect(shadowText(el, '[part="time"]')).to.equal('0:04');
    });

    it('next and previous move between steps, at the edges too, and skipped steps are reported', async () => {
      clock = suite.fakeClock();
      const el = await routine();
      const events = recordEvents(el, ['smr-routine-complete', 'smr-step-change']);
      el.previous();
      expect(el.state).to.equal('idle');
      el.start();
      clock.tick(2000);
      el.previous();
      expect(el.currentIndex).to.equal(0);
      el.next();
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      expect(shadowText(el, '[part="time"]')).to.equal('0:20');
      clock.tick(5000);
      el.previous();
      expect(el.currentIndex).to.equal(1);
      el.previous();
      expect(el.currentIndex).to.equal(0);
      el.next();
      el.next();
      expect(el.state).to.equal('complete');
      const complete = events.find((e) => e.name === 'smr-routine-complete')!.detail as { skipped: number[]; completed: number[] };
      expect(complete.skipped).to.deep.equal([0, 1]);
      expect(complete.completed).to.deep.equal([]);
    });

    it('pause() and resume() hold the position', async () => {
      clock = suite.fakeClock();
      const el = await routine();
      el.start();
      clock.tick(4000);
      el.pause();
      clock.tick(60_000);
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(shadowText(el, '[part="time"]')).to.equal('0:06');
      el.resume();
      clock.tick(6000);
      await el.updateComplete;
      expect(shadowText(el, '[part="label"]')).to.equal('Switch sides');
    });

    it('manual mode waits for the person after each step', async () => {
      clock = suite.fakeClock();
      const el = await routine(SHORT, 'manual');
      el.start();
      clock.tick(23_000);
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(shadowText(el, '[part="label"]')).to.equal('Step done');
      expect(primary(el).textContent.trim()).to.equal('Continue');
      clock.tick(60_000);
      expect(el.state).to.equal('paused');
      el.next();
      expect(el.state, 'Next continues a waiting session').to.equal('running');
      clock.tick(5_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      expect(shadowText(el, '[part="time"]')).to.equal('0:20');
      const complete = oneEvent(el, 'smr-routine-complete');
      clock.tick(20_000);
      expect(el.state).to.equal('complete');
      expect((await complete).detail.skipped).to.deep.equal([]);
    });

    it('a frozen or hidden tab returns to the true position, having fired the passed changes in order', async () => {
      clock = suite.fakeClock();
      const el = await routine();
      const events = recordEvents(el, ['smr-step-change', 'smr-routine-complete']);
      el.start();
      clock.jump(30_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      expect(shadowText(el, '[part="time"]')).to.equal('0:18');
      expect(events.map((e) => (e.detail as { phase: string }).phase)).to.deep.equal(['work', 'switch', 'work', 'rest', 'work']);
      clock.setSystemTime(Date.now() + 60_000);
      simulateReturnToTab();
      expect(el.state).to.equal('complete');
      expect(events.at(-1)!.name).to.equal('smr-routine-complete');
    });

    it('asks how tender it was, includes the ratings in the completion event, and remembers them', async () => {
      clock = suite.fakeClock();
      const el = await fixture<SmrRoutine>(html`<smr-routine lead-in="0" ask-feedback></smr-routine>`);
      el.routine = SHORT;
      await el.updateComplete;
      el.start();
      await el.updateComplete;
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="feedback"] select')!;
      expect(shadowText(el, '[part="feedback"] label')).to.include('left');
      select.value = '6';
      select.dispatchEvent(new Event('change'));
      const done = oneEvent(el, 'smr-routine-complete');
      clock.tick(48_000);
      expect((await done).detail.feedback).to.deep.equal([{ index: 0, side: 'left', rating: 6 }]);
      await el.updateComplete;
      expect(shadowText(el, '[part="summary"]')).to.include('6/10');
      const again = await fixture<SmrRoutine>(html`<smr-routine lead-in="0" ask-feedback></smr-routine>`);
      again.routine = SHORT;
      await again.updateComplete;
      again.start();
      await again.updateComplete;
      expect(shadowText(again, '[part="feedback"]')).to.include('Last time: 6 of 10');
    });

    it('counts a daily streak with track-streak', async () => {
      clock = suite.fakeClock();
      const el = await fixture<SmrRoutine>(html`<smr-routine lead-in="0" track-streak no-persist></smr-routine>`);
      el.routine = SHORT;
      await el.updateComplete;
      el.start();
      clock.tick(48_000);
      await el.updateComplete;
      expect(shadowText(el, '[part="summary"]')).to.include('First day of your streak');
      clock.tick(86_400_000);
      el.restart();
      clock.tick(48_000);
      await el.updateComplete;
      expect(shadowText(el, '[part="summary"]')).to.include('2 days in a row');
    });
  });

  describe('resume and storage', () => {
    it('offers to resume at the same step, paused, after the element is re-created', async () => {
      clock = suite.fakeClock();
      const first = await fixture<SmrRoutine>(html`<smr-routine lead-in="0"></smr-routine>`);
      first.routine = SHORT;
      await first.updateComplete;
      first.start();
      clock.tick(30_000);
      first.remove();
      const second = await fixture<SmrRoutine>(html`<smr-routine lead-in="0"></smr-routine>`);
      second.routine = SHORT;
      await second.updateComplete;
      expect(shadowText(second, '[part="resume"]')).to.include('Step 2 of 2');
      const resume = [...second.shadowRoot!.querySelectorAll('[part="resume"] button')][0] as HTMLButtonElement;
      resume.click();
      await second.updateComplete;
      expect(second.state).to.equal('paused');
      expect(second.currentIndex).to.equal(1);
      expect(shadowText(second, '[part="time"]')).to.equal('0:18');
      second.resume();
      clock.tick(18_000);
      expect(second.state).to.equal('complete');
    });

    it('no-persist saves nothing', async () => {
      clock = suite.fakeClock();
      const el = await routine();
      el.start();
      clock.tick(5000);
      el.pause();
      expect(Object.keys(localStorage).filter((k) => k.includes('progress'))).to.deep.equal([]);
    });

    it('keeps going when storage throws on every access', async () => {
      clock = suite.fakeClock();
      sinon.stub(window, 'localStorage').get(() => {
        throw new DOMException('denied', 'SecurityError');
      });
      const el = await fixture<SmrRoutine>(html`<smr-routine lead-in="0" ask-feedback track-streak></smr-routine>`);
      el.routine = SHORT;
      await el.updateComplete;
      el.start();
      clock.tick(20_000);
      el.pause();
      el.resume();
      clock.tick(28_000);
      expect(el.state).to.equal('complete');
    });

    it('keeps going when storage is full, and discards corrupt or foreign saved data', async () => {
      clock = suite.fakeClock();
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const el = await routine(SHORT);
      el.noPersist = false;
      el.start();
      clock.tick(48_000);
      expect(el.state).to.equal('complete');
      sinon.restore();
      clock = suite.fakeClock();
      for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
      const corrupt = await fixture<SmrRoutine>(html`<smr-routine lead-in="0"></smr-routine>`);
      corrupt.routine = SHORT;
      await corrupt.updateComplete;
      corrupt.start();
      clock.tick(5000);
      corrupt.pause();
      const key = Object.keys(localStorage).find((k) => k.includes('progress'))!;
      expect(key).to.be.a('string');
      for (const bad of [
        '{not json',
        '{"elapsed":"soon"}',
        '[1,2,3]',
        JSON.stringify({ elapsed: 5, skipped: ['x'], active: 1, savedAt: 1 }),
      ]) {
        localStorage.setItem(key, bad);
        const next = await fixture<SmrRoutine>(html`<smr-routine lead-in="0"></smr-routine>`);
        next.routine = SHORT;
        await next.updateComplete;
        expect(next.shadowRoot!.querySelector('[part="resume"]'), bad).to.equal(null);
        expect(localStorage.getItem(key), bad).to.equal(null);
      }
    });

    it('remembers that the before-you-start check was done', async () => {
      const el = await routine();
      (el.shadowRoot!.querySelector('[part="check"] button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="check"]')).to.equal(null);
      const again = await routine();
      expect(again.shadowRoot!.querySelector('[part="check"]')).to.equal(null);
    });
  });

  describe('print', () => {
    it('has a one-page card of every step with times, sides and cautions, shown only in print', async () => {
      const el = await routine({
        ...SHORT,
        steps: [
          { name: 'A', duration: 10, sides: 'both', cautions: ['Not over the knee.'] },
          { name: 'B', duration: 20 },
        ],
      });
      const card = el.shadowRoot!.querySelector<HTMLElement>('.print-card')!;
      expect(getComputedStyle(card).display).to.equal('none');
      const text = card.textContent.replace(/\s+/g, ' ');
      expect(text).to.include('A — 0:10 per side');
      expect(text).to.include('Not over the knee.');
      expect(text).to.include('B — 0:20');
      const printRules = [...el.shadowRoot!.adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print');
      expect(printRules.length).to.be.greaterThan(0);
    });

    it('aborts a pending src fetch when removed', async () => {
      const abort = sinon.spy(AbortController.prototype, 'abort');
      const el = await fixture<SmrRoutine>(html`<smr-routine src="/test/fixtures/routine.json"></smr-routine>`);
      el.remove();
      expect(abort.called).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('Space and arrows work while focus is in the player, and not elsewhere on the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="outside">outside</button><smr-routine lead-in="0" no-persist></smr-routine></div>`,
      );
      const el = wrapper.querySelector('smr-routine')!;
      el.routine = SHORT;
      await el.updateComplete;
      primary(el).focus();
      await sendKeys({ press: 'Enter' });
      expect(el.state).to.equal('running');
      await el.updateComplete;
      const next = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Next')!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.currentIndex).to.equal(1);
      el.shadowRoot!.querySelector<HTMLElement>('[part="instructions"] summary')!.blur();
      (el.shadowRoot!.querySelector('[part="progress"]') as HTMLElement).tabIndex = -1;
      (el.shadowRoot!.querySelector('[part="progress"]') as HTMLElement).focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.currentIndex).to.equal(0);
      await sendKeys({ press: 'Space' });
      expect(el.state).to.equal('paused');
      wrapper.querySelector<HTMLButtonElement>('#outside')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      expect(el.currentIndex).to.equal(0);
      expect(el.state).to.equal('paused');
    });
  });
});

describe('<smr-routine> used from script', () => {
  it('start() right after setting a routine waits for it and starts the session', async () => {
    const el = document.createElement('smr-routine');
    el.noPersist = true;
    document.body.append(el);
    try {
      el.routine = { id: 'scripted', title: 'Scripted', steps: [{ exercise: 'calves', duration: 30 }] };
      const started = new Promise<string>((resolve) =>
        el.addEventListener('smr-routine-start', (event) => resolve(event.detail.routineId)),
      );
      el.start();
      expect(await started).to.equal('scripted');
      expect(el.state).to.equal('running');
    } finally {
      el.remove();
    }
  });
});

describe('<smr-routine> on the lock screen and headphones (Media Session)', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let media: MediaSessionStub;
  beforeEach(() => {
    localStorage.clear();
    media = installMediaSession();
  });
  afterEach(() => {
    // Elements leave (and let the controls go) while the stub is still there to see it.
    fixtureCleanup();
    media.uninstall();
    clock?.restore();
    clock = undefined;
    localStorage.clear();
  });

  /** What the lock screen shows: title, artist and album. */
  const shown = () => media.metadata && [media.metadata.title, media.metadata.artist, media.metadata.album];

  it('shows the exercise illustration for the side worked as the artwork', async () => {
    clock = useFakeClock();
    const el = await fixture<SmrRoutine>(html`<smr-routine preset="lower-leg" no-persist lead-in="0"></smr-routine>`);
    el.start();
    const exercise = el.resolvedRoutine!.steps[0].exercise!;
    expect(media.metadata!.artwork).to.deep.equal(illustrationArtwork(exercise, 'left'));
    expect(media.metadata!.artwork[0].src.startsWith('data:image/svg+xml,')).to.equal(true);
    el.pause();
  });

  it('shows each step and side, the routine and the phase, through to the end, where it clears', async () => {
    clock = useFakeClock();
    const el = await routine();
    expect(media.metadata, 'nothing in the overview').to.equal(null);
    el.start();
    expect(shown()).to.deep.equal(['A · Left side', 'Short', 'Step 1 of 2']);
    expect(media.playbackState).to.equal('playing');
    clock.tick(10_000);
    expect(shown()).to.deep.equal(['A · Right side', 'Short', 'Step 1 of 2 · Switch sides']);
    clock.tick(3_000);
    expect(shown()).to.deep.equal(['A · Right side', 'Short', 'Step 1 of 2']);
    clock.tick(10_000);
    expect(shown()).to.deep.equal(['B', 'Short', 'Step 2 of 2 · Rest']);
    clock.tick(5_000);
    expect(shown()).to.deep.equal(['B', 'Short', 'Step 2 of 2']);
    expect(media.position).to.deep.equal({ duration: 20, position: 0, playbackRate: 1 });
    clock.tick(20_000);
    expect(el.state).to.equal('complete');
    expect(media.metadata).to.equal(null);
    expect(media.playbackState).to.equal('none');
    for (const action of ['play', 'pause', 'nexttrack', 'previoustrack', 'stop']) expect(media.handlers.get(action), action).to.equal(null);
  });

  it('next and previous track skip and go back, pause and play pause and resume, stop pauses and lets the controls go', async () => {
    clock = useFakeClock();
    const el = await routine();
    el.start();
    media.press('nexttrack');
    expect(el.currentIndex).to.equal(1);
    expect(shown()?.[0]).to.equal('B');
    media.press('previoustrack');
    expect(el.currentIndex).to.equal(0);
    expect(shown()?.[0]).to.equal('A · Left side');
    media.press('pause');
    expect(el.state).to.equal('paused');
    expect(media.playbackState).to.equal('paused');
    media.press('play');
    expect(el.state).to.equal('running');
    expect(media.playbackState).to.equal('playing');
    media.press('stop');
    expect(el.state, 'stop keeps the session, to resume').to.equal('paused');
    expect(media.metadata).to.equal(null);
    expect(media.playbackState).to.equal('none');
    el.start();
    expect(el.state).to.equal('running');
    expect(shown()?.[0], 'resuming takes the controls again').to.equal('A · Left side');
    media.press('nexttrack');
    media.press('nexttrack');
    expect(el.state, 'next on the last step ends the session').to.equal('complete');
    expect(media.metadata).to.equal(null);
  });

  it('a manual hold shows the next step as paused, and play continues', async () => {
    clock = useFakeClock();
    const el = await routine(SHORT, 'manual');
    el.start();
    clock.tick(23_000);
    expect(el.state).to.equal('paused');
    expect(media.playbackState).to.equal('paused');
    expect(shown()).to.deep.equal(['B', 'Short', 'Step 2 of 2 · Rest']);
    media.press('play');
    expect(el.state).to.equal('running');
    expect(media.playbackState).to.equal('playing');
  });

  it('two elements on a page: the one that ran last owns the controls, and the other’s pause, stop or end leaves them alone', async () => {
    clock = useFakeClock();
    const el = await routine();
    const timer = await fixture<SmrTimer>(html`<smr-timer label="Neck" duration="60" muted></smr-timer>`);
    el.start();
    timer.start();
    expect(shown()?.[0]).to.equal('Neck');
    el.next();
    expect(shown()?.[0], 'the routine moved on, the timer still owns them').to.equal('Neck');
    el.pause();
    expect(shown()?.[0]).to.equal('Neck');
    expect(media.playbackState, 'the timer still plays').to.equal('playing');
    media.press('pause');
    expect(timer.state).to.equal('paused');
    expect(el.state).to.equal('paused');
    // Resuming is running last.
    el.start();
    expect(shown()?.[0]).to.equal('B');
    timer.start();
    expect(shown()?.[0]).to.equal('Neck');
    el.next();
    expect(el.state).to.equal('complete');
    expect(shown()?.[0], 'the routine’s end leaves the timer’s controls').to.equal('Neck');
    expect(media.playbackState).to.equal('playing');
    // Now the routine runs last: the timer's reset does not clear it.
    el.restart();
    expect(shown()?.[0]).to.equal('A · Left side');
    timer.reset();
    expect(shown()?.[0]).to.equal('A · Left side');
    timer.start();
    timer.remove();
    expect(media.metadata, 'the timer owned them and left').to.equal(null);
  });

  it('leaving the page clears the controls', async () => {
    const el = await routine();
    el.start();
    expect(media.metadata).to.not.equal(null);
    el.remove();
    expect(media.metadata).to.equal(null);
    expect(media.playbackState).to.equal('none');
  });

  it('runs, skips and completes without the API', async () => {
    media.uninstall();
    const restore = removeMediaSession();
    try {
      const el = await routine();
      el.start();
      el.pause();
      el.start();
      el.next();
      el.previous();
      el.next();
      el.next();
      expect(el.state).to.equal('complete');
    } finally {
      fixtureCleanup();
      restore();
      media = installMediaSession();
    }
  });
});

describe('<smr-routine> pictures, and leaving the page', () => {
  routineSuiteHooks();

  it('draws the still pictures of the step list and print card itself: named images, nothing moving or listening', async () => {
    const queries = recordMotionQueryListeners(() => false);
    const el = await fixture<SmrRoutine>(html`<smr-routine preset="lower-leg" no-persist></smr-routine>`);
    await expect(el).to.be.accessible();
    const steps = getPreset('lower-leg')!.steps;
    const thumbs = [...el.shadowRoot!.querySelectorAll('.step-list .step-thumb svg[part="illustration"]')];
    expect(thumbs.map((svg) => svg.getAttribute('aria-label'))).to.deep.equal(steps.map((step) => pictureText[step.exercise!]));
    expect(thumbs.every((svg) => svg.getAttribute('role') === 'img' && svg.querySelector('.work'))).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.print-card .print-thumb svg').length).to.equal(steps.length);
    // No element of its own for a picture that never moves, and no inline style.
    expect(el.shadowRoot!.querySelector('smr-illustration')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    expect(el.shadowRoot!.getAnimations?.() ?? []).to.have.length(0);
    expect(queries.listening()).to.deep.equal([]);
    // Drawn in the routine's colours: the worked area in the accent colour.
    const work = getComputedStyle(thumbs[0].querySelector('.work')!).stroke;
    const accent = getComputedStyle(el.shadowRoot!.querySelector('[part~="button-primary"]')!).backgroundColor;
    expect(work).to.equal(accent);
  });

  it('a removed routine leaves nothing running or listening: its moving picture and its ring stop, its listeners go', async () => {
    const queries = recordMotionQueryListeners(() => false);
    const host = await fixture<HTMLDivElement>(
      html`<div>
        ${Array.from({ length: 3 }, () => html`<smr-routine preset="lower-leg" no-persist muted lead-in="0"></smr-routine>`)}
      </div>`,
    );
    const routines = [...host.querySelectorAll('smr-routine')];
    await Promise.all(routines.map((routine) => routine.updateComplete));
    routines[0].start();
    await routines[0].updateComplete;
    const picture = routines[0].shadowRoot!.querySelector('smr-illustration')!;
    await picture.updateComplete;
    const moving = picture.shadowRoot!.querySelector('.moving')!.getAnimations();
    expect(moving.length, 'the step’s picture moves').to.be.greaterThan(0);
    expect(moving.every((animation) => animation.playState === 'running')).to.equal(true);
    expect(queries.listening().length, 'the moving picture follows the motion preference').to.be.greaterThan(0);
    const sweep = [...routines[0].shadowRoot!.querySelectorAll('.arc-early, .arc-late')].flatMap((arc) => arc.getAnimations());
    expect(sweep.length, 'the ring sweeps').to.be.greaterThan(0);
    host.remove();
    expect(moving.map((animation) => animation.playState)).to.deep.equal(moving.map(() => 'idle'));
    expect(
      sweep.map((animation) => animation.playState),
      'the ring’s sweep is cancelled',
    ).to.deep.equal(sweep.map(() => 'idle'));
    expect(queries.listening()).to.deep.equal([]);
  });
});
