/** The CLI's version, as in package.json (a test keeps the two the same; the bundle cannot read package.json). */
export const VERSION = '0.1.0';
