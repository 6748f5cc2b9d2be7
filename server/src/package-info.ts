/**
 * Facts of the package, set once in package.json: the version (the language server's serverInfo, the `imr` CLI)
 * and the repository's web address (links to docs/rules.md in SARIF reports). esbuild.mjs writes them into the
 * bundles (`define`); code run unbundled (tests compiled by tsc) has no bundle and says so.
 */
declare const IMR_VERSION: string | undefined;
declare const IMR_REPOSITORY: string | undefined;

export const VERSION: string = typeof IMR_VERSION === 'string' ? IMR_VERSION : '0.0.0-unbundled';

/** The repository on the web, without a trailing `.git` (`https://host/owner/name`). */
export const REPOSITORY: string = typeof IMR_REPOSITORY === 'string' ? IMR_REPOSITORY : 'https://example.invalid/unbundled';

/** A file of the repository on the web, as its hosting shows it at the default branch. */
export function repositoryFileUrl(file: string): string {
  return `${REPOSITORY}/blob/HEAD/${file}`;
}
