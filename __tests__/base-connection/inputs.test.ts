import { readFileSync } from 'node:fs'

import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { parse } from 'yaml'

import { INPUT_DEFAULTS, readConfig } from '../../src/base-connection/inputs.js'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import { problemsOf as readerProblems, setRunnerInputs } from '../support/runner-inputs.js'

const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>
}

const VALID = {
  host: 'https://acme.custhelp.com',
  username: 'aep-sync',
  password: '  s3cret with spaces\t',
  'client-id': 'client-123',
  'client-secret': 'shh-client-secret',
  'org-id': '0123456789ABCDEF01234567@AdobeOrg'
}

let stdout: string[] = []

const HOST_RULE =
  '"host" must be the Oracle Service Cloud host: a host name or an https:// URL without path, query or fragment (e.g. https://acme.custhelp.com)'
const BASE_URL_RULE = 'must be an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query'
const WITH_AT = 'a value with an "@" (user-info such as user:password@ is not allowed; the value is not shown)'
/** What every input that must have a value says when it is empty (an unset vars.X or secrets.X), before what it expects. */
const IS_EMPTY = 'is empty: is the variable or secret that sets it defined for this GitHub environment? Expected'

function setInputs(inputs: Record<string, string>): void {
  setRunnerInputs(actionYml.inputs, inputs)
}

function problemsOf(inputs: Record<string, string>): string[] {
  setInputs(inputs)
  return readerProblems(readConfig)
}

beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('readConfig', () => {
  it('reads a minimal valid set of inputs into the typed config, with the documented defaults', () => {
    setInputs(VALID)
    expect(readConfig()).toEqual({
      host: 'https://acme.custhelp.com',
      username: 'aep-sync',
      password: '  s3cret with spaces\t',
      credentials: {
        kind: 'client',
        clientId: 'client-123',
        clientSecret: 'shh-client-secret',
        scopes: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session'
      },
      apiKey: 'client-123',
      orgId: '0123456789ABCDEF01234567@AdobeOrg',
      sandboxName: 'prod',
      name: 'Base connection for Oracle Service Cloud',
      description: '',
      connectionSpecId: ORACLE_SERVICE_CLOUD_SPEC_ID,
      connectionSpecVersion: '1.0',
      authSpecName: 'Basic Authentication',
      authParams: {},
      ifExists: 'reuse',
      verify: false,
      dryRun: false,
      deleteOnCompletion: false,
      platformUrl: 'https://platform.adobe.io',
      imsUrl: 'https://ims-na1.adobelogin.com',
      timeoutMs: 30000,
      maxAttempts: 5
    })
  })

  it('keeps its fallback defaults equal to action.yml', () => {
    const declared = Object.fromEntries(
      Object.entries(actionYml.inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, spec.default])
    )
    expect(INPUT_DEFAULTS).toEqual(declared)
  })

  it('falls back to the defaults when the runner did not set them', () => {
    setInputs(VALID)
    delete process.env['INPUT_SANDBOX-NAME']
    delete process.env['INPUT_MAX-ATTEMPTS']
    expect(readConfig()).toMatchObject({ sandboxName: 'prod', maxAttempts: 5 })
  })

  it('masks a multi-line auth-params text whole, never its short lines such as "{"', () => {
    setInputs({ ...VALID, 'auth-params': '{\n  "siteId": "site-1234",\n  "port": 8443,\n  "ssl": true\n}' })
    readConfig()
    const masks = stdout.filter(line => line.startsWith('::add-mask::')).map(line => line.replace(/\n$/, ''))
    expect(masks).toContain('::add-mask::"siteId": "site-1234",')
    expect(masks).toContain('::add-mask::site-1234')
    // Numbers are secrets too; booleans are not (masking "true" would hide the outputs).
    expect(masks).toContain('::add-mask::8443')
    expect(masks).not.toContain('::add-mask::true')
    expect(masks).not.toContain('::add-mask::{')
    expect(masks).not.toContain('::add-mask::}')
  })

  it('refuses header values that are not printable ASCII, and never echoes user:password@', () => {
    expect(problemsOf({ ...VALID, 'api-key': 'key€', host: 'aep:hunter2@acme.custhelp.com' })).toEqual([
      `${HOST_RULE}, got ${WITH_AT}`,
      '"api-key" must be printable ASCII without spaces (it is sent as x-api-key)'
    ])
  })

  it('refuses an explicit empty value instead of using the default', () => {
    expect(problemsOf({ ...VALID, 'sandbox-name': '', name: '' })).toEqual([
      `"sandbox-name" ${IS_EMPTY} a sandbox name: lowercase letters, digits and hyphens, starting with a letter, at most 256 characters (e.g. prod)`,
      `"name" ${IS_EMPTY} 1 to 256 characters, e.g. Base connection for Oracle Service Cloud`
    ])
  })

  it('says of every required input, and of every input with a default given empty, that it is empty and what it expects', () => {
    const emptied = Object.fromEntries(
      Object.entries(actionYml.inputs)
        .filter(([, spec]) => spec.required === true || (spec.default !== undefined && spec.default !== ''))
        .map(([name]) => [name, ''])
    )
    expect(problemsOf({ ...VALID, ...emptied })).toEqual([
      `"host" ${IS_EMPTY} the Oracle Service Cloud host, e.g. https://acme.custhelp.com`,
      `"username" ${IS_EMPTY} the Oracle Service Cloud user name`,
      `"password" ${IS_EMPTY} the Oracle Service Cloud password (pass it from a secret).`,
      `"scopes" ${IS_EMPTY} the IMS scopes of the credential in Adobe Developer Console, comma-separated`,
      `"org-id" ${IS_EMPTY} the IMS organization ID, ending in @AdobeOrg`,
      `"sandbox-name" ${IS_EMPTY} a sandbox name: lowercase letters, digits and hyphens, starting with a letter, at most 256 characters (e.g. prod)`,
      `"name" ${IS_EMPTY} 1 to 256 characters, e.g. Base connection for Oracle Service Cloud`,
      `"connection-spec-id" ${IS_EMPTY} a UUID (e.g. ${ORACLE_SERVICE_CLOUD_SPEC_ID})`,
      `"connection-spec-version" ${IS_EMPTY} a version such as 1.0`,
      `"auth-spec-name" ${IS_EMPTY} an authentication spec name (e.g. Basic Authentication)`,
      `"if-exists" ${IS_EMPTY} one of reuse, update, fail, create`,
      `"verify" ${IS_EMPTY} true or false`,
      `"dry-run" ${IS_EMPTY} true or false`,
      `"delete-on-completion" ${IS_EMPTY} true or false`,
      `"platform-url" ${IS_EMPTY} an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, e.g. https://platform.adobe.io`,
      `"ims-url" ${IS_EMPTY} an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, e.g. https://ims-na1.adobelogin.com`,
      `"timeout-seconds" ${IS_EMPTY} a number of seconds above 0, at most 3600`,
      `"max-attempts" ${IS_EMPTY} a whole number from 1 to 20`
    ])
  })

  it('says which credential is empty, and echoes no secret', () => {
    expect(problemsOf({ ...VALID, 'client-id': '' })).toEqual([
      `"client-id" ${IS_EMPTY} the OAuth Server-to-Server client ID, with "client-secret"`
    ])
    // "api-key" without "client-id": a ready token is meant.
    expect(problemsOf({ ...VALID, 'client-id': '', 'client-secret': '', 'api-key': 'key-1' })).toEqual([
      `"access-token" ${IS_EMPTY} a ready IMS access token (or "client-secret" with "client-id" instead).`
    ])
    const problems = problemsOf({ ...VALID, 'client-id': '', 'client-secret': '', 'access-token': 'ready-T0ken' })
    expect(problems).toEqual([
      `"api-key" ${IS_EMPTY} the client ID of the credential that issued "access-token", sent as x-api-key (or set "client-id")`
    ])
    expect(problems.join('\n')).not.toContain('ready-T0ken')
  })

  it('masks every secret before reporting any problem, and never echoes auth-params', () => {
    expect(
      problemsOf({
        ...VALID,
        host: 'ftp://acme',
        'client-secret': 'multi\nline-secret',
        'auth-params': '{"siteId": "site-secret", "region": "eu"}'
      })
    ).toEqual([`${HOST_RULE}, got "ftp://acme"`])
    const masks = stdout.filter(line => line.startsWith('::add-mask::')).map(line => line.replace(/\n$/, ''))
    // Each whole, JSON-escaped, form-encoded and percent-encoded in both cases, HTML-escaped, base64
    // and base64url whole and in part (each form once; core escapes "%" as %25 and a line break as
    // %0A), then its trimmed lines of 4 characters or more, likewise. "eu" is too short for any encoding.
    expect(masks).toEqual([
      '::add-mask::  s3cret with spaces\t',
      '::add-mask::  s3cret with spaces\\t',
      '::add-mask::++s3cret+with+spaces%2509',
      '::add-mask::%2520%2520s3cret%2520with%2520spaces%2509',
      '::add-mask::ICBzM2NyZXQgd2l0aCBzcGFjZXMJ',
      '::add-mask::IHMzY3JldCB3aXRoIHNwYWNlcw',
      '::add-mask::czNjcmV0IHdpdGggc3BhY2VzC',
      '::add-mask::s3cret with spaces',
      '::add-mask::s3cret+with+spaces',
      '::add-mask::s3cret%2520with%2520spaces',
      '::add-mask::czNjcmV0IHdpdGggc3BhY2Vz',
      '::add-mask::M2NyZXQgd2l0aCBzcGFjZX',
      '::add-mask::Y3JldCB3aXRoIHNwYWNlc',
      '::add-mask::multi%0Aline-secret',
      '::add-mask::multi\\nline-secret',
      '::add-mask::multi%250Aline-secret',
      '::add-mask::multi%250aline-secret',
      '::add-mask::bXVsdGkKbGluZS1zZWNyZXQ=',
      '::add-mask::bXVsdGkKbGluZS1zZWNyZXQ',
      '::add-mask::bXVsdGkKbGluZS1zZWNyZX',
      '::add-mask::dWx0aQpsaW5lLXNlY3Jld',
      '::add-mask::bHRpCmxpbmUtc2VjcmV0',
      '::add-mask::multi',
      '::add-mask::bXVsdGk=',
      '::add-mask::bXVsdGk',
      '::add-mask::line-secret',
      '::add-mask::bGluZS1zZWNyZXQ=',
      '::add-mask::bGluZS1zZWNyZXQ',
      '::add-mask::bGluZS1zZWNyZX',
      '::add-mask::aW5lLXNlY3Jld',
      '::add-mask::bmUtc2VjcmV0',
      '::add-mask::{"siteId": "site-secret", "region": "eu"}',
      '::add-mask::{\\"siteId\\": \\"site-secret\\", \\"region\\": \\"eu\\"}',
      '::add-mask::%257B%2522siteId%2522%253A+%2522site-secret%2522%252C+%2522region%2522%253A+%2522eu%2522%257D',
      '::add-mask::%257B%2522siteId%2522%253A%2520%2522site-secret%2522%252C%2520%2522region%2522%253A%2520%2522eu%2522%257D',
      '::add-mask::%257b%2522siteId%2522%253a+%2522site-secret%2522%252c+%2522region%2522%253a+%2522eu%2522%257d',
      '::add-mask::%257b%2522siteId%2522%253a%2520%2522site-secret%2522%252c%2520%2522region%2522%253a%2520%2522eu%2522%257d',
      '::add-mask::{&quot;siteId&quot;: &quot;site-secret&quot;, &quot;region&quot;: &quot;eu&quot;}',
      '::add-mask::{&#34;siteId&#34;: &#34;site-secret&#34;, &#34;region&#34;: &#34;eu&#34;}',
      '::add-mask::eyJzaXRlSWQiOiAic2l0ZS1zZWNyZXQiLCAicmVnaW9uIjogImV1In0=',
      '::add-mask::eyJzaXRlSWQiOiAic2l0ZS1zZWNyZXQiLCAicmVnaW9uIjogImV1In0',
      '::add-mask::eyJzaXRlSWQiOiAic2l0ZS1zZWNyZXQiLCAicmVnaW9uIjogImV1In',
      '::add-mask::InNpdGVJZCI6ICJzaXRlLXNlY3JldCIsICJyZWdpb24iOiAiZXUif',
      '::add-mask::c2l0ZUlkIjogInNpdGUtc2VjcmV0IiwgInJlZ2lvbiI6ICJldSJ9',
      '::add-mask::site-secret',
      '::add-mask::c2l0ZS1zZWNyZXQ=',
      '::add-mask::c2l0ZS1zZWNyZXQ',
      '::add-mask::c2l0ZS1zZWNyZX',
      '::add-mask::aXRlLXNlY3Jld',
      '::add-mask::dGUtc2VjcmV0',
      '::add-mask::eu'
    ])
    expect(stdout).toContain(
      '::warning::"auth-params" value of "region" is shorter than 4 characters: masking it also hides those characters wherever they appear in the log, and GitHub drops job outputs that contain them.\n'
    )
  })

  it('takes a ready access token instead of client credentials, with api-key as x-api-key', () => {
    setInputs({ ...VALID, 'client-secret': '', 'client-id': '', 'access-token': 'ready-token', 'api-key': 'key-1' })
    expect(readConfig()).toMatchObject({ credentials: { kind: 'token', accessToken: 'ready-token' }, apiKey: 'key-1' })
  })

  it('accepts a bare host name, loopback http URLs and the boolean spellings of getBooleanInput', () => {
    setInputs({
      ...VALID,
      host: 'acme.custhelp.com',
      'platform-url': 'http://127.0.0.1:8080/',
      'ims-url': 'http://localhost:9000',
      verify: 'True',
      'dry-run': 'FALSE',
      'delete-on-completion': 'true',
      'timeout-seconds': '0.5',
      'auth-params': '{"siteId":"x","port":443,"ssl":true}'
    })
    expect(readConfig()).toMatchObject({
      host: 'acme.custhelp.com',
      platformUrl: 'http://127.0.0.1:8080',
      imsUrl: 'http://localhost:9000',
      verify: true,
      dryRun: false,
      deleteOnCompletion: true,
      timeoutMs: 500,
      authParams: { siteId: 'x', port: 443, ssl: true }
    })
  })

  it('reports every bad input at once, each naming its input', () => {
    expect(
      problemsOf({
        ...VALID,
        'sandbox-name': 'Dev_1',
        'if-exists': 'replace',
        verify: 'yes',
        'max-attempts': '0',
        'ims-url': 'http://ims.example.com'
      })
    ).toEqual([
      '"sandbox-name" must be lowercase letters, digits and hyphens, start with a letter and be at most 256 characters, got "Dev_1"',
      '"if-exists" must be one of reuse, update, fail, create, got "replace"',
      '"verify" must be true or false, got "yes"',
      `"ims-url" ${BASE_URL_RULE}, got "http://ims.example.com"`,
      '"max-attempts" must be a whole number from 1 to 20, got "0"'
    ])
  })

  it('requires exactly one of client-secret and access-token', () => {
    expect(problemsOf({ ...VALID, 'access-token': 'tok' })).toEqual([
      'give exactly one of "client-secret" and "access-token", not both'
    ])
    expect(problemsOf({ ...VALID, 'client-secret': '' })).toEqual([
      `"client-secret" ${IS_EMPTY} the OAuth Server-to-Server client secret, with "client-id" (or a ready "access-token" instead).`
    ])
  })

  it('refuses auth-params that are not a JSON object or that override host, username or password', () => {
    expect(problemsOf({ ...VALID, 'auth-params': '[1,2]' })).toEqual([
      '"auth-params" must be a JSON object, e.g. {"siteId": "…"}'
    ])
    expect(problemsOf({ ...VALID, 'auth-params': '{"password":"other"}' })).toEqual([
      '"auth-params" must not set "password": it comes from the "password" input'
    ])
  })
})

