import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { problemAt } from '../core/problems.js';
import { fragmentPayload, SHARE_PATH, type ShareOutcome } from '../core/share-address.js';
import { importShareCode } from './on-demand.js';

/**
 * `from-url`: the routine a page's address carries in its fragment (`#smr-routine=…`), read when
 * the host connects and again on every `hashchange` and `popstate` (a new link opened in the same
 * tab, Back and Forward). Unpacking is asynchronous; `onChange` is called when it is done, or when
 * the address stops carrying a routine. The outcome is the routine input (not yet validated) or
 * the `share-link` problem that kept it from being read. Never throws.
 */
export class AddressRoutineController implements ReactiveController {
  /** The payload in the address when last read; `undefined` when it carries none. */
  #payload: string | undefined;
  #outcome: ShareOutcome<unknown> | undefined;
  #run = 0;
  readonly #onAddress = () => this.refresh();

  constructor(
    host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    window.addEventListener('hashchange', this.#onAddress);
    window.addEventListener('popstate', this.#onAddress);
    // The address may have changed while the host was out of the page.
    this.refresh();
  }

  hostDisconnected(): void {
    if (isServer) return;
    window.removeEventListener('hashchange', this.#onAddress);
    window.removeEventListener('popstate', this.#onAddress);
  }

  /** Whether `from-url` is on and the address carries a routine (read or still being read). */
  get given(): boolean {
    return this.#payload !== undefined;
  }

  /** True while the address's routine is being unpacked. */
  get pending(): boolean {
    return this.given && this.#outcome === undefined;
  }

  /** The address's routine input, or its problem; `undefined` while pending or when none is given. */
  get outcome(): ShareOutcome<unknown> | undefined {
    return this.#outcome;
  }

  /** Reads the address again; starts unpacking when its routine changed. */
  refresh(): void {
    const payload = this.enabled() && !isServer ? fragmentPayload(location.hash) : undefined;
    if (payload === this.#payload) return;
    this.#payload = payload;
    this.#outcome = undefined;
    const run = ++this.#run;
    if (payload === undefined) {
      this.onChange();
      return;
    }
    void importShareCode()
      .then(
        ({ decodeSharePayload }) => decodeSharePayload(payload),
        // The unpacking code could not be fetched (offline): shown like a link that cannot be read,
        // until the page is loaded again (a browser keeps a failed module import).
        (error: unknown): ShareOutcome<unknown> => {
          console.warn('smr-elements: the share-link code could not be fetched.', error);
          return { ok: false, error: problemAt(SHARE_PATH, { code: 'unavailable' }) };
        },
      )
      .then((outcome) => {
        if (run !== this.#run) return; // The address changed again meanwhile.
        this.#outcome = outcome;
        this.onChange();
      });
  }
}
