/**
 * Stands in for `brotli/decompress.js` in the bundles (esbuild.mjs aliases it here). fontkit needs brotli only to
 * read WOFF2 web fonts; the letters embed TrueType fonts (media/fonts), so the 480 KB decoder and its dictionary
 * are left out. Should a WOFF2 font ever reach fontkit, it fails with this message instead of a wrong PDF.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported: PDF export embeds TrueType (.ttf) fonts');
}
