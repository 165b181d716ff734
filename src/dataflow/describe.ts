// Every sentence of the dataflow action about its plan and its result: the plan's lines, why a plan
// fails, the dry run, the outputs, the job summary, and Adobe's advice in the words of this action's
// inputs; and the shape of a result. Each is derived from the plan or a result; nothing here decides anything.
import { ORACLE_SERVICE_CLOUD_RETIRED, ORACLE_SERVICE_CLOUD_SPEC_ID, wordingWith } from '../access/hints.js'
import { safe } from '../adobe/errors.js'
import { Run } from '../adobe/flow-service.js'
import { DryRunReport, Summary } from '../runner/report.js'
import { listed as atMostTen } from '../runner/text.js'
import { DATAFLOW_INPUT, DATAFLOW_OUTPUT } from './names.js'
import { DataflowPlan, FailedPlan, FlowPart, MappingPart, Part, Replaced } from './plan.js'

const quoted = (input: string): string => `"${input}"`

/** Adobe's advice in this action's words: the shared inputs', and those of its own inputs. */
export const wording = wordingWith({
  'unknown-connection-spec': `Flow Service does not offer the source of the base connection (its connection spec) to this organization: check ${quoted(DATAFLOW_INPUT.baseConnectionId)} and ${quoted(DATAFLOW_INPUT.flowSpecName)}.`,
  'unknown-auth-spec': `the base connection's authentication does not fit its connection spec: recreate it with the base connection action, then use its ${quoted(DATAFLOW_INPUT.baseConnectionId)}.`,
  'unknown-mapping-version': `Data Prep does not have that mapping set version: run the dataflow action again, which writes a new version from "${DATAFLOW_INPUT.mapping}".`,
  'mapping-schema-mismatch': `the mapping set was written for another schema than the dataset's: check "${DATAFLOW_INPUT.datasetId}" and the destinations in "${DATAFLOW_INPUT.mapping}".`
})

/** What a run did: the chain's ids, and whether anything was written. */
export interface DataflowResult {
  readonly outcome: 'created' | 'updated' | 'unchanged' | 'replaced'
  readonly dataflowId: string
  readonly sourceConnectionId: string
  readonly targetConnectionId: string
  readonly mappingId: string
  readonly mappingVersion: number
  readonly state: string
  /**
   * A part this run meant to create was another run's (it was older, or a lost answer's find): the
   * chain may hold that run's inputs, so the main step plans once more against what is live.
   */
  readonly adopted: boolean
}

/** What `wait` saw: the dataflow's state, and its first run when it waited for one. */
export interface WaitResult {
  readonly state: string
  readonly run?: Run
}

/** A run whose part lost to another run's, when what is live differs in what only a replacement changes. */
export function adoptedElsewhere(name: string, { flow, changes }: Replaced): string {
  return `Another run created dataflow "${shown(name)}" (${flow.id}) at the same time, with another ${changes.join(', ')}: that run's chain is live, and this run does not replace it under it.\nNext step: run again to replace it with this run's inputs (if-exists: update), or give this run another ${quoted(DATAFLOW_INPUT.name)}.`
}

/** The plan, one line per object, as a dry run prints it and the job summary lists it. */
export function planLines(plan: DataflowPlan): string[] {
  if (plan.intent === 'fail') return [`would fail: ${failureMessage(plan)}`]
  const unchecked = [
    ...(plan.unexplored
      ? [
          `not checked: the table, the columns, the mapping's sources, and whether the flow spec takes the source (explore needs a base connection; ${quoted(DATAFLOW_INPUT.baseConnectionId)} is empty in this dry run)`
        ]
      : []),
    ...(plan.schemaNotFound === undefined
      ? []
      : [
          `not checked: the mapping's destinations (the Schema Registry has no schema ${shown(plan.schemaNotFound)}; Data Prep checks them when the mapping set is written)`
        ])
  ]
  const { replaces } = plan
  const retire =
    replaces === undefined
      ? []
      : [
          `then delete the dataflow it replaces, ${replaces.flow.id}, and its connections ${replaces.source.id} and ${replaces.target.id} (${replaces.changes.join(', ')} changed: Flow Service does not apply that to a live dataflow)`
        ]
  return [
    partLine('source connection', plan.source),
    partLine('target connection', plan.target),
    mappingLine(plan.mapping),
    flowLine(plan.name, plan.flow),
    ...retire,
    ...unchecked
  ]
}

