import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IllustrationScene } from '../core/illustration.js';

/** How long a hold's slow lean in and out takes each way: about one breath. */
const HOLD_HALF_CYCLE_MS = 4000;
/**
 * Positions per pass. Engines redraw an SVG's moving parts on the main thread; a few dozen even
 * steps (a fraction of a pixel each at any size the picture is shown) look smooth at this slow pace
 * and cost far less than a new position every frame. Even steps also show the steady speed a roll
 * should have.
 */
const STEPS_PER_PASS = 48;

/** What the motion needs to know: the scene, passes per minute (0: a hold), and whether it may move. */
export interface IllustrationMotionInput {
  root: ParentNode | null;
  scene: IllustrationScene | undefined;
  pace: number;
  paused: boolean;
}

const reducedMotionQuery = (): MediaQueryList | undefined =>
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : undefined;

/**
 * What the moving pictures on the page watch, shared by all of them: one `prefers-reduced-motion`
 * query and one IntersectionObserver, whatever the number of pictures. Each is made for the first
 * picture connected and let go with the last one disconnected, so a removed picture leaves nothing
 * listening (a query list with a listener stays alive, with all it reaches, until the listener is
 * removed from that same list).
 */
const motionPreferenceListeners = new Set<() => void>();
let motionQuery: MediaQueryList | undefined;
const onMotionPreference = (): void => {
  for (const listener of [...motionPreferenceListeners]) listener();
};

function watchMotionPreference(listener: () => void, watching: boolean): void {
  if (watching) {
    motionPreferenceListeners.add(listener);
    if (!motionQuery) {
      motionQuery = reducedMotionQuery();
      motionQuery?.addEventListener?.('change', onMotionPreference);
    }
  } else {
    motionPreferenceListeners.delete(listener);
    if (motionPreferenceListeners.size === 0 && motionQuery) {
      motionQuery.removeEventListener?.('change', onMotionPreference);
      motionQuery = undefined;
    }
  }
}

const viewListeners = new Map<Element, (inView: boolean) => void>();
let viewObserver: IntersectionObserver | undefined;

function watchView(target: Element, listener: ((inView: boolean) => void) | undefined): void {
  if (typeof IntersectionObserver !== 'function') return;
  if (listener) {
    viewObserver ??= new IntersectionObserver((entries) => {
      // The last entry of a target is its latest state.
      const seen = new Map(entries.map((entry) => [entry.target, entry.isIntersecting]));
      for (const [element, inView] of seen) viewListeners.get(element)?.(inView);
    });
    viewListeners.set(target, listener);
    viewObserver.observe(target);
  } else if (viewListeners.delete(target)) {
    viewObserver?.unobserve(target);
    if (viewListeners.size === 0) {
      viewObserver?.disconnect();
      viewObserver = undefined;
    }
  }
}

/**
 * Moves an illustration: the body (or the limb, or a held tool) glides one pass each way at the
 * pace, and the mark on a roller turns with it. Web Animations on `transform` only, so nothing is
 * written to a `style` attribute and nothing is laid out again. No motion under
 * `prefers-reduced-motion: reduce` (the start pose and the arrow stay), none while paused, and none
 * while the picture is scrolled out of view (a page of exercise cards moves only what is seen).
 */
export class IllustrationMotion implements ReactiveController {
  #animations: Animation[] = [];
  #key = '';
  #input: IllustrationMotionInput | undefined;
  #inView = true;
  readonly #host: ReactiveControllerHost & Element;
  readonly #onMotionPreference = (): void => {
    this.#stop();
    if (this.#input) this.sync(this.#input);
  };

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  readonly #onView = (inView: boolean): void => {
    this.#inView = inView;
    this.#playOrPause();
  };

  hostConnected(): void {
    watchMotionPreference(this.#onMotionPreference, true);
    watchView(this.#host, this.#onView);
  }

  hostDisconnected(): void {
    watchMotionPreference(this.#onMotionPreference, false);
    watchView(this.#host, undefined);
    this.#inView = true;
    this.#stop();
  }

  /** True while the illustration is animating. */
  get running(): boolean {
    return this.#animations.some((animation) => animation.playState === 'running');
  }

  /** Starts, keeps, pauses or stops the motion to match `input`; called after each render. */
  sync(input: IllustrationMotionInput): void {
    this.#input = input;
    const { root, scene, pace } = input;
    const still = !scene || !root || reducedMotionQuery()?.matches === true;
    const key = still ? '' : `${scene.viewBox.join()}|${scene.moving}|${pace}`;
    if (key !== this.#key) {
      this.#stop();
      this.#key = key;
    }
    // A picture that starts paused (a step list, a print card, a catalog) makes no animation until
    // it is first asked to move.
    if (!still && this.#animations.length === 0 && !input.paused) this.#animations = this.#start(root, scene, pace);
    this.#playOrPause();
  }

  #playOrPause(): void {
    const still = this.#input?.paused === true || !this.#inView;
    for (const animation of this.#animations) {
      if (still && animation.playState === 'running') animation.pause();
      else if (!still && animation.playState === 'paused') animation.play();
    }
  }

  #start(root: ParentNode, scene: IllustrationScene, pace: number): Animation[] {
    // The body is drawn in two layers (the tool may sit between them); both move as one.
    const moving = [...root.querySelectorAll('.moving')];
    if (moving.length === 0 || typeof moving[0].animate !== 'function') return [];
    const rolling = pace > 0 && (scene.shift.x !== 0 || scene.shift.y !== 0 || scene.turn !== 0);
    const timing: KeyframeAnimationOptions = {
      duration: rolling ? 60_000 / pace : HOLD_HALF_CYCLE_MS,
      iterations: Infinity,
      direction: 'alternate',
      easing: `steps(${STEPS_PER_PASS})`,
    };
    const end = scene.turn !== 0 ? `rotate(${scene.turn}deg)` : `translate(${scene.shift.x}px, ${scene.shift.y}px)`;
    const animations = moving.map((layer) => layer.animate([{ transform: 'none' }, { transform: end }], timing));
    const mark = root.querySelector('.tool-turn');
    const distance = Math.hypot(scene.shift.x, scene.shift.y);
    if (mark && rolling && distance > 0) {
      // A roller turns by the distance it rolls over its radius (in the direction the body travels).
      const degrees = ((distance / scene.tool.radius) * 180) / Math.PI;
      const sign = scene.moving === 'tool' ? 1 : -1;
      animations.push(
        mark.animate(
          [{ transform: 'none' }, { transform: `rotate(${sign * Math.sign(scene.shift.x || scene.shift.y) * degrees}deg)` }],
          timing,
        ),
      );
    }
    return animations;
  }

  #stop(): void {
    for (const animation of this.#animations) animation.cancel();
    this.#animations = [];
    this.#key = '';
  }
}
