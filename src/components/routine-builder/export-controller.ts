import type { ReactiveControllerHost } from 'lit';
import { encode as encodeQr } from 'uqr';
import { ShareLinkController, type ShareLinkState } from '../../controllers/share-link.js';
import type { EmbedFormat } from '../../core/embed.js';
import { qrSvgFile } from '../../core/qr.js';
import type { Routine, RoutineInput } from '../../core/types.js';
import type { Translation } from '../../translations/translation.js';
import { downloadText } from '../shared/download.js';
import { copyOrSelect, downloadRoutine, type CopyField, type ExportPanelHandlers } from './export-panel.js';

/** What the export and share panels read of the builder. */
export interface ExportSource {
  /** The routine being built, validated; `null` while it is not valid (no share link). */
  routine: () => Routine | null;
  /** The routine being built, as routine input (the file and the QR code are named by its id). */
  value: () => RoutineInput;
  /** `share-base`: the page a share link opens. */
  shareBase: () => string;
  /** The builder's words in its language. */
  words: () => Translation['builder'];
  /** Sets `embed-format`. */
  chooseFormat: (format: EmbedFormat) => void;
}

type ExportHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/**
 * The export and share wiring of `<smr-routine-builder>`: the share link and its QR code, copying
 * (the text is selected for Ctrl+C where the clipboard refuses), downloading the routine file and
 * the QR code, and what the last of these did (the host updates when that changes). The views are
 * `export-panel.ts` and `share-panel.ts`.
 */
export class BuilderExportController {
  /** What the last copy or download of the embed code or the routine did. */
  status = '';
  /** What the last copy of the share link or download of its QR code did. */
  shareStatus = '';
  /** The routine JSON is shown. */
  showJson = false;

  readonly #share: ShareLinkController;

  constructor(
    private readonly host: ExportHost,
    private readonly source: ExportSource,
  ) {
    this.#share = new ShareLinkController(
      host,
      () => ({ routine: source.routine(), base: source.shareBase(), qr: true }),
      () => Promise.resolve(encodeQr),
    );
  }

  /** The share link of the routine being built, and its QR code. */
  get share(): ShareLinkState {
    return this.#share.state;
  }

  /** Forgets what the last copy or download did ("Copied" would describe an older routine). */
  forget(): void {
    this.#set({ status: '', shareStatus: '' });
  }

  readonly handlers: ExportPanelHandlers = {
    chooseFormat: (format) => this.source.chooseFormat(format),
    copyEmbed: (code) => this.#copy(code, this.source.words().copiedEmbed, '.embed-code'),
    copyJson: (json) => this.#copy(json, this.source.words().copiedJson, '.json-code'),
    download: () => this.#set({ status: this.source.words().downloaded(downloadRoutine(this.source.value())) }),
    toggleJson: (open) => this.#set({ showJson: open }),
    copyLink: (link) => this.#copy(link, this.source.words().copiedLink, '.share-link'),
    downloadQr: () => this.#downloadQr(),
  };

  #set(patch: Partial<Pick<BuilderExportController, 'status' | 'shareStatus' | 'showJson'>>): void {
    const next = { status: this.status, shareStatus: this.shareStatus, showJson: this.showJson, ...patch };
    if (next.status === this.status && next.shareStatus === this.shareStatus && next.showJson === this.showJson) return;
    ({ status: this.status, shareStatus: this.shareStatus, showJson: this.showJson } = next);
    this.host.requestUpdate();
  }

  async #copy(text: string, done: string, field: CopyField): Promise<void> {
    const copied = await copyOrSelect(text, this.host.renderRoot, field, () => {
      if (field === '.json-code') this.#set({ showJson: true });
      return this.host.updateComplete;
    });
    const status = copied ? done : this.source.words().copyFailed;
    this.#set(field === '.share-link' ? { shareStatus: status } : { status });
  }

  #downloadQr(): void {
    const share = this.#share.state;
    if (share.status !== 'ready' || typeof share.qr !== 'object') return;
    const file = downloadText(`${this.source.value().id}-qr.svg`, qrSvgFile(share.qr, share.link), 'image/svg+xml');
    this.#set({ shareStatus: this.source.words().downloaded(file) });
  }
}
