// The base connection action's inputs (action.yml): read, validated and frozen into one typed
// config before any request is sent. Secrets are masked before anything else is looked at.
import * as core from '@actions/core'

import { AdobeAccess, readAdobeEndpoints, readAdobeIdentity, readAdobeSecrets } from '../access/inputs.js'
import { ACCESS_DEFAULTS } from '../access/names.js'
import { AuthParamValue } from '../adobe/flow-service.js'
import { IfExists } from '../converge/decide.js'
import {
  emptyInput,
  forkNote,
  InputError,
  inputReader,
  printable,
  readBoolean,
  readChoice,
  shown,
  shownUrl,
  UUID
} from '../runner/inputs.js'
import { maskSecret } from '../runner/secrets.js'
import { INPUT, ORACLE_SERVICE_CLOUD_SPEC_ID } from './names.js'

const IF_EXISTS_MODES: readonly IfExists[] = ['reuse', 'update', 'fail', 'create']

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

/** The defaults of action.yml (a test keeps them equal), for runs outside the runner. */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  ...ACCESS_DEFAULTS,
  [INPUT.name]: 'Base connection for Oracle Service Cloud',
  [INPUT.description]: '',
  [INPUT.connectionSpecId]: ORACLE_SERVICE_CLOUD_SPEC_ID,
  [INPUT.connectionSpecVersion]: '1.0',
  [INPUT.authSpecName]: 'Basic Authentication',
  [INPUT.authParams]: '',
  [INPUT.ifExists]: 'reuse',
  [INPUT.verify]: 'false',
  [INPUT.dryRun]: 'false',
  [INPUT.deleteOnCompletion]: 'false'
}

/** A host name with an optional port: `acme.custhelp.com`, `acme.custhelp.com:8443`. */
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/
const HOST_EXAMPLE = 'https://acme.custhelp.com'
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
    if (host === '') problems.push(emptyInput(INPUT.host, `the Oracle Service Cloud host, e.g. ${HOST_EXAMPLE}`))
    else if (!isValidHost(host))
      problems.push(
        `"host" must be the Oracle Service Cloud host: a host name or an https:// URL without path, query or fragment (e.g. ${HOST_EXAMPLE}), got ${shownUrl(host, { bare: true })}`
      )
  }

  const username = input(INPUT.username)
  if (printable(INPUT.username, username, problems) && username === '')
    problems.push(emptyInput(INPUT.username, 'the Oracle Service Cloud user name'))

  if (password === '')
    problems.push(
      `${emptyInput(INPUT.password, 'the Oracle Service Cloud password (pass it from a secret).')}${forkNote()}`
    )

  const identity = readAdobeIdentity(secrets, input, problems)

  const name = input(INPUT.name)
  if (name === '') problems.push(emptyInput(INPUT.name, `1 to 256 characters, e.g. ${INPUT_DEFAULTS[INPUT.name]}`))
  else if (printable(INPUT.name, name, problems) && name.length > 256)
    problems.push(`"name" must be 1 to 256 characters, got ${name.length}`)

  const description = input(INPUT.description)
  printable(INPUT.description, description, problems)

  const connectionSpecId = input(INPUT.connectionSpecId)
  if (connectionSpecId === '')
    problems.push(emptyInput(INPUT.connectionSpecId, `a UUID (e.g. ${ORACLE_SERVICE_CLOUD_SPEC_ID})`))
  else if (printable(INPUT.connectionSpecId, connectionSpecId, problems) && !UUID.test(connectionSpecId))
    problems.push(
      `"connection-spec-id" must be a UUID (e.g. ${ORACLE_SERVICE_CLOUD_SPEC_ID}), got "${shown(connectionSpecId)}"`
    )

  const connectionSpecVersion = input(INPUT.connectionSpecVersion)
  if (connectionSpecVersion === '') problems.push(emptyInput(INPUT.connectionSpecVersion, 'a version such as 1.0'))
  else if (
    printable(INPUT.connectionSpecVersion, connectionSpecVersion, problems) &&
    !/^\S+$/.test(connectionSpecVersion)
  )
    problems.push(`"connection-spec-version" must be a version such as 1.0, got "${shown(connectionSpecVersion)}"`)

  const authSpecName = input(INPUT.authSpecName)
  if (authSpecName === '')
    problems.push(
      emptyInput(INPUT.authSpecName, `an authentication spec name (e.g. ${INPUT_DEFAULTS[INPUT.authSpecName]})`)
    )
  else printable(INPUT.authSpecName, authSpecName, problems)

  const ifExists = readChoice(INPUT.ifExists, input(INPUT.ifExists), IF_EXISTS_MODES, problems)

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
    ifExists,
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

/**
 * An Oracle Service Cloud host: `acme.custhelp.com` or `https://acme.custhelp.com`, with an
 * optional port and at most a trailing slash; no user-info, path, query or fragment.
 */
function isValidHost(host: string): boolean {
  const authority = (host.startsWith('https://') ? host.slice('https://'.length) : host).replace(/\/$/, '')
  if (!HOST_NAME.test(authority)) return false
  const port = /:(\d+)$/.exec(authority)?.[1]
  return port === undefined || Number(port) <= 65535
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
