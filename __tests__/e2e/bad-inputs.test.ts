// Bad inputs, end to end: the bundle refuses each one before sending anything, with one
// `::error::` naming the input, no stack trace, no outputs, and no secret shown.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { Emulator, startEmulator } from '../../emulator/server.js'
import { ActionRun, runAction } from '../../harness/run-action.js'
import { expectNoLeak, expectNotShown, ORACLE_SPEC_ID, validInputs } from '../support/e2e.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

interface BadInput {
  /** The input the row is about (for the title). */
  input: string
  /** What is wrong with it. */
  problem: string
  /** Applied on top of validInputs(emulator); '' blanks an input. */
  overrides: Record<string, string>
  /** The single problem line exactly as the action's inputs.ts (or access/inputs.ts) words it. */
  expected: string
  /** Secret values inside the inputs that must appear nowhere but in ::add-mask:: lines. */
  hidden?: string[]
}

const SANDBOX_RULE =
  '"sandbox-name" must be lowercase letters, digits and hyphens, start with a letter and be at most 256 characters'
const HOST_RULE =
  '"host" must be the Oracle Service Cloud host: a host name or an https:// URL without path, query or fragment (e.g. https://acme.custhelp.com)'
/** A URL with an "@" is never echoed: its user-info may hold a password with "/", "?", "#" or "@". */
const WITH_AT = 'a value with an "@" (user-info such as user:password@ is not allowed; the value is not shown)'
const BASE_URL_RULE = 'must be an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query'
const AUTH_PARAMS_OBJECT = '"auth-params" must be a JSON object, e.g. {"siteId": "…"}'
/** What an input that must have a value says when it is empty (an unset vars.X or secrets.X), before what it expects. */
const IS_EMPTY = 'is empty: is the variable or secret that sets it defined for this GitHub environment? Expected'

