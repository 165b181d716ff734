import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { parse } from 'yaml'

import { DATAFLOW_INPUT_DEFAULTS, DataflowConfig, readDataflowConfig } from '../../src/dataflow/inputs.js'
import { readMappingFile } from '../../src/dataflow/mapping.js'
import { DATAFLOW_INPUT, DATAFLOW_OUTPUT } from '../../src/dataflow/names.js'
import { IS_POST_STATE } from '../../src/runner/job-state.js'
import { problemsOfAsync as readerProblems, setRunnerInputs } from '../support/runner-inputs.js'

interface ActionYml {
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>
  outputs: Record<string, { description?: string }>
  runs: Record<string, string>
}
const readYml = (relative: string): ActionYml =>
  parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as ActionYml
const dataflowYml = readYml('../../dataflow/action.yml')
const baseYml = readYml('../../action.yml')

const ADOBE_ACCESS_INPUTS = [
  'client-id',
  'client-secret',
  'scopes',
  'access-token',
  'api-key',
  'org-id',
  'sandbox-name',
  'platform-url',
  'ims-url',
  'timeout-seconds',
  'max-attempts'
]

const VALID = {
  'client-id': 'client-123',
  'client-secret': 'shh-client-secret',
  'org-id': '0123456789ABCDEF01234567@AdobeOrg',
  'base-connection-id': 'D1B0C3A2-1111-4222-8333-944455556666',
  name: 'Incidents to AEP',
  table: 'incidents',
  'dataset-id': '5f1e2d3c4b5a69788f9e0d1c',
  mapping: 'mappings/incidents.yaml'
}

/** What every input that must have a value says when it is empty (an unset vars.X or secrets.X), before what it expects. */
const IS_EMPTY = 'is empty: is the variable or secret that sets it defined for this GitHub environment? Expected'

const MAPPING_YAML = `# Oracle Service Cloud incidents → XDM
- source: id
  destination: _acme.incidentId
- source: subject
  destination: _acme.subject
- {source: "contact_name", destination: person.name.fullName}
`
const PAIRS = [
  { source: 'id', destination: '_acme.incidentId' },
  { source: 'subject', destination: '_acme.subject' },
  { source: 'contact_name', destination: 'person.name.fullName' }
]

let workspace: string
let outside: string
let stdout: string[] = []
const savedWorkspace = process.env.GITHUB_WORKSPACE

