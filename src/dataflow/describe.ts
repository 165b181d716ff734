// Words for a dataflow plan and for what came of it: the dry run's lines, the job summary and the
// outputs. Every text is derived from the plan object; nothing here decides anything.
import { DataflowResult, WaitResult } from './execute.js'
import { DATAFLOW_OUTPUT } from './names.js'
import { DataflowPlan, FlowPart, MappingPart, Part } from './plan.js'

/** The plan, one line per object, as a dry run prints it and the job summary lists it. */
export function planLines(plan: DataflowPlan): string[] {
  if (plan.intent === 'fail') return [`would fail: ${plan.failure ?? ''}`]
  const lines: string[] = []
  if (plan.source) lines.push(partLine('source connection', plan.source))
  if (plan.target) lines.push(partLine('target connection', plan.target))
  if (plan.mapping) lines.push(mappingLine(plan.mapping))
  if (plan.flow) lines.push(flowLine(plan.name, plan.flow))
  return lines
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
  if (part.kind === 'create') return `dataflow "${name}": create as a draft, then publish (${schedule})`
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
  const kept = <T extends { id: string }>(part: Part<T, unknown> | undefined): string | undefined =>
    part !== undefined && part.kind !== 'create' ? part.found.id : undefined
  const set = (name: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') outputs[name] = value
  }
  set(DATAFLOW_OUTPUT.sourceConnectionId, kept(plan.source))
  set(DATAFLOW_OUTPUT.targetConnectionId, kept(plan.target))
  if (plan.flow && plan.flow.kind !== 'create') {
    set(DATAFLOW_OUTPUT.dataflowId, plan.flow.found.id)
    set(DATAFLOW_OUTPUT.state, plan.flow.found.state)
  }
  if (plan.mapping?.kind === 'reuse') {
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
    outputs[DATAFLOW_OUTPUT.runStatus] = waited.run.status
    outputs[DATAFLOW_OUTPUT.recordsWritten] = String(waited.run.recordsWritten ?? 0)
  }
  return outputs
}

/** The job summary: the plan, and the outputs when there was a run. */
export function summaryMarkdown(plan: DataflowPlan, outputs: Record<string, string>): string {
  const heading = `### Dataflow "${escapeCell(plan.name)}" in sandbox ${plan.sandboxName}${plan.dryRun ? ' (dry run)' : ''}`
  const steps = planLines(plan).map(line => `- ${escapeCell(line)}`)
  const rows = Object.entries(outputs).map(([name, value]) => `| ${name} | ${escapeCell(value)} |`)
  return [heading, '', ...steps, '', '| output | value |', '| --- | --- |', ...rows, ''].join('\n')
}

/** Markdown's own characters as literals, and one line: a name cannot format or break the summary. */
function escapeCell(text: string): string {
  return text.replace(/[|`\\*_<>[\]]/g, c => `\\${c}`).replace(/[\r\n]+/g, ' ')
}
