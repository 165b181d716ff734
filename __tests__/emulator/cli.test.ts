// `npm run emulator` as a newcomer runs it: emulator/cli.ts in a process of its own, its printed
// `name: value` lines read back, then real HTTP requests with those values, sandbox by sandbox.
import { type ChildProcess, spawn } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { DEMO_CLIENT, DEMO_DATASET, DEMO_ORACLE, ORACLE_SERVICE_CLOUD_SPEC } from '../../emulator/server.js'
import { PROJECT_ROOT } from '../../harness/run-action.js'

const FLOW = '/data/foundation/flowservice'
const CATALOG = '/data/foundation/catalog'
const SCHEMAS = '/data/foundation/schemaregistry/tenant/schemas'

/** The environment of the child: no NODE_OPTIONS (Jest's --experimental-vm-modules is not the CLI's). */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  delete env['NODE_OPTIONS']
  return env
}

/** emulator/cli.ts with these arguments, as `npm run emulator -- …` runs it (tsx). */
function startCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/** Resolves with what the CLI printed once it says `Press Ctrl+C to stop.` */
function banner(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      if (out.includes('Press Ctrl+C to stop.')) resolve(out)
    })
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.once('exit', code =>
      reject(new Error(`the emulator exited (${String(code)}) before it was ready:\n${out}${err}`))
    )
  })
}

/** The indented `name: value` lines, by name. */
function printedValues(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^ {2}([^:]+):\s+(.*)$/.exec(line)
    if (match?.[1] && match[2] !== undefined) values[match[1]] = match[2].trim()
  }
  return values
}

