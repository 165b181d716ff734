// Idempotent provisioning and the connection's lifecycle: the bundle against the emulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import {
  DEMO_CLIENT,
  DEMO_ORACLE,
  Emulator,
  ORACLE_SERVICE_CLOUD_SPEC,
  SeedConnectionInit,
  SITE_BASIC_AUTH_SPEC,
  startEmulator
} from '../../emulator/server.js'
import { runAction } from '../../harness/run-action.js'
import { creates, expectNoLeak, ORACLE_SPEC_ID, tokensSeen, validInputs } from '../support/e2e.js'

const FLOW = '/data/foundation/flowservice'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({
    sandboxes: ['prod', 'dev'],
    pageSize: 10,
    // Pages of at most 10 even when the action asks for more.
    maxLimit: 10,
    connectionSpecs: [ORACLE_SERVICE_CLOUD_SPEC, SITE_BASIC_AUTH_SPEC]
  })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const calls = (): string[] => emulator.requests.map(r => `${r.method} ${r.path}`)
const writes = (): string[] => calls().filter(call => !call.startsWith('GET ') && !call.startsWith('POST /ims/'))

function seed(name: string, extra: Partial<SeedConnectionInit> = {}) {
  return emulator.seedConnection({
    params: { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: 'old-password' },
    ...extra,
    name
  })
}

