/**
 * SARIF logs checked against the official SARIF 2.1.0 JSON schema (the RTM text the OASIS standard published, as
 * Microsoft's SARIF SDK ships it in @microsoft/jest-sarif, read from node_modules: nothing is fetched), with ajv.
 * The schema is draft-04, hence ajv-draft-04; ajv-formats checks its uri and date-time formats.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as fs from 'fs';

export const SARIF_SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

let validator: ValidateFunction | undefined;

function compile(): ValidateFunction {
  // the schema's language pattern is not valid as a unicode regular expression, so patterns are read without the u flag
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as object);
}

/** What is wrong with `log` as SARIF 2.1.0, one line a mistake (empty when valid). */
export function sarifErrors(log: unknown): string[] {
  validator ??= compile();
  if (validator(log)) return [];
  return (validator.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
