// The dataflow action at the network's floor (issue 18): what needs nothing of another answer goes
// out together. Every platform answer is held back 150 ms, so requests that arrive within that
// time of each other were in flight together; a later wave waited for an answer. Over TLS, with
// IMS on its own origin as at Adobe, and counted at the emulator: the connections the look-up
// wave needs are opened while the token is fetched, and every later request reuses them.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { Emulator, RecordedRequest, startEmulator } from '../../emulator/server.js'
import { PROJECT_ROOT, runAction } from '../../harness/run-action.js'
import { validDataflowInputs } from '../support/e2e.js'

const TLS = path.join(PROJECT_ROOT, 'harness', 'tls')
const HELD_MS = 150
const MAPPING = 'mappings/incidents.yaml'
const pairs = (...names: string[]): string =>
  names.map(name => `- source: ${name}\n  destination: _acme.${name === 'id' ? 'incidentId' : name}\n`).join('')

let emulator: Emulator
let imsUrl: string
let baseId: string
beforeAll(async () => {
  emulator = await startEmulator({
    secondOrigin: true,
    tls: { key: readFileSync(path.join(TLS, 'server-key.pem')), cert: readFileSync(path.join(TLS, 'server.pem')) }
  })
  imsUrl = emulator.secondUrl ?? ''
})
afterAll(() => emulator.close())
beforeEach(() => {
  emulator.reset()
  baseId = emulator.seedConnection({ name: 'Base connection for Oracle Service Cloud' }).id
})

function runDataflow(mapping: string) {
  return runAction({
    action: 'dataflow',
    inputs: validDataflowInputs(emulator, baseId, { 'ims-url': imsUrl }),
    env: { NODE_EXTRA_CA_CERTS: path.join(TLS, 'ca.pem') },
    workspace: { [MAPPING]: mapping }
  })
}

/** Holds back every platform answer from now on (not the token's: IMS is on the second origin's path). */
function holdAnswers(): void {
  emulator.fault({ path: /^\/data\//, times: Infinity, action: { delayMs: HELD_MS } })
}

/** A request as `METHOD path?query`, ids and the schema's URI replaced, service prefixes dropped. */
function label(request: RecordedRequest): string {
  const url = decodeURIComponent(request.rawUrl)
    .replace(/^\/data\/foundation\/(flowservice|catalog|conversion|schemaregistry\/tenant)\//, '')
    .replace(/schemas\/https:\/\/\S+/, 'schemas/{schema}')
    .replace(new RegExp(baseId, 'g'), '{base}')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{24,32}\b/g, '{id}')
  return `${request.method} ${url}`
}

/** The platform requests of the run, in waves: a gap longer than half the hold starts the next. */
function waves(): string[][] {
  const platform = emulator.requests.filter(r => r.path.startsWith('/data/')).sort((a, b) => a.at - b.at)
  const grouped: RecordedRequest[][] = []
  for (const request of platform) {
    const last = grouped.at(-1)
    const previous = last?.at(-1)
    if (last === undefined || previous === undefined || request.at - previous.at > HELD_MS / 2) grouped.push([request])
    else last.push(request)
  }
  return grouped.map(wave => wave.map(label).sort())
}

const connections = () => ({
  ims: emulator.connectionsAccepted(imsUrl),
  platform: emulator.connectionsAccepted(emulator.url)
})

const LOOK_UPS = [
  'GET connections/{base}',
  'GET connections/{base}/explore?objectType=root',
  'GET connections/{base}/explore?objectType=table&object=incidents',
  'GET dataSets/{id}',
  'GET flowSpecs?property=name==CRMToAEP',
  'GET flows?property=name==Incidents',
  'GET sourceConnections?property=name==Incidents (source)',
  'GET targetConnections?property=name==Incidents (target)'
]

describe('the dataflow action in waves', () => {
  it('a first run: look-ups, the schema, three writes at once, their settles at once, the dataflow, its settle', async () => {
    holdAnswers()
    const run = await runDataflow(pairs('id', 'subject'))
    expect([run.code, run.outputs['outcome']]).toEqual([0, 'created'])
    expect(waves()).toEqual([
      LOOK_UPS,
      ['GET schemas/{schema}'],
      ['POST mappingSets', 'POST sourceConnections', 'POST targetConnections'],
      [
        'GET sourceConnections?property=name==Incidents (source)',
        'GET targetConnections?property=name==Incidents (target)'
      ],
      // Not drafted: Oracle Service Cloud's flow spec offers no draft mode, so nothing to publish.
      ['POST flows'],
      // Its settling look-up lists it as a read would show it: no read after.
      ['GET flows?property=name==Incidents']
    ])
    // One connection per look-up, opened while the token was fetched; none after.
    expect(connections()).toEqual({ ims: 1, platform: LOOK_UPS.length })
  })

  it('an unchanged re-run: look-ups, then the mapping set beside the schema; nothing after', async () => {
    expect((await runDataflow(pairs('id', 'subject'))).code).toBe(0)
    emulator.requests.splice(0)
    const accepted = connections()
    holdAnswers()
    const run = await runDataflow(pairs('id', 'subject'))
    expect([run.code, run.outputs['outcome']]).toEqual([0, 'unchanged'])
    expect(waves()).toEqual([LOOK_UPS, ['GET mappingSets/{id}?version=0', 'GET schemas/{schema}']])
    expect(connections()).toEqual({ ims: accepted.ims + 1, platform: accepted.platform + LOOK_UPS.length })
  })

  it('a changed mapping: the new version, then the PATCH; no read after it', async () => {
    expect((await runDataflow(pairs('id', 'subject'))).code).toBe(0)
    emulator.requests.splice(0)
    holdAnswers()
    const run = await runDataflow(pairs('id', 'subject', 'status'))
    expect([run.code, run.outputs['outcome'], run.outputs['mapping-version']]).toEqual([0, 'updated', '1'])
    expect(waves()).toEqual([
      LOOK_UPS,
      ['GET mappingSets/{id}?version=0', 'GET schemas/{schema}'],
      ['PUT mappingSets/{id}'],
      ['PATCH flows/{id}']
    ])
    expect(run.outputs['state']).toBe('enabled')
  })
})
