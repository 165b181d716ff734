import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../src/constants.js'
import { INPUT_DEFAULTS, InputError, readConfig } from '../src/inputs.js'

const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
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

/** Sets INPUT_* exactly as the runner does: given values, else action.yml defaults. */
function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = inputs[name] ?? spec.default
    if (value !== undefined) process.env[`INPUT_${name.toUpperCase()}`] = value
  }
}

function problemsOf(inputs: Record<string, string>): string[] {
  setInputs(inputs)
  try {
    readConfig()
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  return []
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
      '"host" must be an https:// URL or a bare host name (e.g. https://acme.custhelp.com), got "***@acme.custhelp.com"',
      '"api-key" must be printable ASCII without spaces (it is sent as x-api-key)'
    ])
  })

  it('refuses an explicit empty value instead of using the default', () => {
    expect(problemsOf({ ...VALID, 'sandbox-name': '', name: '' })).toEqual([
      '"sandbox-name" must be lowercase letters, digits and hyphens, start with a letter and be at most 256 characters, got ""',
      '"name" must be 1 to 256 characters, got 0'
    ])
  })

  it('masks every secret before reporting any problem, and never echoes auth-params', () => {
    expect(
      problemsOf({
        ...VALID,
        host: 'ftp://acme',
        'client-secret': 'multi\nline-secret',
        'auth-params': '{"siteId": "site-secret", "region": "eu"}'
      })
    ).toEqual(['"host" must be an https:// URL or a bare host name (e.g. https://acme.custhelp.com), got "ftp://acme"'])
    const masks = stdout.filter(line => line.startsWith('::add-mask::')).map(line => line.replace(/\n$/, ''))
    // Each whole, its JSON-escaped form, its trimmed lines of 4 characters or more.
    expect(masks).toEqual([
      '::add-mask::  s3cret with spaces\t',
      '::add-mask::  s3cret with spaces\\t',
      '::add-mask::s3cret with spaces',
      '::add-mask::multi%0Aline-secret',
      '::add-mask::multi\\nline-secret',
      '::add-mask::multi',
      '::add-mask::line-secret',
      '::add-mask::{"siteId": "site-secret", "region": "eu"}',
      '::add-mask::{\\"siteId\\": \\"site-secret\\", \\"region\\": \\"eu\\"}',
      '::add-mask::site-secret',
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
      '"ims-url" must be an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, got "http://ims.example.com"',
      '"max-attempts" must be a whole number from 1 to 20, got "0"'
    ])
  })

  it('requires exactly one of client-secret and access-token', () => {
    expect(problemsOf({ ...VALID, 'access-token': 'tok' })).toEqual([
      'give exactly one of "client-secret" and "access-token", not both'
    ])
    expect(problemsOf({ ...VALID, 'client-secret': '' })).toEqual([
      'one of "client-secret" (with "client-id") or "access-token" is required to authenticate with Adobe'
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
