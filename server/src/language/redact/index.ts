/** Public copies: personal information found by shape or declared by the letter, removed. */
export { findPersonalData, type PersonalDataKind, type PersonalDataMatch } from './find';
export { publicCopy, redactText, REDACTED } from './public-copy';
