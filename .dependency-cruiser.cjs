// The layers of ../shared/DESIGN.md, checked on every `npm run verify`: data flows one way
// (core → content/translations → controllers → elements → entry points) and nothing in src/
// imports itself in a circle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A module of src/ must not depend on itself through others.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      comment: 'core/ is plain TypeScript: it imports nothing outside core/ (no Lit, no DOM helpers, no data).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: '^src/core/' },
    },
    {
      name: 'data-imports-only-core',
      comment: 'content/ and translations/ are data typed by core/: they import core/ and each other, nothing else.',
      severity: 'error',
      from: { path: '^src/(content|translations)/' },
      // The build's own modules of the catalog's files (`virtual:smr-exercises`) are data too.
      to: { pathNot: '^(src/(core|content|translations)/|virtual:smr-exercises$)' },
    },
    {
      name: 'controllers-below-elements',
      comment: 'Controllers serve elements and never import them.',
      severity: 'error',
      from: { path: '^src/controllers/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'below-entry-points',
      comment: 'Nothing inside the library imports an entry point (index, cdn, define, react).',
      severity: 'error',
      from: { path: '^src/(core|content|translations|controllers|components|events|styles)/' },
      to: { path: '^src/(index|cdn|define|react)\\.ts$' },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every import resolves (but the modules a build plugin makes, `virtual:…`).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'browser', 'default'] },
  },
};
