import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { IllustrationScene, Stroke } from '../../core/illustration.js';

// The picture is made of numbers and class names only, so it is written once per scene as static
// SVG markup: Lit parses it into one template per picture and clones that for every copy shown
// (no binding per line). The only value bound per copy is the text alternative, which Lit escapes.

const r = (value: number): number => Math.round(value * 10) / 10;

function line(stroke: Stroke, className: string): string {
  return `<line class="${className}" x1="${r(stroke.from.x)}" y1="${r(stroke.from.y)}" x2="${r(stroke.to.x)}" y2="${r(stroke.to.y)}" stroke-width="${r(stroke.width)}"></line>`;
}

function lines(strokes: readonly Stroke[], className: string): string {
  return strokes.map((stroke) => line(stroke, className)).join('');
}

function renderTool(scene: IllustrationScene): string {
  const { kind, center, radius, lengthwise } = scene.tool;
  const [x, y] = [r(center.x), r(center.y)];
  if (lengthwise !== undefined) {
    // A roller seen from above: a long rounded bar under the limb.
    const half = 15 - radius;
    const dx = r(Math.cos((lengthwise * Math.PI) / 180) * half);
    const dy = r(Math.sin((lengthwise * Math.PI) / 180) * half);
    return `<g class="tool"><line class="tool-bar" x1="${x - dx}" y1="${y - dy}" x2="${x + dx}" y2="${y + dy}" stroke-width="${2 * radius}"></line></g>`;
  }
  if (kind === 'stick') {
    // Seen end-on: a rod across the limb.
    return `<g class="tool"><circle cx="${x}" cy="${y}" r="${radius}"></circle></g>`;
  }
  // A mark on the tool turns with the rolling (the group is animated about the tool's centre).
  return (
    `<g class="tool" transform="translate(${x} ${y})"><circle r="${radius}"></circle>` +
    (kind === 'peanut-ball' ? `<circle class="tool-inner" r="${r(radius * 0.55)}"></circle>` : '') +
    `<g class="tool-turn"><line class="tool-mark" x1="0" y1="0" x2="0" y2="${r(-radius * 0.7)}"></line></g></g>`
  );
}

function arrowHead(tip: { x: number; y: number }, from: { x: number; y: number }): string {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const size = 2.6;
  const a = { x: tip.x - size * Math.cos(angle - 0.5), y: tip.y - size * Math.sin(angle - 0.5) };
  const b = { x: tip.x - size * Math.cos(angle + 0.5), y: tip.y - size * Math.sin(angle + 0.5) };
  return `<path class="arrow-head" d="M${r(a.x)} ${r(a.y)}L${r(tip.x)} ${r(tip.y)}L${r(b.x)} ${r(b.y)}"></path>`;
}

function renderArrow(scene: IllustrationScene): string {
  if (!scene.arrow) return '';
  const { from, to } = scene.arrow;
  const arrow = `<line x1="${r(from.x)}" y1="${r(from.y)}" x2="${r(to.x)}" y2="${r(to.y)}"></line>${arrowHead(to, from)}${arrowHead(from, to)}`;
  // Drawn twice: a halo in the background colour first, so the arrow reads over the figure too.
  return `<g class="arrow-halo">${arrow}</g><g class="arrow">${arrow}</g>`;
}

/** Strokes drawn relative to `pivot`, so the group that holds them turns about that joint. */
function relativeTo(strokes: readonly Stroke[], pivot: { x: number; y: number }): Stroke[] {
  return strokes.map((s) => ({
    from: { x: s.from.x - pivot.x, y: s.from.y - pivot.y },
    to: { x: s.to.x - pivot.x, y: s.to.y - pivot.y },
    width: s.width,
  }));
}

/** The picture's content (everything inside the `<svg>`), back to front. */
function sceneMarkup(scene: IllustrationScene): string {
  const [x, y, width] = scene.viewBox;
  const mirror = scene.flip ? ` transform="matrix(-1 0 0 1 ${r(2 * x + width)} 0)"` : '';
  const limbMoves = scene.moving !== 'body' && scene.moving !== 'tool';
  const { x: px, y: py } = scene.pivot;
  // Back to front: far limbs, trunk and head; then the near limbs and the worked area. A tool on the
  // neck or a near limb goes between them, so the trunk does not hide it; a tool on the near side
  // of a face (beside the spine) goes over everything.
  const back =
    `<g class="far">${lines(scene.far, 'far')}</g>${lines(scene.trunk, 'body')}` +
    `<circle class="body head" cx="${r(scene.head.center.x)}" cy="${r(scene.head.center.y)}" r="${scene.head.radius}"></circle>`;
  const front =
    lines(scene.near, 'near') +
    (limbMoves
      ? `<g transform="translate(${r(px)} ${r(py)})"><g class="moving">` +
        `${lines(relativeTo(scene.movingLimb, scene.pivot), 'near')}${lines(relativeTo([scene.work], scene.pivot), 'work')}</g></g>`
      : line(scene.work, 'work'));
  const bodyMoves = scene.moving === 'body';
  const tool = scene.moving === 'tool' ? `<g class="moving">${renderTool(scene)}</g>` : renderTool(scene);
  return (
    `<g${mirror}>` +
    (scene.fromAbove ? '' : `<line class="ground" x1="${x}" y1="0" x2="${x + width}" y2="0"></line>`) +
    (scene.wallX === undefined ? '' : `<line class="ground" x1="${r(scene.wallX)}" y1="0" x2="${r(scene.wallX)}" y2="${y}"></line>`) +
    lines(scene.furniture, 'furniture') +
    (scene.toolOverTrunk || scene.toolOnTop ? '' : tool) +
    (bodyMoves ? `<g class="moving">${back}</g>` : back) +
    (scene.toolOverTrunk && !scene.toolOnTop ? tool : '') +
    (bodyMoves ? `<g class="moving">${front}</g>` : front) +
    (scene.toolOnTop ? tool : '') +
    renderArrow(scene) +
    '</g>'
  );
}

/** Each scene's markup, made once: scenes are cached per exercise and side (`content/pictures.ts`). */
const markup = new WeakMap<IllustrationScene, { viewBox: ReturnType<typeof unsafeStatic>; content: ReturnType<typeof unsafeStatic> }>();

function staticParts(scene: IllustrationScene) {
  let parts = markup.get(scene);
  if (!parts) {
    parts = { viewBox: unsafeStatic(scene.viewBox.join(' ')), content: unsafeStatic(sceneMarkup(scene)) };
    markup.set(scene, parts);
  }
  return parts;
}

/**
 * Draws a laid-out illustration: ground, tool, figure (far limbs, trunk and head, near limbs), the
 * worked area in the accent colour and the rolling arrow, named by `label`. The part that moves is
 * the group with class `moving` (animated by the element; never by an inline style). Cheap to show
 * many times: each scene is one static template, cloned.
 */
export function renderIllustrationScene(scene: IllustrationScene, label: string): TemplateResult {
  const { viewBox, content } = staticParts(scene);
  return html`<svg part="illustration" class="illustration" role="img" aria-label=${label} viewBox="${viewBox}" focusable="false">
    ${content}
  </svg>`;
}
