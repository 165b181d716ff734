// Flow Service's collections (src/adobe/collection.ts) over real HTTP against the emulator: source
// connections, target connections and dataflows, as the dataflow action builds its clients
// (connect() with its wording). What they send, what they make of Flow Service's answers, and the
// answers they refuse. The base connections, the fourth collection, are in flow-service.test.ts.
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'

import { CRM_TO_AEP_FLOW_SPEC, DEMO_DATASET, startEmulator } from '../../emulator/server.js'
import { AdobeApiError } from '../../src/adobe/errors.js'
import { wording } from '../../src/dataflow/describe.js'
import { captureStdout } from '../support/stdout.js'
import {
  chainOn,
  columnsOf,
  connecting,
  draftChain,
  lastRequest,
  liveChain,
  messageOf,
  NEWEST_CRM_TO_AEP,
  NOT_DOCUMENTED,
  nothingToRecover,
  refused,
  rejection,
  sent,
  siteConnection,
  sourceRequestOn,
  START_TIME,
  targetRequest,
  withEmulator
} from './emulated.js'

const FLOW = '/data/foundation/flowservice'
/** Ids of Flow Service's shape (a UUID), for the objects faults answer with. */
const S1 = '1b2c3d4e-0000-4000-8000-000000000001'
const T1 = '1b2c3d4e-0000-4000-8000-000000000002'
const F1 = '1b2c3d4e-0000-4000-8000-000000000003'
const F2 = '1b2c3d4e-0000-4000-8000-000000000004'

// Pages of 2: every list of three or more goes across pages.
const emulator = await startEmulator({ pageSize: 2 })
afterAll(() => emulator.close())

let baseId: string
beforeEach(() => {
  emulator.reset()
  baseId = emulator.seedConnection({ name: 'Oracle' }).id
})

// The IMS token is masked on stdout (::add-mask::); kept out of the test output.
captureStdout()

const connected = connecting(wording)
const flowServiceOf = () => connected(emulator).flowService

const sourceRequest = (name?: string, tableName?: string) => sourceRequestOn(baseId, name, tableName)

