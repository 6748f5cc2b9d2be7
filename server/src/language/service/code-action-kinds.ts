/** The code action kind of fix all, for `editor.codeActionsOnSave`: `{ "source.fixAll.imr": "explicit" }`. */
export const FIX_ALL_KIND = 'source.fixAll.imr';
