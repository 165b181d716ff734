// Every input's rule lives here: read, validate, and freeze into one typed config before any
// request is sent. Secrets are masked before anything else is looked at.
import * as core from '@actions/core'
import { AuthParamValue } from './adobe/flow-service.js'
import { INPUT, ORACLE_SERVICE_CLOUD_SPEC_ID } from './constants.js'
import { ActionError } from './errors.js'
import { findControlCharacter } from './log.js'
import { maskSecret } from './secrets.js'

const IF_EXISTS_MODES = ['reuse', 'update', 'fail', 'create'] as const
export type IfExists = (typeof IF_EXISTS_MODES)[number]

export type Credentials =
  | { readonly kind: 'client'; readonly clientId: string; readonly clientSecret: string; readonly scopes: string }
  | { readonly kind: 'token'; readonly accessToken: string }

/**
 * How an action reaches Adobe: the inputs both actions share (client-id … sandbox-name,
 * platform-url … max-attempts), with the same defaults, rules and messages in each.
 */
export interface AdobeAccess {
  readonly credentials: Credentials
  readonly apiKey: string
  readonly orgId: string
  readonly sandboxName: string
  readonly platformUrl: string
  readonly imsUrl: string
  readonly timeoutMs: number
  readonly maxAttempts: number
}

/** The part of AdobeAccess read with the credentials (readAdobeIdentity). */
export type AdobeIdentity = Pick<AdobeAccess, 'credentials' | 'apiKey' | 'orgId' | 'sandboxName'>
/** The part of AdobeAccess that says where and how patiently to call (readAdobeEndpoints). */
export type AdobeEndpoints = Pick<AdobeAccess, 'platformUrl' | 'imsUrl' | 'timeoutMs' | 'maxAttempts'>

/** The Adobe secrets as given, already masked (readAdobeSecrets). */
export interface AdobeSecrets {
  readonly clientSecret: string
  readonly accessToken: string
}

export interface Config extends AdobeAccess {
  readonly host: string
  readonly username: string
  readonly password: string
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
}

/** The Adobe-access inputs' defaults: each action.yml declares them alike (tests keep them equal). */
export const ADOBE_ACCESS_DEFAULTS = {
  [INPUT.scopes]: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session',
  [INPUT.sandboxName]: 'prod',
  [INPUT.platformUrl]: 'https://platform.adobe.io',
  [INPUT.imsUrl]: 'https://ims-na1.adobelogin.com',
  [INPUT.timeoutSeconds]: '30',
  [INPUT.maxAttempts]: '5'
} as const

// The same defaults as action.yml (a test keeps them equal), for runs outside the runner.
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  [INPUT.scopes]: ADOBE_ACCESS_DEFAULTS[INPUT.scopes],
  [INPUT.sandboxName]: ADOBE_ACCESS_DEFAULTS[INPUT.sandboxName],
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
  [INPUT.platformUrl]: ADOBE_ACCESS_DEFAULTS[INPUT.platformUrl],
  [INPUT.imsUrl]: ADOBE_ACCESS_DEFAULTS[INPUT.imsUrl],
  [INPUT.timeoutSeconds]: ADOBE_ACCESS_DEFAULTS[INPUT.timeoutSeconds],
  [INPUT.maxAttempts]: ADOBE_ACCESS_DEFAULTS[INPUT.maxAttempts]
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
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** A host name with an optional port: `acme.custhelp.com`, `acme.custhelp.com:8443`. */
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/
const HOST_EXAMPLE = 'https://acme.custhelp.com'
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]'])
const BOOLEAN_TRUE = ['true', 'True', 'TRUE']
const BOOLEAN_FALSE = ['false', 'False', 'FALSE']
// Values sent in headers; empty passes here (required-ness is checked on its own).
const HEADER_SAFE = /^[\x21-\x7E]*$/
const RESERVED_AUTH_PARAMS = ['host', 'username', 'password']

