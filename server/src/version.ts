/**
 * The package's version, for the language server's serverInfo and the `imr` CLI. esbuild.mjs writes it in from
 * package.json when bundling (`define`), so it is set in one place; code run unbundled (tests compiled by tsc)
 * has no bundle version and says so.
 */
declare const IMR_VERSION: string | undefined;

export const VERSION: string = typeof IMR_VERSION === 'string' ? IMR_VERSION : '0.0.0-unbundled';