/** A name from Adobe's answers as a message shows it: redacted, escaped, clipped. */
function shown(text: string): string {
  return safe(text, 200) ?? ''
}

/** "a", "b" and "c": at most 10 names, then how many more. */
function listed(names: readonly string[]): string {
  return atMostTen(names, { and: true, show: name => `"${shown(name)}"` })
}

/** "; closest: a, b, c", when there is anything close. */
function closestNote(names: readonly string[]): string {
  return names.length === 0 ? '' : `; closest: ${names.map(shown).join(', ')}`
}

/** Why a plan fails, naming the input to change. */
export function failureMessage({ failure, name, sandboxName }: FailedPlan): string {
  const where = `in sandbox ${sandboxName}`
  const otherName = `choose another ${quoted(DATAFLOW_INPUT.name)}`
  switch (failure.why) {
    case 'no-base-connection':
      return `${quoted(DATAFLOW_INPUT.baseConnectionId)}: no base connection ${failure.id} ${where}. Use the base-connection-id output of the base connection action, run against the same sandbox.`
    case 'base-connection-not-enabled':
      return `${quoted(DATAFLOW_INPUT.baseConnectionId)}: base connection ${failure.id} is ${failure.state}, not enabled: fix its credentials (the base connection action with if-exists: update), then run again.`
    case 'no-dataset':
      return `${quoted(DATAFLOW_INPUT.datasetId)}: Catalog has no dataset ${failure.id} ${where}. Copy the id from the dataset's page in Experience Platform.`
    case 'no-flow-spec':
      return `${quoted(DATAFLOW_INPUT.flowSpecName)}: Flow Service has no flow spec named "${failure.name}" ${where}. Leave it out for CRMToAEP.`
    case 'flow-spec-refuses-source': {
      const retired =
        failure.connectionSpecId === ORACLE_SERVICE_CLOUD_SPEC_ID ? ` ${ORACLE_SERVICE_CLOUD_RETIRED}` : ''
      return `${quoted(DATAFLOW_INPUT.flowSpecName)}: flow spec "${failure.flowSpecName}" does not take sources of connection spec ${failure.connectionSpecId} (that of base connection ${failure.baseConnectionId}).${retired}`
    }
    case 'interval-too-small':
      return `${quoted(DATAFLOW_INPUT.interval)}: ${failure.interval} is below the minimum of flow spec "${failure.flowSpecName}" for frequency ${failure.frequency}: at least ${failure.minimum}.`
    case 'duplicates':
      return `${failure.ids.length} ${failure.what} are named "${failure.name}" ${where} (${atMostTen(failure.ids)}): delete the extra ones, or ${otherName}.`
    case 'exists':
      return `Dataflow "${name}" already exists ${where} (${failure.id}) and ${quoted(DATAFLOW_INPUT.ifExists)} is fail.`
    case 'connection-gone':
      return `Dataflow "${name}" (${failure.flowId}) uses a ${failure.side} connection that no longer exists: delete the dataflow, then run again.`
    case 'other-base-connection':
      return `Source connection "${failure.source.name}" (${failure.source.id}) reads from base connection ${failure.readsFrom}, not ${failure.baseConnectionId}: the action does not move a dataflow to another base connection. Delete the chain, or ${otherName}.`
    case 'other-dataset':
      return `Target connection "${failure.target.name}" (${failure.target.id}) writes to dataset ${failure.writesTo}, not ${failure.datasetId}: the action does not move a dataflow to another dataset. Delete the chain, or ${otherName}.`
    case 'not-explored':
      return `${quoted(DATAFLOW_INPUT.baseConnectionId)}: Flow Service could not explore base connection ${failure.baseConnectionId} (its tables are not listed), so the table and columns cannot be checked. Check the base connection in Experience Platform (Sources > Accounts), then run again.`
    case 'replace-with-delete':
      return `${quoted(DATAFLOW_INPUT.deleteOnCompletion)}: dataflow "${name}" (${failure.flowId}) would be replaced (${failure.changes.join(', ')} changed), and the post step would then delete the new chain too, leaving none. Replace it in a run without ${quoted(DATAFLOW_INPUT.deleteOnCompletion)}, or give this job another ${quoted(DATAFLOW_INPUT.name)}.`
    case 'once-after-start':
      return `${quoted(DATAFLOW_INPUT.frequency)}: dataflow "${name}" (${failure.flowId}) started at ${failure.startTime} (epoch seconds), and Flow Service no longer changes the frequency of a dataflow whose start time has passed to once. Keep its frequency, or delete the dataflow to make a new one.`
    case 'unknown-table':
      return `${quoted(DATAFLOW_INPUT.table)}: the source has no table "${failure.table}" (by path or name)${closestNote(failure.closest)}. Explore lists the source's tables: GET /connections/{id}/explore?objectType=root.`
    case 'ambiguous-table':
      return `${quoted(DATAFLOW_INPUT.table)}: ${failure.paths.length} tables are named "${failure.table}" (paths ${failure.paths.join(', ')}): give the table's path instead.`
    case 'unknown-columns':
      return `${quoted(failure.input === 'columns' ? DATAFLOW_INPUT.columns : DATAFLOW_INPUT.deltaColumn)}: table "${failure.table}" has no column ${listed(failure.names)}${closestNote(failure.closest)}.`
    case 'unknown-mapping-sources':
      return `${quoted(DATAFLOW_INPUT.mapping)}: table "${failure.table}" has no column ${listed(failure.sources)}, named as a source${closestNote(failure.closest)}.`
    case 'unknown-mapping-destinations':
      return `${quoted(DATAFLOW_INPUT.mapping)}: the schema of ${quoted(DATAFLOW_INPUT.datasetId)} (${failure.schemaId}) has no field ${listed(failure.destinations)}, named as a destination${closestNote(failure.closest)}.`
    case 'start-time-passed':
      return `${quoted(DATAFLOW_INPUT.startTime)}: dataflow "${name}" (${failure.flowId}) started at ${failure.startTime} (epoch seconds), which has passed, and Flow Service does not move a start time that has passed. Leave "start-time" out to keep it, or delete the dataflow to start it anew.`
  }
}