describe('FlowServiceCollection: source connections', () => {
  it('creates one, gets it, and finds it by its exact name', async () => {
    const flowService = flowServiceOf()
    expect(flowService.sources.what).toBe('source connection')
    const written = await flowService.sources.create(sourceRequest(), nothingToRecover)
    const [stored] = emulator.sourceConnections()
    expect(written).toEqual({ id: stored?.id, etag: stored?.etag })
    expect(stored?.state).toBe('enabled')
    const request = lastRequest(emulator)
    expect(request).toMatchObject({ method: 'POST', rawUrl: `${FLOW}/sourceConnections`, json: sourceRequest() })
    expect(request?.headers['content-type']).toBe('application/json')

    const expected = {
      id: written.id,
      etag: written.etag,
      name: 'Incidents (source)',
      createdAt: stored?.createdAt,
      state: 'enabled',
      sandboxName: 'prod',
      baseConnectionId: baseId,
      tableName: 'incidents',
      columns: ['id', 'subject']
    }
    expect(await flowService.sources.get(written.id)).toEqual(expected)
    expect(lastRequest(emulator)?.rawUrl).toBe(`${FLOW}/sourceConnections/${written.id}`)
    await flowService.sources.create(sourceRequest('Incidents (source) 2'), nothingToRecover)
    expect(await flowService.sources.findByName('Incidents (source)')).toEqual([expected])
    expect(lastRequest(emulator)?.rawUrl).toBe(`${FLOW}/sourceConnections?property=name%3D%3DIncidents%20(source)`)
  })

  it('is undefined for an id Flow Service does not know (404)', async () => {
    expect(await flowServiceOf().sources.get('0b6c6d5e-1f2a-4b3c-8d4e-5f6a7b8c9d0e')).toBeUndefined()
  })

  it('finds every one of the name across pages', async () => {
    const flowService = flowServiceOf()
    const ids: string[] = []
    for (let i = 0; i < 3; i++) ids.push((await flowService.sources.create(sourceRequest(), nothingToRecover)).id)
    const found = await flowService.sources.findByName('Incidents (source)')
    expect(found.map(s => s.id)).toEqual(ids)
    const lists = sent(emulator).filter(line => line.startsWith(`GET ${FLOW}/sourceConnections?`))
    expect(lists).toHaveLength(2)
    expect(lists[1]).toMatch(/property=name%3D%3DIncidents%20\(source\)&continuationToken=/)
  })

  it('finds a name with a comma by listing them sorted by name, in the largest pages, matching the name exactly', async () => {
    const flowService = flowServiceOf()
    const comma = await flowService.sources.create(sourceRequest('Incidents, EU (source)'), nothingToRecover)
    await flowService.sources.create(sourceRequest('Incidents'), nothingToRecover)
    await flowService.sources.create(sourceRequest(' EU (source)'), nothingToRecover)
    await flowService.sources.create(sourceRequest('incidents, eu (source)'), nothingToRecover)
    emulator.requests.length = 0
    const found = await flowService.sources.findByName('Incidents, EU (source)')
    expect(found.map(s => s.id)).toEqual([comma.id])
    // One page of up to 1,000 (this emulator's default page is 2).
    expect(sent(emulator)).toEqual([`GET ${FLOW}/sourceConnections?orderby=name&limit=1000`])
  })

  describe('a name with a comma among more than a page holds (pages of 2 here)', () => {
    /** Source connections of these names in a fresh emulator whose pages hold at most 2, then the look-up. */
    async function lookUp(names: readonly string[], wanted: string) {
      return withEmulator({ maxLimit: 2 }, async small => {
        const base = small.seedConnection({ name: 'Oracle' }).id
        const flowService = connected(small).flowService
        for (const name of names) await flowService.sources.create(sourceRequestOn(base, name), nothingToRecover)
        small.requests.length = 0
        const found = await flowService.sources.findByName(wanted)
        return { names: found.map(s => s.name), pages: sent(small).length }
      })
    }
    const OTHERS = ['a1', 'a2', 'z1', 'z2', 'z3', 'z4']

    it('stops at the first page that ends past the name', async () => {
      // By name: "Incidents, EU" "a1" | "a2" "z1" | …: the first page settles it.
      expect(await lookUp(['Incidents, EU', ...OTHERS], 'Incidents, EU')).toEqual({
        names: ['Incidents, EU'],
        pages: 1
      })
    })

    it('reads on while a page ends with the name, or with one equal to it ignoring case', async () => {
      // "INCIDENTS, EU" "Incidents, EU" | "Incidents, EU" "a1" | …
      const names = ['Incidents, EU', 'INCIDENTS, EU', 'Incidents, EU', ...OTHERS]
      expect(await lookUp(names, 'Incidents, EU')).toEqual({ names: ['Incidents, EU', 'Incidents, EU'], pages: 2 })
    })

    it('reads every page when none has the name: where it would sort is not documented', async () => {
      expect(await lookUp(OTHERS, 'Incidents, EU')).toEqual({ names: [], pages: 3 })
    })
  })

  it('creates a draft with mode=draft', async () => {
    const flowService = flowServiceOf()
    const written = await flowService.sources.create(sourceRequest(), nothingToRecover, { draft: true })
    expect(lastRequest(emulator)?.rawUrl).toBe(`${FLOW}/sourceConnections?mode=draft`)
    expect(emulator.sourceConnections().map(s => s.state)).toEqual(['draft'])
    expect((await flowService.sources.get(written.id))?.state).toBe('draft')
  })

  it('patches with If-Match: a new etag, and 412 when the etag is stale', async () => {
    const flowService = flowServiceOf()
    const written = await flowService.sources.create(sourceRequest(), nothingToRecover)
    // Another table, and columns of it (the emulator checks the columns against the table).
    const operations = [
      { op: 'replace', path: '/params/tableName', value: 'contacts' },
      { op: 'replace', path: '/params/columns', value: columnsOf('contacts', ['id', 'email']) }
    ] as const
    const patched = await flowService.sources.patch(written.id, written.etag, operations)
    expect(patched.id).toBe(written.id)
    expect(patched.etag).not.toBe(written.etag)
    expect(lastRequest(emulator)).toMatchObject({
      method: 'PATCH',
      rawUrl: `${FLOW}/sourceConnections/${written.id}`,
      json: operations
    })
    expect(lastRequest(emulator)?.headers['if-match']).toBe(written.etag)
    expect(await flowService.sources.get(written.id)).toMatchObject({ tableName: 'contacts', columns: ['id', 'email'] })

    const stale = await rejection(flowService.sources.patch(written.id, written.etag, operations))
    expect(stale).toBeInstanceOf(AdobeApiError)
    expect((stale as AdobeApiError).status).toBe(412)
    expect((stale as AdobeApiError).code).toBe('1404-412')
    expect(stale.message).toMatch(new RegExp(`^Could not update source connection ${written.id}: HTTP 412`))
  })

  it('deletes one (true), and says false when it was already gone', async () => {
    const flowService = flowServiceOf()
    const written = await flowService.sources.create(sourceRequest(), nothingToRecover)
    expect(await flowService.sources.delete(written.id)).toBe(true)
    expect(lastRequest(emulator)).toMatchObject({ method: 'DELETE', rawUrl: `${FLOW}/sourceConnections/${written.id}` })
    expect(emulator.sourceConnections()).toEqual([])
    expect(await flowService.sources.delete(written.id)).toBe(false)
  })

  it('reads the older params.path as the table, and ignores columns that are not a list', async () => {
    const item = { id: S1, name: 'S', etag: '"e"', params: { path: 'incidents', columns: 'id' } }
    emulator.fault({ path: `/sourceConnections/${S1}`, action: { status: 200, body: { items: [item] } } })
    expect(await flowServiceOf().sources.get(S1)).toEqual({
      id: S1,
      etag: '"e"',
      name: 'S',
      createdAt: undefined,
      state: undefined,
      baseConnectionId: undefined,
      tableName: 'incidents',
      columns: undefined
    })
  })

  it('reads columns given as {name, type, xdm} objects (the newest tutorial) by their names', async () => {
    const columns = [
      { name: 'id', type: 'string', xdm: { type: 'string' } },
      'subject',
      { type: 'string' },
      { name: 7 },
      null,
      { name: 'updated' }
    ]
    const item = { id: S1, name: 'S', etag: '"e"', params: { tableName: 'incidents', columns } }
    emulator.fault({ path: `/sourceConnections/${S1}`, action: { status: 200, body: { items: [item] } } })
    expect(await flowServiceOf().sources.get(S1)).toMatchObject({
      tableName: 'incidents',
      columns: ['id', 'subject', 'updated']
    })
  })

  it('refuses an item without id, name or etag, and a get that is not one item', async () => {
    emulator.fault({
      path: '/sourceConnections',
      action: { status: 200, body: { items: [{ id: 's-1', name: 'S (source)' }] } }
    })
    expect(await messageOf(flowServiceOf().sources.findByName('S (source)'))).toBe(
      refused('look up source connections named "S (source)"', 'a source connection without id, name or etag')
    )
    const item = { id: S1, name: 'S', etag: '"e"' }
    emulator.fault({ path: `/sourceConnections/${S1}`, action: { status: 200, body: { items: [item, item] } } })
    expect(await messageOf(flowServiceOf().sources.get(S1))).toBe(
      refused(`read source connection ${S1}`, 'not a one-item list')
    )
  })

  it('refuses a create answered without id and etag', async () => {
    emulator.fault({ method: 'POST', path: '/sourceConnections', action: { status: 201, body: { id: 's-1' } } })
    // Not repeated: the create took effect, though its answer cannot be read.
    const [first, next] = (await messageOf(flowServiceOf().sources.create(sourceRequest(), nothingToRecover))).split(
      '\n'
    )
    expect(first).toBe(
      `Could not create the source connection: ${NOT_DOCUMENTED.replace('200', '201')} (no id and etag) (request id <id>)`
    )
    expect(next).toMatch(/^Next step: Adobe accepted the request, but its answer could not be read/)
  })
})

