/**
 * What packs a routine into a share link and unpacks one: fetched on demand (see `on-demand.ts`)
 * by the routine (only with `from-url` and a routine in the address, or `print-qr`) and the
 * builder's share panel, so a page that shares nothing never downloads it.
 */
export { decodeSharePayload, encodeSharePayload } from '../core/share-link.js';
export { shareableRoutine } from '../content/share-link.js';
