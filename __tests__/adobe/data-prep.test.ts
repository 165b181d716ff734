// Data Prep's client over real HTTP against the emulator, built as the dataflow action builds it
// (connect() with its wording): the mapping sets it writes and reads, and the answers it refuses.
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'

import { DEMO_DATASET, startEmulator } from '../../emulator/server.js'
import { AdobeApiError } from '../../src/adobe/errors.js'
import { wording } from '../../src/dataflow/describe.js'
import { captureStdout } from '../support/stdout.js'
import { connecting, lastRequest, mappingRequest, messageOf, refused, rejection } from './emulated.js'

const PREP = '/data/foundation/conversion'
/** A mapping set id of Data Prep's shape (32 hexadecimal digits), for the sets faults answer with. */
const M1 = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'

const emulator = await startEmulator()
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

// The IMS token is masked on stdout (::add-mask::); kept out of the test output.
captureStdout()

const connected = connecting(wording)
const dataPrepOf = () => connected(emulator).dataPrep

describe('DataPrepClient mapping sets', () => {
  it('POSTs version 0, PUTs version 1, and reads each version back', async () => {
    const dataPrep = dataPrepOf()
    const first = await dataPrep.writeMappingSet(mappingRequest())
    expect(first).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown as string, version: 0 })
    expect(lastRequest(emulator)).toMatchObject({
      method: 'POST',
      rawUrl: `${PREP}/mappingSets`,
      json: mappingRequest()
    })
    const second = await dataPrep.writeMappingSet(mappingRequest(['_acme.incidentId', '_acme.subject']), first.id)
    expect(second).toEqual({ id: first.id, version: 1 })
    expect(lastRequest(emulator)).toMatchObject({ method: 'PUT', rawUrl: `${PREP}/mappingSets/${first.id}` })

    expect(await dataPrep.mappingSet(first.id, 0)).toEqual({
      id: first.id,
      version: 0,
      schemaId: DEMO_DATASET.schemaRef.id,
      pairs: [{ source: 'column0', destination: '_acme.incidentId' }]
    })
    expect(lastRequest(emulator)?.rawUrl).toBe(`${PREP}/mappingSets/${first.id}?version=0`)
    expect((await dataPrep.mappingSet(first.id, 1))?.pairs).toEqual([
      { source: 'column0', destination: '_acme.incidentId' },
      { source: 'column1', destination: '_acme.subject' }
    ])
    expect(emulator.mappingSets().map(set => set.versions.length)).toEqual([2])
  })

  it('is undefined for an unknown mapping set or version (404)', async () => {
    const dataPrep = dataPrepOf()
    expect(await dataPrep.mappingSet('0123456789abcdef0123456789abcdef', 0)).toBeUndefined()
    const { id } = await dataPrep.writeMappingSet(mappingRequest())
    expect(await dataPrep.mappingSet(id, 5)).toBeUndefined()
  })

  it("says Data Prep's refusal of a write", async () => {
    const error = await rejection(dataPrepOf().writeMappingSet(mappingRequest(['_acme.nowhere'])))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).status).toBe(400)
    expect(error.message).toMatch(/^Could not create the mapping set: HTTP 400/)
    const put = await rejection(dataPrepOf().writeMappingSet(mappingRequest(), '0123456789abcdef0123456789abcdef'))
    expect(put.message).toMatch(
      /^Could not write a new version of mapping set 0123456789abcdef0123456789abcdef: HTTP 404/
    )
  })

  it.each(['../mappingSets/x', 'a%2Fb', 'm-1', `${M1}0`])(
    'sends nothing for a mapping set id that is not 32 hexadecimal digits: %j',
    async id => {
      const notHex = 'the id is not a Data Prep mapping set id (32 hexadecimal digits).'
      expect(await messageOf(dataPrepOf().mappingSet(id, 0))).toBe(
        `Could not read mapping set ${id} version 0: ${notHex}`
      )
      expect(await messageOf(dataPrepOf().writeMappingSet(mappingRequest(), id))).toBe(
        `Could not write a new version of mapping set ${id}: ${notHex}`
      )
      expect(emulator.requests.filter(r => r.path.startsWith(PREP))).toEqual([])
    }
  )

  it('refuses a write answered without id and version, and a mapping set without mappings', async () => {
    emulator.fault({ method: 'POST', path: '/mappingSets', action: { status: 200, body: { id: 'm-1' } } })
    expect(await messageOf(dataPrepOf().writeMappingSet(mappingRequest()))).toBe(
      refused('create the mapping set', 'no id and version')
    )
    emulator.fault({ path: `/mappingSets/${M1}`, action: { status: 200, body: { id: M1, version: 0 } } })
    expect(await messageOf(dataPrepOf().mappingSet(M1, 0))).toBe(
      refused(`read mapping set ${M1} version 0`, 'a mapping set without id, version or mappings')
    )
  })

  it("reads Data Prep's older answer: the schema at the top (schemaRef or xdmSchema), sourceAttribute and destinationXdmPath", async () => {
    const older = {
      id: M1,
      version: 1,
      schemaRef: { id: DEMO_DATASET.schemaRef.id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
      mappings: [
        { sourceType: 'text/x.schema-path', sourceAttribute: 'id', destinationXdmPath: '_acme.incidentId' },
        { sourceType: 'text/x.schema-path', sourceAttribute: 'subject', destinationXdmPath: '_acme.subject' }
      ]
    }
    emulator.fault({ path: `/mappingSets/${M1}`, action: { status: 200, body: older } })
    expect(await dataPrepOf().mappingSet(M1, 1)).toStrictEqual({
      id: M1,
      version: 1,
      schemaId: DEMO_DATASET.schemaRef.id,
      pairs: [
        { source: 'id', destination: '_acme.incidentId' },
        { source: 'subject', destination: '_acme.subject' }
      ]
    })
    const oldest = {
      id: M1,
      version: 0,
      xdmSchema: 'S',
      mappings: [{ sourceAttribute: 'id', destinationXdmPath: 'd' }]
    }
    emulator.fault({ path: `/mappingSets/${M1}`, action: { status: 200, body: oldest } })
    expect(await dataPrepOf().mappingSet(M1, 0)).toStrictEqual({
      id: M1,
      version: 0,
      schemaId: 'S',
      pairs: [{ source: 'id', destination: 'd' }]
    })
    // Both shapes at once (the emulator answers so): the current names win.
    const both = {
      id: M1,
      version: 2,
      outputSchema: { schemaRef: { id: 'current' } },
      schemaRef: { id: 'older' },
      mappings: [{ source: 'a', destination: 'b', sourceAttribute: 'x', destinationXdmPath: 'y' }]
    }
    emulator.fault({ path: `/mappingSets/${M1}`, action: { status: 200, body: both } })
    expect(await dataPrepOf().mappingSet(M1, 2)).toMatchObject({
      schemaId: 'current',
      pairs: [{ source: 'a', destination: 'b' }]
    })
  })

  it('takes mappings without source or destination, and no output schema, as empty', async () => {
    const body = { id: M1, version: 3, mappings: [null, { source: 1 }] }
    emulator.fault({ path: `/mappingSets/${M1}`, action: { status: 200, body } })
    expect(await dataPrepOf().mappingSet(M1, 3)).toEqual({
      id: M1,
      version: 3,
      schemaId: undefined,
      pairs: [
        { source: '', destination: '' },
        { source: '', destination: '' }
      ]
    })
  })
})