describe('FlowServiceCollection: target connections', () => {
  it('creates one (plain and draft), reads its dataset and schema, and deletes it', async () => {
    const flowService = flowServiceOf()
    expect(flowService.targets.what).toBe('target connection')
    const written = await flowService.targets.create(targetRequest(), nothingToRecover)
    expect(lastRequest(emulator)).toMatchObject({
      method: 'POST',
      rawUrl: `${FLOW}/targetConnections`,
      json: targetRequest()
    })
    const found = await flowService.targets.get(written.id)
    expect(found).toMatchObject({
      id: written.id,
      etag: written.etag,
      name: 'Incidents (target)',
      state: 'enabled',
      datasetId: DEMO_DATASET.id,
      schemaId: DEMO_DATASET.schemaRef.id
    })
    expect(await flowService.targets.findByName('Incidents (target)')).toEqual([found])

    const draft = await flowService.targets.create(targetRequest('Draft (target)'), nothingToRecover, { draft: true })
    expect(lastRequest(emulator)?.rawUrl).toBe(`${FLOW}/targetConnections?mode=draft`)
    expect((await flowService.targets.get(draft.id))?.state).toBe('draft')

    const renamed = await flowService.targets.patch(written.id, written.etag, [
      { op: 'replace', path: '/name', value: 'Renamed (target)' }
    ])
    expect(renamed.etag).not.toBe(written.etag)
    expect(await flowService.targets.findByName('Incidents (target)')).toEqual([])
    expect(await flowService.targets.delete(written.id)).toBe(true)
    expect(await flowService.targets.delete(written.id)).toBe(false)
    expect(await flowService.targets.get(written.id)).toBeUndefined()
  })

  it('takes an item without data or params, its etag from version', async () => {
    const item = { id: T1, name: 'T', version: '"v"' }
    emulator.fault({ path: `/targetConnections/${T1}`, action: { status: 200, body: { items: [item] } } })
    expect(await flowServiceOf().targets.get(T1)).toEqual({
      id: T1,
      etag: '"v"',
      name: 'T',
      createdAt: undefined,
      state: undefined,
      datasetId: undefined,
      schemaId: undefined
    })
  })

  it('refuses an item without id, name or etag', async () => {
    emulator.fault({ path: '/targetConnections', action: { status: 200, body: { items: [null] } } })
    expect(await messageOf(flowServiceOf().targets.findByName('T'))).toBe(
      refused('look up target connections named "T"', 'a target connection without id, name or etag')
    )
  })

  it('is refused (1447) while an active dataflow uses it', async () => {
    const adobe = connected(emulator)
    const { flowService } = adobe
    const { target, flow } = await liveChain(adobe, baseId)
    expect((await flowService.flows.get(flow.id))?.state).toBe('enabled')
    const error = await rejection(flowService.targets.delete(target.id))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).code).toBe('1447-400')
    expect(error.message).toMatch(
      new RegExp(`^Could not delete target connection ${target.id}: HTTP 400, code 1447-400: Found active flows`)
    )
  })
})

