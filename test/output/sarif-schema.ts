/** The official SARIF 2.1.0 schema (schemas/), compiled once with ajv for validation in tests. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

type SchemaDoc = { definitions: { region: { properties: Record<string, unknown>; anyOf?: unknown } } };

const schema = JSON.parse(readFileSync(new URL('../../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as SchemaDoc;
// The published schema misplaces region's `anyOf` (one of startLine/charOffset/byteOffset is
// required) inside `properties`, which no draft allows; apply it where it was meant to be.
const region = schema.definitions.region;
if (Array.isArray(region.properties.anyOf)) {
  region.anyOf = region.properties.anyOf;
  delete region.properties.anyOf;
}

export const validateSarif = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