/** Writes a file into the workspace, its folders too. */
function write(relative: string, content: string | Buffer): void {
  const file = path.join(workspace, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

function setInputs(inputs: Record<string, string>): void {
  setRunnerInputs(dataflowYml.inputs, inputs)
}

function problemsOf(inputs: Record<string, string>): Promise<string[]> {
  setInputs(inputs)
  return readerProblems(readDataflowConfig)
}

/** The problems of the mapping file with this content (written as `file`). */
function mappingProblems(
  file: string,
  content: string | Buffer,
  inputs: Record<string, string> = {}
): Promise<string[]> {
  write(file, content)
  return problemsOf({ ...VALID, mapping: file, ...inputs })
}

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'dataflow-workspace-'))
  outside = mkdtempSync(path.join(tmpdir(), 'dataflow-outside-'))
  write('mappings/incidents.yaml', MAPPING_YAML)
})
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
  if (savedWorkspace === undefined) delete process.env.GITHUB_WORKSPACE
  else process.env.GITHUB_WORKSPACE = savedWorkspace
})
beforeEach(() => {
  process.env.GITHUB_WORKSPACE = workspace
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('readDataflowConfig', () => {
  it('reads a minimal valid set of inputs into the typed config, with the documented defaults', async () => {
    setInputs(VALID)
    const expected: DataflowConfig = {
      credentials: {
        kind: 'client',
        clientId: 'client-123',
        clientSecret: 'shh-client-secret',
        scopes: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session'
      },
      apiKey: 'client-123',
      orgId: '0123456789ABCDEF01234567@AdobeOrg',
      sandboxName: 'prod',
      platformUrl: 'https://platform.adobe.io',
      imsUrl: 'https://ims-na1.adobelogin.com',
      timeoutMs: 30000,
      maxAttempts: 5,
      baseConnectionId: 'd1b0c3a2-1111-4222-8333-944455556666',
      name: 'Incidents to AEP',
      table: 'incidents',
      columns: [],
      datasetId: '5f1e2d3c4b5a69788f9e0d1c',
      mappingPath: 'mappings/incidents.yaml',
      mapping: PAIRS,
      frequency: 'hour',
      interval: 1,
      startTime: undefined,
      deltaColumn: '',
      flowSpecName: 'CRMToAEP',
      ifExists: 'update',
      wait: 'enabled',
      waitTimeoutMs: 900000,
      dryRun: false,
      deleteOnCompletion: false
    }
    const config = await readDataflowConfig()
    expect(config).toStrictEqual(expected)
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.mapping)).toBe(true)
    expect(Object.isFrozen(config.columns)).toBe(true)
  })

  it('reads every input when given', async () => {
    setInputs({
      ...VALID,
      'client-secret': '',
      'client-id': '',
      'access-token': 'ready-token',
      'api-key': 'key-1',
      'sandbox-name': 'dev-1',
      columns: 'id, subject,\ncontact_name\n  updated_at\n',
      frequency: 'minute',
      interval: '15',
      'start-time': '2025-01-31T07:00:00+01:00',
      'delta-column': 'updated_at',
      'flow-spec-name': 'Other spec',
      'if-exists': 'fail',
      wait: 'first-run',
      'wait-timeout-seconds': '21600',
      'dry-run': 'True',
      'delete-on-completion': 'TRUE',
      'platform-url': 'http://127.0.0.1:8080/',
      'ims-url': 'http://localhost:9000',
      'timeout-seconds': '0.5',
      'max-attempts': '1'
    })
    expect(await readDataflowConfig()).toMatchObject({
      credentials: { kind: 'token', accessToken: 'ready-token' },
      apiKey: 'key-1',
      sandboxName: 'dev-1',
      columns: ['id', 'subject', 'contact_name', 'updated_at'],
      frequency: 'minute',
      interval: 15,
      startTime: 1738303200,
      deltaColumn: 'updated_at',
      flowSpecName: 'Other spec',
      ifExists: 'fail',
      wait: 'first-run',
      waitTimeoutMs: 21600000,
      dryRun: true,
      deleteOnCompletion: true,
      platformUrl: 'http://127.0.0.1:8080',
      imsUrl: 'http://localhost:9000',
      timeoutMs: 500,
      maxAttempts: 1
    })
  })

  it('falls back to the defaults when the runner did not set them', async () => {
    setInputs(VALID)
    for (const name of [
      'frequency',
      'interval',
      'wait',
      'if-exists',
      'wait-timeout-seconds',
      'sandbox-name',
      'columns'
    ])
      delete process.env[`INPUT_${name.toUpperCase()}`]
    expect(await readDataflowConfig()).toMatchObject({
      frequency: 'hour',
      interval: 1,
      wait: 'enabled',
      ifExists: 'update',
      waitTimeoutMs: 900000,
      sandboxName: 'prod',
      columns: []
    })
  })

  it('takes empty optional inputs as their meaning: all columns, no delta column, start now', async () => {
    setInputs({ ...VALID, columns: '', 'delta-column': '', 'start-time': '' })
    expect(await readDataflowConfig()).toMatchObject({ columns: [], deltaColumn: '', startTime: undefined })
  })

  it('refuses an explicit empty value instead of using the default', async () => {
    expect(
      await problemsOf({
        ...VALID,
        frequency: '',
        interval: '',
        'flow-spec-name': '',
        'if-exists': '',
        wait: '',
        'wait-timeout-seconds': '',
        'dry-run': '',
        'delete-on-completion': '',
        'sandbox-name': ''
      })
    ).toEqual([
      `"sandbox-name" ${IS_EMPTY} a sandbox name: lowercase letters, digits and hyphens, starting with a letter, at most 256 characters (e.g. prod)`,
      `"frequency" ${IS_EMPTY} one of once, minute, hour, day, week`,
      `"interval" ${IS_EMPTY} a whole number, 1 or more`,
      `"flow-spec-name" ${IS_EMPTY} the name of a Flow Service flow spec (e.g. CRMToAEP)`,
      `"if-exists" ${IS_EMPTY} one of update, reuse, fail`,
      `"wait" ${IS_EMPTY} one of none, enabled, first-run`,
      `"wait-timeout-seconds" ${IS_EMPTY} a whole number from 1 to 21600`,
      `"dry-run" ${IS_EMPTY} true or false`,
      `"delete-on-completion" ${IS_EMPTY} true or false`
    ])
  })

  it('says of every input with a default given empty that it is empty, the shared ones as the base connection action does', async () => {
    const emptied = Object.fromEntries(
      Object.entries(dataflowYml.inputs)
        .filter(([, spec]) => spec.default !== undefined && spec.default !== '')
        .map(([name]) => [name, ''])
    )
    expect(await problemsOf({ ...VALID, ...emptied })).toEqual([
      `"scopes" ${IS_EMPTY} the IMS scopes of the credential in Adobe Developer Console, comma-separated`,
      `"sandbox-name" ${IS_EMPTY} a sandbox name: lowercase letters, digits and hyphens, starting with a letter, at most 256 characters (e.g. prod)`,
      `"frequency" ${IS_EMPTY} one of once, minute, hour, day, week`,
      `"interval" ${IS_EMPTY} a whole number, 1 or more`,
      `"flow-spec-name" ${IS_EMPTY} the name of a Flow Service flow spec (e.g. CRMToAEP)`,
      `"if-exists" ${IS_EMPTY} one of update, reuse, fail`,
      `"wait" ${IS_EMPTY} one of none, enabled, first-run`,
      `"wait-timeout-seconds" ${IS_EMPTY} a whole number from 1 to 21600`,
      `"dry-run" ${IS_EMPTY} true or false`,
      `"delete-on-completion" ${IS_EMPTY} true or false`,
      `"platform-url" ${IS_EMPTY} an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, e.g. https://platform.adobe.io`,
      `"ims-url" ${IS_EMPTY} an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, e.g. https://ims-na1.adobelogin.com`,
      `"timeout-seconds" ${IS_EMPTY} a number of seconds above 0, at most 3600`,
      `"max-attempts" ${IS_EMPTY} a whole number from 1 to 20`
    ])
  })

  it('requires every required input, naming what it is', async () => {
    expect(
      await problemsOf({
        ...VALID,
        'client-secret': '',
        'org-id': '',
        'base-connection-id': '',
        name: '',
        table: '',
        'dataset-id': '',
        mapping: ''
      })
    ).toEqual([
      `"client-secret" ${IS_EMPTY} the OAuth Server-to-Server client secret, with "client-id" (or a ready "access-token" instead).`,
      `"org-id" ${IS_EMPTY} the IMS organization ID, ending in @AdobeOrg`,
      `"base-connection-id" ${IS_EMPTY} the base connection's id (a UUID), such as the base connection action's output base-connection-id (only a dry run may leave it empty)`,
      `"name" ${IS_EMPTY} the dataflow's name, by which a re-run finds the dataflow and its connections`,
      `"table" ${IS_EMPTY} the source table (params.tableName), as explore lists it`,
      `"dataset-id" ${IS_EMPTY} the target dataset's Catalog id (e.g. 5f1e2d3c4b5a69788f9e0d1c)`,
      `"mapping" ${IS_EMPTY} the path (in the workspace) of a JSON or YAML file, a list of {source, destination} pairs`
    ])
  })

  it('reports every bad input at once, each naming its input and what it expects, in action.yml order', async () => {
    expect(
      await problemsOf({
        ...VALID,
        'client-id': '',
        'org-id': 'acme',
        'base-connection-id': 'conn-1',
        name: 'n'.repeat(248),
        'dataset-id': 'ds-1',
        frequency: 'hourly',
        interval: '1.5',
        'start-time': '2025-01-31T06:00:00',
        'if-exists': 'create',
        wait: 'yes',
        'wait-timeout-seconds': '21601',
        'dry-run': 'maybe',
        'ims-url': 'http://ims.example.com',
        'max-attempts': '21'
      })
    ).toEqual([
      `"client-id" ${IS_EMPTY} the OAuth Server-to-Server client ID, with "client-secret"`,
      '"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "acme"',
      '"base-connection-id" must be a UUID (e.g. 3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a), got "conn-1"',
      '"name" must be at most 247 characters (the connections are named "{name} (source)" and "{name} (target)", at most 256), got 248',
      '"dataset-id" must be a Catalog dataset id: 24 hexadecimal digits such as 5f1e2d3c4b5a69788f9e0d1c, got "ds-1"',
      '"frequency" must be one of once, minute, hour, day, week, got "hourly"',
      '"interval" must be a whole number, 1 or more, got "1.5"',
      '"start-time" must be an ISO 8601 date and time with a time zone (e.g. 2025-01-31T06:00:00Z) or epoch seconds (e.g. 1738303200), got "2025-01-31T06:00:00"',
      '"if-exists" must be one of update, reuse, fail, got "create"',
      '"wait" must be one of none, enabled, first-run, got "yes"',
      '"wait-timeout-seconds" must be a whole number from 1 to 21600, got "21601"',
      '"dry-run" must be true or false, got "maybe"',
      '"ims-url" must be an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, got "http://ims.example.com"',
      '"max-attempts" must be a whole number from 1 to 20, got "21"'
    ])
  })

  it('accepts a name of 247 characters (256 with the suffix), and a dataset id of 24 hexadecimal digits in either case', async () => {
    setInputs({ ...VALID, name: 'n'.repeat(247), 'dataset-id': '5F1E2D3C4B5A69788F9E0D1C' })
    expect(await readDataflowConfig()).toMatchObject({ name: 'n'.repeat(247), datasetId: '5F1E2D3C4B5A69788F9E0D1C' })
    expect(await problemsOf({ ...VALID, 'dataset-id': 'A'.repeat(25) })).toHaveLength(1)
    expect(await problemsOf({ ...VALID, 'dataset-id': 'g'.repeat(24) })).toHaveLength(1)
  })

  it('applies the base connection action rules to Adobe access, word for word', async () => {
    expect(await problemsOf({ ...VALID, 'access-token': 'tok', 'api-key': 'key€', 'platform-url': 'ftp://x' })).toEqual(
      [
        'give exactly one of "client-secret" and "access-token", not both',
        '"api-key" must be printable ASCII without spaces (it is sent as x-api-key)',
        '"platform-url" must be an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, got "ftp://x"'
      ]
    )
  })

  it('adds the fork note when secrets are missing on a pull request', async () => {
    process.env.GITHUB_EVENT_NAME = 'pull_request'
    try {
      expect(await problemsOf({ ...VALID, 'client-secret': '' })).toEqual([
        `"client-secret" ${IS_EMPTY} the OAuth Server-to-Server client secret, with "client-id" (or a ready "access-token" instead). On a pull request from a fork, GitHub passes no secrets to the workflow.`
      ])
    } finally {
      delete process.env.GITHUB_EVENT_NAME
    }
  })
})

