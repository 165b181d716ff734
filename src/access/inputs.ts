// The Adobe-access inputs every action reads alike (credentials, API key, organization, sandbox,
// endpoints, time limit and attempts): one set of names, defaults, rules and messages. An action
// reads them in three steps, so that its problems are listed in the order of its action.yml
// (credentials first, endpoints last): readAdobeSecrets() before anything else,
// readAdobeIdentity() with its other credentials, and readAdobeEndpoints() after its own inputs.
// Each pushes its problems into the action's one list.
import * as core from '@actions/core'

import { AdobeSettings } from '../adobe/connect.js'
import {
  emptyInput,
  forkNote,
  InputError,
  InputReader,
  inputReader,
  parseUrl,
  printable,
  readPositive,
  shown,
  shownUrl
} from '../runner/inputs.js'
import { maskSecret } from '../runner/secrets.js'
import { ACCESS_DEFAULTS, ACCESS_INPUT } from './names.js'

const SANDBOX_NAME = /^[a-z][a-z0-9-]{0,255}$/
const SANDBOX_RULE = 'lowercase letters, digits and hyphens, starting with a letter, at most 256 characters'
// What each credential input expects, said when it is empty.
const SECRET_RULE = `the OAuth Server-to-Server client secret, with "${ACCESS_INPUT.clientId}" (or a ready "${ACCESS_INPUT.accessToken}" instead).`
const TOKEN_RULE = `a ready IMS access token (or "${ACCESS_INPUT.clientSecret}" with "${ACCESS_INPUT.clientId}" instead).`
const CLIENT_ID_RULE = `the OAuth Server-to-Server client ID, with "${ACCESS_INPUT.clientSecret}"`
const ORG_ID = /^[A-Za-z0-9]+@AdobeOrg$/
const BASE_URL_RULE = 'an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query'
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]'])
// Values sent in headers; empty passes here (required-ness is checked on its own).
const HEADER_SAFE = /^[\x21-\x7E]*$/

/** How an action reaches Adobe, as read from the Adobe-access inputs: the settings of connect(). */
export type AdobeAccess = AdobeSettings

/** The part of AdobeAccess read with the credentials (readAdobeIdentity). */
export type AdobeIdentity = Pick<AdobeAccess, 'credentials' | 'apiKey' | 'orgId' | 'sandboxName'>
/** The part of AdobeAccess that says where and how patiently to call (readAdobeEndpoints). */
export type AdobeEndpoints = Pick<AdobeAccess, 'platformUrl' | 'imsUrl' | 'timeoutMs' | 'maxAttempts'>

/** The Adobe secrets as given, already masked (readAdobeSecrets). */
export interface AdobeSecrets {
  readonly clientSecret: string
  readonly accessToken: string
}

/** Reads "client-secret" and "access-token" and masks them: before anything else is looked at. */
export function readAdobeSecrets(): AdobeSecrets {
  const clientSecret = core.getInput(ACCESS_INPUT.clientSecret)
  const accessToken = core.getInput(ACCESS_INPUT.accessToken)
  maskSecret(clientSecret, '"client-secret"')
  maskSecret(accessToken, '"access-token"')
  return { clientSecret, accessToken }
}

