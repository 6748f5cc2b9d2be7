/** The client's own `imr.*` settings (the server reads the rest through workspace/configuration). */
import * as vscode from 'vscode';
import type { PreviewLook } from '../../server/src/protocol';

export interface PreviewSettings {
  look: PreviewLook;
  scrollPreviewWithEditor: boolean;
  scrollEditorWithPreview: boolean;
  followActiveEditor: boolean;
  doubleClickToSwitchToEditor: boolean;
  updateDelay: number;
}

/** The preview settings are window-scoped: read without a resource, as VS Code expects. */
export function previewSettings(): PreviewSettings {
  const c = vscode.workspace.getConfiguration('imr.preview');
  return {
    look: c.get<string>('look') === 'editor' ? 'editor' : 'paper',
    scrollPreviewWithEditor: c.get<boolean>('scrollPreviewWithEditor', true),
    scrollEditorWithPreview: c.get<boolean>('scrollEditorWithPreview', true),
    followActiveEditor: c.get<boolean>('followActiveEditor', true),
    doubleClickToSwitchToEditor: c.get<boolean>('doubleClickToSwitchToEditor', true),
    updateDelay: Math.max(50, c.get<number>('updateDelay', 300)),
  };
}
