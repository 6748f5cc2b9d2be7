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

export function previewSettings(scope?: vscode.Uri): PreviewSettings {
  const c = vscode.workspace.getConfiguration('imr.preview', scope);
  return {
    look: c.get<string>('look') === 'editor' ? 'editor' : 'paper',
    scrollPreviewWithEditor: c.get<boolean>('scrollPreviewWithEditor', true),
    scrollEditorWithPreview: c.get<boolean>('scrollEditorWithPreview', true),
    followActiveEditor: c.get<boolean>('followActiveEditor', true),
    doubleClickToSwitchToEditor: c.get<boolean>('doubleClickToSwitchToEditor', true),
    updateDelay: Math.max(50, c.get<number>('updateDelay', 300)),
  };
}
