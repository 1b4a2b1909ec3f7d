import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { problemAt, type ValidationError } from '../core/problems.js';
import { makeQrCode, type QrCode, type QrEncoder } from '../core/qr.js';
import { resolveShareBase, shareLink } from '../core/share-address.js';
import type { Routine } from '../core/types.js';
import { emit } from '../events/emit.js';
import '../events/error-event.js';
import { importShareCode } from './on-demand.js';

/**
 * The QR code of a link: drawn, `too-long` for a link that would need a code too fine to scan, or
 * `failed` when the QR module could not be loaded. `undefined` when no code was asked for.
 */
export type ShareQr = QrCode | 'too-long' | 'failed' | undefined;

/** The share link of the host's routine: none asked, being made, made (with its QR code), or why not. */
export type ShareLinkState =
  { status: 'none' } | { status: 'pending' } | { status: 'ready'; link: string; qr: ShareQr } | { status: 'error'; error: ValidationError };

export interface ShareLinkInputs {
  /** The validated routine to share; `null` makes no link. */
  routine: Routine | null;
  /** `share-base`: the address the link opens; empty for the page's own (without its fragment). */
  base: string;
  /** Also draw the link's QR code. */
  qr: boolean;
}

/**
 * Makes the share link (and QR code) of a routine whenever the routine, the share base or the
 * page's address changes: compressing is asynchronous, so `state` is `pending` for a moment, and
 * the host updates once it is made. A `share-base` that is not an `http(s)` address is reported
 * like all bad input (one warning, `smr-error`) and the state names it. Never throws.
 */
export class ShareLinkController implements ReactiveController {
  state: ShareLinkState = { status: 'none' };
  #key = '';
  #run = 0;
  #reported = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: () => ShareLinkInputs | undefined,
    /** Loads the QR encoder (`uqr`'s `encode`), only when a code is drawn. */
    private readonly loadQr: () => Promise<QrEncoder>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const inputs = this.inputs();
    const page = isServer ? '' : location.href.split('#')[0];
    const key = inputs?.routine ? JSON.stringify([inputs.routine, inputs.base, inputs.qr, page]) : '';
    if (key === this.#key) return;
    this.#key = key;
    const run = ++this.#run;
    if (!inputs?.routine || isServer) {
      this.state = { status: 'none' };
      return;
    }
    const base = resolveShareBase(inputs.base, page);
    if (!base.ok) {
      this.state = { status: 'error', error: base.error };
      this.#report(base.error);
      return;
    }
    this.state = { status: 'pending' };
    void this.#make(run, inputs.routine, base.value, inputs.qr);
  }

  async #make(run: number, routine: Routine, base: string, withQr: boolean): Promise<void> {
    let next: ShareLinkState;
    const payload = await importShareCode().then(
      ({ encodeSharePayload, shareableRoutine }) => encodeSharePayload(shareableRoutine(routine)),
      // The packing code could not be fetched (offline): the link says so until the page is loaded
      // again (a browser keeps a failed module import).
      (error: unknown) => {
        console.warn(`<${this.host.localName}>: the share-link code could not be fetched.`, error);
        return { ok: false, error: problemAt('share-link', { code: 'unavailable' }) } as const;
      },
    );
    if (!payload.ok) {
      next = { status: 'error', error: payload.error };
    } else {
      const link = shareLink(base, payload.value);
      next = { status: 'ready', link, qr: withQr ? await this.#qr(link) : undefined };
    }
    if (run !== this.#run) return; // The routine changed meanwhile: a newer link is on its way.
    this.state = next;
    this.host.requestUpdate();
  }

  async #qr(link: string): Promise<ShareQr> {
    let encode: QrEncoder;
    try {
      encode = await this.loadQr();
    } catch (error) {
      console.warn(`<${this.host.localName}>: the QR code module could not be loaded.`, error);
      return 'failed';
    }
    return makeQrCode(encode, link) ?? 'too-long';
  }

  /** One warning and one `smr-error` per bad `share-base`. */
  #report(error: ValidationError): void {
    const key = JSON.stringify(error);
    if (key === this.#reported) return;
    this.#reported = key;
    console.warn(`<${this.host.localName}>: ${error.path}: ${error.message}`);
    emit(this.host, 'smr-error', { errors: [error] });
  }
}