export function readConfig(): Config {
  // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
  const password = core.getInput(INPUT.password, { trimWhitespace: false })
  maskSecret(password, '"password"')
  const secrets = readAdobeSecrets()
  const authParamsText = core.getInput(INPUT.authParams)
  maskSecret(authParamsText, '"auth-params"')

  const problems: string[] = []
  const input = inputReader(INPUT_DEFAULTS)
  const authParams = parseAuthParams(authParamsText, problems)

  const host = input(INPUT.host)
  if (printable(INPUT.host, host, problems)) {
    if (host === '') problems.push(`"host" is required: the Oracle Service Cloud host, e.g. ${HOST_EXAMPLE}`)
    else if (!isValidHost(host))
      problems.push(
        `"host" must be the Oracle Service Cloud host: a host name or an https:// URL without path, query or fragment (e.g. ${HOST_EXAMPLE}), got ${shownUrl(host, { bare: true })}`
      )
  }

  const username = input(INPUT.username)
  if (printable(INPUT.username, username, problems) && username === '')
    problems.push('"username" is required: the Oracle Service Cloud user name')

  if (password === '')
    problems.push(`"password" is required: the Oracle Service Cloud password (pass it from a secret).${forkNote()}`)

  const identity = readAdobeIdentity(secrets, input, problems)

  const name = input(INPUT.name)
  if (printable(INPUT.name, name, problems) && (name.length < 1 || name.length > 256))
    problems.push(`"name" must be 1 to 256 characters, got ${name.length}`)

  const description = input(INPUT.description)
  printable(INPUT.description, description, problems)

  const connectionSpecId = input(INPUT.connectionSpecId)
  if (printable(INPUT.connectionSpecId, connectionSpecId, problems) && !UUID.test(connectionSpecId))
    problems.push(
      `"connection-spec-id" must be a UUID (e.g. ${ORACLE_SERVICE_CLOUD_SPEC_ID}), got "${shown(connectionSpecId)}"`
    )

  const connectionSpecVersion = input(INPUT.connectionSpecVersion)
  if (printable(INPUT.connectionSpecVersion, connectionSpecVersion, problems) && !/^\S+$/.test(connectionSpecVersion))
    problems.push(`"connection-spec-version" must be a version such as 1.0, got "${shown(connectionSpecVersion)}"`)

  const authSpecName = input(INPUT.authSpecName)
  if (printable(INPUT.authSpecName, authSpecName, problems) && authSpecName === '')
    problems.push('"auth-spec-name" must not be empty (e.g. Basic Authentication)')

  const ifExists = input(INPUT.ifExists)
  if (printable(INPUT.ifExists, ifExists, problems) && !(IF_EXISTS_MODES as readonly string[]).includes(ifExists))
    problems.push(`"if-exists" must be one of ${IF_EXISTS_MODES.join(', ')}, got "${shown(ifExists)}"`)

  const verify = readBoolean(INPUT.verify, input(INPUT.verify), problems)
  const dryRun = readBoolean(INPUT.dryRun, input(INPUT.dryRun), problems)
  const deleteOnCompletion = readBoolean(INPUT.deleteOnCompletion, input(INPUT.deleteOnCompletion), problems)
  const endpoints = readAdobeEndpoints(input, problems)

  const config: Config = {
    host,
    username,
    password,
    credentials: identity.credentials,
    apiKey: identity.apiKey,
    orgId: identity.orgId,
    sandboxName: identity.sandboxName,
    name,
    description,
    connectionSpecId,
    connectionSpecVersion,
    authSpecName,
    authParams,
    ifExists: ifExists as IfExists,
    verify,
    dryRun,
    deleteOnCompletion,
    platformUrl: endpoints.platformUrl,
    imsUrl: endpoints.imsUrl,
    timeoutMs: endpoints.timeoutMs,
    maxAttempts: endpoints.maxAttempts
  }
  if (problems.length > 0) throw new InputError(problems)
  return Object.freeze(config)
}

// The Adobe-access inputs, shared by both actions. An action reads them in three steps, so that its
// problems are listed in the order of its action.yml (credentials first, endpoints last):
// readAdobeSecrets() before anything else, readAdobeIdentity() with its other credentials, and
// readAdobeEndpoints() after its own inputs. Each pushes its problems into the action's one list.

/** An input's value: its default when the runner did not set it at all (a run outside the runner). */
export type InputReader = (name: string) => string

/**
 * Reads inputs with these fallback defaults. A default applies when the input is absent; an explicit
 * empty value (an unset `vars.X`, say) is refused rather than silently replaced, so that nothing
 * lands in prod by accident.
 */
export function inputReader(defaults: Readonly<Record<string, string>>): InputReader {
  return name =>
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
      ? (defaults[name] ?? '')
      : core.getInput(name)
}