describe('control characters', () => {
  const problem = (name: string, codePoint: string, position: number): string =>
    `"${name}" must not contain control characters such as line breaks (found ${codePoint} at position ${position})`

  it('refuses a name that would write workflow commands, naming the first control character', () => {
    const name = 'Oracle\n::save-state name=created-base-connection-id::x\n::add-mask::true\n::error::fake'
    expect(problemsOf({ ...VALID, name })).toEqual([problem('name', 'U+000A', 7)])
  })

  it.each<[string, string, string, number]>([
    ['name', 'Oracle\rx', 'U+000D', 7],
    ['name', 'a\u0085b', 'U+0085', 2],
    ['name', 'a\u2028b', 'U+2028', 2],
    ['name', 'a\u2029b', 'U+2029', 2],
    ['name', 'a\u001b[31mred', 'U+001B', 2],
    ['name', 'a\u007fb', 'U+007F', 2],
    ['name', 'a\u0000b', 'U+0000', 2],
    // Positions count characters, not UTF-16 units: the emoji before it is one.
    ['name', '😀\tx', 'U+0009', 2],
    ['description', 'line one\nline two', 'U+000A', 9],
    ['description', 'a\tb', 'U+0009', 2],
    ['username', 'aep\nsync', 'U+000A', 4],
    ['host', 'acme.custhelp.com\n::error::x', 'U+000A', 18],
    ['org-id', 'a\nb@AdobeOrg', 'U+000A', 2],
    ['sandbox-name', 'dev\u0085x', 'U+0085', 4],
    ['auth-spec-name', 'Basic\nAuthentication', 'U+000A', 6],
    ['connection-spec-id', 'x\ny', 'U+000A', 2],
    ['connection-spec-version', '1\n0', 'U+000A', 2],
    ['client-id', 'client\n123', 'U+000A', 7],
    ['api-key', 'key\u009b', 'U+009B', 4],
    ['scopes', 'openid,Adobe\u0000ID', 'U+0000', 13],
    ['platform-url', 'https://platform.adobe.io\n::x', 'U+000A', 26],
    ['ims-url', 'https://ims\u2028.adobelogin.com', 'U+2028', 12],
    ['if-exists', 're\nuse', 'U+000A', 3],
    ['verify', 'tr\nue', 'U+000A', 3],
    ['timeout-seconds', '3\n0', 'U+000A', 2],
    ['max-attempts', '5\u0085', 'U+0085', 2]
  ])('refuses "%s" = %j, and reports nothing else about it', (name, value, codePoint, position) => {
    expect(problemsOf({ ...VALID, [name]: value })).toEqual([problem(name, codePoint, position)])
  })

  it('reads "scopes" given one per line (a YAML block) as the comma-separated list', () => {
    setInputs({ ...VALID, scopes: 'openid\nAdobeID,\r\n  session\n' })
    expect(readConfig().credentials).toMatchObject({ scopes: 'openid,AdobeID,session' })
  })

  it('sends secrets as given: a password, client secret or auth-params value with control characters is not refused', () => {
    setInputs({
      ...VALID,
      password: 'pass\nword\u0085',
      'client-secret': 'sec\tret',
      'auth-params': '{"siteId": "site\\n1"}'
    })
    expect(readConfig()).toMatchObject({
      password: 'pass\nword\u0085',
      credentials: { clientSecret: 'sec\tret' },
      authParams: { siteId: 'site\n1' }
    })
  })

  it('accepts a description with other Unicode, and a line break the runner trims from the ends', () => {
    setInputs({ ...VALID, description: '  Oracle → AEP ✓\n', name: 'Oracle: EU' })
    expect(readConfig()).toMatchObject({ description: 'Oracle → AEP ✓', name: 'Oracle: EU' })
  })
})

