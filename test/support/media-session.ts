// A recording stand-in for the Media Session API (`navigator.mediaSession` and `MediaMetadata`),
// installed for one test and removed after it, so tests can read what the lock screen would show
// and press its buttons in every engine (headless browsers show no media controls).
//
//   let media: MediaSessionStub;
//   beforeEach(() => (media = installMediaSession()));
//   afterEach(() => media.uninstall());

/** The metadata as the stub's `MediaMetadata` keeps it. */
export interface StubMetadata {
  title: string;
  artist: string;
  album: string;
  artwork: readonly MediaImage[];
}

export interface MediaSessionStubOptions {
  /** Actions whose `setActionHandler` throws a TypeError, as an engine that does not know them does. */
  unknownActions?: readonly string[];
  /** Leave `MediaMetadata` out (an engine with `navigator.mediaSession` but no constructor). */
  noMetadataConstructor?: boolean;
  /** `setPositionState` is missing. */
  noPositionState?: boolean;
}

export interface MediaSessionStub {
  /** What `navigator.mediaSession.metadata` holds now. */
  readonly metadata: StubMetadata | null;
  readonly playbackState: MediaSessionPlaybackState;
  /** The last position state set (`undefined` after it was cleared). */
  readonly position: MediaPositionState | undefined;
  /** The handler set for each action (`null` when switched off); an action never set is absent. */
  readonly handlers: Map<string, MediaSessionActionHandler | null>;
  /** Every call in order: `metadata:<title>`, `metadata:null`, `handler:<action>:set|null`, `state:<state>`, `position:…`. */
  readonly log: string[];
  /** Presses a control as the platform would; throws if the action has no handler. */
  press(action: MediaSessionAction): void;
  /** Removes the stub and puts back what the browser had. */
  uninstall(): void;
}

/** Installs the stub on `navigator` and `window`; call `uninstall()` after the test. */
export function installMediaSession(options: MediaSessionStubOptions = {}): MediaSessionStub {
  const log: string[] = [];
  const handlers = new Map<string, MediaSessionActionHandler | null>();
  let metadata: StubMetadata | null = null;
  let playbackState: MediaSessionPlaybackState = 'none';
  let position: MediaPositionState | undefined;

  class StubMediaMetadata implements StubMetadata {
    title: string;
    artist: string;
    album: string;
    artwork: readonly MediaImage[];
    constructor(init: MediaMetadataInit = {}) {
      this.title = init.title ?? '';
      this.artist = init.artist ?? '';
      this.album = init.album ?? '';
      this.artwork = Object.freeze([...(init.artwork ?? [])]);
    }
  }

  // What the page assigned, returned as is (the controller checks identity), and a plain copy for the test.
  let assigned: StubMetadata | null = null;
  const session = {
    get metadata(): StubMetadata | null {
      return assigned;
    },
    set metadata(value: StubMetadata | null) {
      if (value !== null && typeof value !== 'object') throw new TypeError('metadata: not a MediaMetadata');
      assigned = value;
      // WebKit's JIT may keep calling the browser's own MediaMetadata in code that ran before the
      // stub replaced it (see useFakeClock), so any metadata object is read, not only the stub's.
      metadata = value && { title: value.title, artist: value.artist, album: value.album, artwork: [...value.artwork] };
      log.push(`metadata:${value === null ? 'null' : value.title}`);
    },
    get playbackState(): MediaSessionPlaybackState {
      return playbackState;
    },
    set playbackState(value: MediaSessionPlaybackState) {
      if (!['none', 'paused', 'playing'].includes(value)) return;
      playbackState = value;
      log.push(`state:${value}`);
    },
    setActionHandler(action: string, handler: MediaSessionActionHandler | null): void {
      if (options.unknownActions?.includes(action)) throw new TypeError(`setActionHandler: unknown action "${action}"`);
      handlers.set(action, handler);
      log.push(`handler:${action}:${handler ? 'set' : 'null'}`);
    },
    setPositionState: options.noPositionState
      ? undefined
      : (state?: MediaPositionState): void => {
          if (state && (state.position ?? 0) > (state.duration ?? 0)) throw new TypeError('setPositionState: position > duration');
          position = state;
          log.push(state ? `position:${state.position}/${state.duration}` : 'position:none');
        },
  };

  const savedMetadata = Object.getOwnPropertyDescriptor(window, 'MediaMetadata');
  Object.defineProperty(navigator, 'mediaSession', { configurable: true, get: () => session });
  Object.defineProperty(window, 'MediaMetadata', {
    configurable: true,
    writable: true,
    value: options.noMetadataConstructor ? undefined : StubMediaMetadata,
  });

  return {
    get metadata() {
      return metadata;
    },
    get playbackState() {
      return playbackState;
    },
    get position() {
      return position;
    },
    handlers,
    log,
    press(action) {
      const handler = handlers.get(action);
      if (!handler) throw new Error(`no handler for "${action}"`);
      handler({ action });
    },
    uninstall() {
      delete (navigator as { mediaSession?: unknown }).mediaSession;
      if (savedMetadata) Object.defineProperty(window, 'MediaMetadata', savedMetadata);
      else delete (window as { MediaMetadata?: unknown }).MediaMetadata;
    },
  };
}

/** Makes `navigator.mediaSession` and `MediaMetadata` missing, as in an engine without the API; returns the undo. */
export function removeMediaSession(): () => void {
  const savedMetadata = Object.getOwnPropertyDescriptor(window, 'MediaMetadata');
  Object.defineProperty(navigator, 'mediaSession', { configurable: true, value: undefined });
  Object.defineProperty(window, 'MediaMetadata', { configurable: true, writable: true, value: undefined });
  return () => {
    delete (navigator as { mediaSession?: unknown }).mediaSession;
    if (savedMetadata) Object.defineProperty(window, 'MediaMetadata', savedMetadata);
    else delete (window as { MediaMetadata?: unknown }).MediaMetadata;
  };
}
