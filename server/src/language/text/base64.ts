/**
 * Base64 without Node's Buffer, so the same code runs in Node, in the browser worker that hosts the language
 * server in VS Code for the Web, and in the web extension host (`btoa`/`atob` are globals in all three).
 */

/** Bytes per `String.fromCharCode` call: well below the engines' argument limits. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Throws a plain Error naming what was wrong when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new Error('the data is not valid base64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
