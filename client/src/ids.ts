/**
 * Every id the extension contributes, in one place: package.json declares the same strings, the end-to-end tests
 * drive them, so they must stay stable (test/client/manifest.test.ts checks the two agree).
 */
export const LANGUAGE_ID = 'imr';
/** `publisher.name` from package.json: the extension finds its own files with it before `activate` */
export const EXTENSION_ID = 'imr-tools.imr-determination';

export const COMMANDS = {
  openPreview: 'imr.preview.open',
  openPreviewToSide: 'imr.preview.openToSide',
  showPreviewSource: 'imr.preview.showSource',
  togglePreviewLook: 'imr.preview.toggleLook',
  /** hidden from the palette: the preview's state, for tests */
  previewState: 'imr.preview.getState',
  exportLetter: 'imr.export',
  exportPublicCopy: 'imr.exportPublicCopy',
  newDetermination: 'imr.newDetermination',
  importLetter: 'imr.importLetter',
  restartServer: 'imr.restartServer',
  showOutput: 'imr.showOutput',
  reviewPublicCopy: 'imr.reviewPublicCopy',
} as const;

export const PREVIEW_VIEW_TYPE = 'imr.preview';
export const STATUS_ITEM_ID = 'imr.letterStatus';
/** the LanguageClient's id: VS Code reads `imr.trace.server` because of it */
export const CLIENT_ID = 'imr';

