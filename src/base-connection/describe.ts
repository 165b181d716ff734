// Every sentence of the base connection action: log lines, the dry run's text, the job summary,
// the outputs, why a plan fails, and Adobe's advice in the words of this action's inputs (with the
// retired Oracle Service Cloud source named as such). Each is derived from the plan, a result or
// Adobe's answer; nothing here decides anything.
import { ANSWER_UNREADABLE, ENTRY, ORACLE_SERVICE_CLOUD_RETIRED, seeEntry, wordingWith } from '../access/hints.js'
import { AdobeApiError, adobeReference } from '../adobe/errors.js'
import { Connection, ConnectionRequest } from '../adobe/flow-service.js'
import { ActionError } from '../runner/errors.js'
import { DryRunReport, Summary } from '../runner/report.js'
import { REDACTED } from '../runner/secrets.js'
import { listed } from '../runner/text.js'
import { INPUT, ORACLE_SERVICE_CLOUD_SPEC_ID, OUTPUT } from './names.js'
import { Failure, isEnabled, Plan, Step, Subject } from './plan.js'

const quoted = (input: string): string => `"${input}"`

/** Adobe's advice in this action's words: the shared inputs', and those of its own inputs. */
export const wording = wordingWith({
  'base-connection-in-use':
    'dataflows still use this base connection: delete them first (Sources > Dataflows, or the dataflow action with delete-on-completion), then the base connection.',
  'answer-unreadable': `${ANSWER_UNREADABLE} (except with ${INPUT.ifExists}=create, which would create another).`,
  'unknown-connection-spec': `Flow Service does not offer this connection spec to the organization: check ${quoted(INPUT.connectionSpecId)}.`,
  'unknown-auth-spec': `${quoted(INPUT.authSpecName)} is not an authentication spec of this connection spec: use the name listed under authSpec in GET /connectionSpecs/{id} (for Oracle Service Cloud: Basic Authentication).`
})

/** Adobe retired the Oracle Service Cloud source; an org without the spec gets told so plainly. */
export function unknownSpecError(connectionSpecId: string, cause?: AdobeApiError): ActionError {
  const adobe = cause ? ` (${adobeReference(cause)})` : ''
  const why =
    connectionSpecId === ORACLE_SERVICE_CLOUD_SPEC_ID
      ? ORACLE_SERVICE_CLOUD_RETIRED
      : `Check ${quoted(INPUT.connectionSpecId)}: GET /connectionSpecs lists the sources this organization has.`
  return new ActionError(
    `Flow Service does not know connection spec ${connectionSpecId}${adobe}. ${why}${seeEntry(ENTRY.unknownConnectionSpec)}`
  )
}

/** What a run did; a dry run did nothing, and names the connection it would keep, if any. */
export interface Result {
  readonly outcome: 'created' | 'reused' | 'updated' | 'planned'
  readonly id?: string
  readonly etag?: string
  /** Flow Service's state of the connection, when it is not `enabled`. */
  readonly state?: string
}

/** auth.params keys that are not secrets; every other value is. */
const PLAIN_PARAMS = new Set(['host', 'username'])

