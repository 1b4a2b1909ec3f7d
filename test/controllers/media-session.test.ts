import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type sinon from 'sinon';
import type { CueSettings } from '../../src/controllers/cues.js';
import { MediaSessionController, type MediaInfo, type MediaSessionSource } from '../../src/controllers/media-session.js';
import { SessionController } from '../../src/controllers/session.js';
import { planHold } from '../../src/core/segments.js';
import { useFakeClock } from '../support/helpers.js';
import { installMediaSession, removeMediaSession, type MediaSessionStub } from '../support/media-session.js';

/** The smallest host a controller can live in; it runs the lifecycle on demand. */
class TestHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }
  requestUpdate(): void {}
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

/** A controller over a session whose state and words the test sets, logging the actions pressed. */
function mirror(title: string) {
  const host = new TestHost();
  const pressed: string[] = [];
  const source: MediaSessionSource & { current: string; info: MediaInfo } = {
    current: 'idle',
    info: { title, artist: 'Routine' },
    state: () => source.current,
    describe: () => source.info,
    actions: {
      play: () => pressed.push(`${title}:play`),
      pause: () => pressed.push(`${title}:pause`),
      nexttrack: () => pressed.push(`${title}:next`),
      stop: () => pressed.push(`${title}:stop`),
    },
  };
  const controller = new MediaSessionController(host, source);
  host.connect();
  /** Sets the session's state and syncs, as SessionController does after each change. */
  const go = (state: string, claim = false) => {
    source.current = state;
    controller.sync(claim);
  };
  return { host, controller, source, pressed, go };
}

const ACTIONS = ['play', 'pause', 'nexttrack', 'previoustrack', 'stop'];

describe('MediaSessionController', () => {
  let media: MediaSessionStub;
  const cleanups: (() => void)[] = [];
  beforeEach(() => (media = installMediaSession()));
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
    media.uninstall();
  });
  /** A mirror whose host is disconnected after the test (releasing what it holds). */
  function owned(title: string) {
    const m = mirror(title);
    cleanups.push(() => m.host.disconnect());
    return m;
  }

  it('a run takes the controls: metadata, every handler (unused ones off), playing, and the phase position', () => {
    const { go, source } = owned('Calves · Left side');
    source.info = { title: 'Calves · Left side', artist: 'Lower leg', album: 'Step 1 of 3', position: { duration: 60, position: 2 } };
    go('running', true);
    expect(media.metadata).to.deep.include({ title: 'Calves · Left side', artist: 'Lower leg', album: 'Step 1 of 3' });
    expect(media.playbackState).to.equal('playing');
    expect(media.position).to.deep.equal({ duration: 60, position: 2, playbackRate: 1 });
    expect([...media.handlers.keys()].sort()).to.deep.equal([...ACTIONS].sort());
    expect(media.handlers.get('previoustrack'), 'no previous track in this session').to.equal(null);
    for (const action of ['play', 'pause', 'nexttrack', 'stop']) expect(media.handlers.get(action), action).to.be.a('function');
  });

  it('each control calls the session’s own method; stop also lets the controls go', () => {
    const { go, pressed } = owned('A');
    go('running', true);
    media.press('pause');
    media.press('play');
    media.press('nexttrack');
    expect(pressed).to.deep.equal(['A:pause', 'A:play', 'A:next']);
    media.press('stop');
    expect(pressed.at(-1)).to.equal('A:stop');
    expect(media.metadata).to.equal(null);
    expect(media.playbackState).to.equal('none');
    for (const action of ACTIONS) expect(media.handlers.get(action), action).to.equal(null);
  });

  it('playbackState follows pause and resume, and the metadata object stays the same while nothing changed', () => {
    const { go } = owned('A');
    go('running', true);
    const shown = navigator.mediaSession.metadata;
    go('paused');
    expect(media.playbackState).to.equal('paused');
    go('running');
    expect(media.playbackState).to.equal('playing');
    expect(navigator.mediaSession.metadata).to.equal(shown);
    expect(media.log.filter((entry) => entry.startsWith('metadata:'))).to.deep.equal(['metadata:A']);
  });

  it('a new phase shows new words; idle or complete clears everything it set', () => {
    const { go, source } = owned('A');
    go('running', true);
    source.info = { title: 'B', artist: 'Routine' };
    go('running');
    expect(media.metadata?.title).to.equal('B');
    go('complete');
    expect(media.metadata).to.equal(null);
    expect(media.playbackState).to.equal('none');
    expect(media.position).to.equal(undefined);
    for (const action of ACTIONS) expect(media.handlers.get(action), action).to.equal(null);
  });

  it('two sessions: the one that ran last owns the controls, and the first one’s pause, stop or end leaves them alone', () => {
    const first = owned('First');
    const second = owned('Second');
    first.go('running', true);
    second.go('running', true);
    expect(media.metadata?.title).to.equal('Second');
    first.go('paused');
    first.go('running');
    expect(media.metadata?.title).to.equal('Second');
    expect(media.playbackState).to.equal('playing');
    first.go('idle');
    first.host.disconnect();
    expect(media.metadata?.title).to.equal('Second');
    media.press('pause');
    expect(second.pressed).to.deep.equal(['Second:pause']);
    expect(first.pressed).to.deep.equal([]);
    expect(second.controller.owns).to.equal(true);
    expect(first.controller.owns).to.equal(false);
  });

  it('once the owner lets go, a session still running takes the controls at its next change', () => {
    const first = owned('First');
    const second = owned('Second');
    first.go('running', true);
    second.go('running', true);
    second.go('complete');
    expect(media.metadata).to.equal(null);
    first.go('running');
    expect(media.metadata?.title).to.equal('First');
    // A paused session does not take them back: nothing plays.
    first.go('paused');
    first.controller.release();
    second.go('paused');
    expect(media.metadata).to.equal(null);
  });

  it('metadata the page set after (its own player) is never cleared or overwritten by a session it did not start', () => {
    const { go, controller } = owned('A');
    go('running', true);
    const Metadata = (window as unknown as { MediaMetadata: typeof MediaMetadata }).MediaMetadata;
    navigator.mediaSession.metadata = new Metadata({ title: 'The page’s song' });
    expect(controller.owns).to.equal(false);
    go('paused');
    go('complete');
    expect(media.metadata?.title).to.equal('The page’s song');
    expect(media.playbackState).to.equal('playing');
  });

  it('disconnect clears; reconnecting while running takes the controls back', () => {
    const { host, go } = owned('A');
    go('running', true);
    host.disconnect();
    expect(media.metadata).to.equal(null);
    host.connect();
    expect(media.metadata?.title).to.equal('A');
  });

  it('never throws: an engine that rejects some actions, lacks MediaMetadata or setPositionState still gets the rest', () => {
    media.uninstall();
    media = installMediaSession({ unknownActions: ['stop', 'nexttrack'], noMetadataConstructor: true, noPositionState: true });
    const { go, pressed, host } = owned('A');
    go('running', true);
    expect(media.metadata).to.equal(null);
    expect(media.playbackState).to.equal('playing');
    expect(media.handlers.has('stop')).to.equal(false);
    media.press('pause');
    expect(pressed).to.deep.equal(['A:pause']);
    go('paused');
    expect(media.playbackState).to.equal('paused');
    // Without metadata to compare, ownership is the claim alone: the end still clears.
    host.disconnect();
    expect(media.handlers.get('play')).to.equal(null);
    expect(media.playbackState).to.equal('none');
  });

  it('never throws without the API at all', () => {
    media.uninstall();
    const restore = removeMediaSession();
    try {
      const { go, host, controller } = mirror('A');
      go('running', true);
      go('paused');
      go('idle');
      go('running', true);
      host.disconnect();
      host.connect();
      controller.release();
    } finally {
      restore();
      media = installMediaSession();
    }
  });
});