/** Runs the CLI to its end: exit code and output (for arguments it refuses). */
function runToEnd(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startCli(args)
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  return new Promise(resolve =>
    child.once('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  )
}

describe('npm run emulator -- --sandboxes dev,stage,prod', () => {
  let child: ChildProcess
  let printed: string
  let values: Record<string, string>
  let url: string
  let token: string

  beforeAll(async () => {
    child = startCli(['--port', '0', '--sandboxes', 'dev,stage,prod'])
    printed = await banner(child)
    values = printedValues(printed)
    url = values['ims-url / platform-url'] ?? ''
    // The token as a workflow gets it: IMS with the printed client id and secret.
    const answer = await fetch(`${url}/ims/token/v3`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: values['client-id'] ?? '',
        client_secret: values['client-secret'] ?? '',
        scope: 'openid,AdobeID,read_organizations'
      })
    })
    expect(answer.status).toBe(200)
    token = ((await answer.json()) as { access_token: string }).access_token
  })
  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  })

  async function call(
    method: string,
    path: string,
    sandbox: string,
    options: { body?: unknown; accept?: string } = {}
  ): Promise<{ status: number; body: unknown }> {
    const answer = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'x-api-key': values['client-id'] ?? '',
        'x-gw-ims-org-id': values['org-id'] ?? '',
        'x-sandbox-name': sandbox,
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.accept === undefined ? {} : { accept: options.accept })
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body)
    })
    const text = await answer.text()
    return { status: answer.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) }
  }

  it('prints what a workflow needs, one name: value line each, the sandboxes included', () => {
    expect(printed).toMatch(/^Adobe IMS \+ Flow Service emulator listening at http:\/\/127\.0\.0\.1:\d+\n/)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/)
    expect(values).toEqual({
      'ims-url / platform-url': url,
      'client-id': DEMO_CLIENT.clientId,
      'client-secret': DEMO_CLIENT.clientSecret,
      'org-id': DEMO_CLIENT.orgId,
      'sandbox-name': 'dev',
      sandboxes: 'dev, stage, prod',
      'Oracle host': DEMO_ORACLE.host,
      'Oracle user': DEMO_ORACLE.username,
      'Oracle password': DEMO_ORACLE.password,
      dataset: `${DEMO_DATASET.id} (${DEMO_DATASET.name})`
    })
  })

  it('refuses a sandbox it does not serve as Flow Service does (2101-404), and Catalog with its 404', async () => {
    const flow = await call('GET', `${FLOW}/connections`, 'qa')
    expect(flow.status).toBe(404)
    expect(flow.body).toMatchObject({
      type: 'http://ns.adobe.com/aep/errors/FLOW-2101-404',
      title: 'Sandbox not found',
      status: 404,
      errorMessage:
        "The sandbox with the name 'qa' could not be found. Error from Sandbox Management API: Sandbox with name 'qa' not present. Please check if resource exists."
    })
    expect(await call('GET', `${CATALOG}/dataSets/${DEMO_DATASET.id}`, 'qa')).toEqual({
      status: 404,
      body: expect.objectContaining({ status: 404, title: 'NotFoundError' })
    })
  })

  it('keeps each sandbox its own objects: a connection made in dev is not in stage', async () => {
    const name = 'Base connection for Oracle Service Cloud'
    const created = await call('POST', `${FLOW}/connections`, 'dev', {
      body: {
        name,
        auth: { specName: 'Basic Authentication', params: { ...DEMO_ORACLE } },
        connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC.id, version: '1.0' }
      }
    })
    expect(created.status).toBe(201)
    const { id } = created.body as { id: string }
    const byName = `${FLOW}/connections?property=name==${encodeURIComponent(name)}`

    const inDev = (await call('GET', byName, 'dev')).body as { items: { id: string; sandboxName: string }[] }
    expect(inDev.items.map(c => [c.id, c.sandboxName])).toEqual([[id, 'dev']])
    expect(await call('GET', byName, 'stage')).toEqual({ status: 200, body: expect.objectContaining({ items: [] }) })
    expect((await call('GET', `${FLOW}/connections/${id}`, 'stage')).status).toBe(404)
    expect((await call('GET', `${FLOW}/connections/${id}`, 'dev')).status).toBe(200)
  })

  it('serves the demo dataset and its schema in every sandbox', async () => {
    for (const sandbox of ['dev', 'stage', 'prod']) {
      const dataset = await call('GET', `${CATALOG}/dataSets/${DEMO_DATASET.id}`, sandbox)
      expect(dataset.status).toBe(200)
      expect(Object.keys(dataset.body as object)).toEqual([DEMO_DATASET.id])
      const schema = await call('GET', `${SCHEMAS}/${encodeURIComponent(DEMO_DATASET.schemaRef.id)}`, sandbox, {
        accept: 'application/vnd.adobe.xed-full+json; version=1'
      })
      expect(schema).toEqual({ status: 200, body: expect.objectContaining({ $id: DEMO_DATASET.schemaRef.id }) })
    }
  })

  it('stops on SIGTERM with exit code 0', async () => {
    const exited = new Promise<number | null>(resolve => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})

describe('npm run emulator: the arguments', () => {
  it('serves prod alone by default', async () => {
    const child = startCli(['--port=0'])
    try {
      const values = printedValues(await banner(child))
      expect(values['sandbox-name']).toBe('prod')
      expect(values['sandboxes']).toBe('prod')
    } finally {
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  })

  it.each([
    ['Dev,stage', '"Dev" is not a sandbox name'],
    ['dev,,prod', 'an empty name'],
    ['dev,stage,dev', '"dev" is given twice'],
    ['1dev', '"1dev" is not a sandbox name']
  ])('refuses --sandboxes %s, naming the flag (exit code 2)', async (value, why) => {
    const run = await runToEnd(['--port', '0', '--sandboxes', value])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('--sandboxes')
    expect(run.stderr).toContain(why)
    expect(run.stderr).toContain('usage: npm run emulator')
  })

  it('refuses an unknown flag (a misspelt --sandboxes is not ignored)', async () => {
    const run = await runToEnd(['--sandbox', 'dev'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('unknown argument "--sandbox"')
  })
})
