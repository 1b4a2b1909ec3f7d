import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type sinon from 'sinon';
import type { CueSettings } from '../../src/controllers/cues.js';
import { SessionController } from '../../src/controllers/session.js';
import { planHold, type Segment } from '../../src/core/segments.js';
import { simulateReturnToTab, useFakeClock } from '../support/helpers.js';

/** The smallest host a controller can live in: it records update requests and runs the lifecycle on demand. */
class TestHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updatesRequested = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }
  requestUpdate(): void {
    this.updatesRequested += 1;
  }
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

const silent: CueSettings = { muted: true, voice: false, vibration: false, flash: false, cueSeconds: 0, paceFor: () => 0, lang: 'en' };

/** A session over "3 s get ready, 10 s left, 2 s switch, 10 s right" (25 s) that logs what it reports. */
function makeSession() {
  const host = new TestHost();
  const log: string[] = [];
  const lateness: number[] = [];
  const wakes: number[] = [];
  const session = new SessionController(host, () => silent, {
    onSegmentStart: (segment: Segment, index: number, late: number) => {
      log.push(`${index}:${segment.kind}:${segment.side ?? '-'}`);
      lateness.push(late);
    },
    onComplete: (late) => {
      log.push('complete');
      lateness.push(late);
    },
    onWake: (_segment, position) => wakes.push(position.totalRemaining),
  });
  session.setPlan(planHold({ duration: 10, sides: 'both', switchDuration: 2, leadIn: 3 }));
  host.connect();
  return { host, session, log, lateness, wakes };
}

describe('SessionController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = useFakeClock();
  });
  afterEach(() => clock.restore());

  it('reports every boundary once, in order, on time', () => {
    const { session, log, lateness } = makeSession();
    session.run();
    expect(log).to.deep.equal(['0:lead-in:left']);
    clock.tick(3000);
    expect(log.at(-1)).to.equal('1:work:left');
    clock.tick(10_000);
    expect(log.at(-1)).to.equal('2:switch:right');
    clock.tick(12_000);
    expect(log).to.deep.equal(['0:lead-in:left', '1:work:left', '2:switch:right', '3:work:right', 'complete']);
    expect(session.state).to.equal('complete');
    for (const late of lateness) expect(late).to.be.within(0, 0.01);
  });

  it('a frozen page that wakes once reports every boundary it slept through, in order, with how late', () => {
    const { session, log, lateness } = makeSession();
    session.run();
    // jump() fires each due timer at most once, as a frozen page that runs again does.
    clock.jump(20_000);
    expect(log).to.deep.equal(['0:lead-in:left', '1:work:left', '2:switch:right', '3:work:right']);
    expect(lateness.slice(1)).to.deep.equal([17, 7, 5]);
    expect(session.position.totalRemaining).to.be.closeTo(5, 1e-6);
  });

  it('a hidden tab whose monotonic clock stopped (device asleep) shows the wall-clock time on return', () => {
    const { session, log } = makeSession();
    session.run();
    clock.tick(5000);
    // Asleep for 12 s: the wall clock moves on, performance.now() and timers do not.
    clock.setSystemTime(Date.now() + 12_000);
    simulateReturnToTab();
    expect(session.elapsed).to.be.closeTo(17, 0.01);
    expect(log).to.deep.equal(['0:lead-in:left', '1:work:left', '2:switch:right', '3:work:right']);
  });

  it('the Page Lifecycle "resume" event (a frozen page runs again) brings the clock up to date too', () => {
    const { session, log } = makeSession();
    session.run();
    clock.setSystemTime(Date.now() + 30_000);
    document.dispatchEvent(new Event('resume'));
    expect(session.state).to.equal('complete');
    expect(log.at(-1)).to.equal('complete');
  });

  it('schedules one timer while running and none while idle, paused, complete or disconnected', () => {
    const { host, session } = makeSession();
    expect(clock.countTimers()).to.equal(0);
    session.run();
    expect(clock.countTimers()).to.equal(1);
    session.pause();
    expect(clock.countTimers()).to.equal(0);
    session.run();
    host.disconnect();
    expect(clock.countTimers()).to.equal(0);
    host.connect();
    expect(clock.countTimers()).to.equal(1);
    clock.tick(30_000);
    expect(session.state).to.equal('complete');
    expect(clock.countTimers()).to.equal(0);
  });

  it('wakes only when the shown second changes', () => {
    const { session, wakes } = makeSession();
    session.run();
    clock.tick(25_000);
    // One wake per second of the 25 s plan, give or take the start and the end.
    expect(wakes.length).to.be.within(24, 26);
    expect(wakes).to.deep.equal([...wakes].sort((a, b) => b - a));
  });

  it('counts active time without pauses, and keeps a restored value', () => {
    const { session } = makeSession();
    session.run();
    clock.tick(4000);
    session.pause();
    clock.tick(60_000);
    expect(session.activeMs).to.be.closeTo(4000, 1);
    session.run();
    clock.tick(1000);
    expect(session.activeMs).to.be.closeTo(5000, 1);
    session.activeMs = 20_000;
    clock.tick(1000);
    expect(session.activeMs).to.be.closeTo(21_000, 1);
    session.reset();
    expect(session.activeMs).to.equal(0);
  });

  it('seek moves without reporting what it passes or lands in (the caller announces that), and keeps the state', () => {
    const { session, log } = makeSession();
    session.run();
    session.seek(15);
    expect(session.state).to.equal('running');
    expect(session.segment?.side).to.equal('right');
    clock.tick(1000);
    expect(log).to.deep.equal(['0:lead-in:left']);
    clock.tick(10_000);
    expect(log).to.deep.equal(['0:lead-in:left', 'complete']);
  });

  it('a new plan stops the session and goes back to idle', () => {
    const { session } = makeSession();
    session.run();
    clock.tick(5000);
    session.setPlan(planHold({ duration: 30, sides: 'none', switchDuration: 0, leadIn: 0 }));
    expect(session.state).to.equal('idle');
    expect(session.plan.total).to.equal(30);
    expect(clock.countTimers()).to.equal(0);
  });

  it('press pauses a running session and otherwise calls start', () => {
    const { session } = makeSession();
    let starts = 0;
    session.press(() => {
      starts += 1;
      session.run();
    });
    expect(starts).to.equal(1);
    session.press(() => (starts += 1));
    expect(session.state).to.equal('paused');
    expect(starts).to.equal(1);
  });

  it('announces the same words again as new text, so screen readers read them again', () => {
    const { host, session } = makeSession();
    session.announce('Paused');
    const first = session.announcement;
    session.announce('Paused');
    expect(session.announcement).not.to.equal(first);
    expect(session.announcement.trim()).to.equal('Paused');
    expect(host.updatesRequested).to.be.greaterThan(0);
  });
});
