import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the platform's media controls (lock screen, notification, media hub) show for a session. */
export interface MediaInfo {
  /** The exercise and side: "Calves · Left side". */
  title: string;
  /** The routine's title, or the timer's label. */
  artist: string;
  /** Optional second line: "Step 2 of 5 · Rest". */
  album?: string;
  /** Optional images (for instance an exercise's illustration as a `data:` URL). */
  artwork?: MediaImage[];
  /** The phase in progress, so the controls can show its time: seconds long and seconds done. */
  position?: { duration: number; position: number };
}

/** The media actions a session answers, mapped to its own methods; the others are switched off. */
export const MEDIA_ACTIONS = ['play', 'pause', 'nexttrack', 'previoustrack', 'stop'] as const;
export type MediaAction = (typeof MEDIA_ACTIONS)[number];
export type MediaActions = Partial<Record<MediaAction, () => void>>;

/** What the controller reads from the session it mirrors, at each `sync`. */
export interface MediaSessionSource {
  /** `running` shows "playing", `paused` shows "paused"; anything else lets the controls go. */
  state(): string;
  /** What to show now; `undefined` when there is nothing to show. */
  describe(): MediaInfo | undefined;
  actions: MediaActions;
}

/**
 * The claim of the session that last took the controls on this page (the one that ran last);
 * `undefined` once it let them go, when a running session may take them at its next change.
 */
let currentClaim: object | undefined;

// No navigator at all when rendered on a server (Node 20).
const mediaSession = (): MediaSession | undefined =>
  typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { mediaSession?: MediaSession }).mediaSession;

/** Runs a Media Session call that may be missing or may throw (unknown action, bad position). */
function attempt(call: () => void): void {
  try {
    call();
  } catch {
    // The controls are a courtesy: an engine that lacks a part of the API simply goes without it.
  }
}

/**
 * Mirrors a running session in the Media Session API (`navigator.mediaSession`): metadata for
 * the lock screen, notification and media hub; play, pause, next, previous and stop from the
 * controls, keyboard media keys and headphones, mapped to the session's own methods; and
 * `playbackState`. The session that ran last owns the controls; a controller only clears what
 * it set, and leaves them alone once another element (or the page) has taken over. A missing or
 * partial API is never an error.
 */
export class MediaSessionController implements ReactiveController {
  /** This controller's claim while it holds the controls. */
  #claim: object | undefined;
  /** The metadata object this controller last set (`null` when `MediaMetadata` is missing). */
  #metadata: MediaMetadata | null | undefined;
  /** The metadata last shown, so an unchanged phase keeps its object (and the controls do not flicker). */
  #shown = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly source: MediaSessionSource,
  ) {
    host.addController(this);
  }

  /** True while this controller's session is the one the controls show. */
  get owns(): boolean {
    if (this.#claim === undefined || currentClaim !== this.#claim) return false;
    // Someone set other metadata since (another copy of the library, or the page's own player).
    return this.#metadata === null || mediaSession()?.metadata === this.#metadata;
  }

  /** Moved in the page while running: take the controls back. */
  hostConnected(): void {
    if (this.source.state() === 'running') this.sync(true);
  }

  hostDisconnected(): void {
    this.release();
  }

  /**
   * Brings the controls up to date with the session: `claim` (a run began) takes them over, as
   * does a running session when no one holds them; otherwise they are updated only while this
   * session owns them. An idle or complete session lets them go.
   */
  sync(claim = false): void {
    const state = this.source.state();
    const info = state === 'running' || state === 'paused' ? this.source.describe() : undefined;
    if (!info) return this.release();
    if (claim || (currentClaim === undefined && state === 'running')) {
      this.#claim = currentClaim = {};
      this.#shown = '';
    } else if (!this.owns) {
      return;
    }
    const session = mediaSession();
    if (!session) return;
    const { position, ...metadata } = info;
    const shown = JSON.stringify(metadata);
    if (shown !== this.#shown) {
      if (this.#shown === '') this.#setHandlers(session, false);
      this.#shown = shown;
      this.#setMetadata(session, metadata);
    }
    attempt(() => (session.playbackState = state === 'running' ? 'playing' : 'paused'));
    if (position) {
      // An engine that finds the numbers out of range throws; the controls then show no time.
      attempt(() => session.setPositionState({ ...position, playbackRate: 1 }));
    }
  }

  /** Clears what this controller set, unless another session or the page has taken over since. */
  release(): void {
    const session = mediaSession();
    if (this.owns) {
      currentClaim = undefined;
      if (session) {
        attempt(() => (session.metadata = null));
        this.#setHandlers(session, true);
        attempt(() => (session.playbackState = 'none'));
        attempt(() => session.setPositionState());
      }
    }
    this.#claim = undefined;
    this.#metadata = undefined;
    this.#shown = '';
  }

  /** "Stop" from the controls: the session's own stop, then the controls go. */
  #stop(method: () => void): void {
    method();
    this.release();
  }

  #setMetadata(session: MediaSession, info: MediaInfo): void {
    const Metadata = (globalThis as { MediaMetadata?: typeof MediaMetadata }).MediaMetadata;
    let metadata: MediaMetadata | null = null;
    if (typeof Metadata === 'function') {
      const { title, artist, album = '', artwork = [] } = info;
      attempt(() => (metadata = new Metadata({ title, artist, album, artwork })));
    }
    if (metadata) attempt(() => (session.metadata = metadata));
    this.#metadata = metadata && session.metadata === metadata ? metadata : null;
  }

  /** Every action this library uses: the session's own handler, or `null` to switch it off. */
  #setHandlers(session: MediaSession, clear: boolean): void {
    for (const action of MEDIA_ACTIONS) {
      const method = clear ? undefined : this.source.actions[action];
      const handler = method && (action === 'stop' ? () => this.#stop(method) : () => method());
      attempt(() => session.setActionHandler(action, handler ?? null));
    }
  }
}
