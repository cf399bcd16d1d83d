/** Our JSON Schemas of GitLab's report formats (schemas/), compiled once for tests. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });

export const validateSecretDetection = ajv.compile(load('gitlab-secret-detection-report.schema.json'));
export const validateCodequality = ajv.compile(load('gitlab-codequality-report.schema.json'));

export function schemaErrors(validate: typeof validateSecretDetection, value: unknown): unknown[] {
  return validate(value) ? [] : (validate.errors ?? [{ message: 'invalid' }]);
}
