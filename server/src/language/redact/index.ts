/** Public copies: personal information found by shape, by role or NLP, or declared by the letter, removed. */
export { findPersonalData, PERSONAL_DATA_KINDS, type PersonalDataKind, type PersonalDataMatch } from './find';
export { analyseText, publicCopy, redactionRules, redactText, REDACTED, type RedactionKind, type RedactionRules, type TextRedaction } from './public-copy';
export { reviewPublicCopy, type PublicCopyReview, type ReviewedRedaction, type ReviewPlace, type SuspiciousRemainder } from './review';
export { CLINICAL_WORDS, EPONYMS, DRUGS, NAME_LIKE_EPONYMS, isClinicalPhrase } from './vocabulary';