describe('FlowServiceCollection: dataflows', () => {
  it('creates a draft, reads it back, refuses to enable it (1422), publishes it, and refuses a second publish (1444)', async () => {
    // Drafts need the newest CRMToAEP (the default one has no draft mode), and so a site base connection.
    await withEmulator({ pageSize: 2, ...NEWEST_CRM_TO_AEP }, async other => {
      const adobe = connected(other)
      const { flowService } = adobe
      expect(flowService.flows.what).toBe('dataflow')
      const { source, target, mapping, flow } = await draftChain(adobe, siteConnection(other).id)
      expect(mapping.version).toBe(0)
      expect(sent(other).at(-1)).toBe(`POST ${FLOW}/flows?mode=draft`)
      const [stored] = other.flows()
      expect(stored?.state).toBe('draft')
      expect(flow).toEqual({ id: stored?.id, etag: stored?.etag })

      const draft = await flowService.flows.get(flow.id)
      expect(draft).toEqual({
        id: flow.id,
        etag: flow.etag,
        name: 'Incidents',
        createdAt: stored?.createdAt,
        state: 'draft',
        sandboxName: 'prod',
        flowSpecId: CRM_TO_AEP_FLOW_SPEC.id,
        sourceConnectionIds: [source.id],
        targetConnectionIds: [target.id],
        // Flow Service keeps mappingVersion as a string.
        transformations: [{ name: 'Mapping', params: { mappingId: mapping.id, mappingVersion: '0' } }],
        scheduleParams: { startTime: START_TIME, frequency: 'hour', interval: '1' }
      })
      expect(await flowService.flows.findByName('Incidents')).toEqual([draft])

      // A draft is published, not enabled.
      const enable = await rejection(flowService.flows.act(flow.id, 'enable'))
      expect(enable).toBeInstanceOf(AdobeApiError)
      expect((enable as AdobeApiError).code).toBe('1422-400')
      expect(enable.message).toMatch(new RegExp(`^Could not enable dataflow ${flow.id}: HTTP 400, code 1422-400`))
      expect((await flowService.flows.get(flow.id))?.state).toBe('draft')

      await flowService.flows.act(flow.id, 'publish')
      const request = lastRequest(other)
      expect(request).toMatchObject({
        method: 'POST',
        rawUrl: `${FLOW}/flows/${flow.id}/action?op=publish`,
        body: '{}'
      })
      expect(request?.headers['content-type']).toBe('application/json')
      expect((await flowService.flows.get(flow.id))?.state).toBe('enabled')

      // A publish sent again: the flow is no longer a draft (flow-service-errors.md's 1444).
      const again = await rejection(flowService.flows.act(flow.id, 'publish'))
      expect(again).toBeInstanceOf(AdobeApiError)
      expect((again as AdobeApiError).code).toBe('1444-400')
      expect(again.message).toMatch(
        new RegExp(
          `^Could not publish dataflow ${flow.id}: HTTP 400, code 1444-400: .*Flow ${flow.id} is not in expected state pending`
        )
      )
    })
  })

  it('is refused a draft (1368) by the default, listed CRMToAEP, which has no draft mode', async () => {
    const adobe = connected(emulator)
    const error = await rejection(chainOn(adobe, baseId, { draft: true }))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).code).toBe('1368-400')
    expect(error.message).toMatch(/^Could not create the dataflow: HTTP 400, code 1368-400: Mode is not allowed/)
    expect(sent(emulator).at(-1)).toBe(`POST ${FLOW}/flows?mode=draft`)
    expect(emulator.flows()).toEqual([])
  })

  it('disables, enables, patches with If-Match and deletes a dataflow', async () => {
    const adobe = connected(emulator)
    const { flowService } = adobe
    const { flow } = await liveChain(adobe, baseId)
    expect((await flowService.flows.get(flow.id))?.state).toBe('enabled')
    await flowService.flows.act(flow.id, 'disable')
    expect((await flowService.flows.get(flow.id))?.state).toBe('disabled')
    await flowService.flows.act(flow.id, 'enable')
    const enabled = await flowService.flows.get(flow.id)
    expect(enabled?.state).toBe('enabled')
    const patched = await flowService.flows.patch(flow.id, enabled?.etag ?? '', [
      { op: 'replace', path: '/scheduleParams/interval', value: '2' }
    ])
    expect(patched.etag).not.toBe(enabled?.etag)
    expect((await flowService.flows.get(flow.id))?.scheduleParams.interval).toBe('2')
    const stale = await rejection(
      flowService.flows.patch(flow.id, enabled?.etag ?? '', [{ op: 'remove', path: '/description' }])
    )
    expect((stale as AdobeApiError).status).toBe(412)
    expect(await flowService.flows.delete(flow.id)).toBe(true)
    expect(await flowService.flows.delete(flow.id)).toBe(false)
    expect(await flowService.flows.get(flow.id)).toBeUndefined()
    expect(await flowService.flows.findByName('Incidents')).toEqual([])
  })

  it('takes a dataflow without lists, and transformations without name or params', async () => {
    const item = { id: F1, name: 'F', etag: '"e"', transformations: [null, { name: 7 }] }
    emulator.fault({ path: `/flows/${F1}`, action: { status: 200, body: { items: [item] } } })
    expect(await flowServiceOf().flows.get(F1)).toEqual({
      id: F1,
      etag: '"e"',
      name: 'F',
      createdAt: undefined,
      state: undefined,
      flowSpecId: undefined,
      sourceConnectionIds: [],
      targetConnectionIds: [],
      transformations: [
        { name: '', params: {} },
        { name: '', params: {} }
      ],
      scheduleParams: {}
    })
    const bare = { id: F2, name: 'F', etag: '"e"', transformations: { Mapping: {} } }
    emulator.fault({ path: `/flows/${F2}`, action: { status: 200, body: { items: [bare] } } })
    expect((await flowServiceOf().flows.get(F2))?.transformations).toEqual([])
  })

  it('refuses a dataflow without id, name or etag', async () => {
    emulator.fault({ path: '/flows', action: { status: 200, body: { items: [{ name: 'F', etag: '"e"' }] } } })
    expect(await messageOf(flowServiceOf().flows.findByName('F'))).toBe(
      refused('look up dataflows named "F"', 'a dataflow without id, name or etag')
    )
  })
})