describe('control characters', () => {
  const problem = (name: string, codePoint: string, position: number): string =>
    `"${name}" must not contain control characters such as line breaks (found ${codePoint} at position ${position})`

  it.each<[string, string, string, number]>([
    ['base-connection-id', 'd1b0c3a2\n::error::x', 'U+000A', 9],
    ['name', 'Incidents\n::add-mask::true', 'U+000A', 10],
    ['name', 'a\u0085b', 'U+0085', 2],
    ['table', 'in\u2028cidents', 'U+2028', 3],
    ['columns', 'id,sub\u001bject', 'U+001B', 7],
    ['dataset-id', 'ds\t1', 'U+0009', 3],
    ['mapping', 'mappings/\u0000x.yaml', 'U+0000', 10],
    ['frequency', 'ho\rur', 'U+000D', 3],
    ['interval', '1\u007f', 'U+007F', 2],
    ['start-time', '2025-01-31\nT06:00Z', 'U+000A', 11],
    ['delta-column', 'updated\u009bat', 'U+009B', 8],
    ['flow-spec-name', 'CRM\nToAEP', 'U+000A', 4],
    ['if-exists', 'up\ndate', 'U+000A', 3],
    ['wait', 'no\tne', 'U+0009', 3],
    ['wait-timeout-seconds', '9\n00', 'U+000A', 2],
    ['dry-run', 'fa\nlse', 'U+000A', 3],
    ['delete-on-completion', 'tr\nue', 'U+000A', 3]
  ])('refuses "%s" = %j, and reports nothing else about it', async (name, value, codePoint, position) => {
    expect(await problemsOf({ ...VALID, [name]: value })).toEqual([problem(name, codePoint, position)])
  })
})

