// Every input's rule lives here: read, validate, and freeze into one typed config before any
// request is sent. Secrets are masked before anything else is looked at.
import * as core from '@actions/core'
import { AuthParamValue } from './adobe/flow-service.js'
import { INPUT, ORACLE_SERVICE_CLOUD_SPEC_ID } from './constants.js'
import { ActionError } from './errors.js'
import { maskSecret } from './secrets.js'

const IF_EXISTS_MODES = ['reuse', 'update', 'fail', 'create'] as const
export type IfExists = (typeof IF_EXISTS_MODES)[number]

export type Credentials =
  | { readonly kind: 'client'; readonly clientId: string; readonly clientSecret: string; readonly scopes: string }
  | { readonly kind: 'token'; readonly accessToken: string }

export interface Config {
  readonly host: string
  readonly username: string
  readonly password: string
  readonly credentials: Credentials
  readonly apiKey: string
  readonly orgId: string
  readonly sandboxName: string
  readonly name: string
  readonly description: string
  readonly connectionSpecId: string
  readonly connectionSpecVersion: string
  readonly authSpecName: string
  readonly authParams: Readonly<Record<string, AuthParamValue>>
  readonly ifExists: IfExists
  readonly verify: boolean
  readonly dryRun: boolean
  readonly deleteOnCompletion: boolean
  readonly platformUrl: string
  readonly imsUrl: string
  readonly timeoutMs: number
  readonly maxAttempts: number
}

// The same defaults as action.yml (a test keeps them equal), for runs outside the runner.
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  [INPUT.scopes]: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session',
  [INPUT.sandboxName]: 'prod',
  [INPUT.name]: 'Base connection for Oracle Service Cloud',
  [INPUT.description]: '',
  [INPUT.connectionSpecId]: ORACLE_SERVICE_CLOUD_SPEC_ID,
  [INPUT.connectionSpecVersion]: '1.0',
  [INPUT.authSpecName]: 'Basic Authentication',
  [INPUT.authParams]: '',
  [INPUT.ifExists]: 'reuse',
  [INPUT.verify]: 'false',
  [INPUT.dryRun]: 'false',
  [INPUT.deleteOnCompletion]: 'false',
  [INPUT.platformUrl]: 'https://platform.adobe.io',
  [INPUT.imsUrl]: 'https://ims-na1.adobelogin.com',
  [INPUT.timeoutSeconds]: '30',
  [INPUT.maxAttempts]: '5'
}