/** The body with every secret (password, auth-params values) replaced, for printing. */
export function redactConnectionRequest(request: ConnectionRequest): ConnectionRequest {
  const params = Object.fromEntries(
    Object.entries(request.auth.params).map(([key, value]) => [key, PLAIN_PARAMS.has(key) ? value : REDACTED])
  )
  return { ...request, auth: { ...request.auth, params } }
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
const inSandbox = (subject: Subject): string => `in sandbox ${subject.sandboxName}`
const named = (id: string, subject: Subject): string => `base connection ${id} ("${subject.name}")`

/** Why a plan fails, as the run reports it. */
export function failureMessage(failure: Failure, subject: Subject): string {
  if (failure.why === 'not-enabled') {
    return `${capitalized(named(failure.match.id, subject))} ${inSandbox(subject)} is ${failure.match.state ?? 'not enabled'}, not enabled: "verify" is true, so it is not reused. Enable it in Experience Platform (Sources > Accounts), or delete it so that a run creates a new one.`
  }
  if (failure.why === 'duplicates') {
    const ids = listed(failure.matches.map(m => m.id))
    return `Found ${failure.matches.length} base connections named "${subject.name}" for connection spec ${subject.connectionSpecId} ${inSandbox(subject)}: ${ids}. Nothing was created or changed. Delete the extra ones (Experience Platform > Sources > Accounts, or DELETE /connections/{id}), or give this one another "name".`
  }
  return `A base connection named "${subject.name}" already exists ${inSandbox(subject)}: ${failure.match.id}. "if-exists" is fail: set it to reuse or update, or delete that connection.`
}

/** One step in the dry run's words: "would create …". */
function wouldDo(plan: Plan, step: Step): string {
  const { subject } = plan
  switch (step.kind) {
    case 'create': {
      const others = plan.matches?.length
        ? ` (besides ${listed(plan.matches.map(m => m.id))}, as if-exists is create)`
        : ''
      return `would create base connection "${subject.name}" ${inSandbox(subject)}${others}`
    }
    case 'reuse':
      return `would reuse ${named(step.connection.id, subject)} ${inSandbox(subject)}`
    case 'update': {
      const changes = step.operations.map(o => `${o.op} ${o.path}`).join(', ')
      return `would update ${named(step.connection.id, subject)} ${inSandbox(subject)}: ${changes}`
    }
    case 'verify':
      return 'then verify it'
    case 'probe':
      return 'would check the new credentials on a temporary connection first'
    case 'fail':
      return step.failure.why === 'exists'
        ? `would fail: ${named(step.failure.match.id, subject)} ${inSandbox(subject)} already exists and if-exists is fail`
        : `would fail: ${failureMessage(step.failure, subject)}`
  }
}

/** The dry run's text: what a real run would do, and the body it would send (secrets redacted). */
export function dryRunText(plan: Plan): string[] {
  return [
    `Dry run: ${plan.steps
      .map(step => wouldDo(plan, step))
      .join(', ')
      .replace(/\.$/, '')}.`,
    'Request body (secrets redacted):',
    JSON.stringify(redactConnectionRequest(plan.request), null, 2)
  ]
}

/** Why a dry run fails the step: a real run would fail. */
export function dryRunFailure(plan: Plan): string | undefined {
  const fail = plan.steps.find(step => step.kind === 'fail')
  return fail && `Dry run: a real run ${wouldDo(plan, fail)}`
}

/** The connection a dry run names in its outputs: the one a real run would keep. */
export function dryRunResult(plan: Plan): Result {
  const kept = plan.steps.map(existingOf).find(connection => connection !== undefined)
  return { outcome: 'planned', id: kept?.id, etag: kept?.etag, ...stateOf(kept) }
}

/** The existing connection a step acts on or fails over, if any. */
function existingOf(step: Step): Connection | undefined {
  if (step.kind === 'reuse' || step.kind === 'update') return step.connection
  if (step.kind === 'fail' && step.failure.why !== 'duplicates') return step.failure.match
  return undefined
}

/** `{ state }` when the connection is known not to be enabled, else nothing. */
export function stateOf(connection: Connection | undefined): { state?: string } {
  return connection !== undefined && !isEnabled(connection) ? { state: connection.state } : {}
}

/** Log lines of a real run, one per event. */
export const runLog = {
  creating: (subject: Subject): string =>
    `No base connection named "${subject.name}" ${inSandbox(subject)} yet: creating one`,
  created: (subject: Subject, id: string): string => `Created ${named(id, subject)} ${inSandbox(subject)}`,
  reusing: (subject: Subject, id: string): string => `Reusing ${named(id, subject)} ${inSandbox(subject)}`,
  updated: (subject: Subject, id: string): string => `Updated the credentials of ${named(id, subject)}`,
  notEnabled: (subject: Subject, id: string, state: string): string =>
    `${capitalized(named(id, subject))} is ${state}, not enabled: reusing it as it is (dataflows on it may not run)`,
  probeAccepted: (id: string): string =>
    `Oracle Service Cloud accepted the new credentials on a temporary connection; replacing those of base connection ${id}`,
  verified: (id: string): string =>
    `Verified: Flow Service reached Oracle Service Cloud with the credentials of base connection ${id}`
}

/** What happened, or in a dry run what would: the `outcome` output. */
export function outcome(plan: Plan, result: Result): string {
  return plan.dryRun ? `would-${plan.intent}` : result.outcome
}

/** The step outputs. */
export function outputs(plan: Plan, result: Result): Record<string, string> {
  return {
    [OUTPUT.baseConnectionId]: result.id ?? '',
    [OUTPUT.etag]: result.etag ?? '',
    [OUTPUT.created]: String(result.outcome === 'created'),
    [OUTPUT.outcome]: outcome(plan, result)
  }
}

const OUTCOME_TEXT: Readonly<Record<string, string>> = {
  created: 'Created',
  reused: 'Reused (already existed)',
  updated: 'Updated credentials',
  'would-create': 'Dry run (nothing changed): would create',
  'would-reuse': 'Dry run (nothing changed): would reuse',
  'would-update': 'Dry run (nothing changed): would update',
  'would-fail': 'Dry run (nothing changed): would fail'
}

/** The job summary, built only from non-secret values. */
export function summary(plan: Plan, result: Result): Summary {
  const { subject } = plan
  const table: [string, string][] = [
    ['Field', 'Value'],
    ['Outcome', OUTCOME_TEXT[outcome(plan, result)] ?? outcome(plan, result)],
    ['Base connection id', result.id ?? '(none yet)'],
    ['Name', subject.name],
    ['Sandbox', subject.sandboxName],
    ['Connection spec', `${subject.connectionSpecId} v${subject.connectionSpecVersion}`],
    ...(result.state === undefined ? [] : ([['State', `${result.state} (not enabled)`]] as [string, string][]))
  ]
  const heading = 'Adobe Experience Platform base connection'
  return plan.dryRun ? { heading, table, text: dryRunText(plan).join('\n') } : { heading, table }
}

/** A dry run: the plan and the request body, one log line per line (the body is multi-line JSON). */
export function describeDryRun(plan: Plan): DryRunReport {
  const result = dryRunResult(plan)
  return {
    lines: dryRunText(plan).flatMap(text => text.split('\n')),
    outputs: outputs(plan, result),
    summary: summary(plan, result),
    failure: dryRunFailure(plan)
  }
}