describe('columns and delta-column', () => {
  it('requires every mapping source to be one of the columns, when columns are given', async () => {
    expect(await problemsOf({ ...VALID, columns: 'id,subject' })).toEqual([
      '"mapping": item 3 of mappings/incidents.yaml reads column "contact_name", which "columns" does not list'
    ])
  })

  it('requires the delta column to be one of the columns, when columns are given', async () => {
    expect(await problemsOf({ ...VALID, columns: 'id,subject,contact_name', 'delta-column': 'updated_at' })).toEqual([
      '"delta-column" must be one of the columns that "columns" lists, got "updated_at"'
    ])
    setInputs({ ...VALID, 'delta-column': 'updated_at' })
    expect((await readDataflowConfig()).deltaColumn).toBe('updated_at')
  })

  it('refuses a column listed twice', async () => {
    expect(await problemsOf({ ...VALID, columns: 'id,subject,contact_name,id, id' })).toEqual([
      '"columns" lists "id" more than once'
    ])
  })
})

describe('start-time', () => {
  it.each<[string, number]>([
    ['1738303200', 1738303200],
    ['0', 0],
    ['2025-01-31T06:00:00Z', 1738303200],
    ['2025-01-31t06:00:00z', 1738303200],
    ['2025-01-31T06:00Z', 1738303200],
    ['2025-01-31T06:00:00.999Z', 1738303200],
    ['2025-01-31T06:00:00,5Z', 1738303200],
    ['2025-01-31T07:00:00+01:00', 1738303200],
    ['2025-01-31T07:30:00+0130', 1738303200],
    ['2025-01-31T01:00:00-05', 1738303200],
    ['2024-02-29T00:00:00Z', 1709164800]
  ])('reads %s as %i epoch seconds', async (value, seconds) => {
    setInputs({ ...VALID, 'start-time': value })
    expect((await readDataflowConfig()).startTime).toBe(seconds)
  })

  const RULE =
    'an ISO 8601 date and time with a time zone (e.g. 2025-01-31T06:00:00Z) or epoch seconds (e.g. 1738303200)'
  it.each([
    '2025-01-31',
    '2025-01-31T06:00:00',
    '2025-01-31 06:00:00Z',
    '2025-02-29T00:00:00Z',
    '2025-01-31T24:00:00Z',
    '2025-01-31T06:60:00Z',
    '2025-01-31T06:00:60Z',
    '2025-13-01T00:00:00Z',
    '2025-01-31T06:00:00+24:00',
    '1969-12-31T23:59:59Z',
    '-1',
    '1.5',
    'now',
    'tomorrow'
  ])('refuses %j', async value => {
    expect(await problemsOf({ ...VALID, 'start-time': value })).toEqual([
      `"start-time" must be ${RULE}, got "${value}"`
    ])
  })

  it('says when epoch seconds look like milliseconds', async () => {
    expect(await problemsOf({ ...VALID, 'start-time': '1738303200000' })).toEqual([
      `"start-time" must be ${RULE}, got "1738303200000" (epoch seconds, not milliseconds)`
    ])
  })
})

