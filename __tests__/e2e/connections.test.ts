// Round trips are the cost of every run: one kept-alive connection per origin, the platform's
// opened while the token is fetched, and a fresh one after a failed attempt. Counted at the
// emulator, with IMS and Flow Service on two origins as at Adobe.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { Emulator, startEmulator } from '../../emulator/server.js'
import { runAction } from '../../harness/run-action.js'
import { validInputs } from '../support/e2e.js'

let emulator: Emulator
let imsUrl: string
beforeAll(async () => {
  emulator = await startEmulator({ secondOrigin: true })
  imsUrl = emulator.secondUrl ?? ''
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const inputs = (overrides: Record<string, string> = {}) => validInputs(emulator, { 'ims-url': imsUrl, ...overrides })
/** Connections accepted and requests received, per origin. */
function counts() {
  const port = (url: string): number => Number(new URL(url).port)
  const requests = (url: string): number => emulator.requests.filter(r => r.port === port(url)).length
  return {
    ims: { connections: emulator.connectionsAccepted(imsUrl), requests: requests(imsUrl) },
    platform: { connections: emulator.connectionsAccepted(emulator.url), requests: requests(emulator.url) }
  }
}

describe('connections per origin', () => {
  it('create: one connection to IMS (the token) and one to Flow Service (look-up, POST, settle)', async () => {
    const run = await runAction({ inputs: inputs() })
    expect(run.code).toBe(0)
    expect(counts()).toEqual({ ims: { connections: 1, requests: 1 }, platform: { connections: 1, requests: 3 } })
  })

  it('reuse: one connection to each origin, one request to each', async () => {
    emulator.seedConnection({ name: 'Base connection for Oracle Service Cloud' })
    const run = await runAction({ inputs: inputs() })
    expect(run.outputs.outcome).toBe('reused')
    expect(counts()).toEqual({ ims: { connections: 1, requests: 1 }, platform: { connections: 1, requests: 1 } })
  })

  it('a ready token with if-exists=create: one connection, one request, nothing to IMS', async () => {
    const token = emulator.issueToken()
    const run = await runAction({
      inputs: inputs({ 'client-secret': '', 'access-token': token, 'if-exists': 'create' })
    })
    expect(run.outputs.outcome).toBe('created')
    expect(counts()).toEqual({ ims: { connections: 0, requests: 0 }, platform: { connections: 1, requests: 1 } })
  })

  it('after a failed attempt the connection is dropped: the retry starts on a new one', async () => {
    emulator.fault({ method: 'GET', path: '/data/foundation/flowservice/connections', action: { status: 503 } })
    const run = await runAction({ inputs: inputs() })
    expect(run.outputs.outcome).toBe('created')
    expect(counts().platform).toEqual({ connections: 2, requests: 4 })
  })
})
