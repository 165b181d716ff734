// The monitor's reads against the in-memory double of Adobe: what it reads for each line, what an
// explore refusal means, and that a failure ends the watch only once every read has ended.
import { beforeEach, describe, expect, it } from '@jest/globals'

import { FlowRequest } from '../../src/adobe/flow-service.js'
import { MonitorConfig } from '../../src/monitor/inputs.js'
import { connectionsFor, watch } from '../../src/monitor/watch.js'
import { BASE_ID, FakeAdobe, flowServiceError, sourceRequest } from '../fixtures/fake-adobe.js'

const NOW = Date.UTC(2026, 11, 6, 12)
const SINCE = NOW - 86_400_000
let adobe: FakeAdobe

const config = (dataflows: string[], checkConnection = true) =>
  ({ dataflows, since: SINCE, checkConnection, expectRuns: true, failOn: 'failed' }) as unknown as MonitorConfig

function seedFlow(name: string, id?: string): string {
  const source = adobe.sources.seed(sourceRequest(name))
  const request: FlowRequest = {
    name,
    flowSpec: { id: 'f-spec', version: '1.0' },
    sourceConnectionIds: [source.id],
    targetConnectionIds: ['t-1'],
    transformations: [],
    scheduleParams: { startTime: Math.floor((NOW - 2 * 86_400_000) / 1000), frequency: 'hour', interval: '2' }
  }
  return adobe.flows.seed(request, id === undefined ? {} : { id }).id
}

beforeEach(() => {
  adobe = new FakeAdobe(() => NOW)
  adobe.seedBase()
})

describe('watch', () => {
  it('reads each dataflow, its runs since the window, its source connection, then explores its base connection', async () => {
    const id = seedFlow('Incidents')
    adobe.addRun(id, { id: 'r-old', status: 'success', createdAt: SINCE - 1 })
    adobe.addRun(id, { id: 'r-new', status: 'success', createdAt: NOW - 1000, startedAt: NOW - 1000 })
    const [watched] = await watch(adobe, config(['Incidents']))
    expect(watched).toMatchObject({
      entry: 'Incidents',
      kind: 'found',
      flow: { id, name: 'Incidents', frequency: 'hour', interval: 2, startTime: NOW - 2 * 86_400_000 },
      runs: [{ id: 'r-new' }],
      connection: { id: BASE_ID }
    })
    expect(adobe.reads).toEqual([
      'LIST flows name==Incidents',
      `LIST runs flowId==${id}&startedAtUTC>${SINCE}`,
      expect.stringMatching(/^GET sourceConnections\//),
      `GET connections/${BASE_ID}`,
      `GET connections/${BASE_ID}/explore?objectType=root`
    ])
    expect(adobe.writes).toEqual([])
  })

  it('an explore the source refuses is a finding; check-connection false reads no connection at all', async () => {
    seedFlow('Incidents')
    adobe.failNext(
      `GET connections/${BASE_ID}/explore?objectType=root`,
      flowServiceError(
        'explore base connection',
        '1100',
        400,
        'Rest call failed with client error, status code 401 Unauthorized.'
      )
    )
    const [refused] = await watch(adobe, config(['Incidents']))
    expect(refused).toMatchObject({
      connection: { id: BASE_ID, rejected: { code: '1100-400', message: expect.stringContaining('401 Unauthorized') } }
    })
    adobe.forgetCalls()
    const [unchecked] = await watch(adobe, config(['Incidents'], false))
    expect(unchecked).not.toHaveProperty('connection')
    expect(adobe.reads.filter(read => read.includes('connections'))).toEqual([])
  })

  it('a source connection or base connection that no longer exists is said, not a failure of the watch', async () => {
    const id = seedFlow('Incidents')
    const sourceId = [...adobe.sources.items.keys()][0] ?? ''
    adobe.connections.items.delete(BASE_ID)
    const [baseGone] = await watch(adobe, config(['Incidents']))
    expect(baseGone).toMatchObject({
      kind: 'found',
      flow: { id },
      connection: { id: BASE_ID, gone: 'base connection' }
    })
    adobe.sources.items.delete(sourceId)
    const [sourceGone] = await watch(adobe, config(['Incidents']))
    expect(sourceGone).toMatchObject({ connection: { id: sourceId, gone: 'source connection' } })
  })

  it('reads the runs and connections of a dataflow named twice (by id and by name) once', async () => {
    const id = seedFlow('Incidents', '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a')
    const watched = await watch(adobe, config([id, 'Incidents']))
    expect(watched.map(w => (w.kind === 'found' ? w.flow.id : undefined))).toEqual([id, id])
    expect(adobe.reads.filter(read => read.startsWith('LIST runs'))).toHaveLength(1)
    expect(adobe.reads.filter(read => read.startsWith('GET sourceConnections/'))).toHaveLength(1)
  })

  it('reads and explores a base connection that several dataflows share once', async () => {
    seedFlow('Incidents')
    seedFlow('Contacts')
    const watched = await watch(adobe, config(['Incidents', 'Contacts']))
    expect(watched.map(w => (w.kind === 'found' ? w.connection?.id : undefined))).toEqual([BASE_ID, BASE_ID])
    expect(adobe.reads.filter(read => read.startsWith(`GET connections/${BASE_ID}`))).toEqual([
      `GET connections/${BASE_ID}`,
      `GET connections/${BASE_ID}/explore?objectType=root`
    ])
  })

  it('any other failure ends the watch, once the reads beside it have ended', async () => {
    seedFlow('Incidents')
    seedFlow('Contacts')
    const outage = flowServiceError('read the runs', '1000', 503, 'Service unavailable')
    adobe.failNext('LIST flows name==Incidents', outage)
    await expect(watch(adobe, config(['Incidents', 'Contacts']))).rejects.toBe(outage)
    // Contacts was read to its end all the same.
    expect(adobe.reads.filter(read => read.includes('explore'))).toHaveLength(1)
  })

  it('opens two platform connections a dataflow ahead (its widest wave), at most a hundred', () => {
    expect([connectionsFor(1), connectionsFor(20), connectionsFor(50)]).toEqual([2, 40, 100])
  })
})
