// The browser side of the server-rendering test: Lit's hydration support first, then the elements,
// bundled together so both use one copy of Lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/define.js';