describe('find before create', () => {
  it('two runs leave one connection: created true, then false with the same id and etag', async () => {
    const first = await runAction({ inputs: validInputs(emulator) })
    const second = await runAction({ inputs: validInputs(emulator) })
    expect([first.code, second.code]).toEqual([0, 0])
    const [only, ...others] = emulator.connections()
    expect(others).toEqual([])
    expect(first.outputs).toEqual({
      'base-connection-id': only?.id,
      etag: only?.etag,
      created: 'true',
      outcome: 'created'
    })
    expect(second.outputs).toEqual({
      'base-connection-id': only?.id,
      etag: only?.etag,
      created: 'false',
      outcome: 'reused'
    })
    expect(creates(emulator)).toHaveLength(1)
    expect(second.stdout).toContain(
      `Reusing base connection ${only?.id} ("Base connection for Oracle Service Cloud") in sandbox prod`
    )
  })

  it('looks up with name and connection spec filters', async () => {
    await runAction({ inputs: validInputs(emulator, { name: 'Oracle EU' }) })
    const lookup = emulator.requests.find(r => r.method === 'GET')
    expect(lookup?.query.property).toEqual(['name==Oracle EU', `connectionSpec.id==${ORACLE_SPEC_ID}`])
  })

  it.each(['Oracle, EU', 'Oracle "EU"', 'Oracle & EU', 'Oracle #1', 'Oracle=EU?+%20'])(
    'matches the name %p exactly, over every page, and ignores near misses',
    async name => {
      // Decoys: a near-miss name, the name in another sandbox, the name for another source.
      seed(name.split(/[,"&#=]/)[0]?.trim() ?? 'x')
      seed(name, { sandboxName: 'dev' })
      seed(name, {
        connectionSpecId: SITE_BASIC_AUTH_SPEC.id,
        params: { host: 'h', username: 'u', password: 'p', siteId: 's' }
      })
      for (let i = 0; i < 24; i++) seed(`Other source ${i}`)
      const target = seed(name)

      const run = await runAction({ inputs: validInputs(emulator, { name }) })
      expect(run.code).toBe(0)
      expect(run.outputs).toEqual({
        'base-connection-id': target.id,
        etag: target.etag,
        created: 'false',
        outcome: 'reused'
      })
      expect(creates(emulator)).toEqual([])
    }
  )

  it('follows every next link, keeping continuation tokens with "=" intact, to find a match on a late page', async () => {
    const name = 'Oracle, late page'
    for (let i = 0; i < 25; i++) seed(`Oracle ${i}`)
    const target = seed(name)
    const run = await runAction({ inputs: validInputs(emulator, { name }) })
    expect(run.outputs['base-connection-id']).toBe(target.id)
    const pages = emulator.requests.filter(r => r.method === 'GET' && r.path === `${FLOW}/connections`)
    expect(pages).toHaveLength(3)
    // A comma means OR to Flow Service: that name is matched client-side only, in the largest pages
    // sorted by name ("Oracle, late page" sorts after "Oracle 9": the third page of 10).
    expect(pages[0]?.query).toEqual({
      property: [`connectionSpec.id==${ORACLE_SPEC_ID}`],
      orderby: ['name'],
      limit: ['1000']
    })
    for (const page of pages.slice(1)) expect(page.rawUrl).toMatch(/continuationToken=[A-Za-z0-9_-]+==(&|$)/)
  })

  it('does not take a same-named connection in another sandbox or of another source', async () => {
    seed('Base connection for Oracle Service Cloud', { sandboxName: 'dev' })
    seed('Base connection for Oracle Service Cloud', {
      connectionSpecId: SITE_BASIC_AUTH_SPEC.id,
      params: { host: 'h', username: 'u', password: 'p', siteId: 's' }
    })
    const run = await runAction({ inputs: validInputs(emulator) })
    expect(run.outputs.created).toBe('true')
    expect(emulator.connections()).toHaveLength(3)
  })

  it('fails on two or more matches, listing every id and creating nothing', async () => {
    const a = seed('Twin')
    const b = seed('Twin')
    const run = await runAction({ inputs: validInputs(emulator, { name: 'Twin' }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error::Found 2 base connections named "Twin" for connection spec ${ORACLE_SPEC_ID} in sandbox prod: ${a.id}, ${b.id}. Nothing was created or changed.`
    )
    expect(writes()).toEqual([])
  })
})

describe('if-exists', () => {
  it('update replaces /auth/params with If-Match exactly as returned', async () => {
    const existing = seed('Oracle', { description: 'old' })
    const run = await runAction({
      inputs: validInputs(emulator, { name: 'Oracle', 'if-exists': 'update', description: 'new' })
    })
    expect(run.code).toBe(0)
    const [patch, ...more] = emulator.requests.filter(r => r.method === 'PATCH')
    expect(more).toEqual([])
    expect(patch?.path).toBe(`${FLOW}/connections/${existing.id}`)
    expect(patch?.headers['if-match']).toBe(existing.etag)
    expect(patch?.json).toEqual([
      {
        op: 'replace',
        path: '/auth/params',
        value: { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: DEMO_ORACLE.password }
      },
      { op: 'add', path: '/description', value: 'new' }
    ])
    const [stored] = emulator.connections()
    expect(stored?.auth.params.password).toBe(DEMO_ORACLE.password)
    expect(stored?.description).toBe('new')
    expect(run.outputs).toEqual({
      'base-connection-id': existing.id,
      etag: stored?.etag,
      created: 'false',
      outcome: 'updated'
    })
    expect(stored?.etag).not.toBe(existing.etag)
    expect(creates(emulator)).toEqual([])
  })

  it('update reads the connection again and retries when its etag went stale (412)', async () => {
    const existing = seed('Oracle')
    // Hold the action's PATCH while someone else changes the connection.
    emulator.fault({ method: 'PATCH', action: { delayMs: 1500 } })
    const running = runAction({ inputs: validInputs(emulator, { name: 'Oracle', 'if-exists': 'update' }) })
    await waitFor(() => emulator.requests.some(r => r.method === 'PATCH'))
    const changed = await patchOutOfBand(existing.id, existing.etag, 'changed elsewhere')
    const run = await running
    expect(run.code).toBe(0)

    const patches = emulator.requests.filter(r => r.method === 'PATCH')
    expect(patches.map(p => p.headers['if-match'])).toEqual([existing.etag, existing.etag, changed])
    const reread = emulator.requests.filter(r => r.method === 'GET' && r.path === `${FLOW}/connections/${existing.id}`)
    expect(reread).toHaveLength(1)
    const [stored] = emulator.connections()
    expect(run.outputs).toEqual({
      'base-connection-id': existing.id,
      etag: stored?.etag,
      created: 'false',
      outcome: 'updated'
    })
    expect(run.stdout).toContain(
      `Base connection ${existing.id} changed while updating it (HTTP 412); reading it again`
    )
  })

  it('fail stops, naming the existing id', async () => {
    const existing = seed('Oracle')
    const run = await runAction({ inputs: validInputs(emulator, { name: 'Oracle', 'if-exists': 'fail' }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error::A base connection named "Oracle" already exists in sandbox prod: ${existing.id}.`
    )
    expect(writes()).toEqual([])
  })

  it('create always creates, with no look-up: with a ready token a create is one request', async () => {
    seed('Oracle')
    const token = emulator.issueToken()
    const run = await runAction({
      inputs: validInputs(emulator, {
        name: 'Oracle',
        'if-exists': 'create',
        'client-secret': '',
        'access-token': token
      })
    })
    expect(run.code).toBe(0)
    expect(calls()).toEqual([`POST ${FLOW}/connections`])
    expect(emulator.connections()).toHaveLength(2)
    expect(run.outputs.created).toBe('true')
  })
})

describe('verify', () => {
  it('explores the new connection and passes with good Oracle credentials', async () => {
    const run = await runAction({ inputs: validInputs(emulator, { verify: 'true' }) })
    expect(run.code).toBe(0)
    const [stored] = emulator.connections()
    const explore = emulator.requests.at(-1)
    expect(explore?.rawUrl).toBe(`${FLOW}/connections/${stored?.id}/explore?objectType=root`)
    expect(run.stdout).toContain(
      `Verified: Flow Service reached Oracle Service Cloud with the credentials of base connection ${stored?.id}`
    )
  })

  it('fails on rejected Oracle credentials and deletes the connection it created', async () => {
    const inputs = validInputs(emulator, {
      verify: 'true',
      password: 'wrong-oracle-password',
      'delete-on-completion': 'true'
    })
    const run = await runAction({ inputs, env: { RUNNER_DEBUG: '1' } })
    expect(run.code).toBe(1)
    const [create] = creates(emulator)
    expect(create).toBeDefined()
    const deletes = emulator.requests.filter(r => r.method === 'DELETE')
    expect(deletes).toHaveLength(1)
    expect(emulator.connections()).toEqual([])
    expect(run.stdout).toMatch(
      /::error::Oracle Service Cloud rejected the credentials of base connection [0-9a-f-]{36}: .*401 Unauthorized/
    )
    expect(run.stdout).toContain(
      'check "host", "username" and "password". The connection this run created was deleted again.'
    )
    expect(run.outputs).toEqual({})
    expectNoLeak(run, ['wrong-oracle-password', DEMO_CLIENT.clientSecret, ...tokensSeen(emulator)])
    // Already deleted: the post step has nothing left to do and sends nothing.
    expect(run.state).toEqual({ isPost: 'true', created: '', pending: '' })
    const sent = emulator.requests.length
    const post = await runAction({ inputs, entry: 'post', state: run.state })
    expect(post.code).toBe(0)
    expect(emulator.requests).toHaveLength(sent)
  })

  it('after an update, fails on rejected credentials but keeps the connection', async () => {
    const existing = seed('Oracle')
    const run = await runAction({
      inputs: validInputs(emulator, { name: 'Oracle', 'if-exists': 'update', verify: 'true', username: 'nobody' })
    })
    expect(run.code).toBe(1)
    // The new credentials are tried on a temporary connection first (issue 8: rotation is safe).
    expect(run.stdout).toContain('Oracle Service Cloud rejected the credentials of a temporary connection')
    expect(run.stdout).toContain(`Base connection ${existing.id} was not changed (it keeps its current credentials).`)
    expect(emulator.connections().map(c => c.id)).toEqual([existing.id])
  })
})

describe('dry-run', () => {
  it('with nothing there: prints the plan and the redacted body, changes nothing', async () => {
    const run = await runAction({
      inputs: validInputs(emulator, { 'dry-run': 'true', 'auth-params': '{"region":"eu-secret-region"}' }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(run.code).toBe(0)
    expect(writes()).toEqual([])
    expect(emulator.connections()).toEqual([])
    expect(run.stdout).toContain(
      'Dry run: would create base connection "Base connection for Oracle Service Cloud" in sandbox prod.'
    )
    expect(run.stdout).toContain(`Request body (secrets redacted):
{
  "name": "Base connection for Oracle Service Cloud",
  "auth": {
    "specName": "Basic Authentication",
    "params": {
      "host": "https://acme.custhelp.com",
      "username": "aep-demo",
      "password": "***",
      "region": "***"
    }
  },
  "connectionSpec": {
    "id": "${ORACLE_SPEC_ID}",
    "version": "1.0"
  }
}`)
    expect(run.outputs).toEqual({ 'base-connection-id': '', etag: '', created: 'false', outcome: 'would-create' })
    expectNoLeak(run, [DEMO_ORACLE.password, 'eu-secret-region', DEMO_CLIENT.clientSecret, ...tokensSeen(emulator)])
  })

  it.each([
    ['reuse', 'would reuse base connection'],
    ['update', 'would update base connection'],
    ['fail', 'would fail: base connection']
  ])('with a match and if-exists=%s: says it %s, outputs the existing id', async (ifExists, plan) => {
    const existing = seed('Oracle')
    const run = await runAction({
      inputs: validInputs(emulator, { name: 'Oracle', 'dry-run': 'true', 'if-exists': ifExists })
    })
    // A dry run whose plan would fail fails the step (issue 9), after printing the plan.
    expect(run.code).toBe(ifExists === 'fail' ? 1 : 0)
    expect(run.stdout).toContain(`Dry run: ${plan} ${existing.id} ("Oracle")`)
    expect(run.outputs).toEqual({
      'base-connection-id': existing.id,
      etag: existing.etag,
      created: 'false',
      outcome: `would-${ifExists}`
    })
    expect(writes()).toEqual([])
  })
})

describe('delete-on-completion', () => {
  it('the post step deletes the connection this run created', async () => {
    const inputs = validInputs(emulator, { 'delete-on-completion': 'true' })
    const main = await runAction({ inputs })
    const id = main.outputs['base-connection-id']
    expect(main.state).toEqual({ isPost: 'true', created: JSON.stringify({ connection: id }), pending: '' })
    const post = await runAction({ inputs, entry: 'post', state: main.state })
    expect(post.code).toBe(0)
    expect(post.stdout).toContain(`delete-on-completion: deleted base connection ${id}`)
    expect(emulator.requests.filter(r => r.method === 'DELETE').map(r => r.path)).toEqual([`${FLOW}/connections/${id}`])
    expect(emulator.connections()).toEqual([])
  })

  it('never deletes a reused or updated connection', async () => {
    const existing = seed('Oracle')
    for (const ifExists of ['reuse', 'update']) {
      const inputs = validInputs(emulator, { name: 'Oracle', 'if-exists': ifExists, 'delete-on-completion': 'true' })
      const main = await runAction({ inputs })
      expect(main.state).toEqual({ isPost: 'true' })
      const post = await runAction({ inputs, entry: 'post', state: main.state })
      expect(post.code).toBe(0)
      expect(post.stdout).toContain('::debug::delete-on-completion: this job created no base connection to delete')
    }
    expect(emulator.requests.filter(r => r.method === 'DELETE')).toEqual([])
    expect(emulator.connections().map(c => c.id)).toEqual([existing.id])
  })

  it("a failed delete is a warning with Adobe's message, not a failed job", async () => {
    const inputs = validInputs(emulator, { 'delete-on-completion': 'true', 'max-attempts': '1' })
    const main = await runAction({ inputs })
    emulator.fault({
      method: 'DELETE',
      action: { status: 403, body: { error_code: '403025', message: 'Profile is not valid' } }
    })
    const post = await runAction({ inputs, entry: 'post', state: main.state })
    expect(post.code).toBe(0)
    expect(post.stdout).toContain(
      `::warning::delete-on-completion: could not delete base connection ${main.outputs['base-connection-id']}: Could not delete base connection ${main.outputs['base-connection-id']}: HTTP 403, code 403025: Profile is not valid`
    )
    expect(emulator.connections()).toHaveLength(1)
  })
})

describe('retired Oracle Service Cloud source', () => {
  const retired = 'Adobe deprecated the Oracle Service Cloud source at the end of May 2025'

  it('explains a 1413-400 on create, naming the spec id and pointing to Data Landing Zone', async () => {
    emulator.retireConnectionSpec(ORACLE_SPEC_ID)
    const run = await runAction({ inputs: validInputs(emulator) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error::Flow Service does not know connection spec ${ORACLE_SPEC_ID} (HTTP 400, code 1413-400, request id `
    )
    expect(run.stdout).toContain(retired)
    expect(run.stdout).toContain('Data Landing Zone')
    // No extra request on the normal path to detect it.
    expect(calls().filter(call => call.includes('/connectionSpecs'))).toEqual([])
  })

  it('explains a 404 on the connection spec in a dry run', async () => {
    emulator.retireConnectionSpec(ORACLE_SPEC_ID)
    const run = await runAction({ inputs: validInputs(emulator, { 'dry-run': 'true' }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`::error::Flow Service does not know connection spec ${ORACLE_SPEC_ID}. ${retired}`)
  })
})

describe('other sources (auth-spec-name, auth-params)', () => {
  it('merges auth-params into auth.params and masks their values', async () => {
    const run = await runAction({
      inputs: validInputs(emulator, {
        'connection-spec-id': SITE_BASIC_AUTH_SPEC.id,
        name: 'Site source',
        'auth-params': '{"siteId":"site-secret-42"}'
      }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(run.code).toBe(0)
    const [create] = creates(emulator)
    expect(create?.json).toEqual({
      name: 'Site source',
      auth: {
        specName: 'Basic Authentication',
        params: {
          host: DEMO_ORACLE.host,
          username: DEMO_ORACLE.username,
          password: DEMO_ORACLE.password,
          siteId: 'site-secret-42'
        }
      },
      connectionSpec: { id: SITE_BASIC_AUTH_SPEC.id, version: '1.0' }
    })
    expectNoLeak(run, ['site-secret-42', DEMO_ORACLE.password])
  })
})

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time')
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}

/** Someone else changes the connection: its etag moves on. Returns the new etag. */
async function patchOutOfBand(id: string, etag: string, description: string): Promise<string> {
  const response = await fetch(`${emulator.url}${FLOW}/connections/${id}`, {
    method: 'PATCH',
    headers: {
      Authorization: `Bearer ${emulator.issueToken()}`,
      'x-api-key': DEMO_CLIENT.clientId,
      'x-gw-ims-org-id': DEMO_CLIENT.orgId,
      'x-sandbox-name': 'prod',
      'Content-Type': 'application/json',
      'If-Match': etag
    },
    body: JSON.stringify([{ op: 'add', path: '/description', value: description }])
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { etag: string }).etag
}
