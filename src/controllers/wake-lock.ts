import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the screen on while wanted (Screen Wake Lock API): requested with `hold()`, released
 * with `release()` and on disconnect, re-acquired when the tab becomes visible again (browsers
 * drop the lock when a page is hidden). `unavailable` turns true when the API is missing or
 * refuses, so the element can say so once.
 */
export class WakeLockController implements ReactiveController {
  #wanted = false;
  #sentinel: WakeLockSentinel | undefined;
  #requesting = false;
  /** True once a hold was wanted but the lock could not be had. */
  unavailable = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while the browser holds the lock for us. */
  get held(): boolean {
    return this.#sentinel !== undefined && !this.#sentinel.released;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (this.#wanted) void this.#acquire();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#drop();
  }

  hold(): void {
    this.#wanted = true;
    void this.#acquire();
  }

  release(): void {
    this.#wanted = false;
    this.#drop();
  }

  #drop(): void {
    const sentinel = this.#sentinel;
    this.#sentinel = undefined;
    sentinel?.release().catch(() => undefined);
  }

  #onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible' && this.#wanted && !this.held) void this.#acquire();
  };

  async #acquire(): Promise<void> {
    if (this.held || this.#requesting || document.visibilityState !== 'visible') return;
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!wakeLock) {
      this.#markUnavailable();
      return;
    }
    this.#requesting = true;
    try {
      const sentinel = await wakeLock.request('screen');
      if (!this.#wanted) {
        await sentinel.release();
        return;
      }
      this.#sentinel = sentinel;
      sentinel.addEventListener('release', () => {
        if (this.#sentinel === sentinel) this.#sentinel = undefined;
      });
    } catch {
      this.#markUnavailable();
    } finally {
      this.#requesting = false;
    }
  }

  #markUnavailable(): void {
    if (this.unavailable) return;
    this.unavailable = true;
    this.host.requestUpdate();
  }
}
