// The decision: every if-exists × matches found × verify × dry-run, and the dry run's words for it.
import { describe, expect, it } from '@jest/globals'

import { Connection } from '../../src/adobe/flow-service.js'
import { dryRunFailure, dryRunResult, dryRunText } from '../../src/base-connection/describe.js'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import {
  buildConnectionRequest,
  lookUps,
  makePlan,
  Plan,
  Step,
  withProbeToken
} from '../../src/base-connection/plan.js'
import { IfExists } from '../../src/converge/decide.js'
import { config } from '../fixtures/config.js'

const A: Connection = { id: 'c-1', etag: '"e-1"', name: 'Oracle, EU', createdAt: 1 }
const B: Connection = { id: 'c-2', etag: '"e-2"', name: 'Oracle, EU', createdAt: 2 }
const FOUND = { none: [], one: [A], several: [A, B] } as const
type Found = keyof typeof FOUND

const DUPLICATES = `would fail: Found 2 base connections named "Oracle, EU" for connection spec ${ORACLE_SERVICE_CLOUD_SPEC_ID} in sandbox prod: c-1, c-2. Nothing was created or changed. Delete the extra ones (Experience Platform > Sources > Accounts, or DELETE /connections/{id}), or give this one another "name".`
const PROBE_DESCRIPTION =
  'Temporary: checks new credentials before they replace those of a live connection; deleted at once.'
const WOULD_CREATE = 'would create base connection "Oracle, EU" in sandbox prod'

/** What each if-exists does with each look-up result, before verification is added. */
const DECISIONS: [IfExists, Found, Plan['intent'], string, Connection | undefined][] = [
  ['reuse', 'none', 'create', WOULD_CREATE, undefined],
  ['reuse', 'one', 'reuse', 'would reuse base connection c-1 ("Oracle, EU") in sandbox prod', A],
  ['reuse', 'several', 'fail', DUPLICATES, undefined],
  ['update', 'none', 'create', WOULD_CREATE, undefined],
  [
    'update',
    'one',
    'update',
    'would update base connection c-1 ("Oracle, EU") in sandbox prod: replace /auth/params',
    A
  ],
  ['update', 'several', 'fail', DUPLICATES, undefined],
  ['fail', 'none', 'create', WOULD_CREATE, undefined],
  [
    'fail',
    'one',
    'fail',
    'would fail: base connection c-1 ("Oracle, EU") in sandbox prod already exists and if-exists is fail',
    A
  ],
  ['fail', 'several', 'fail', DUPLICATES, undefined],
  ['create', 'none', 'create', WOULD_CREATE, undefined],
  ['create', 'one', 'create', `${WOULD_CREATE} (besides c-1, as if-exists is create)`, undefined],
  ['create', 'several', 'create', `${WOULD_CREATE} (besides c-1, c-2, as if-exists is create)`, undefined]
]

const ROWS = DECISIONS.flatMap(decision =>
  [false, true].flatMap(verify => [false, true].map(dryRun => ({ decision, verify, dryRun })))
)

describe('makePlan', () => {
  it('has a row for every if-exists × matches × verify × dry-run', () => {
    expect(ROWS).toHaveLength(4 * 3 * 2 * 2)
  })

  it.each(ROWS)(
    '$decision.0 with $decision.1 found, verify $verify, dry-run $dryRun',
    ({ decision, verify, dryRun }) => {
      const [ifExists, found, intent, sentence, kept] = decision
      const cfg = config({ ifExists, verify, dryRun })
      const request = buildConnectionRequest(cfg)
      // As run() does: what was not looked up is not known.
      const looked = lookUps(cfg).byName
      expect(looked).toBe(dryRun || ifExists !== 'create')
      const matches = looked ? FOUND[found] : undefined

      const plan = makePlan(cfg, matches)

      const main: Step = {
        create: {
          kind: 'create',
          request,
          onLoss: ({ create: 'none', fail: 'fail', reuse: 'adopt', update: 'adopt' } as const)[ifExists]
        } as const,
        reuse: { kind: 'reuse', connection: A } as const,
        update: {
          kind: 'update',
          connection: A,
          operations: [{ op: 'replace', path: '/auth/params', value: request.auth.params }]
        } as const,
        fail:
          found === 'several'
            ? ({ kind: 'fail', failure: { why: 'duplicates', matches: [A, B] } } as const)
            : ({ kind: 'fail', failure: { why: 'exists', match: A } } as const)
      }[intent]
      // verify: a new or reused connection is explored; new credentials for a live one are first
      // tried on a temporary connection, so that rejected ones never reach it.
      const verifies = verify && (intent === 'create' || intent === 'reuse')
      const probes = verify && intent === 'update'
      const probe: Step = {
        kind: 'probe',
        request: { ...request, name: 'Oracle, EU (credential check)', description: PROBE_DESCRIPTION }
      }
      const steps: Step[] = verifies
        ? [main, { kind: 'verify', deleteOnRejection: intent === 'create' }]
        : probes
          ? [probe, main]
          : [main]
      expect(plan).toEqual({
        intent,
        steps,
        subject: {
          name: 'Oracle, EU',
          sandboxName: 'prod',
          connectionSpecId: ORACLE_SERVICE_CLOUD_SPEC_ID,
          connectionSpecVersion: '1.0'
        },
        dryRun,
        matches,
        request
      })

      // The dry run's words come from that plan. Without a look-up there is nobody to be "besides".
      const words = looked ? sentence : WOULD_CREATE
      const first = probes ? 'would check the new credentials on a temporary connection first, ' : ''
      expect(dryRunText(plan)[0]).toBe(
        `Dry run: ${first}${words.replace(/\.$/, '')}${verifies ? ', then verify it' : ''}.`
      )
      expect(dryRunFailure(plan)).toBe(intent === 'fail' ? `Dry run: a real run ${sentence}` : undefined)
      expect(dryRunResult(plan)).toEqual({ outcome: 'planned', id: kept?.id, etag: kept?.etag })
    }
  )
})