/** Reads "client-secret" and "access-token" and masks them: before anything else is looked at. */
export function readAdobeSecrets(): AdobeSecrets {
  const clientSecret = core.getInput(INPUT.clientSecret)
  const accessToken = core.getInput(INPUT.accessToken)
  maskSecret(clientSecret, '"client-secret"')
  maskSecret(accessToken, '"access-token"')
  return { clientSecret, accessToken }
}

/** "client-id", the secrets, "api-key", "scopes", "org-id" and "sandbox-name". */
export function readAdobeIdentity(secrets: AdobeSecrets, input: InputReader, problems: string[]): AdobeIdentity {
  const { clientSecret, accessToken } = secrets
  const clientId = input(INPUT.clientId)
  const clientIdPrintable = printable(INPUT.clientId, clientId, problems)
  if (clientSecret !== '' && accessToken !== '')
    problems.push('give exactly one of "client-secret" and "access-token", not both')
  else if (clientSecret === '' && accessToken === '')
    problems.push(
      `one of "client-secret" (with "client-id") or "access-token" is required to authenticate with Adobe.${forkNote()}`
    )
  else if (clientSecret !== '' && clientId === '')
    problems.push('"client-id" is required with "client-secret": the OAuth Server-to-Server client ID')

  // A client-id with a control character is reported once, above.
  for (const [name, value] of [
    [INPUT.clientId, clientIdPrintable ? clientId : ''],
    [INPUT.accessToken, accessToken]
  ] as const) {
    if (!HEADER_SAFE.test(value))
      problems.push(`"${name}" must be printable ASCII without spaces (it is sent in a header)`)
  }
  const apiKeyInput = input(INPUT.apiKey)
  if (printable(INPUT.apiKey, apiKeyInput, problems) && !HEADER_SAFE.test(apiKeyInput))
    problems.push('"api-key" must be printable ASCII without spaces (it is sent as x-api-key)')
  const apiKey = apiKeyInput || clientId
  if (apiKey === '' && accessToken !== '')
    problems.push('"api-key" (or "client-id") is required with "access-token": it is sent as x-api-key')

  // Comma-separated; line breaks and spaces between scopes (a YAML block, one per line) are separators too.
  const scopes = input(INPUT.scopes)
    .split(/[\s,]+/)
    .filter(scope => scope !== '')
  if (printable(INPUT.scopes, scopes.join(','), problems) && clientSecret !== '' && scopes.length === 0)
    problems.push('"scopes" must list at least one IMS scope, comma-separated')

  const orgId = input(INPUT.orgId)
  if (printable(INPUT.orgId, orgId, problems)) {
    if (orgId === '') problems.push('"org-id" is required: the IMS organization ID, ending in @AdobeOrg')
    else if (!ORG_ID.test(orgId))
      problems.push(`"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "${shown(orgId)}"`)
  }

  const sandboxName = input(INPUT.sandboxName)
  if (printable(INPUT.sandboxName, sandboxName, problems) && !SANDBOX_NAME.test(sandboxName))
    problems.push(
      `"sandbox-name" must be lowercase letters, digits and hyphens, start with a letter and be at most 256 characters, got "${shown(sandboxName)}"`
    )

  return {
    credentials:
      accessToken !== ''
        ? { kind: 'token', accessToken }
        : { kind: 'client', clientId, clientSecret, scopes: scopes.join(',') },
    apiKey,
    orgId,
    sandboxName
  }
}

/** "platform-url", "ims-url", "timeout-seconds" and "max-attempts". */
export function readAdobeEndpoints(input: InputReader, problems: string[]): AdobeEndpoints {
  return {
    platformUrl: readBaseUrl(INPUT.platformUrl, input(INPUT.platformUrl), problems),
    imsUrl: readBaseUrl(INPUT.imsUrl, input(INPUT.imsUrl), problems),
    timeoutMs:
      readPositive(INPUT.timeoutSeconds, input(INPUT.timeoutSeconds), { integer: false, max: 3600 }, problems) * 1000,
    maxAttempts: readPositive(INPUT.maxAttempts, input(INPUT.maxAttempts), { integer: true, max: 20 }, problems)
  }
}

/**
 * Every input that may be printed is refused with a control character (a line break would let it
 * write a workflow command into the log), before any other rule, and is then never echoed. Secrets
 * are sent exactly as given and never printed, so they are not refused for that. False (with the
 * problem noted) when the value holds one.
 */
export function printable(name: string, value: string, problems: string[]): boolean {
  const found = findControlCharacter(value)
  if (found === undefined) return true
  problems.push(
    `"${name}" must not contain control characters such as line breaks (found ${found.codePoint} at position ${found.position})`
  )
  return false
}

