// Connection specs the emulator serves, and a small validator for auth params against an authSpec's
// JSON schema (only the keywords auth specs use: type, properties, required, additionalProperties, enum).
import type { ConnectionSpec, JsonSchema } from './types.js'

/** Oracle Service Cloud, as Adobe's API tutorial describes it (host, username, password). */
export const ORACLE_SERVICE_CLOUD_SPEC: ConnectionSpec = {
  id: 'ba5126ec-c9ac-11eb-b8bc-0242ac130003',
  name: 'oracle-service-cloud',
  providerId: '0ed90a81-07f4-4586-8190-b40eccef1c5a',
  version: '1.0',
  authSpec: [
    {
      name: 'Basic Authentication',
      type: 'BasicAuthentication',
      spec: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        description: 'Defines auth params required for connecting to Oracle Service Cloud.',
        properties: {
          host: { type: 'string', description: 'The host URL of your Oracle Service Cloud instance.' },
          username: { type: 'string', description: 'The username for your Oracle Service Cloud user account.' },
          password: {
            type: 'string',
            description: 'The password for your Oracle Service Cloud account.',
            format: 'password'
          }
        },
        required: ['host', 'username', 'password'],
        additionalProperties: false
      }
    }
  ],
  attributes: {
    category: 'Customer Success',
    isSource: true,
    documentationLink:
      'https://experienceleague.adobe.com/docs/experience-platform/sources/connectors/customer-success/oracle-service-cloud.html'
  }
}

/**
 * A made-up basic-auth source that needs one more param (`siteId`), for testing the action's
 * `auth-params` input. Not a real Adobe connection spec.
 */
export const SITE_BASIC_AUTH_SPEC: ConnectionSpec = {
  id: 'a9b8c7d6-1234-4c3b-9a8b-0123456789ab',
  name: 'emulator-site-basic-auth',
  providerId: '0ed90a81-07f4-4586-8190-b40eccef1c5a',
  version: '1.0',
  authSpec: [
    {
      name: 'Basic Authentication',
      type: 'BasicAuthentication',
      spec: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        description: 'Emulator-only source: basic authentication plus a site id.',
        properties: {
          host: { type: 'string', description: 'Host URL of the instance.' },
          username: { type: 'string', description: 'User name.' },
          password: { type: 'string', description: 'Password.', format: 'password' },
          siteId: { type: 'string', description: 'Site identifier.' }
        },
        required: ['host', 'username', 'password', 'siteId'],
        additionalProperties: false
      }
    }
  ],
  attributes: { category: 'Emulator', isSource: true }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function matchesType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return typeOf(value) === 'object'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    default:
      return typeof value === type
  }
}

/**
 * Validates `value` against `schema`; returns the problems found (empty when valid), each naming
 * the property, so a 400 answer can say exactly what is wrong. Keywords: type, enum, const,
 * minimum, required, properties, additionalProperties, if/then/else, allOf, not.
 */
export function validateAgainstSchema(value: unknown, schema: JsonSchema, path = 'params'): string[] {
  if (schema.type && !matchesType(value, schema.type)) {
    return [`${path} must be of type ${schema.type}, found ${typeOf(value)}`]
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return [`${path} must be one of ${JSON.stringify(schema.enum)}`]
  }
  if ('const' in schema && value !== schema.const) return [`${path} must be ${JSON.stringify(schema.const)}`]
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) {
    return [`${path} must be at least ${schema.minimum}, found ${value}`]
  }
  const problems: string[] = []
  if (schema.if) {
    const branch = validateAgainstSchema(value, schema.if, path).length === 0 ? schema.then : schema.else
    if (branch) problems.push(...validateAgainstSchema(value, branch, path))
  }
  for (const each of schema.allOf ?? []) problems.push(...validateAgainstSchema(value, each, path))
  if (schema.not && validateAgainstSchema(value, schema.not, path).length === 0) {
    const keys = schema.not.required
    problems.push(
      keys ? `${keys.map(k => `'${k}'`).join(', ')} not allowed in ${path}` : `${path} must not match the schema`
    )
  }
  if (typeOf(value) !== 'object') return problems
  const object = value as Record<string, unknown>
  for (const key of schema.required ?? []) {
    if (!(key in object)) problems.push(`required property '${key}' is missing from ${path}`)
  }
  const properties = schema.properties ?? {}
  for (const [key, child] of Object.entries(object)) {
    const childSchema = properties[key]
    if (childSchema) {
      problems.push(...validateAgainstSchema(child, childSchema, `${path}.${key}`))
    } else if (schema.additionalProperties === false) {
      problems.push(`property '${key}' is not allowed in ${path}`)
    }
  }
  return problems
}