describe('lookUps', () => {
  it('checks the connection spec only in a dry run, and skips the name look-up only for a real if-exists=create', () => {
    expect(lookUps({ dryRun: false, ifExists: 'reuse' })).toEqual({
      connectionSpec: false,
      byName: true,
      recheckDuplicates: true
    })
    expect(lookUps({ dryRun: false, ifExists: 'create' })).toEqual({
      connectionSpec: false,
      byName: false,
      recheckDuplicates: false
    })
    expect(lookUps({ dryRun: true, ifExists: 'create' })).toEqual({
      connectionSpec: true,
      byName: true,
      recheckDuplicates: false
    })
  })
})

describe('verify on an existing connection', () => {
  it('fails rather than reuse one that is not enabled, and keeps one without a state', () => {
    const disabled = { ...A, state: 'disabled' }
    const plan = makePlan(config({ verify: true }), [disabled])
    expect(plan.steps).toEqual([{ kind: 'fail', failure: { why: 'not-enabled', match: disabled } }])
    expect(dryRunText(plan)[0]).toBe(
      'Dry run: would fail: Base connection c-1 ("Oracle, EU") in sandbox prod is disabled, not enabled: "verify" is true, so it is not reused. Enable it in Experience Platform (Sources > Accounts), or delete it so that a run creates a new one.'
    )
    expect(dryRunResult(plan)).toEqual({ outcome: 'planned', id: 'c-1', etag: '"e-1"', state: 'disabled' })
    expect(makePlan(config({ verify: false }), [disabled]).steps).toEqual([{ kind: 'reuse', connection: disabled }])
  })

  it("gives a probe a name of at most 256 characters, with room for the run's own token", () => {
    const name = 'n'.repeat(256)
    const plan = makePlan(config({ name, ifExists: 'update', verify: true }), [{ ...A, name }])
    const [probe] = plan.steps
    if (probe?.kind !== 'probe') throw new Error('no probe step')
    const named = withProbeToken(probe.request, '1a2b3c4d').name
    expect([named.length, named.endsWith(' (credential check 1a2b3c4d)')]).toEqual([256, true])
  })
})

describe('an update', () => {
  it('replaces the credentials and adds the description when one is given', () => {
    const plan = makePlan(config({ ifExists: 'update', description: 'EU helpdesk', authParams: { siteId: 's-1' } }), [
      A
    ])
    expect(plan.steps[0]).toEqual({
      kind: 'update',
      connection: A,
      operations: [
        {
          op: 'replace',
          path: '/auth/params',
          value: { host: 'https://acme.custhelp.com', username: 'aep-sync', password: 'p@ss "word"', siteId: 's-1' }
        },
        { op: 'add', path: '/description', value: 'EU helpdesk' }
      ]
    })
    expect(dryRunText(plan)[0]).toBe(
      'Dry run: would update base connection c-1 ("Oracle, EU") in sandbox prod: replace /auth/params, add /description.'
    )
  })
})

describe('dryRunText', () => {
  it('describes the plan object it is given, and prints the body with every secret redacted', () => {
    const plan = makePlan(config({ dryRun: true, authParams: { siteId: 'site-secret' } }), [])
    // A plan changed by hand reads differently: the words follow the plan, not the configuration.
    const reuse: Plan = { ...plan, intent: 'reuse', steps: [{ kind: 'reuse', connection: B }] }
    expect(dryRunText(reuse)[0]).toBe('Dry run: would reuse base connection c-2 ("Oracle, EU") in sandbox prod.')
    expect(dryRunText(plan)).toEqual([
      `Dry run: ${WOULD_CREATE}.`,
      'Request body (secrets redacted):',
      JSON.stringify(
        {
          name: 'Oracle, EU',
          auth: {
            specName: 'Basic Authentication',
            params: { host: 'https://acme.custhelp.com', username: 'aep-sync', password: '***', siteId: '***' }
          },
          connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC_ID, version: '1.0' }
        },
        null,
        2
      )
    ])
    expect(dryRunText(plan).join('\n')).not.toContain('p@ss')
    expect(dryRunText(plan).join('\n')).not.toContain('site-secret')
  })
})

describe('many connections of one name', () => {
  const many = (count: number): Connection[] =>
    Array.from({ length: count }, (_, i) => ({ ...A, id: `c-${i + 1}`, etag: `"e-${i + 1}"` }))
  const first10 = many(10)
    .map(c => c.id)
    .join(', ')

  it('lists at most 10 ids, then how many more: the failure and the dry run', () => {
    const plan = makePlan(config({ dryRun: true }), many(25))
    expect(dryRunFailure(plan)).toBe(
      `Dry run: a real run would fail: Found 25 base connections named "Oracle, EU" for connection spec ${ORACLE_SERVICE_CLOUD_SPEC_ID} in sandbox prod: ${first10} and 15 more. Nothing was created or changed. Delete the extra ones (Experience Platform > Sources > Accounts, or DELETE /connections/{id}), or give this one another "name".`
    )
    const create = makePlan(config({ dryRun: true, ifExists: 'create' }), many(11))
    expect(dryRunText(create)[0]).toBe(
      `Dry run: ${WOULD_CREATE} (besides ${first10} and 1 more, as if-exists is create).`
    )
  })

  it('lists all of exactly 10', () => {
    const plan = makePlan(config({ dryRun: true }), many(10))
    expect(dryRunFailure(plan)).toContain(`in sandbox prod: ${first10}. Nothing was created`)
  })
})
