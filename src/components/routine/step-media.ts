import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import type { StepMedia } from '../../core/types.js';

export interface StepMediaOptions {
  /** Whether the session is running: a clip plays while it runs and pauses when it stops. */
  playing: boolean;
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Plays a `<video>` while the session runs and pauses it when the session stops. It acts on a
 * change only, so a clip the person started or stopped themselves (its controls show under
 * reduced motion) is left alone until the session itself starts or stops. Always muted: a clip
 * never plays sound by itself. Under `prefers-reduced-motion: reduce` it never starts one.
 */
class FollowSession extends Directive {
  #playing: boolean | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('followSession() belongs on a <video> element');
  }

  render(_playing: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [playing]: [boolean]): typeof nothing {
    if (playing === this.#playing) return nothing;
    this.#playing = playing;
    const video = part.element as HTMLVideoElement;
    if (!playing) {
      video.pause();
    } else if (!prefersReducedMotion()) {
      video.muted = true;
      // Refused by an autoplay policy or not loadable: the clip stays on its first frame.
      video.play()?.catch(() => undefined);
    }
    return nothing;
  }
}

const followSession = directive(FollowSession);

/**
 * A step's own picture or clip, large beside the ring. An image shows with its `alt`; a video is
 * muted, looped and inline, named by `alt`, with no controls: it plays and pauses with the
 * session. Under `prefers-reduced-motion: reduce` a video does not start by itself and shows its
 * controls instead, so the person can play it. A new picture is a new element (keyed by its URL),
 * so a clip never carries one step's playback into the next.
 */
export function renderStepMedia(media: StepMedia, options: StepMediaOptions): TemplateResult {
  const reduced = media.type === 'video' && prefersReducedMotion();
  return html`<div part="media" class="step-media">
    ${keyed(
      `${media.type} ${media.src}`,
      media.type === 'video'
        ? html`<video
            src=${media.src}
            aria-label=${media.alt}
            muted
            .muted=${true}
            loop
            playsinline
            disablepictureinpicture
            ?controls=${reduced}
            ${followSession(options.playing)}
          ></video>`
        : html`<img src=${media.src} alt=${media.alt} decoding="async" />`,
    )}
  </div>`;
}