describe('host', () => {
  it.each([
    'acme.custhelp.com',
    'acme.custhelp.com/',
    'acme.custhelp.com:8443',
    'https://acme.custhelp.com',
    'https://acme.custhelp.com/',
    'https://acme.custhelp.com:443',
    'https://acme.custhelp.com:8443/'
  ])('accepts %s, and sends it exactly as given', host => {
    setInputs({ ...VALID, host })
    expect(readConfig().host).toBe(host)
  })

  it.each<[string, string]>([
    ['https://acme.custhelp.com/services/rest', '"https://acme.custhelp.com" with a path'],
    ['https://acme.custhelp.com//', '"https://acme.custhelp.com" with a path'],
    ['https://acme.custhelp.com/.', '"https://acme.custhelp.com" with a path'],
    ['acme.custhelp.com/cc', '"acme.custhelp.com" with a path'],
    ['https://acme.custhelp.com?site=eu', '"https://acme.custhelp.com" with a query'],
    ['https://acme.custhelp.com?', '"https://acme.custhelp.com" with a query'],
    ['acme.custhelp.com#top', '"acme.custhelp.com" with a fragment'],
    ['https://acme.custhelp.com/a?b=c#d', '"https://acme.custhelp.com" with a path, a query and a fragment'],
    ['https://acme.custhelp.com/a#d', '"https://acme.custhelp.com" with a path and a fragment'],
    ['http://acme.custhelp.com', '"http://acme.custhelp.com"'],
    ['ftp://acme.custhelp.com', '"ftp://acme.custhelp.com"'],
    ['ftp://acme.custhelp.com/x', '"ftp://acme.custhelp.com" with a path'],
    ['https://acme_custhelp.com', '"https://acme_custhelp.com"'],
    ['https://acme.custhelp.com:99999', 'a value that is not a host name or a URL'],
    ['https://acme .custhelp.com', 'a value that is not a host name or a URL'],
    ['https://', 'a value that is not a host name or a URL'],
    ['mailto:ops', 'a value that is not a host name or a URL']
  ])('refuses %s with the example, showing only %s', (host, shown) => {
    setInputs({ ...VALID, host })
    expect(problemsOf({ ...VALID, host })).toEqual([`${HOST_RULE}, got ${shown}`])
  })
})