describe('mapping file', () => {
  it('reads JSON, pretty-printed with tabs, as YAML does', async () => {
    write('mappings/incidents.json', JSON.stringify(PAIRS, null, '\t'))
    setInputs({ ...VALID, mapping: 'mappings/incidents.json' })
    expect(await readDataflowConfig()).toMatchObject({ mappingPath: 'mappings/incidents.json', mapping: PAIRS })
  })

  it('reads a file with a byte order mark, and an absolute path inside the workspace', async () => {
    write('bom.yaml', `\ufeff${MAPPING_YAML}`)
    setInputs({ ...VALID, mapping: path.join(workspace, 'bom.yaml') })
    expect((await readDataflowConfig()).mapping).toEqual(PAIRS)
  })

  it('resolves the path against the current directory when GITHUB_WORKSPACE is unset', async () => {
    delete process.env.GITHUB_WORKSPACE
    jest.spyOn(process, 'cwd').mockReturnValue(workspace)
    setInputs(VALID)
    expect((await readDataflowConfig()).mapping).toEqual(PAIRS)
  })

  it.each(['../outside.yaml', 'mappings/../../outside.yaml', '/etc/passwd'])(
    'refuses %s, outside the workspace',
    async file => {
      expect(await problemsOf({ ...VALID, mapping: file })).toEqual([
        `"mapping" must be a path inside the workspace, got ${file}`
      ])
    }
  )

  it('refuses a symbolic link to a file outside the workspace', async () => {
    writeFileSync(path.join(outside, 'secret.yaml'), MAPPING_YAML)
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(workspace, 'link.yaml'))
    expect(await problemsOf({ ...VALID, mapping: 'link.yaml' })).toEqual([
      '"mapping" must be a path inside the workspace: link.yaml is a symbolic link to a file outside it'
    ])
  })

  it('refuses a missing file, a directory, a file above 1 MB and a file that is not UTF-8', async () => {
    expect(await problemsOf({ ...VALID, mapping: 'mappings/missing.yaml' })).toEqual([
      '"mapping": mappings/missing.yaml does not exist in the workspace (is the repository checked out?)'
    ])
    expect(await problemsOf({ ...VALID, mapping: 'mappings' })).toEqual([
      '"mapping" must be a file: mappings is a directory'
    ])
    expect(await mappingProblems('big.yaml', ' '.repeat(1024 * 1024 + 1))).toEqual([
      '"mapping": big.yaml is larger than 1 MB (1048577 bytes)'
    ])
    expect(await mappingProblems('latin1.yaml', Buffer.from('- source: caf\xe9\n', 'latin1'))).toEqual([
      '"mapping": latin1.yaml is not UTF-8 text'
    ])
  })

  describe('that is not a regular file', () => {
    /** After this, a writer opens each named pipe: a read that blocks then fails the test instead of hanging it. */
    const UNBLOCK_MS = 3000

    function makeFifo(relative: string): void {
      const file = path.join(workspace, relative)
      execFileSync('mkfifo', [file])
      // Opening for writing without blocking fails at once (ENXIO) when no one is reading, as it should be.
      const writer = `setTimeout(() => { const fs = require('node:fs'); try { fs.closeSync(fs.openSync(process.argv[1], fs.constants.O_WRONLY | fs.constants.O_NONBLOCK)) } catch {} }, ${UNBLOCK_MS})`
      spawn(process.execPath, ['-e', writer, file], { stdio: 'ignore' }).unref()
    }

    it('refuses a named pipe, a symbolic link to one and a link to a directory at once, naming "mapping"', async () => {
      makeFifo('pipe.yaml')
      symlinkSync(path.join(workspace, 'pipe.yaml'), path.join(workspace, 'pipe-link.yaml'))
      symlinkSync(path.join(workspace, 'mappings'), path.join(workspace, 'folder-link.yaml'))
      const started = Date.now()
      expect(await problemsOf({ ...VALID, mapping: 'pipe.yaml' })).toEqual([
        '"mapping" must be a file: pipe.yaml is a named pipe (FIFO)'
      ])
      expect(await problemsOf({ ...VALID, mapping: 'pipe-link.yaml' })).toEqual([
        '"mapping" must be a file: pipe-link.yaml is a named pipe (FIFO)'
      ])
      expect(await problemsOf({ ...VALID, mapping: 'folder-link.yaml' })).toEqual([
        '"mapping" must be a file: folder-link.yaml is a directory'
      ])
      expect(Date.now() - started).toBeLessThan(UNBLOCK_MS)
    })

    it('refuses a socket', async () => {
      const server = createServer()
      await new Promise<void>(resolve => server.listen(path.join(workspace, 'socket.yaml'), resolve))
      try {
        expect(await problemsOf({ ...VALID, mapping: 'socket.yaml' })).toEqual([
          '"mapping" must be a file: socket.yaml is a socket'
        ])
      } finally {
        await new Promise(resolve => server.close(resolve))
      }
    })
  })

  it('refuses a file that is not YAML or JSON, with the line and column', async () => {
    expect(await mappingProblems('bad.json', '[{"source": "id", "destination": "_acme.id"}')).toEqual([
      '"mapping": bad.json is not valid YAML or JSON (line 1, column 45: Flow sequence must end with a ])'
    ])
    expect(await mappingProblems('dup.yaml', '- source: id\n  source: id2\n  destination: _acme.id\n')).toEqual([
      '"mapping": dup.yaml is not valid YAML or JSON (line 2, column 3: Map keys must be unique)'
    ])
  })

  it.each<[string, string, string]>([
    ['empty.yaml', '', 'is empty; it must hold a list of {source, destination} pairs'],
    ['comments.yaml', '# nothing yet\n', 'is empty; it must hold a list of {source, destination} pairs'],
    ['none.json', '[]', 'lists no pairs; it must hold a list of {source, destination} pairs, at least one'],
    [
      'object.yaml',
      'mappings:\n  - source: id\n    destination: _acme.id\n',
      'must hold a list of {source, destination} pairs, found an object'
    ],
    ['scalar.yaml', 'id', 'must hold a list of {source, destination} pairs, found a string ("id")']
  ])('refuses %s', async (file, content, problem) => {
    expect(await mappingProblems(file, content)).toEqual([`"mapping": ${file} ${problem}`])
  })

  it('names the item of every bad pair, escaping control characters', async () => {
    const content = [
      '- source: id',
      '  destination: _acme.incidentId',
      '- just a string',
      '- source: subject',
      '- destination: _acme.subject',
      '- source: 42',
      '  destination: _acme.x',
      '- source: name',
      '  destination: person..name',
      '- source: name',
      '  destination: _acme.incidentId',
      '- source: "a\\nb"',
      '  destination: _acme.y',
      '- {source: s, destination: "_acme.\\u2028z", "note\\u0085": 1}',
      '- {source: "", destination: _acme.w}'
    ].join('\n')
    const item = (number: number, text: string): string => `"mapping": item ${number} of items.yaml ${text}`
    expect(await mappingProblems('items.yaml', content)).toEqual([
      item(2, 'must be a {source, destination} pair, found a string ("just a string")'),
      item(3, 'has no "destination" (an XDM path such as person.name.fullName)'),
      item(4, 'has no "source" (a column of the table)'),
      item(5, 'has a "source" that is not a string (a column of the table): found a number (42)'),
      item(
        6,
        'has a "destination" that is not an XDM path such as person.name.fullName or _acme.incidentId (dot-separated identifiers), got "person..name"'
      ),
      item(7, 'has the "destination" of item 1 again: "_acme.incidentId"'),
      item(8, 'has a "source" with a control character (found U+000A at position 2)'),
      item(9, 'has an unknown key "note\\u0085" (only "source" and "destination")'),
      item(
        9,
        'has a "destination" that is not an XDM path such as person.name.fullName or _acme.incidentId (dot-separated identifiers), got "_acme.\\u2028z"'
      ),
      item(10, 'has no "source" (a column of the table)')
    ])
  })

  it('lists the first 10 problems of a file and counts the rest', async () => {
    const problems = await mappingProblems('many.yaml', Array.from({ length: 12 }, (_, i) => `- ${i}`).join('\n'))
    expect(problems).toHaveLength(11)
    expect(problems[0]).toBe('"mapping": item 1 of many.yaml must be a {source, destination} pair, found a number (0)')
    expect(problems[10]).toBe('"mapping": many.yaml has 2 more problems (the first 10 are listed)')
  })

  it('accepts a bare file name and the same source for two destinations', async () => {
    write('plain.yml', '- source: id\n  destination: _acme.id\n- source: id\n  destination: _acme.copy.id\n')
    const problems: string[] = []
    expect(await readMappingFile('plain.yml', workspace, problems)).toEqual([
      { source: 'id', destination: '_acme.id' },
      { source: 'id', destination: '_acme.copy.id' }
    ])
    expect(problems).toEqual([])
  })
})

