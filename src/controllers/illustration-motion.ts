import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IllustrationScene } from '../core/illustration.js';

/** How long a hold's slow lean in and out takes each way: about one breath. */
const HOLD_HALF_CYCLE_MS = 4000;

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
 * Moves an illustration: the body (or the limb, or a held tool) glides one pass each way at the
 * pace, and the mark on a roller turns with it. Web Animations on `transform` only, so the
 * compositor runs them and nothing is written to a `style` attribute. No motion under
 * `prefers-reduced-motion: reduce` (the start pose and the arrow stay), none while paused.
 */
export class IllustrationMotion implements ReactiveController {
  #animations: Animation[] = [];
  #key = '';
  #input: IllustrationMotionInput | undefined;
  readonly #onMotionPreference = (): void => {
    this.#stop();
    if (this.#input) this.sync(this.#input);
  };

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    reducedMotionQuery()?.addEventListener?.('change', this.#onMotionPreference);
  }

  hostDisconnected(): void {
    reducedMotionQuery()?.removeEventListener?.('change', this.#onMotionPreference);
    this.#stop();
  }

  /** True while the illustration is animating. */
  get running(): boolean {
    return this.#animations.some((animation) => animation.playState === 'running');
  }

  /** Starts, keeps, pauses or stops the motion to match `input`; called after each render. */
  sync(input: IllustrationMotionInput): void {
    this.#input = input;
    const { root, scene, pace, paused } = input;
    const still = !scene || !root || reducedMotionQuery()?.matches === true;
    const key = still ? '' : `${scene.viewBox.join()}|${scene.moving}|${pace}`;
    if (key !== this.#key) {
      this.#stop();
      this.#key = key;
      if (!still) this.#animations = this.#start(root, scene, pace);
    }
    for (const animation of this.#animations) {
      if (paused && animation.playState === 'running') animation.pause();
      else if (!paused && animation.playState === 'paused') animation.play();
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
      easing: 'ease-in-out',
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