describe('SessionController with the media controls', () => {
  let clock: sinon.SinonFakeTimers;
  let media: MediaSessionStub;
  beforeEach(() => {
    clock = useFakeClock();
    media = installMediaSession();
  });
  afterEach(() => {
    media.uninstall();
    clock.restore();
  });

  const silent: CueSettings = { muted: true, voice: false, vibration: false, flash: false, cueSeconds: 0, paceFor: () => 0, lang: 'en' };

  /** "10 s left, 2 s switch, 10 s right" whose controls show the side, and log what they press. */
  function makeSession() {
    const host = new TestHost();
    const pressed: string[] = [];
    const session: SessionController = new SessionController(
      host,
      () => silent,
      {},
      {
        describe: (segment) => ({ title: `${segment.kind} ${segment.side ?? ''}`.trim(), artist: 'Hold' }),
        actions: {
          play: () => {
            pressed.push('play');
            session.run();
          },
          pause: () => {
            pressed.push('pause');
            session.pause();
          },
          stop: () => {
            pressed.push('stop');
            session.reset();
          },
        },
      },
    );
    session.setPlan(planHold({ duration: 10, sides: 'both', switchDuration: 2 }));
    host.connect();
    return { host, session, pressed };
  }

  it('shows each phase with its side and time, follows pause and play, and clears at the end', () => {
    const { session } = makeSession();
    expect(media.metadata).to.equal(null);
    session.run();
    expect(media.metadata?.title).to.equal('work left');
    expect(media.position).to.deep.equal({ duration: 10, position: 0, playbackRate: 1 });
    clock.tick(10_000);
    expect(media.metadata?.title).to.equal('switch right');
    clock.tick(3_000);
    expect(media.metadata?.title).to.equal('work right');
    // Set when the phase began (12 s); the platform moves it on while playing.
    expect(media.position?.position).to.equal(0);
    media.press('pause');
    expect(session.state).to.equal('paused');
    expect(media.playbackState).to.equal('paused');
    expect(media.position?.position).to.be.closeTo(1, 1e-6);
    media.press('play');
    expect(session.state).to.equal('running');
    expect(media.playbackState).to.equal('playing');
    clock.tick(10_000);
    expect(session.state).to.equal('complete');
    expect(media.metadata).to.equal(null);
    expect(media.playbackState).to.equal('none');
  });

  it('"play" while running does nothing (one headphone button must not pause by accident); stop resets', () => {
    const { session, pressed } = makeSession();
    session.run();
    media.handlers.get('play')!({ action: 'play' });
    expect(session.state).to.equal('running');
    expect(pressed).to.deep.equal([]);
    media.press('stop');
    expect(session.state).to.equal('idle');
    expect(media.metadata).to.equal(null);
  });

  it('a new plan or a reset lets the controls go; disconnect too', () => {
    const { session, host } = makeSession();
    session.run();
    session.reset();
    expect(media.metadata).to.equal(null);
    session.run();
    session.setPlan(planHold({ duration: 5 }));
    expect(media.metadata).to.equal(null);
    session.run();
    expect(media.metadata?.title).to.equal('work');
    host.disconnect();
    expect(media.metadata).to.equal(null);
  });

  it('a session without media options never touches the controls', () => {
    const host = new TestHost();
    const session = new SessionController(host, () => silent, {});
    session.setPlan(planHold({ duration: 5 }));
    host.connect();
    session.run();
    session.pause();
    host.disconnect();
    expect(media.log).to.deep.equal([]);
  });
});