/**
 * An Oracle Service Cloud host: `acme.custhelp.com` or `https://acme.custhelp.com`, with an
 * optional port and at most a trailing slash; no user-info, path, query or fragment.
 */
/** Events on which a pull request from a fork runs without the repository's secrets. */
const SECRETLESS_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment'])

/** Why a secret may be missing: said where it is the likely reason. */
function forkNote(): string {
  return SECRETLESS_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '')
    ? ' On a pull request from a fork, GitHub passes no secrets to the workflow.'
    : ''
}

function isValidHost(host: string): boolean {
  const authority = (host.startsWith('https://') ? host.slice('https://'.length) : host).replace(/\/$/, '')
  if (!HOST_NAME.test(authority)) return false
  const port = /:(\d+)$/.exec(authority)?.[1]
  return port === undefined || Number(port) <= 65535
}

/** "true" or "false", in the spellings of core.getBooleanInput. */
export function readBoolean(name: string, value: string, problems: string[]): boolean {
  if (BOOLEAN_TRUE.includes(value)) return true
  if (printable(name, value, problems) && !BOOLEAN_FALSE.includes(value))
    problems.push(`"${name}" must be true or false, got "${shown(value)}"`)
  return false
}

/**
 * A number above 0, in decimal digits: a whole number (from 1 to `max`, or with no `max` any safe
 * integer), or else seconds, decimals allowed. 1 (with the problem noted) when it is not.
 */
export function readPositive(
  name: string,
  value: string,
  rule: { integer: true; max?: number } | { integer: false; max: number },
  problems: string[]
): number {
  const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  const max = rule.max ?? Number.MAX_SAFE_INTEGER
  const expected = rule.integer
    ? rule.max === undefined
      ? 'a whole number, 1 or more'
      : `a whole number from 1 to ${rule.max}`
    : `a number of seconds above 0, at most ${rule.max}`
  if (!(number > 0 && number <= max) || (rule.integer && !Number.isInteger(number))) {
    if (printable(name, value, problems)) problems.push(`"${name}" must be ${expected}, got "${shown(value)}"`)
    return 1
  }
  return number
}

function readBaseUrl(name: string, value: string, problems: string[]): string {
  if (!printable(name, value, problems)) return ''
  const url = /\s/.test(value) ? undefined : parseUrl(value)
  const loopback = url !== undefined && (LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname))
  const scheme = url?.protocol
  if (
    url === undefined ||
    url.username !== '' ||
    url.password !== '' ||
    // An empty query or fragment ("…/?") parses as none, but would still end up in every request.
    /[?#]/.test(value) ||
    !(scheme === 'https:' || (scheme === 'http:' && loopback))
  ) {
    problems.push(
      `"${name}" must be an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, got ${shownUrl(value)}`
    )
    return ''
  }
  return url.href.replace(/\/+$/, '')
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
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
export function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value
}

/**
 * A URL (with `bare`, also a host name) as a message may echo it: its scheme and host, never its
 * user-info, path, query or fragment (those are named, not shown). Nothing at all of a value that
 * is not a URL, or that holds an "@": a password in user-info may hold "/", "?", "#" or "@", and
 * then even what parses as the host may be a piece of it.
 */
function shownUrl(value: string, { bare = false } = {}): string {
  if (value.includes('@'))
    return 'a value with an "@" (user-info such as user:password@ is not allowed; the value is not shown)'
  const withScheme = value.includes('://')
  const url = /\s/.test(value) ? undefined : parseUrl(bare && !withScheme ? `https://${value}` : value)
  if (url === undefined || url.host === '') return `a value that is not ${bare ? 'a host name or ' : ''}a URL`
  // What follows the host, as given (the parsed path is normalized: "/." reads as "/").
  const afterHost = /^(?:[^:/?#]+:\/\/)?[^/?#]*([^?#]*)/.exec(value)?.[1] ?? ''
  const extras = [
    bare && afterHost !== '' && afterHost !== '/' ? 'a path' : undefined,
    value.includes('?') ? 'a query' : undefined,
    value.includes('#') ? 'a fragment' : undefined
  ].filter(extra => extra !== undefined)
  const shownHost = `"${withScheme ? `${url.protocol}//` : ''}${url.host}"`
  return extras.length === 0 ? shownHost : `${shownHost} with ${listed(extras)}`
}

/** "a path, a query and a fragment". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
