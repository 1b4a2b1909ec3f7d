import { expect, fixture, html } from '@open-wc/testing';
import type sinon from 'sinon';
import '../../src/components/routine/routine.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { registerContentTranslation } from '../../src/controllers/content-translations.js';
import { registerTranslation } from '../../src/controllers/translation-registry.js';
import { voiceAttribute, voiceMode } from '../../src/controllers/voice-setting.js';
import type { RoutineInput } from '../../src/core/types.js';
import { de } from '../../src/translations/de.js';
import { deContent } from '../../src/translations/de-content.js';
import { es } from '../../src/translations/es.js';
import { esContent } from '../../src/translations/es-content.js';
import { shadowText, simulateReturnToTab, useFakeClock } from '../support/helpers.js';
import { mountRoutine, primary, SHORT } from '../support/routine-host.js';
import { recordSpeech, removeSpeech, type SpeechRecorder } from '../support/speech.js';

/** Lines of the lower-leg preset (English) that recur. */
const PACE = 'Slow down: about an inch a second.';
const HALF = 'Halfway.';
const TEN = '10 seconds.';
const SWITCH = 'Switch sides.';
const RIGHT = 'Right side. Go.';

describe('voice coach (<smr-routine voice>)', () => {
  let clock: sinon.SinonFakeTimers;
  let speech: SpeechRecorder;
  let started = 0;

  /** What was said since `started`, each with the second of the session it was said at. */
  const timeline = (): [number, string][] =>
    speech.utterances.filter((u) => u.text).map((u) => [Math.round((u.at - started) / 100) / 10, u.text]);

  async function start(el: SmrRoutine): Promise<void> {
    started = Date.now();
    el.start();
    await el.updateComplete;
  }

  /** Lets `seconds` of the session pass, every wake of the countdown and every update on the way. */
  async function play(el: SmrRoutine, seconds: number): Promise<void> {
    await clock.tickAsync(seconds * 1000);
    await el.updateComplete;
  }

  beforeEach(() => {
    localStorage.clear();
    clock = useFakeClock();
    speech = recordSpeech();
  });
  afterEach(() => {
    speech.restore();
    clock.restore();
    localStorage.clear();
  });

  it('coaches a whole preset session: get-ready with the set-up, pace, halfway, 10 seconds, switch, rest with what is next, done', async function () {
    // Ten minutes of session, each second rendered: WebKit needs more than the default 10 s for it.
    this.timeout(60_000);
    const el = await mountRoutine(html`<div lang="en"><smr-routine preset="lower-leg" voice no-persist></smr-routine></div>`);
    await start(el);
    await play(el, 600);
    expect(el.state).to.equal('complete');
    expect(timeline()).to.deep.equal([
      [
        0,
        'Get ready. Sole of the foot, left side. Sit on a chair, ball under the front of the heel. Roll slowly along the arch, stopping before the toes.',
      ],
      // 5 s: "Go." is dropped, the set-up is still being read (the tone marks the start).
      [20, PACE],
      [35, HALF],
      [55, TEN],
      [65, SWITCH],
      [70, RIGHT],
      [85, PACE],
      [100, HALF],
      [120, TEN],
      [
        130,
        'Rest. Next: Calves, left side. Sit with legs long, roller under the upper calf. Lift your hips and roll slowly down, stopping above the Achilles.',
      ],
      // This set-up is read by the end of the rest, so "Go." follows it.
      [140, 'Go.'],
      [163, PACE],
      [185, HALF],
      [220, TEN],
      [230, SWITCH],
      [235, RIGHT],
      [258, PACE],
      [280, HALF],
      [315, TEN],
      [
        325,
        'Rest. Next: Shins (front of the lower leg), left side. On all fours, roller under one shin. Turn the leg in so it presses muscle, not bone, and roll slowly.',
      ],
      [350, PACE],
      [365, HALF],
      [385, TEN],
      [395, SWITCH],
      [400, RIGHT],
      [415, PACE],
      [430, HALF],
      [450, TEN],
      [
        460,
        'Rest. Next: Outer lower leg (peroneals), left side. Lie on your side, roller under the outer lower leg, a hand-width below the knee. Roll slowly toward the ankle.',
      ],
      [485, PACE],
      [500, HALF],
      [520, TEN],
      [530, SWITCH],
      [535, RIGHT],
      [550, PACE],
      [565, HALF],
      [585, TEN],
      [595, 'Done. Well done.'],
    ]);
    for (const utterance of speech.utterances) expect(utterance.lang).to.equal('en');
    // Never two at once: every line cancels whatever was still being said before it speaks.
    speech.calls.forEach((call, i) => {
      if (call.startsWith('speak:') && call !== 'speak:') expect(speech.calls[i - 1], call).to.equal('cancel');
    });
  });

  it('says "Go" after the set-up when the get-ready leaves time for it, and introduces a step that has no rest before it', async () => {
    const el = await mountRoutine(html`<smr-routine .routine=${{ ...SHORT, rest: 0 }} lead-in="15" voice no-persist></smr-routine>`);
    await start(el);
    await play(el, 60);
    expect(timeline()).to.deep.equal([
      [0, 'Get ready. A, left side.'],
      [15, 'Go.'],
      [25, SWITCH],
      [28, RIGHT],
      [38, 'B.'],
      [48, TEN],
      [58, 'Done. Well done.'],
    ]);
  });

  it('primes speech on the start press, silently and in the element language, then coaches', async () => {
    const el = await mountRoutine(html`<div lang="en-GB"><smr-routine preset="neck-relief" voice no-persist></smr-routine></div>`);
    started = Date.now();
    primary(el).click();
    await el.updateComplete;
    expect(speech.utterances[0]).to.include({ text: '', volume: 0, lang: 'en-GB' });
    expect(speech.utterances[1].text).to.equal(
      'Get ready. Upper back. Sit with knees bent, roller across your back below the shoulder blades. Cradle your head, lift your hips, roll slowly.',
    );
    expect(speech.utterances[1].lang).to.equal('en-GB');
  });

  it('says nothing while paused, stops speech at once on pause, and picks up where the clock is without a pile-up', async () => {
    const el = await mountRoutine(html`<smr-routine preset="lower-leg" voice no-persist></smr-routine>`);
    await start(el);
    await play(el, 3);
    expect(speech.texts()).to.have.length(1);
    el.pause();
    await el.updateComplete;
    expect(speech.calls.at(-1)).to.equal('cancel');
    const whilePaused = speech.calls.length;
    await play(el, 120);
    expect(speech.calls.length, 'nothing while paused').to.equal(whilePaused);
    el.resume();
    await el.updateComplete;
    // The session is 3 s in: "Go" (at 5 s, the set-up no longer being read) and the pace reminder (at 20 s) follow on time.
    await play(el, 2.5);
    expect(speech.texts().slice(1)).to.deep.equal(['Go.']);
    await play(el, 15);
    expect(speech.texts().slice(1)).to.deep.equal(['Go.', PACE]);
    // Paused right after the halfway mark and resumed: nothing is said twice or late.
    await play(el, 14.5);
    el.pause();
    await el.updateComplete;
    expect(speech.texts().at(-1)).to.equal(HALF);
    el.resume();
    await play(el, 5);
    expect(speech.texts().filter((text) => text === HALF)).to.have.length(1);
  });

  it('drops the lines a frozen tab slept through instead of saying them all on its return', async () => {
    const el = await mountRoutine(html`<smr-routine preset="lower-leg" voice no-persist></smr-routine>`);
    await start(el);
    await play(el, 1);
    const before = speech.texts().length;
    // The device slept for 103 s: the pace, halfway, 10 seconds, switch, right side and its pace and halfway lines passed unsaid.
    clock.setSystemTime(Date.now() + 103_000);
    simulateReturnToTab();
    await el.updateComplete;
    expect(speech.texts().length).to.equal(before);
    await play(el, 5);
    expect(speech.texts().slice(before)).to.deep.equal([]);
    await play(el, 15);
    expect(speech.texts().slice(before)).to.deep.equal([TEN]);
  });

  it('falls silent at once when muted, stays silent while muted, and goes on when unmuted', async () => {
    const el = await mountRoutine(html`<smr-routine preset="lower-leg" voice no-persist></smr-routine>`);
    await start(el);
    await play(el, 2);
    el.muted = true;
    await el.updateComplete;
    expect(speech.calls.at(-1)).to.equal('cancel');
    const muted = speech.calls.length;
    await play(el, 60);
    expect(speech.calls.length, 'nothing while muted').to.equal(muted);
    expect(el.state, 'the session runs on').to.equal('running');
    el.muted = false;
    await el.updateComplete;
    await play(el, 6);
    expect(speech.texts().at(-1)).to.equal(SWITCH);
  });

  it('voice="cues" speaks the short cues only, as before the coach', async () => {
    const el = await mountRoutine(html`<smr-routine .routine=${SHORT} lead-in="0" voice="cues" no-persist></smr-routine>`);
    await start(el);
    await play(el, 50);
    expect(el.state).to.equal('complete');
    expect(speech.texts()).to.deep.equal(['A, Left side', 'Switch sides', 'A, Right side', 'Rest', 'B', 'Done']);
    expect(el.getAttribute('voice')).to.equal('cues');
    expect(el.voice).to.equal('cues');
  });

  it('reads the bare attribute, voice="coach" and the property as the coach, and no attribute as no voice', async () => {
    const el = await mountRoutine(html`<smr-routine .routine=${SHORT} lead-in="0" no-persist></smr-routine>`);
    expect(el.voice).to.equal(false);
    await start(el);
    await play(el, 50);
    expect(speech.texts(), 'no voice').to.deep.equal([]);
    el.voice = true;
    await el.updateComplete;
    expect(el.getAttribute('voice')).to.equal('');
    el.setAttribute('voice', 'coach');
    expect(el.voice).to.equal('coach');
    el.restart();
    await play(el, 1);
    expect(speech.texts()).to.deep.equal(['A, left side.']);
    // The attribute converter and the mode, every value an author can write.
    expect([null, '', 'voice', 'coach', 'cues', 'false'].map((value) => voiceAttribute.fromAttribute(value))).to.deep.equal([
      false,
      true,
      true,
      'coach',
      'cues',
      true,
    ]);
    expect([false, true, 'coach', 'cues', undefined].map(voiceMode)).to.deep.equal(['off', 'coach', 'coach', 'cues', 'off']);
    expect([false, true, 'coach', 'cues'].map((value) => voiceAttribute.toAttribute(value))).to.deep.equal([null, '', 'coach', 'cues']);
  });

  it('speaks Spanish with lang="es" and German with lang="de-AT", set-ups and reminders included', async () => {
    registerTranslation(es);
    registerTranslation(de);
    expect(registerContentTranslation(esContent)).to.deep.equal([]);
    expect(registerContentTranslation(deContent)).to.deep.equal([]);
    const page = await fixture<HTMLElement>(
      html`<div>
        <smr-routine lang="es" preset="lower-leg" voice no-persist></smr-routine>
        <smr-routine lang="de-AT" preset="inner-thigh" voice no-persist></smr-routine>
      </div>`,
    );
    const [spanish, german] = page.querySelectorAll('smr-routine');
    await Promise.all([spanish.updateComplete, german.updateComplete]);
    await start(spanish);
    await start(german);
    await play(spanish, 36);
    const said = speech.said();
    const by = (lang: string) => said.filter((u) => u.lang === lang).map((u) => u.text);
    expect(
      said.every((u) => u.lang === 'es' || u.lang === 'de-AT'),
      'every utterance has its element language',
    ).to.equal(true);
    expect(by('es')).to.deep.equal([
      `Prepárate. Planta del pie, lado izquierdo. ${esContent.exercises?.['plantar-fascia']?.spoken ?? ''}`,
      'Más despacio: unos dos centímetros y medio por segundo.',
      'Vas por la mitad.',
    ]);
    expect(by('de-AT')).to.deep.equal([
      `Mach dich bereit. Oberschenkelinnenseite (Adduktoren), linke Seite. ${deContent.exercises?.adductors?.spoken ?? ''}`,
      'Langsamer: etwa zweieinhalb Zentimeter pro Sekunde.',
    ]);
  });

  it('says "Step done" at a manual hold and nothing more until the person continues', async () => {
    const el = await mountRoutine(html`<smr-routine .routine=${SHORT} lead-in="0" manual voice no-persist></smr-routine>`);
    await start(el);
    await play(el, 30);
    expect(el.state).to.equal('paused');
    expect(speech.texts()).to.deep.equal(['A, left side.', SWITCH, RIGHT, 'Step done.']);
    await play(el, 30);
    expect(speech.texts().at(-1), 'nothing more while it waits').to.equal('Step done.');
    primary(el).click();
    await el.updateComplete;
    expect(speech.texts().at(-1)).to.equal('Rest. Next: B.');
  });

  it('introduces the step it jumps to with next and previous, paused or running', async () => {
    const input: RoutineInput = { ...SHORT, steps: [SHORT.steps[0], { exercise: 'calves', duration: 30, sides: 'none' }] };
    const el = await mountRoutine(html`<smr-routine .routine=${input} voice no-persist></smr-routine>`);
    const calves =
      'Calves. Sit with legs long, roller under the upper calf. Lift your hips and roll slowly down, stopping above the Achilles.';
    await start(el);
    await play(el, 7);
    el.next();
    await el.updateComplete;
    // Next skips the rest, so the coach says what the rest would have said of the step.
    expect(speech.texts().at(-1)).to.equal(calves);
    await play(el, 8);
    el.previous();
    await el.updateComplete;
    expect(speech.texts().at(-1)).to.equal(calves);
    el.pause();
    el.previous();
    await el.updateComplete;
    expect(speech.texts().at(-1), 'nothing while paused').to.equal(calves);
    el.resume();
    await el.updateComplete;
    // Back to the first step, past its get-ready: its introduction, not a bare "Go".
    expect(speech.texts().at(-1)).to.equal('A, left side.');
    expect(shadowText(el, '[part="progress"]')).to.include('Step 1 of 2');
  });

  it("says a catalog step's set-up only when the step does it the catalog's way", async () => {
    const mixed: RoutineInput = {
      id: 'mixed',
      title: 'Mixed',
      steps: [
        { exercise: 'calves', duration: 30, sides: 'none' },
        { exercise: 'calves', duration: 30, sides: 'none', tool: 'stick' },
        { exercise: 'calves', duration: 30, sides: 'none', instructions: ['My own way.'] },
        { name: 'Custom', duration: 30 },
      ],
    };
    const el = await mountRoutine(html`<smr-routine .routine=${mixed} lead-in="0" voice no-persist></smr-routine>`);
    await start(el);
    await play(el, 125);
    expect(speech.texts().filter((text) => text !== TEN)).to.deep.equal([
      'Calves. Sit with legs long, roller under the upper calf. Lift your hips and roll slowly down, stopping above the Achilles.',
      'Calves.',
      'Calves.',
      'Custom.',
      'Done. Well done.',
    ]);
  });

  it('without speechSynthesis: no error, no voice, and the session, tones, flash and live region carry on', async () => {
    speech.restore();
    const restore = removeSpeech();
    try {
      const errors: Event[] = [];
      const el = await mountRoutine(html`<smr-routine preset="neck-relief" voice no-persist></smr-routine>`);
      el.addEventListener('smr-error', (event) => errors.push(event));
      primary(el).click();
      await el.updateComplete;
      await play(el, 70);
      expect(el.state).to.equal('running');
      expect(shadowText(el, '[aria-live]')).to.not.equal('');
      expect(errors).to.deep.equal([]);
      await play(el, 400);
      expect(el.state).to.equal('complete');
    } finally {
      restore();
      speech = recordSpeech();
    }
  });

  it('without a voice for the language it says nothing (no German words in an English voice); an empty voice list lets the browser choose', async () => {
    speech.restore();
    speech = recordSpeech({ voices: ['en-US'] });
    registerTranslation(de);
    registerContentTranslation(deContent);
    const german = await mountRoutine(html`<smr-routine lang="de" preset="neck-relief" voice no-persist></smr-routine>`);
    await start(german);
    await play(german, 30);
    expect(speech.said()).to.deep.equal([]);
    expect(german.state).to.equal('running');
    speech.restore();
    speech = recordSpeech({ voices: [] });
    german.restart();
    await play(german, 1);
    expect(speech.said().map((u) => u.lang)).to.deep.equal(['de']);
  });
});