describe('URLs in messages', () => {
  // Passwords that make a URL parser read a piece of them as the host, the path, the query or the fragment.
  // Upper case, so that no piece of them is a word of the message itself.
  const PASSWORDS = ['P#A/S?S', 'P@SS#WORD', '98#SS', 'PA/SS', 'PA?SS', 'P%23SS', 'HUNTER2']
  const USER = 'AEP-BOT'

  it.each(PASSWORDS)('never echoes user-info with the password %j, in any URL input', password => {
    for (const [name, prefix, rule] of [
      ['host', 'https://', HOST_RULE],
      ['host', '', HOST_RULE],
      ['platform-url', 'https://', `"platform-url" ${BASE_URL_RULE}`],
      ['ims-url', 'https://', `"ims-url" ${BASE_URL_RULE}`]
    ] as const) {
      const value = `${prefix}${USER}:${password}@acme.custhelp.com/REST?X=1#Y`
      const problems = problemsOf({ ...VALID, [name]: value })
      expect(problems).toEqual([`${rule}, got ${WITH_AT}`])
      for (const piece of [USER, password, ...password.split(/[#/?@]/).filter(p => p.length >= 2), 'REST', 'X=1'])
        expect({ piece, shown: problems.join('\n').includes(piece) }).toEqual({ piece, shown: false })
    }
  })

  it.each<[string, string, string]>([
    ['platform-url', 'https//platform.adobe.io', 'a value that is not a URL'],
    ['platform-url', 'https://platform.adobe.io/?', '"https://platform.adobe.io" with a query'],
    ['platform-url', 'https://platform.adobe.io#eu', '"https://platform.adobe.io" with a fragment'],
    [
      'ims-url',
      'https://ims-na1.adobelogin.com/ims?client_secret=abc',
      '"https://ims-na1.adobelogin.com" with a query'
    ],
    ['ims-url', 'ftp://127.0.0.1/ims', '"ftp://127.0.0.1"'],
    ['ims-url', 'http://ims.example.com/secret-path', '"http://ims.example.com"']
  ])('shows only the scheme and host of %s = %s', (name, value, shown) => {
    expect(problemsOf({ ...VALID, [name]: value })).toEqual([`"${name}" ${BASE_URL_RULE}, got ${shown}`])
  })

  it('keeps a base URL with a path, and an "@" in the path', () => {
    setInputs({
      ...VALID,
      'platform-url': 'https://gateway.example.com/aep/',
      'ims-url': 'https://ims.example.com/a@b'
    })
    expect(readConfig()).toMatchObject({
      platformUrl: 'https://gateway.example.com/aep',
      imsUrl: 'https://ims.example.com/a@b'
    })
  })
})
