/**
 * Entry of the CDN bundle (`dist/cdn/smr-elements.js`): defines every element on import and
 * re-exports the public API, so one `<script type="module">` is all a page needs. Languages other
 * than English (UI strings and content) load from files next to it (`dist/cdn/lang/*.js`) when the
 * page uses them.
 */
import './define.js';
import { loadLanguagesOnDemand } from './languages-on-demand.js';

loadLanguagesOnDemand();

export * from './index.js';
