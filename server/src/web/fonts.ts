/**
 * The letter fonts for PDF export in the browser worker, where there is no media/fonts folder to read: esbuild
 * bundles the two font files into the worker's script as bytes (its `binary` loader, see esbuild.mjs).
 */
import type { PdfFonts } from '../language/render/pdf';
import bold from '../../../media/fonts/LiberationSerif-Bold.ttf';
import regular from '../../../media/fonts/LiberationSerif-Regular.ttf';

export function bundledLetterFonts(): PdfFonts {
  return { regular, bold };
}
