/**
 * A small JSON Schema validator for the tests: the keywords sarif-2.1.0-reduced.schema.json uses (type, const,
 * enum, required, properties, additionalProperties, items, minItems, minimum, pattern, anyOf, $ref to
 * #/definitions). Written here so checking the SARIF output needs neither a dependency nor the network.
 */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  minimum?: number;
  pattern?: string;
  anyOf?: Schema[];
  definitions?: Record<string, Schema>;
  description?: string;
  $schema?: string;
  title?: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(actual: string, expected: string): boolean {
  return actual === expected || (expected === 'number' && actual === 'integer');
}

/** Every way `value` breaks `schema`, as `path: problem` lines (empty when it conforms). */
export function validate(value: unknown, schema: Schema, root: Schema = schema, at = '$'): string[] {
  if (schema.$ref) {
    const name = /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? root.definitions?.[name] : undefined;
    if (!target) return [`${at}: unresolved $ref ${schema.$ref}`];
    return validate(value, target, root, at);
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(actual, t))) return [`${at}: is ${actual}, expected ${types.join(' or ')}`];
  }
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema.const)) errors.push(`${at}: is ${JSON.stringify(value)}, expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (schema.anyOf && !schema.anyOf.some((s) => validate(value, s, root, at).length === 0)) errors.push(`${at}: matches none of anyOf`);
  if (actual === 'string' && schema.pattern && !new RegExp(schema.pattern, 'u').test(value as string)) errors.push(`${at}: '${String(value)}' does not match ${schema.pattern}`);
  if ((actual === 'integer' || actual === 'number') && schema.minimum !== undefined && (value as number) < schema.minimum) errors.push(`${at}: ${String(value)} is below ${schema.minimum}`);
  if (actual === 'array') {
    const list = value as unknown[];
    if (schema.minItems !== undefined && list.length < schema.minItems) errors.push(`${at}: has ${list.length} items, fewer than ${schema.minItems}`);
    if (schema.items) list.forEach((item, i) => errors.push(...validate(item, schema.items as Schema, root, `${at}[${i}]`)));
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${at}: lacks required '${key}'`);
    for (const [key, v] of Object.entries(object)) {
      const property = schema.properties?.[key];
      if (property) errors.push(...validate(v, property, root, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: has '${key}', which the schema does not allow`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(v, schema.additionalProperties, root, `${at}.${key}`));
    }
  }
  return errors;
}
