// A recording stand-in for Web Audio's `AudioContext`, the same in every engine (headless engines
// differ in whether they allow sound at all): how many contexts were made, the silent buffers
// played to unlock output, and each tone's pitch, in order.
import { replaceGlobal } from './globals.js';

export interface AudioRecorder {
  /** AudioContexts created. */
  readonly contexts: number;
  /** Silent buffers started (the iOS unlock inside a press). */
  readonly silentBuffersStarted: number;
  /** `running` once resumed inside a press. */
  readonly state: AudioContextState;
  /** The frequency (Hz) of each oscillator started, in order. */
  readonly tones: number[];
  restore(): void;
}

export function recordAudio(): AudioRecorder {
  let contexts = 0;
  let silentBuffersStarted = 0;
  let state: AudioContextState = 'suspended';
  const tones: number[] = [];
  const param = () => ({ setValueAtTime() {}, linearRampToValueAtTime() {}, exponentialRampToValueAtTime() {} });

  class FakeAudioContext {
    readonly destination = {};
    readonly currentTime = 0;
    constructor() {
      contexts += 1;
    }
    get state(): AudioContextState {
      return state;
    }
    resume(): Promise<void> {
      state = 'running';
      return Promise.resolve();
    }
    createBuffer(): object {
      return {};
    }
    createBufferSource() {
      return { buffer: null, connect() {}, start: () => (silentBuffersStarted += 1) };
    }
    createGain() {
      const gain = { gain: param(), connect: (target: unknown) => target, disconnect() {} };
      return gain;
    }
    createOscillator() {
      let frequency = 0;
      const oscillator = {
        type: 'sine',
        onended: null,
        frequency: { setValueAtTime: (value: number) => (frequency = value) },
        connect: (target: unknown) => target,
        start: () => tones.push(frequency),
        stop() {},
      };
      return oscillator;
    }
  }

  const restoreContext = replaceGlobal('AudioContext', FakeAudioContext);
  const restoreWebkit = replaceGlobal('webkitAudioContext', undefined);
  return {
    get contexts() {
      return contexts;
    },
    get silentBuffersStarted() {
      return silentBuffersStarted;
    },
    get state() {
      return state;
    },
    tones,
    restore: () => {
      restoreWebkit();
      restoreContext();
    },
  };
}
