/** The package version, for the CDN URL in embed snippets. A test keeps it equal to package.json. */
export const VERSION = '0.1.0';