const ROWS: BadInput[] = [
  // host
  {
    input: 'host',
    problem: 'empty',
    overrides: { host: '' },
    expected: `"host" ${IS_EMPTY} the Oracle Service Cloud host, e.g. https://acme.custhelp.com`
  },
  {
    input: 'host',
    problem: 'with a space',
    overrides: { host: 'https://acme .custhelp.com' },
    expected: `${HOST_RULE}, got a value that is not a host name or a URL`
  },
  {
    input: 'host',
    problem: 'an http:// URL',
    overrides: { host: 'http://acme.custhelp.com' },
    expected: `${HOST_RULE}, got "http://acme.custhelp.com"`
  },
  {
    input: 'host',
    problem: 'an ftp:// URL',
    overrides: { host: 'ftp://acme.custhelp.com' },
    expected: `${HOST_RULE}, got "ftp://acme.custhelp.com"`
  },
  {
    // The user:password part is not echoed: it may hold a secret.
    input: 'host',
    problem: 'with user:pass@',
    overrides: { host: 'https://aep:hunter2@acme.custhelp.com' },
    expected: `${HOST_RULE}, got ${WITH_AT}`,
    hidden: ['hunter2', 'aep:']
  },
  // username, password
  {
    input: 'username',
    problem: 'empty',
    overrides: { username: '' },
    expected: `"username" ${IS_EMPTY} the Oracle Service Cloud user name`
  },
  {
    input: 'password',
    problem: 'empty',
    overrides: { password: '' },
    expected: `"password" ${IS_EMPTY} the Oracle Service Cloud password (pass it from a secret).`
  },
  // org-id
  {
    input: 'org-id',
    problem: 'empty',
    overrides: { 'org-id': '' },
    expected: `"org-id" ${IS_EMPTY} the IMS organization ID, ending in @AdobeOrg`
  },
  {
    input: 'org-id',
    problem: 'without @AdobeOrg',
    overrides: { 'org-id': '0123456789ABCDEF01234567' },
    expected: '"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "0123456789ABCDEF01234567"'
  },
  // sandbox-name
  {
    input: 'sandbox-name',
    problem: 'with capitals',
    overrides: { 'sandbox-name': 'Dev' },
    expected: `${SANDBOX_RULE}, got "Dev"`
  },
  {
    input: 'sandbox-name',
    problem: 'with an underscore',
    overrides: { 'sandbox-name': 'dev_eu' },
    expected: `${SANDBOX_RULE}, got "dev_eu"`
  },
  {
    input: 'sandbox-name',
    problem: 'with a leading digit',
    overrides: { 'sandbox-name': '1dev' },
    expected: `${SANDBOX_RULE}, got "1dev"`
  },
  {
    input: 'sandbox-name',
    problem: '257 characters long',
    overrides: { 'sandbox-name': 's'.repeat(257) },
    expected: `${SANDBOX_RULE}, got "${'s'.repeat(57)}..."`
  },
  // name
  {
    // An explicit empty value is refused, not replaced by the default (an unset vars.X, say).
    input: 'name',
    problem: 'empty',
    overrides: { name: '' },
    expected: `"name" ${IS_EMPTY} 1 to 256 characters, e.g. Base connection for Oracle Service Cloud`
  },
  {
    input: 'name',
    problem: '257 characters long',
    overrides: { name: 'n'.repeat(257) },
    expected: '"name" must be 1 to 256 characters, got 257'
  },
  // connection spec
  {
    input: 'connection-spec-id',
    problem: 'not a UUID',
    overrides: { 'connection-spec-id': 'oracle-service-cloud' },
    expected: `"connection-spec-id" must be a UUID (e.g. ${ORACLE_SPEC_ID}), got "oracle-service-cloud"`
  },
  {
    input: 'connection-spec-version',
    problem: 'with a space',
    overrides: { 'connection-spec-version': '1 0' },
    expected: '"connection-spec-version" must be a version such as 1.0, got "1 0"'
  },
  // Adobe credentials
  {
    input: 'client-secret / access-token',
    problem: 'empty, and no access-token',
    overrides: { 'client-secret': '' },
    expected: `"client-secret" ${IS_EMPTY} the OAuth Server-to-Server client secret, with "client-id" (or a ready "access-token" instead).`
  },
  {
    input: 'client-secret / access-token',
    problem: 'both given',
    overrides: { 'access-token': 'ready-Access-Token-2' },
    expected: 'give exactly one of "client-secret" and "access-token", not both'
  },
  {
    input: 'client-id',
    problem: 'missing with client-secret',
    overrides: { 'client-id': '' },
    expected: `"client-id" ${IS_EMPTY} the OAuth Server-to-Server client ID, with "client-secret"`
  },
  {
    input: 'api-key',
    problem: 'missing (and no client-id) with access-token',
    overrides: { 'client-id': '', 'client-secret': '', 'access-token': 'ready-Access-Token-3' },
    expected: `"api-key" ${IS_EMPTY} the client ID of the credential that issued "access-token", sent as x-api-key (or set "client-id")`
  },
  {
    input: 'api-key',
    problem: 'not printable ASCII (a header value)',
    overrides: { 'api-key': 'key €' },
    expected: '"api-key" must be printable ASCII without spaces (it is sent as x-api-key)'
  },
  {
    input: 'access-token',
    problem: 'with a line break (a header value)',
    overrides: { 'client-secret': '', 'access-token': 'ready-token\nsecond-line' },
    expected: '"access-token" must be printable ASCII without spaces (it is sent in a header)'
  },
  {
    input: 'host',
    problem: 'with user:pass@ where the password has a space and an @',
    overrides: { host: 'https://aep:my p@ss@acme.custhelp.com' },
    expected: `${HOST_RULE}, got ${WITH_AT}`,
    hidden: ['my p@ss', 'aep:']
  },
  {
    // The user:password part is not echoed: it may hold a secret.
    input: 'host',
    problem: 'bare, with user:pass@',
    overrides: { host: 'aep:hunter2@acme.custhelp.com' },
    expected: `${HOST_RULE}, got ${WITH_AT}`,
    hidden: ['hunter2', 'aep:']
  },
  {
    input: 'host',
    problem: 'with a path',
    overrides: { host: 'https://acme.custhelp.com/services/rest/connect/v1.4' },
    expected: `${HOST_RULE}, got "https://acme.custhelp.com" with a path`
  },
  {
    input: 'host',
    problem: 'bare, with a query and a fragment',
    overrides: { host: 'acme.custhelp.com?site=eu#top' },
    expected: `${HOST_RULE}, got "acme.custhelp.com" with a query and a fragment`,
    hidden: ['site=eu', '#top']
  },
  {
    input: 'name',
    problem: 'with a line break',
    overrides: { name: 'Oracle\nEU' },
    expected: '"name" must not contain control characters such as line breaks (found U+000A at position 7)'
  },
  {
    input: 'description',
    problem: 'with a tab',
    overrides: { description: 'EU\thelpdesk' },
    expected: '"description" must not contain control characters such as line breaks (found U+0009 at position 3)'
  },
  {
    input: 'scopes',
    problem: 'only commas',
    overrides: { scopes: ' , ,' },
    expected: '"scopes" must list at least one IMS scope, comma-separated'
  },
  // base URLs
  {
    input: 'platform-url',
    problem: 'http:// on a non-loopback host',
    overrides: { 'platform-url': 'http://platform.adobe.io' },
    expected: `"platform-url" ${BASE_URL_RULE}, got "http://platform.adobe.io"`
  },
  {
    input: 'platform-url',
    problem: 'malformed',
    overrides: { 'platform-url': 'https//platform.adobe.io' },
    expected: `"platform-url" ${BASE_URL_RULE}, got a value that is not a URL`
  },
  {
    input: 'platform-url',
    problem: 'with user:pass@',
    overrides: { 'platform-url': 'https://user:pw@platform.adobe.io' },
    expected: `"platform-url" ${BASE_URL_RULE}, got ${WITH_AT}`
  },
  {
    input: 'ims-url',
    problem: 'with a query string',
    overrides: { 'ims-url': 'https://ims-na1.adobelogin.com?region=na1' },
    expected: `"ims-url" ${BASE_URL_RULE}, got "https://ims-na1.adobelogin.com" with a query`,
    hidden: ['region=na1']
  },
  {
    input: 'ims-url',
    problem: 'an ftp:// URL',
    overrides: { 'ims-url': 'ftp://127.0.0.1/ims' },
    expected: `"ims-url" ${BASE_URL_RULE}, got "ftp://127.0.0.1"`
  },
  // modes and booleans
  {
    input: 'if-exists',
    problem: 'unknown mode',
    overrides: { 'if-exists': 'replace' },
    expected: '"if-exists" must be one of reuse, update, fail, create, got "replace"'
  },
  {
    input: 'verify',
    problem: 'yes',
    overrides: { verify: 'yes' },
    expected: '"verify" must be true or false, got "yes"'
  },
  {
    input: 'dry-run',
    problem: '1',
    overrides: { 'dry-run': '1' },
    expected: '"dry-run" must be true or false, got "1"'
  },
  {
    input: 'delete-on-completion',
    problem: 'on',
    overrides: { 'delete-on-completion': 'on' },
    expected: '"delete-on-completion" must be true or false, got "on"'
  },
  // numbers
  {
    input: 'timeout-seconds',
    problem: '0',
    overrides: { 'timeout-seconds': '0' },
    expected: '"timeout-seconds" must be a number of seconds above 0, at most 3600, got "0"'
  },
  {
    input: 'timeout-seconds',
    problem: '-5',
    overrides: { 'timeout-seconds': '-5' },
    expected: '"timeout-seconds" must be a number of seconds above 0, at most 3600, got "-5"'
  },
  {
    input: 'timeout-seconds',
    problem: 'abc',
    overrides: { 'timeout-seconds': 'abc' },
    expected: '"timeout-seconds" must be a number of seconds above 0, at most 3600, got "abc"'
  },
  {
    input: 'timeout-seconds',
    problem: '3601',
    overrides: { 'timeout-seconds': '3601' },
    expected: '"timeout-seconds" must be a number of seconds above 0, at most 3600, got "3601"'
  },
  {
    input: 'max-attempts',
    problem: '0',
    overrides: { 'max-attempts': '0' },
    expected: '"max-attempts" must be a whole number from 1 to 20, got "0"'
  },
  {
    input: 'max-attempts',
    problem: '2.5',
    overrides: { 'max-attempts': '2.5' },
    expected: '"max-attempts" must be a whole number from 1 to 20, got "2.5"'
  },
  {
    input: 'max-attempts',
    problem: '21',
    overrides: { 'max-attempts': '21' },
    expected: '"max-attempts" must be a whole number from 1 to 20, got "21"'
  },
  // auth-params: its values are secrets, so none may be echoed
  {
    input: 'auth-params',
    problem: 'not JSON',
    overrides: { 'auth-params': '{siteId: "site-Secret-3"}' },
    expected: `${AUTH_PARAMS_OBJECT}; it is not valid JSON`,
    hidden: ['site-Secret-3']
  },
  {
    input: 'auth-params',
    problem: 'an array',
    overrides: { 'auth-params': '["array-Secret-4"]' },
    expected: AUTH_PARAMS_OBJECT,
    hidden: ['array-Secret-4']
  },
  {
    input: 'auth-params',
    problem: 'a JSON string',
    overrides: { 'auth-params': '"string-Secret-6"' },
    expected: AUTH_PARAMS_OBJECT,
    hidden: ['string-Secret-6']
  },
  {
    input: 'auth-params',
    problem: 'setting password',
    overrides: { 'auth-params': '{"siteId": "site-7", "password": "other-Secret-9"}' },
    expected: '"auth-params" must not set "password": it comes from the "password" input',
    hidden: ['other-Secret-9']
  },
  {
    input: 'auth-params',
    problem: 'setting host',
    overrides: { 'auth-params': '{"host": "evil.custhelp.com"}' },
    expected: '"auth-params" must not set "host": it comes from the "host" input',
    hidden: ['evil.custhelp.com']
  },
  {
    input: 'auth-params',
    problem: 'with a nested object',
    overrides: { 'auth-params': '{"site": {"token": "nested-Secret-5"}}' },
    expected: '"auth-params" value of "site" must be a string, number or boolean',
    hidden: ['nested-Secret-5']
  }
]