function partLine<T extends { id: string; name: string }, R extends { name: string }>(
  what: string,
  part: Part<T, R>
): string {
  switch (part.kind) {
    case 'create':
      return `${what} "${part.request.name}": create`
    case 'reuse':
      return `${what} "${part.found.name}": reuse ${part.found.id}`
    case 'update':
      return `${what} "${part.found.name}": update ${part.found.id} (${part.changes.join(', ')})`
  }
}

function mappingLine(part: MappingPart): string {
  switch (part.kind) {
    case 'create':
      return `mapping set: create (${part.request.mappings.length} mappings)`
    case 'reuse':
      return `mapping set: reuse ${part.id} version ${part.version}`
    case 'update':
      return `mapping set: new version of ${part.id} (now version ${part.version}; ${part.request.mappings.length} mappings)`
  }
}

function flowLine(name: string, part: FlowPart): string {
  const schedule = `${part.shape.frequency}${part.shape.interval === undefined ? '' : ` every ${part.shape.interval}`}`
  if (part.kind === 'create') {
    const how = part.flowSpec.draftMode ? 'create as a draft, then publish' : 'create'
    return `dataflow "${name}": ${how} (${schedule})`
  }
  const publish = part.publish ? ', then publish the draft' : ''
  if (part.kind === 'reuse') return `dataflow "${name}": reuse ${part.found.id}${publish}`
  return `dataflow "${name}": update ${part.found.id} (${part.changes.join(', ')})${publish}`
}

