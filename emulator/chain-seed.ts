// What the emulated Platform holds before the action builds a dataflow: the data lake target
// connection spec, the CRMToAEP flow spec, and one Catalog dataset with its schema's field paths.
import { ORACLE_SERVICE_CLOUD_SPEC, SITE_BASIC_AUTH_SPEC } from './specs.js'
import type { FlowSpec, SeedDataset } from './types.js'

/** The fixed connection spec of target connections into the data lake. */
export const DATA_LAKE_SPEC_ID = 'c604ff05-7f1a-43c0-8e18-33bf874cb11c'

/**
 * The flow spec of table-based sources (CRM, customer success), as `GET /flowSpecs?property=name==CRMToAEP`
 * returns it in Adobe's newest table-source tutorial, without optionSpec, runSpec and permissionsInfo.
 * Its source list holds Oracle Service Cloud (as the customer-success tutorial says) and the
 * emulator-only site spec, so that both can feed a flow.
 */
export const CRM_TO_AEP_FLOW_SPEC: FlowSpec = {
  id: '14518937-270c-4525-bdec-c2ba7cce3860',
  name: 'CRMToAEP',
  providerId: '0ed90a81-07f4-4586-8190-b40eccef1c5a',
  version: '1.0',
  sourceConnectionSpecIds: [ORACLE_SERVICE_CLOUD_SPEC.id, SITE_BASIC_AUTH_SPEC.id],
  targetConnectionSpecIds: [DATA_LAKE_SPEC_ID],
  transformationSpecs: [
    {
      name: 'Copy',
      spec: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        properties: {
          deltaColumn: {
            type: 'object',
            properties: { name: { type: 'string' }, dateFormat: { type: 'string' }, timezone: { type: 'string' } },
            required: ['name']
          }
        },
        required: ['deltaColumn']
      }
    },
    {
      name: 'Mapping',
      spec: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        description: 'defines various params required for different mapping from source to target',
        properties: { mappingId: { type: 'string' }, mappingVersion: { type: 'string' } }
      }
    }
  ],
  // `once` takes neither interval nor backfill; otherwise interval is required, at least 15 for
  // `minute` and 1 for the rest.
  scheduleSpec: {
    name: 'PeriodicSchedule',
    type: 'Periodic',
    spec: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        startTime: { description: 'epoch time', type: 'integer' },
        frequency: { type: 'string', enum: ['once', 'minute', 'hour', 'day', 'week'] },
        interval: { type: 'integer' },
        backfill: { type: 'boolean', default: true }
      },
      required: ['startTime', 'frequency'],
      if: { properties: { frequency: { const: 'once' } } },
      then: { allOf: [{ not: { required: ['interval'] } }, { not: { required: ['backfill'] } }] },
      else: {
        required: ['interval'],
        if: { properties: { frequency: { const: 'minute' } } },
        then: { properties: { interval: { minimum: 15 } } },
        else: { properties: { interval: { minimum: 1 } } }
      }
    }
  },
  attributes: { isSourceFlow: true, flacValidationSupported: true, isDraftModeSupported: true, frequency: 'batch' }
}

/** The demo target dataset: Oracle Service Cloud incidents, with a tenant schema of its own. */
export const DEMO_DATASET: SeedDataset = {
  id: '5f2a7c3b9d1e4a0012345678',
  name: 'Oracle Service Cloud incidents',
  schemaRef: {
    id: 'https://ns.adobe.com/acme/schemas/0123abcd4567ef890123abcd4567ef89',
    contentType: 'application/vnd.adobe.xed-full+json;version=1'
  },
  paths: [
    '_acme.incidentId',
    '_acme.subject',
    '_acme.status',
    '_acme.createdTime',
    '_acme.updatedTime',
    'person.name.fullName',
    'personalEmail.address'
  ]
}
