// What the emulated Platform holds before the action builds a dataflow: the data lake target
// connection spec, the CRMToAEP flow spec (in its two documented versions), the tables of the
// emulated Oracle Service Cloud instance, and one Catalog dataset with its schema's field paths.
import { ORACLE_SERVICE_CLOUD_SPEC, SITE_BASIC_AUTH_SPEC } from './specs.js'
import type { FlowSpec, SeedDataset, SourceColumn, SourceTable } from './types.js'

/** The fixed connection spec of target connections into the data lake. */
export const DATA_LAKE_SPEC_ID = 'c604ff05-7f1a-43c0-8e18-33bf874cb11c'

/** What a flow run notifies, in both documented versions of CRMToAEP. */
const NOTIFICATION = { category: 'sources', flowRun: { enabled: true } }

/**
 * The flow spec of table-based sources (CRM, customer success), as `GET /flowSpecs?property=name==CRMToAEP`
 * returns it in the customer-success tutorial (customer-success.md 4c8de226): its source list holds
 * Oracle Service Cloud, and its attributes say nothing of draft mode (nor do crm.md's). Without optionSpec,
 * runSpec and permissionsInfo; the source list is cut down to Oracle Service Cloud and the
 * emulator-only site spec. The emulator's default (`crmToAep: 'listed'`).
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
  attributes: { isSourceFlow: true, flacValidationSupported: true, frequency: 'batch', notification: NOTIFICATION }
}

/**
 * CRMToAEP as Adobe's newest table-source tutorial shows it (table-dataflow-template.md b6eb13c3):
 * Oracle Service Cloud is not in its source list (the emulator-only site spec is), and it supports
 * draft mode. `crmToAep: 'newest'`.
 */
export const CRM_TO_AEP_FLOW_SPEC_NEWEST: FlowSpec = {
  ...CRM_TO_AEP_FLOW_SPEC,
  sourceConnectionSpecIds: [SITE_BASIC_AUTH_SPEC.id],
  attributes: {
    recordTypeEnabled: true,
    defaultRecordType: 'profile',
    isSourceFlow: true,
    flacValidationSupported: true,
    isDraftModeSupported: true,
    frequency: 'batch',
    notification: NOTIFICATION
  }
}

/** A text column as explore describes it (tabular.md). */
const text = (name: string): SourceColumn => ({ name, type: 'string', xdm: { type: 'string' } })
/** A date-time column as explore describes it (tabular.md): a string with `meta:xdmType` date-time. */
const dateTime = (name: string): SourceColumn => ({
  name,
  type: 'string',
  'meta:xdmType': 'date-time',
  xdm: { type: 'string', format: 'date-time' }
})
const table = (name: string, path: string, columns: SourceColumn[]): SourceTable => ({ name, path, columns })

/**
 * The tables of the emulated Oracle Service Cloud instance, with the column types tabular.md shows
 * (string, and string with date-time). Explore lists each by a display `name` and a `path`; the
 * path is what `objectType=table&object=` and a source connection's `params.tableName` name. Two
 * tables share the name `Incidents` (the live incidents and the archived ones).
 */
export const ORACLE_TABLES: readonly SourceTable[] = [
  table('Incidents', 'incidents', [
    text('id'),
    text('lookupName'),
    text('subject'),
    text('status'),
    text('severity'),
    text('contact_id'),
    text('organization_id'),
    dateTime('created'),
    dateTime('updated')
  ]),
  table('Contacts', 'contacts', [
    text('id'),
    text('lookupName'),
    text('first_name'),
    text('last_name'),
    text('email'),
    text('organization_id'),
    dateTime('created'),
    dateTime('updated')
  ]),
  table('Organizations', 'organizations', [
    text('id'),
    text('lookupName'),
    text('name'),
    dateTime('created'),
    dateTime('updated')
  ]),
  table('Answers', 'answers', [
    text('id'),
    text('lookupName'),
    text('summary'),
    text('question'),
    text('solution'),
    text('status'),
    dateTime('created'),
    dateTime('updated')
  ]),
  table('Incidents', 'archived_incidents', [
    text('id'),
    text('lookupName'),
    text('subject'),
    text('status'),
    dateTime('created'),
    dateTime('updated'),
    dateTime('closed')
  ])
]

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
  ],
  fieldTypes: {
    '_acme.createdTime': { type: 'string', format: 'date-time' },
    '_acme.updatedTime': { type: 'string', format: 'date-time' },
    'personalEmail.address': { type: 'string', format: 'email' }
  }
}