export class InputError extends ActionError {
  override name = 'InputError'
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map(p => `- ${p}`).join('\n')}`
    )
  }
}

const SANDBOX_NAME = /^[a-z][a-z0-9-]{0,255}$/
const ORG_ID = /^[A-Za-z0-9]+@AdobeOrg$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]'])
const BOOLEAN_TRUE = ['true', 'True', 'TRUE']
const BOOLEAN_FALSE = ['false', 'False', 'FALSE']
// Values sent in headers; empty passes here (required-ness is checked on its own).
const HEADER_SAFE = /^[\x21-\x7E]*$/
const RESERVED_AUTH_PARAMS = ['host', 'username', 'password']

export function readConfig(): Config {
  // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
  const password = core.getInput(INPUT.password, { trimWhitespace: false })
  const clientSecret = core.getInput(INPUT.clientSecret)
  const accessToken = core.getInput(INPUT.accessToken)
  const authParamsText = core.getInput(INPUT.authParams)
  maskSecret(password, '"password"')
  maskSecret(clientSecret, '"client-secret"')
  maskSecret(accessToken, '"access-token"')
  maskSecret(authParamsText, '"auth-params"')

  const problems: string[] = []
  // A default applies when the input is absent; an explicit empty value (an unset `vars.X`, say)
  // is refused rather than silently replaced, so that nothing lands in prod by accident.
  const input = (name: string): string =>
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
      ? (INPUT_DEFAULTS[name] ?? '')
      : core.getInput(name)
  const authParams = parseAuthParams(authParamsText, problems)

  const host = input(INPUT.host)
  if (host === '') problems.push('"host" is required: the Oracle Service Cloud host, e.g. https://acme.custhelp.com')
  else if (!isValidHost(host))
    problems.push(
      `"host" must be an https:// URL or a bare host name (e.g. https://acme.custhelp.com), got "${shownUrl(host)}"`
    )

  const username = input(INPUT.username)
  if (username === '') problems.push('"username" is required: the Oracle Service Cloud user name')

  if (password === '')
    problems.push('"password" is required: the Oracle Service Cloud password (pass it from a secret)')

  const clientId = input(INPUT.clientId)
  if (clientSecret !== '' && accessToken !== '')
    problems.push('give exactly one of "client-secret" and "access-token", not both')
  else if (clientSecret === '' && accessToken === '')
    problems.push('one of "client-secret" (with "client-id") or "access-token" is required to authenticate with Adobe')
  else if (clientSecret !== '' && clientId === '')
    problems.push('"client-id" is required with "client-secret": the OAuth Server-to-Server client ID')

  for (const [name, value] of [
    [INPUT.clientId, clientId],
    [INPUT.accessToken, accessToken]
  ] as const) {
    if (!HEADER_SAFE.test(value))
      problems.push(`"${name}" must be printable ASCII without spaces (it is sent in a header)`)
  }
  const apiKeyInput = input(INPUT.apiKey)
  if (!HEADER_SAFE.test(apiKeyInput))
    problems.push('"api-key" must be printable ASCII without spaces (it is sent as x-api-key)')
  const apiKey = apiKeyInput || clientId
  if (apiKey === '' && accessToken !== '')
    problems.push('"api-key" (or "client-id") is required with "access-token": it is sent as x-api-key')

  const scopes = input(INPUT.scopes)
    .split(',')
    .map(scope => scope.trim())
    .filter(scope => scope !== '')
  if (clientSecret !== '' && scopes.length === 0)
    problems.push('"scopes" must list at least one IMS scope, comma-separated')

  const orgId = input(INPUT.orgId)
  if (orgId === '') problems.push('"org-id" is required: the IMS organization ID, ending in @AdobeOrg')
  else if (!ORG_ID.test(orgId))
    problems.push(`"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "${shown(orgId)}"`)

  const sandboxName = input(INPUT.sandboxName)
  if (!SANDBOX_NAME.test(sandboxName))
    problems.push(
      `"sandbox-name" must be lowercase letters, digits and hyphens, start with a letter and be at most 256 characters, got "${shown(sandboxName)}"`
    )

  const name = input(INPUT.name)
  if (name.length < 1 || name.length > 256) problems.push(`"name" must be 1 to 256 characters, got ${name.length}`)

  const connectionSpecId = input(INPUT.connectionSpecId)
  if (!UUID.test(connectionSpecId))
    problems.push(
      `"connection-spec-id" must be a UUID (e.g. ${ORACLE_SERVICE_CLOUD_SPEC_ID}), got "${shown(connectionSpecId)}"`
    )

  const connectionSpecVersion = input(INPUT.connectionSpecVersion)
  if (!/^\S+$/.test(connectionSpecVersion))
    problems.push(`"connection-spec-version" must be a version such as 1.0, got "${shown(connectionSpecVersion)}"`)

  const authSpecName = input(INPUT.authSpecName)
  if (authSpecName === '') problems.push('"auth-spec-name" must not be empty (e.g. Basic Authentication)')

  const ifExists = input(INPUT.ifExists)
  if (!(IF_EXISTS_MODES as readonly string[]).includes(ifExists))
    problems.push(`"if-exists" must be one of ${IF_EXISTS_MODES.join(', ')}, got "${ifExists}"`)

  const config: Config = {
    host,
    username,
    password,
    credentials:
      accessToken !== ''
        ? { kind: 'token', accessToken }
        : { kind: 'client', clientId, clientSecret, scopes: scopes.join(',') },
    apiKey,
    orgId,
    sandboxName,
    name,
    description: input(INPUT.description),
    connectionSpecId,
    connectionSpecVersion,
    authSpecName,
    authParams,
    ifExists: ifExists as IfExists,
    verify: readBoolean(INPUT.verify, input(INPUT.verify), problems),
    dryRun: readBoolean(INPUT.dryRun, input(INPUT.dryRun), problems),
    deleteOnCompletion: readBoolean(INPUT.deleteOnCompletion, input(INPUT.deleteOnCompletion), problems),
    platformUrl: readBaseUrl(INPUT.platformUrl, input(INPUT.platformUrl), problems),
    imsUrl: readBaseUrl(INPUT.imsUrl, input(INPUT.imsUrl), problems),
    timeoutMs:
      readPositive(INPUT.timeoutSeconds, input(INPUT.timeoutSeconds), { integer: false, max: 3600 }, problems) * 1000,
    maxAttempts: readPositive(INPUT.maxAttempts, input(INPUT.maxAttempts), { integer: true, max: 20 }, problems)
  }
  if (problems.length > 0) throw new InputError(problems)
  return Object.freeze(config)
}

