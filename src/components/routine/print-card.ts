import { html, nothing, type TemplateResult } from 'lit';
import { localizedSafetyNote } from '../../content/translated.js';
import type { ShareLinkState } from '../../controllers/share-link.js';
import type { Routine } from '../../core/types.js';
import { renderQrCode } from '../shared/qr-code.js';
import { renderStillIllustration, stepDuration, type RoutineViewContext } from './view-context.js';

/** Sizes of the printed code by modules a side, so each module prints at least about 0.4 mm wide. */
function qrSizeClass(modules: number): string {
  return modules <= 57 ? 'qr-small' : modules <= 97 ? 'qr-medium' : 'qr-large';
}

/**
 * With `print-qr`: the QR code of the routine's share link, for a phone to scan off the wall, or
 * why there is none (too long to print readably, a bad `share-base`, the QR module not loaded).
 */
function renderPrintQr(context: RoutineViewContext, title: string, share: ShareLinkState | undefined): TemplateResult | typeof nothing {
  if (!share || share.status === 'none' || share.status === 'pending') return nothing;
  const t = context.t.routine;
  if (share.status === 'error') {
    const { error } = share;
    const text = error.problem ? context.t.errors.problem(error.problem) : error.message;
    return html`<p class="print-qr-note">${t.qrFailed} <code>${error.path}</code>: ${text}</p>`;
  }
  if (share.qr === undefined || share.qr === 'failed') return html`<p class="print-qr-note">${t.qrFailed}</p>`;
  if (share.qr === 'too-long') return html`<p class="print-qr-note">${t.qrTooLong}</p>`;
  return html`<figure class="print-qr ${qrSizeClass(share.qr.size)}">
    ${renderQrCode(share.qr, t.qrLabel(title))}
    <figcaption>${t.qrCaption}</figcaption>
  </figure>`;
}

/**
 * A one-page card for gym walls and handouts: the steps, their times, the first caution, the safety
 * note, and with `print-qr` a QR code that opens the routine on a phone. Shown only when printing.
 */
export function renderPrintCard(context: RoutineViewContext, routine: Routine, share?: ShareLinkState): TemplateResult {
  return html`<section class="print-card" aria-hidden="true">
    ${renderPrintQr(context, routine.title, share)}
    <ol part="step-list">
      ${routine.steps.map(
        (step) =>
          html`<li>
            ${renderStillIllustration(context, step, 'print-thumb')}
            <strong>${step.name}</strong> — ${stepDuration(context.t, step)}
            ${step.cautions.length ? html`<div class="print-cautions">${step.cautions[0]}</div>` : nothing}
          </li>`,
      )}
    </ol>
    <p class="print-safety">${localizedSafetyNote(context.content)}</p>
  </section>`;
}
