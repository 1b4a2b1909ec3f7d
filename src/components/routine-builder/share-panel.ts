import { css, html, nothing, type TemplateResult } from 'lit';
import type { ShareLinkState } from '../../controllers/share-link.js';
import { renderQrCode, qrStyles } from '../shared/qr-code.js';
import { heading, type ViewContext } from './fields.js';

export interface SharePanelState extends ViewContext {
  /** The routine's title, naming its QR code. */
  title: string;
  share: ShareLinkState;
  /** What the last copy or download of the link or code did. */
  shareStatus: string;
}

export interface SharePanelHandlers {
  /** Copies the share link shown. */
  copyLink: (link: string) => Promise<void>;
  /** Saves the QR code as an SVG file. */
  downloadQr: () => void;
}

/**
 * "Share as a link": the link (a read-only field, selected when the clipboard refuses), Copy share
 * link, the link's QR code and Download QR (SVG), or why there is none yet.
 */
export function renderSharePanel(state: SharePanelState, handlers: SharePanelHandlers): TemplateResult {
  const t = state.t.builder;
  const { share } = state;
  const link = share.status === 'ready' ? share.link : '';
  const qr = share.status === 'ready' && typeof share.qr === 'object' ? share.qr : undefined;
  let note: TemplateResult | typeof nothing = nothing;
  if (share.status === 'pending') note = html`<p class="hint">${t.linkPending}</p>`;
  else if (share.status === 'error') {
    const { error } = share;
    const text = error.problem ? state.t.errors.problem(error.problem) : error.message;
    note = html`<p class="problem" role="alert">${error.path ? html`<code>${error.path}</code>: ` : nothing}${text}</p>`;
  } else if (share.status === 'ready' && share.qr === 'too-long') note = html`<p class="hint">${t.qrTooLong}</p>`;
  else if (share.status === 'ready' && share.qr === 'failed') note = html`<p class="hint">${state.t.routine.qrFailed}</p>`;
  return html`<div part="share" class="share" role="group" aria-labelledby="share-title">
    <div id="share-title">${heading(t.shareTitle, state.headingLevel, 2)}</div>
    <p class="hint" id="share-hint">${t.shareHint}</p>
    <div class="share-body">
      <div class="share-link-area">
        <div class="field">
          <label for="share-link">${t.shareLink}</label>
          <input
            part="share-link"
            id="share-link"
            class="code share-link"
            type="url"
            readonly
            spellcheck="false"
            aria-describedby="share-hint"
            .value=${link}
          />
        </div>
        <div class="row">
          <button part="button" class="secondary" type="button" ?disabled=${!link} @click=${() => handlers.copyLink(link)}>
            ${t.copyLink}
          </button>
          <button part="button" class="secondary" type="button" ?disabled=${!qr} @click=${handlers.downloadQr}>${t.downloadQr}</button>
        </div>
        ${note}
        <p class="status" role="status">${state.shareStatus}</p>
      </div>
      ${qr ? html`<div class="share-qr">${renderQrCode(qr, t.qrLabel(state.title))}</div>` : nothing}
    </div>
  </div>`;
}

/** The share area: the link beside its QR code when there is room, the code under it when narrow. */
export const sharePanelStyles = css`
  ${qrStyles}
  .share {
    margin-top: calc(var(--_space) * 2);
    padding-top: calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_border);
  }
  .share-body {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .share-link-area {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .share-link {
    width: 100%;
  }
  .share-qr {
    flex: 0 1 16rem;
    min-width: 9rem;
    max-width: 100%;
  }
  .share .problem {
    margin-top: var(--_space);
  }
`;