function isValidHost(host: string): boolean {
  if (/\s/.test(host)) return false
  if (!host.includes('://')) return HOST_NAME.test(host.replace(/\/$/, ''))
  if (!host.startsWith('https://')) return false
  try {
    const url = new URL(host)
    return url.hostname !== '' && url.username === '' && url.password === '' && HOST_NAME.test(url.host)
  } catch {
    return false
  }
}

function readBoolean(name: string, value: string, problems: string[]): boolean {
  if (BOOLEAN_TRUE.includes(value)) return true
  if (!BOOLEAN_FALSE.includes(value)) problems.push(`"${name}" must be true or false, got "${shown(value)}"`)
  return false
}

function readPositive(
  name: string,
  value: string,
  rule: { integer: boolean; max: number },
  problems: string[]
): number {
  const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  const expected = rule.integer
    ? `a whole number from 1 to ${rule.max}`
    : `a number of seconds above 0, at most ${rule.max}`
  if (!(number > 0 && number <= rule.max) || (rule.integer && !Number.isInteger(number))) {
    problems.push(`"${name}" must be ${expected}, got "${shown(value)}"`)
    return 1
  }
  return number
}

function readBaseUrl(name: string, value: string, problems: string[]): string {
  let url: URL | undefined
  try {
    url = /\s/.test(value) ? undefined : new URL(value)
  } catch {
    url = undefined
  }
  const loopback = url !== undefined && (LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname))
  const scheme = url?.protocol
  if (
    url === undefined ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== '' ||
    !(scheme === 'https:' || (scheme === 'http:' && loopback))
  ) {
    problems.push(
      `"${name}" must be an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, got "${shownUrl(value)}"`
    )
    return ''
  }
  return url.href.replace(/\/+$/, '')
}

function parseAuthParams(text: string, problems: string[]): Record<string, AuthParamValue> {
  if (text === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    // Never echo the text: it holds secrets.
    problems.push('"auth-params" must be a JSON object, e.g. {"siteId": "…"}; it is not valid JSON')
    return {}
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push('"auth-params" must be a JSON object, e.g. {"siteId": "…"}')
    return {}
  }
  const params: Record<string, AuthParamValue> = {}
  for (const [key, value] of Object.entries(parsed)) {
    // Strings and numbers are secrets; a boolean is not (masking "true" would hide the outputs).
    if (typeof value === 'string' || typeof value === 'number')
      maskSecret(String(value), `"auth-params" value of "${key}"`)
    if (RESERVED_AUTH_PARAMS.includes(key)) {
      problems.push(`"auth-params" must not set "${key}": it comes from the "${key}" input`)
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      params[key] = value
    } else {
      problems.push(`"auth-params" value of "${key}" must be a string, number or boolean`)
    }
  }
  return params
}

/** An input as echoed in a message: shortened. */
function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value
}

/** A URL or host as echoed in a message: without user:password@, which may hold a secret. */
function shownUrl(value: string): string {
  return shown(value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i, '$1***@'))
}
