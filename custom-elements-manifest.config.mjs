// Custom Elements Manifest analyzer settings. Private, protected and @internal members are
// implementation details: they are left out so editors and Storybook show only the public API.
function hidePrivateMembers() {
  return {
    name: 'smr-hide-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [hidePrivateMembers()],
};