/** What @actions/core does to a command's data: %, CR and LF escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Refused before any request: exit 1, nothing sent, no outputs, no stack trace, plain or escaped. */
function expectRefusedBeforeSending(run: ActionRun): void {
  expect(run.code).toBe(1)
  expect(emulator.requests).toEqual([])
  expect(run.outputs).toEqual({})
  expect(run.stdout).not.toMatch(/^\s+at /m)
  expect(run.stderr).not.toMatch(/^\s+at /m)
  // core escapes a multi-line command (::debug::, ::error::) onto one line: a stack shows as "%0A    at ".
  expect(run.stdout).not.toMatch(/%0A\s+at /)
}

describe('bad inputs are refused before anything is sent', () => {
  it('has at least 30 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30)
  })

  it.each(ROWS)('refuses $input: $problem', async ({ overrides, expected, hidden = [] }) => {
    const inputs = validInputs(emulator, overrides)
    const run = await runAction({ inputs, env: { RUNNER_DEBUG: '1' } })

    expectRefusedBeforeSending(run)
    // Exactly one problem: the singular form, on the ::error:: line, nothing before it.
    expect(run.stdout).toContain(`::error::Invalid input: ${escapeData(expected)}\n`)
    expect(run.stdout).not.toContain('Invalid inputs:')

    // Every secret given is masked and shown nowhere else; auth-params values are not echoed.
    const secrets = ['password', 'client-secret', 'access-token', 'auth-params']
      .map(name => inputs[name] ?? '')
      .filter(value => value !== '')
    expectNoLeak(run, secrets)
    for (const value of hidden) expectNotShown(run, value)
  })

  it('reports several bad inputs at once in one ::error:: message, one "- " line each', async () => {
    const problems = [
      '"auth-params" must not set "password": it comes from the "password" input',
      `"host" ${IS_EMPTY} the Oracle Service Cloud host, e.g. https://acme.custhelp.com`,
      '"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "acme"',
      `${SANDBOX_RULE}, got "Dev"`,
      '"verify" must be true or false, got "yes"',
      '"max-attempts" must be a whole number from 1 to 20, got "0"'
    ]
    const inputs = validInputs(emulator, {
      host: '',
      'org-id': 'acme',
      'sandbox-name': 'Dev',
      verify: 'yes',
      'max-attempts': '0',
      'auth-params': '{"password": "other-Secret-8"}'
    })
    const run = await runAction({ inputs, env: { RUNNER_DEBUG: '1' } })

    expectRefusedBeforeSending(run)
    const errors = run.stdout.split('\n').filter(line => line.startsWith('::error::'))
    expect(errors).toEqual([`::error::${escapeData(`Invalid inputs:\n${problems.map(p => `- ${p}`).join('\n')}`)}`])
    expectNoLeak(run, [
      inputs['password'] ?? '',
      inputs['client-secret'] ?? '',
      inputs['auth-params'] ?? '',
      'other-Secret-8'
    ])
  })
})