/** A dry run's `outcome`. */
export function dryRunOutcome(plan: DataflowPlan): string {
  return plan.intent === 'unchanged' ? 'unchanged' : `would-${plan.intent}`
}

/** The outputs of a dry run: what already exists and stays, and the outcome. */
export function dryRunOutputs(plan: DataflowPlan): Record<string, string> {
  const outputs: Record<string, string> = { [DATAFLOW_OUTPUT.outcome]: dryRunOutcome(plan) }
  if (plan.intent === 'fail') return outputs
  const kept = <T extends { id: string }>(part: Part<T, unknown> | undefined): string | undefined =>
    part !== undefined && part.kind !== 'create' ? part.found.id : undefined
  const set = (name: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') outputs[name] = value
  }
  set(DATAFLOW_OUTPUT.sourceConnectionId, kept(plan.source))
  set(DATAFLOW_OUTPUT.targetConnectionId, kept(plan.target))
  if (plan.flow.kind !== 'create') {
    set(DATAFLOW_OUTPUT.dataflowId, plan.flow.found.id)
    set(DATAFLOW_OUTPUT.state, plan.flow.found.state)
  }
  if (plan.mapping.kind === 'reuse') {
    set(DATAFLOW_OUTPUT.mappingId, plan.mapping.id)
    set(DATAFLOW_OUTPUT.mappingVersion, String(plan.mapping.version))
  }
  return outputs
}

/** The step's outputs after a run. */
export function runOutputs(result: DataflowResult, waited: WaitResult | undefined): Record<string, string> {
  const outputs: Record<string, string> = {
    [DATAFLOW_OUTPUT.dataflowId]: result.dataflowId,
    [DATAFLOW_OUTPUT.sourceConnectionId]: result.sourceConnectionId,
    [DATAFLOW_OUTPUT.targetConnectionId]: result.targetConnectionId,
    [DATAFLOW_OUTPUT.mappingId]: result.mappingId,
    [DATAFLOW_OUTPUT.mappingVersion]: String(result.mappingVersion),
    [DATAFLOW_OUTPUT.state]: waited?.state ?? result.state,
    [DATAFLOW_OUTPUT.outcome]: result.outcome
  }
  if (waited?.run) {
    // One spelling for workflows to compare: Adobe's `Failed` is `failed` here.
    outputs[DATAFLOW_OUTPUT.runStatus] = shown(waited.run.status).toLowerCase()
    outputs[DATAFLOW_OUTPUT.recordsWritten] = String(waited.run.recordsWritten ?? 0)
  }
  return outputs
}

/** A first run that did not succeed: its id, its status, and Adobe's errors (at most 10). */
export function firstRunFailure(dataflowId: string, run: Run): string {
  const errors = run.errors
    .slice(0, 10)
    .map(error => [error.code, error.message?.replace(/\.$/, '')].filter(part => part !== undefined).join(': '))
    .filter(text => text !== '')
  const more = run.errors.length > 10 ? ` and ${run.errors.length - 10} more` : ''
  const listedErrors = errors.length === 0 ? '' : ` Adobe's errors: ${errors.join('; ')}${more}.`
  return `The first run of dataflow ${dataflowId} (${shown(run.id)}) ended ${shown(run.status)}.${listedErrors} See the run under Sources > Dataflows in Experience Platform.`
}

/** The job summary: the plan, and the outputs so far. */
export function summary(plan: DataflowPlan, outputs: Readonly<Record<string, string>>): Summary {
  return {
    heading: `Dataflow "${plan.name}" in sandbox ${plan.sandboxName}${plan.dryRun ? ' (dry run)' : ''}`,
    lines: planLines(plan),
    table: [['output', 'value'], ...Object.entries(outputs)]
  }
}

/** A dry run: the plan, one line per object, and what a real run would output. */
export function describeDryRun(plan: DataflowPlan): DryRunReport {
  const outputs = dryRunOutputs(plan)
  return {
    lines: planLines(plan).map(line => `Dry run: ${line}`),
    outputs,
    summary: summary(plan, outputs),
    failure: plan.intent === 'fail' ? failureMessage(plan) : undefined
  }
}
