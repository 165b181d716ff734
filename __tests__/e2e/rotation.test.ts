// Rotation is safe: new credentials are checked before they touch a live connection; verify also
// covers a reused connection; a connection that is not enabled is named. The bundle against the emulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { DEMO_CLIENT, DEMO_ORACLE, Emulator, startEmulator } from '../../emulator/server.js'
import { runAction } from '../../harness/run-action.js'
import { expectNoLeak, tokensSeen, validInputs } from '../support/e2e.js'

const CONNECTIONS = '/data/foundation/flowservice/connections'

/** The Oracle account after the password was rotated: the source accepts both while it changes. */
const ROTATED = { ...DEMO_ORACLE, password: 'rotated-Password-2' }

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ oracleAccounts: [DEMO_ORACLE, ROTATED] })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

/** The live connection, holding the credentials Oracle Service Cloud accepts. */
function live(state = 'enabled') {
  return emulator.seedConnection({
    name: 'Oracle',
    state,
    params: { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: DEMO_ORACLE.password }
  })
}

const sent = (): string[] =>
  emulator.requests.filter(r => !r.path.startsWith('/ims/')).map(r => `${r.method} ${r.path.replace(CONNECTIONS, '')}`)

describe('if-exists: update with verify: true', () => {
  it("rejected new credentials leave the live connection unchanged (same etag) and fail with Adobe's reason", async () => {
    const existing = live()
    const run = await runAction({
      inputs: validInputs(emulator, {
        name: 'Oracle',
        'if-exists': 'update',
        verify: 'true',
        password: 'rotated-wrong'
      }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(run.code).toBe(1)
    const [stored, ...others] = emulator.connections()
    expect(others).toEqual([]) // the temporary connection is gone
    expect(stored?.etag).toBe(existing.etag)
    expect(stored?.auth.params.password).toBe(DEMO_ORACLE.password)
    expect(emulator.requests.filter(r => r.method === 'PATCH')).toEqual([])
    const probe = emulator.requests.find(r => r.method === 'POST' && r.path === CONNECTIONS)
    expect(probe?.json).toMatchObject({
      name: expect.stringMatching(/^Oracle \(credential check [0-9a-f]{8}\)$/),
      auth: { params: { password: 'rotated-wrong' } }
    })
    expect(run.stdout).toContain(
      '::error::Oracle Service Cloud rejected the credentials of a temporary connection: The request could not be processed. Error from flow provider: Rest call failed with client error, status code 401 Unauthorized.'
    )
    expect(run.stdout).toContain(`Base connection ${existing.id} was not changed (it keeps its current credentials).`)
    expect(run.outputs).toEqual({})
    expectNoLeak(run, ['rotated-wrong', DEMO_CLIENT.clientSecret, ...tokensSeen(emulator)])
  })

  it('accepted new credentials: checked on a temporary connection, which is deleted, then the live one is patched', async () => {
    const current = live()
    const run = await runAction({
      inputs: validInputs(emulator, {
        name: 'Oracle',
        'if-exists': 'update',
        verify: 'true',
        password: ROTATED.password
      })
    })
    expect(run.code).toBe(0)
    const probe = emulator.requests.find(r => r.method === 'POST' && r.path === CONNECTIONS)
    const probeId = run.stdout.match(/DELETE \/data\/foundation\/flowservice\/connections\/([0-9a-f-]{36})/)?.[1]
    expect(sent().filter(call => !call.startsWith('GET '))).toEqual([
      'POST ',
      `DELETE /${probeId ?? 'the probe'}`,
      `PATCH /${current.id}`
    ])
    expect(probe?.json).toMatchObject({ auth: { params: { password: ROTATED.password } } })
    const [stored, ...others] = emulator.connections()
    expect(others).toEqual([])
    expect([stored?.id, stored?.auth.params.password]).toEqual([current.id, ROTATED.password])
    expect(run.outputs['base-connection-id']).toBe(current.id)
  })
})

describe('verify: true on a reused connection', () => {
  it('explores it, and fails when the source rejects it, changing nothing', async () => {
    const existing = emulator.seedConnection({
      name: 'Oracle',
      params: { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: 'expired' }
    })
    const run = await runAction({ inputs: validInputs(emulator, { name: 'Oracle', verify: 'true' }) })
    expect(run.code).toBe(1)
    expect(sent()).toEqual([`GET `, `GET /${existing.id}/explore`])
    expect(run.stdout).toContain(
      'The connection was not changed: run again with if-exists=update and the right credentials.'
    )
    expect(emulator.connections()).toHaveLength(1)
  })

  it('passes on a reused connection the source accepts', async () => {
    const existing = live()
    const run = await runAction({ inputs: validInputs(emulator, { name: 'Oracle', verify: 'true' }) })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      `Verified: Flow Service reached Oracle Service Cloud with the credentials of base connection ${existing.id}`
    )
    expect(run.outputs).toEqual({
      'base-connection-id': existing.id,
      etag: existing.etag,
      created: 'false',
      outcome: 'reused'
    })
  })
})

describe('a reused connection that is not enabled', () => {
  it('is named as such in the log and the job summary', async () => {
    const existing = live('disabled')
    const run = await runAction({ inputs: validInputs(emulator, { name: 'Oracle' }) })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      `::warning::Base connection ${existing.id} ("Oracle") is disabled, not enabled: reusing it as it is (dataflows on it may not run)`
    )
    expect(run.summary).toContain('<tr><td>State</td><td>disabled (not enabled)</td></tr>')
    expect(run.outputs['base-connection-id']).toBe(existing.id)
  })

  it('fails the step with verify: true, before any explore', async () => {
    const existing = live('disabled')
    const run = await runAction({ inputs: validInputs(emulator, { name: 'Oracle', verify: 'true' }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error::Base connection ${existing.id} ("Oracle") in sandbox prod is disabled, not enabled: "verify" is true, so it is not reused.`
    )
    expect(sent()).toEqual(['GET '])
  })
})
