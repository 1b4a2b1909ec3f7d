import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expandTypesPlugin, getTsProgram } from 'cem-plugin-expanded-types';

/** Every declaration of every module of the manifest. */
const declarationsOf = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []);

/** The custom elements of the manifest (declarations with a tag name). */
const elementsOf = (manifest) => declarationsOf(manifest).filter((declaration) => declaration.customElement && declaration.tagName);

// Custom Elements Manifest analyzer settings. Private, protected and @internal members are
// implementation details: they are left out so editors and Storybook show only the public API.
function hidePrivateMembers() {
  return {
    name: 'smr-hide-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarationsOf(customElementsManifest)) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
        );
      }
    },
  };
}

/**
 * Attributes are strings: an expanded type names values for editors only when it is a union of
 * string literals (`'none' | 'both'`). Anything else (`RegionId[]`, `string | Exercise`) becomes
 * `string`, so editors don't offer type names as values.
 */
function literalAttributeValues() {
  const literalUnion = /^\s*'[^']*'(\s*\|\s*('[^']*'|undefined|null))*\s*$/;
  return {
    name: 'smr-literal-attribute-values',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarationsOf(customElementsManifest)) {
        for (const entry of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          const text = entry.expandedType?.text ?? entry.type?.text ?? '';
          const namesAType = /\b[A-Z]\w*/.test(text.replace(/'[^']*'/g, ''));
          if (!literalUnion.test(text) && namesAType) entry.expandedType = { text: 'string' };
        }
      }
    },
  };
}

/**
 * The shared tokens (src/styles/tokens.ts) are read by every element: list them on each, with the
 * timer's descriptions, so every API table is complete. An element's own entry wins.
 */
function sharedTokens() {
  return {
    name: 'smr-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      const timer = elements.find((element) => element.tagName === 'smr-timer');
      const shared = (timer?.cssProperties ?? []).filter((property) => !/^--smr-ring-/.test(property.name));
      for (const element of elements) {
        if (element.tagName === 'smr-step' || element === timer) continue;
        const own = new Set((element.cssProperties ?? []).map((property) => property.name));
        element.cssProperties = [...(element.cssProperties ?? []), ...shared.filter((property) => !own.has(property.name))];
      }
    },
  };
}

const comment = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '');

/**
 * JSX props of every element, written from the manifest so they never drift from the elements.
 * (break-stuff's custom-element-jsx-integration wraps each event type in another CustomEvent and
 * offers read-only getters as props, so its output is wrong for this library.) Props are the
 * writable properties, their attribute spellings, and `onsmr-…` listeners (React 19 and Preact
 * add a listener for `on` + the event name), each typed from the class and event types.
 */
function jsxTypes(file) {
  return {
    name: 'smr-jsx-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest).sort((a, b) => a.tagName.localeCompare(b.tagName));
      const imports = new Set();
      const interfaces = [];
      for (const element of elements) {
        imports.add(element.name);
        const lines = [];
        const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly);
        for (const field of fields) {
          lines.push(`${comment(field.description, '  ')}  ${field.name}?: ${element.name}['${field.name}'];`);
          const attribute = (element.attributes ?? []).find(
            (candidate) => candidate.fieldName === field.name || candidate.name === field.name,
          );
          if (attribute && attribute.name !== field.name) {
            lines.push(`${comment(field.description, '  ')}  '${attribute.name}'?: ${element.name}['${field.name}'];`);
          }
        }
        for (const event of element.events ?? []) {
          const type = event.type?.text ?? 'Event';
          if (/^Smr\w+Event$/.test(type)) imports.add(type);
          lines.push(`${comment(event.description, '  ')}  'on${event.name}'?: (event: ${type}) => void;`);
        }
        const propsName = `${element.name}JSXProps`;
        interfaces.push(
          `${comment(`Props of \`<${element.tagName}>\`: ${element.summary ?? element.description ?? ''}`, '')}export interface ${propsName} extends SmrBaseProps {\n${lines.join('\n')}\n}`,
        );
      }
      const map = elements.map((element) => `  '${element.tagName}': ${element.name}JSXProps;`).join('\n');
      const source = `// Generated from custom-elements.json by custom-elements-manifest.config.mjs: do not edit.
// Use: \`declare module 'react' { namespace JSX { interface IntrinsicElements extends SmrElementsJSX {} } }\`
import type { ${[...imports].sort().join(', ')} } from '../types/index.js';

/** What every element accepts in JSX besides its own props. */
export interface SmrBaseProps {
  children?: unknown;
  class?: string;
  className?: string;
  id?: string;
  slot?: string;
  part?: string;
  style?: unknown;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  hidden?: boolean;
  title?: string;
  tabIndex?: number;
  key?: string | number | null;
  ref?: unknown;
}

${interfaces.join('\n\n')}

/** Every tag of smr-elements with its props: extend your JSX namespace's \`IntrinsicElements\` with it. */
export interface SmrElementsJSX {
${map}
}
`;
      mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
      writeFileSync(file, source);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // A type-checked program lets the expanded-types plugin resolve aliases (`Sides` is
  // `'none' | 'both'`), so editors can offer the values.
  overrideModuleCreation: ({ ts, globs }) =>
    getTsProgram(ts, globs, 'tsconfig.json')
      .getSourceFiles()
      .filter((source) => globs.some((glob) => source.fileName.endsWith(glob.replace(/^\.\//, '')))),
  plugins: [
    hidePrivateMembers(),
    expandTypesPlugin({ hideLogs: true }),
    literalAttributeValues(),
    sharedTokens(),
    // Editor support from the same manifest: HTML/CSS autocomplete in VS Code and typed tags in
    // JSX/TSX (`smr-elements/jsx`). Written into the build output; the analyzer runs last in `build`.
    customElementVsCodePlugin({ outdir: 'dist/editor', hideLogs: true, typesSrc: 'expandedType' }),
    jsxTypes('dist/editor/jsx.d.ts'),
  ],
};
