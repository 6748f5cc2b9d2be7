/**
 * What the extension does only when asked: the commands' work (export, import, new letter, public copy review)
 * and the preview's panel. The desktop client bundles it apart (dist/client/features.js), required on the first
 * command or preview, so activation loads only the language client and the registrations (on-demand.ts); the web
 * client, a single script, carries it inside. Nothing here may keep state of its own: the registrations hold it.
 */
export { exportCommand } from './export/export-letter';
export { importCommand } from './import/import-letter';
export { newDeterminationCommand } from './new-letter/new-determination';
export { LetterPreview, webviewOptions } from './preview/letter-preview';
export { reviewPublicCopyCommand } from './public-copy/review-public-copy';
