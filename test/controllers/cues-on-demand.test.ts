// The cue machinery (tones, speech, vibration, wake lock, Media Session) loads on demand. This file
// is a freshly loaded page: it does not import test/support/helpers.ts, whose hook loads the
// machinery before every test file, so the press below comes before the machinery is there.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/timer/timer.js';
import '../../src/components/routine/routine.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { loadVoiceCoach } from '../../src/controllers/coach-on-demand.js';
import type { SmrTimer } from '../../src/components/timer/timer.js';
import { loadCueKit } from '../../src/controllers/session.js';
import { en } from '../../src/translations/en.js';
import { recordAudio, type AudioRecorder } from '../support/audio.js';
import { recordSpeech, type SpeechRecorder } from '../support/speech.js';

/** Where the page fetched the cue machinery's module (none yet: `[]`). */
const cueKitRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /cue-kit/.test(name));

describe('cue machinery on demand', () => {
  // One recorder for the file: the page keeps the one AudioContext it makes at the first press.
  let audio: AudioRecorder;
  let speech: SpeechRecorder;
  before(() => {
    audio = recordAudio();
    speech = recordSpeech();
  });
  after(() => {
    speech.restore();
    audio.restore();
  });
  it('is not loaded for the first render; the first press still unlocks sound and primes speech, and the start tone asked for before it arrived plays', async () => {
    const timer = await fixture<SmrTimer>(html`<smr-timer duration="30" voice></smr-timer>`);
    expect(cueKitRequests(), 'the machinery is not part of the first render').to.deep.equal([]);

    timer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')!.click();
    // Inside the press, synchronously (iOS allows sound and speech only there).
    expect(audio.contexts).to.equal(1);
    expect(audio.state).to.equal('running');
    expect(audio.silentBuffersStarted).to.equal(1);
    expect(speech.utterances.map(({ text, volume }) => ({ text, volume }))).to.deep.equal([{ text: '', volume: 0 }]);
    expect(timer.state).to.equal('running');

    await loadCueKit();
    expect(cueKitRequests()).to.have.length(1);
    // The "go" tone (1175 Hz), asked for before the machinery arrived.
    expect(audio.tones).to.deep.equal([1175]);
    timer.reset();
  });

  it('then a timer with a lead-in speaks "Start" after a 1-second lead-in, with its tones', async () => {
    audio.tones.length = 0;
    speech.clear();
    const timer = await fixture<SmrTimer>(html`<smr-timer duration="30" lead-in="1" voice></smr-timer>`);
    timer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')!.click();
    await waitUntil(() => speech.texts().length > 0, 'nothing said', { timeout: 4000 });
    expect(speech.texts()).to.deep.equal([en.voice.start]);
    // The "go" tone was scheduled ahead on the audio clock, for the end of the lead-in.
    expect(audio.tones).to.include(1175);
    timer.reset();
  });

  it('a routine with the voice coach, started before the coach arrived, primes speech in the press and then says the first step', async () => {
    speech.clear();
    localStorage.clear();
    const routine = await fixture<SmrRoutine>(
      html`<smr-routine
        voice
        no-persist
        lead-in="0"
        .routine=${{ id: 'fresh', title: 'Fresh', steps: [{ name: 'A', duration: 10, sides: 'both' }] }}
      ></smr-routine>`,
    );
    routine.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')!.click();
    expect(
      speech.utterances.map(({ text, volume }) => ({ text, volume })),
      'primed inside the press',
    ).to.deep.equal([{ text: '', volume: 0 }]);
    expect(routine.state).to.equal('running');
    await loadVoiceCoach();
    await waitUntil(() => speech.texts().length > 0, 'the coach said nothing', { timeout: 4000 });
    expect(speech.texts()[0]).to.equal('A, left side.');
    routine.restart();
    routine.pause();
    // Starting confirmed the "before you start" check on this origin, which other test files share.
    localStorage.clear();
  });
});