/** "client-id", the secrets, "api-key", "scopes", "org-id" and "sandbox-name". */
export function readAdobeIdentity(secrets: AdobeSecrets, input: InputReader, problems: string[]): AdobeIdentity {
  const { clientSecret, accessToken } = secrets
  const clientId = input(ACCESS_INPUT.clientId)
  const clientIdPrintable = printable(ACCESS_INPUT.clientId, clientId, problems)
  const apiKeyInput = input(ACCESS_INPUT.apiKey)
  if (clientSecret !== '' && accessToken !== '')
    problems.push('give exactly one of "client-secret" and "access-token", not both')
  else if (clientSecret === '' && accessToken === '') {
    // On the runner both are "" when neither is set: "api-key" without "client-id" means a ready
    // token, anything else a client secret.
    const tokenMeant = clientId === '' && apiKeyInput !== ''
    const empty = tokenMeant
      ? emptyInput(ACCESS_INPUT.accessToken, TOKEN_RULE)
      : emptyInput(ACCESS_INPUT.clientSecret, SECRET_RULE)
    problems.push(`${empty}${forkNote()}`)
  } else if (clientSecret !== '' && clientId === '') problems.push(emptyInput(ACCESS_INPUT.clientId, CLIENT_ID_RULE))

  // A client-id with a control character is reported once, above.
  for (const [name, value] of [
    [ACCESS_INPUT.clientId, clientIdPrintable ? clientId : ''],
    [ACCESS_INPUT.accessToken, accessToken]
  ] as const) {
    if (!HEADER_SAFE.test(value))
      problems.push(`"${name}" must be printable ASCII without spaces (it is sent in a header)`)
  }
  if (printable(ACCESS_INPUT.apiKey, apiKeyInput, problems) && !HEADER_SAFE.test(apiKeyInput))
    problems.push('"api-key" must be printable ASCII without spaces (it is sent as x-api-key)')
  const apiKey = apiKeyInput || clientId
  if (apiKey === '' && accessToken !== '')
    problems.push(
      emptyInput(
        ACCESS_INPUT.apiKey,
        `the client ID of the credential that issued "${ACCESS_INPUT.accessToken}", sent as x-api-key (or set "${ACCESS_INPUT.clientId}")`
      )
    )

  // Comma-separated; line breaks and spaces between scopes (a YAML block, one per line) are separators too.
  const scopesInput = input(ACCESS_INPUT.scopes)
  const scopes = scopesInput.split(/[\s,]+/).filter(scope => scope !== '')
  if (printable(ACCESS_INPUT.scopes, scopes.join(','), problems) && clientSecret !== '' && scopes.length === 0)
    problems.push(
      scopesInput === ''
        ? emptyInput(
            ACCESS_INPUT.scopes,
            'the IMS scopes of the credential in Adobe Developer Console, comma-separated'
          )
        : `"scopes" must list at least one IMS scope, comma-separated`
    )

  const orgId = input(ACCESS_INPUT.orgId)
  if (printable(ACCESS_INPUT.orgId, orgId, problems)) {
    if (orgId === '') problems.push(emptyInput(ACCESS_INPUT.orgId, 'the IMS organization ID, ending in @AdobeOrg'))
    else if (!ORG_ID.test(orgId))
      problems.push(`"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "${shown(orgId)}"`)
  }

  const sandboxName = input(ACCESS_INPUT.sandboxName)
  if (sandboxName === '')
    problems.push(
      emptyInput(
        ACCESS_INPUT.sandboxName,
        `a sandbox name: ${SANDBOX_RULE} (e.g. ${ACCESS_DEFAULTS[ACCESS_INPUT.sandboxName]})`
      )
    )
  else if (printable(ACCESS_INPUT.sandboxName, sandboxName, problems) && !SANDBOX_NAME.test(sandboxName))
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

/**
 * The first reads of an action whose only secrets are Adobe's: the secrets (masked before anything
 * else), a reader with the action's defaults, its one list of problems, and the identity inputs.
 */
export function readIdentityFirst(defaults: Readonly<Record<string, string>>): {
  input: InputReader
  problems: string[]
  identity: AdobeIdentity
} {
  const secrets = readAdobeSecrets()
  const problems: string[] = []
  const input = inputReader(defaults)
  return { input, problems, identity: readAdobeIdentity(secrets, input, problems) }
}

/**
 * The last reads of such an action: the endpoint inputs; then every problem at once, or the config
 * of its own values and Adobe access, frozen.
 */
export function finishReading<T extends object>(
  { input, problems, identity }: { input: InputReader; problems: string[]; identity: AdobeIdentity },
  own: T
): Readonly<T & AdobeAccess> {
  const endpoints = readAdobeEndpoints(input, problems)
  if (problems.length > 0) throw new InputError(problems)
  return Object.freeze({ ...identity, ...endpoints, ...own })
}

/** "platform-url", "ims-url", "timeout-seconds" and "max-attempts". */
export function readAdobeEndpoints(input: InputReader, problems: string[]): AdobeEndpoints {
  return {
    platformUrl: readBaseUrl(ACCESS_INPUT.platformUrl, input(ACCESS_INPUT.platformUrl), problems),
    imsUrl: readBaseUrl(ACCESS_INPUT.imsUrl, input(ACCESS_INPUT.imsUrl), problems),
    timeoutMs:
      readPositive(
        ACCESS_INPUT.timeoutSeconds,
        input(ACCESS_INPUT.timeoutSeconds),
        { integer: false, max: 3600 },
        problems
      ) * 1000,
    maxAttempts: readPositive(
      ACCESS_INPUT.maxAttempts,
      input(ACCESS_INPUT.maxAttempts),
      { integer: true, max: 20 },
      problems
    )
  }
}

function readBaseUrl(name: string, value: string, problems: string[]): string {
  if (value === '') {
    problems.push(emptyInput(name, `${BASE_URL_RULE}, e.g. ${ACCESS_DEFAULTS[name] ?? ''}`))
    return ''
  }
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
    problems.push(`"${name}" must be ${BASE_URL_RULE}, got ${shownUrl(value)}`)
    return ''
  }
  return url.href.replace(/\/+$/, '')
}
