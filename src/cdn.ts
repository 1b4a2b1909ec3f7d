/**
 * Entry of the single-file CDN bundle (`dist/cdn/smr-elements.js`): defines every element on
 * import and re-exports the public API, so one `<script type="module">` is all a page needs.
 */
import './define.js';

export * from './index.js';