describe('secrets', () => {
  it('masks client-secret and access-token before anything else, even when every other input is bad', async () => {
    const problems = await problemsOf({
      'client-secret': 'shh-client-secret',
      'access-token': 'multi\nline-token',
      mapping: '../escape.yaml',
      frequency: 'x'
    })
    expect(problems.length).toBeGreaterThan(3)
    // Each secret whole, escaped and base64-encoded (whole and in part), then each line likewise.
    expect(stdout).toEqual([
      '::add-mask::shh-client-secret\n',
      '::add-mask::c2hoLWNsaWVudC1zZWNyZXQ=\n',
      '::add-mask::c2hoLWNsaWVudC1zZWNyZXQ\n',
      '::add-mask::c2hoLWNsaWVudC1zZWNyZX\n',
      '::add-mask::aGgtY2xpZW50LXNlY3Jld\n',
      '::add-mask::aC1jbGllbnQtc2VjcmV0\n',
      '::add-mask::multi%0Aline-token\n',
      '::add-mask::multi\\nline-token\n',
      '::add-mask::multi%250Aline-token\n',
      '::add-mask::multi%250aline-token\n',
      '::add-mask::bXVsdGkKbGluZS10b2tlbg==\n',
      '::add-mask::bXVsdGkKbGluZS10b2tlbg\n',
      '::add-mask::bXVsdGkKbGluZS10b2tlb\n',
      '::add-mask::dWx0aQpsaW5lLXRva2Vu\n',
      '::add-mask::bHRpCmxpbmUtdG9rZW\n',
      '::add-mask::multi\n',
      '::add-mask::bXVsdGk=\n',
      '::add-mask::bXVsdGk\n',
      '::add-mask::line-token\n',
      '::add-mask::bGluZS10b2tlbg==\n',
      '::add-mask::bGluZS10b2tlbg\n',
      '::add-mask::bGluZS10b2tlb\n',
      '::add-mask::aW5lLXRva2Vu\n',
      '::add-mask::bmUtdG9rZW\n'
    ])
    for (const secret of ['shh-client-secret', 'line-token']) expect(problems.join('\n')).not.toContain(secret)
  })

  it('warns about a short secret after masking it', async () => {
    setInputs({ ...VALID, 'client-secret': 'abc' })
    await readDataflowConfig()
    expect(stdout).toEqual([
      '::add-mask::abc\n',
      '::warning::"client-secret" is shorter than 4 characters: masking it also hides those characters wherever they appear in the log, and GitHub drops job outputs that contain them.\n'
    ])
  })
})

describe('dataflow/action.yml', () => {
  it('declares exactly the inputs of DATAFLOW_INPUT, with the defaults of DATAFLOW_INPUT_DEFAULTS', () => {
    expect(Object.keys(dataflowYml.inputs)).toEqual(Object.values(DATAFLOW_INPUT))
    const declared = Object.fromEntries(
      Object.entries(dataflowYml.inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, spec.default])
    )
    expect(DATAFLOW_INPUT_DEFAULTS).toEqual(declared)
  })

  it('marks exactly the required inputs as required, and documents every input and output', () => {
    const required = Object.entries(dataflowYml.inputs)
      .filter(([, spec]) => spec.required === true)
      .map(([name]) => name)
    // base-connection-id may be empty in a dry run (a new environment): the action says when it is missing.
    expect(required).toEqual(['org-id', 'name', 'table', 'dataset-id', 'mapping'])
    for (const spec of Object.values(dataflowYml.inputs)) {
      expect(typeof spec.required).toBe('boolean')
      expect(spec.description?.trim()).toBeTruthy()
    }
    for (const spec of Object.values(dataflowYml.outputs)) expect(spec.description?.trim()).toBeTruthy()
  })

  it('declares the Adobe access inputs exactly as the base connection action does', () => {
    for (const name of ADOBE_ACCESS_INPUTS)
      expect({ name, ...dataflowYml.inputs[name] }).toEqual({ name, ...baseYml.inputs[name] })
  })

  it('declares exactly the outputs of DATAFLOW_OUTPUT, and runs the dataflow bundle as main and post step', () => {
    expect(Object.keys(dataflowYml.outputs)).toEqual(Object.values(DATAFLOW_OUTPUT))
    expect(dataflowYml.runs).toEqual({
      using: 'node24',
      main: '../dist/dataflow/index.js',
      post: '../dist/dataflow/index.js',
      'post-if': 'always()'
    })
  })

  it("keeps the post-step flag under the base connection action's key", () => {
    expect(IS_POST_STATE).toBe('isPost')
  })
})

describe('a delta column with a schedule that runs once', () => {
  it('is refused before any request, as Flow Service would refuse it (1369)', async () => {
    expect(await problemsOf({ ...VALID, 'delta-column': 'updated', frequency: 'once' })).toContain(
      '"delta-column" is not allowed with "frequency" once: a dataflow that runs once reads everything'
    )
  })
})
