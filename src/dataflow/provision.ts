// The dataflow action's work once its inputs are read: clients → look-up → plan → execute (or, in
// a dry run, describe) → wait → outputs and summary.
import { Adobe, connect } from '../adobe/connect.js'
import { executorDeps } from '../converge/create.js'
import { ActionError } from '../runner/errors.js'
import { log } from '../runner/log.js'
import { reportDryRun, setOutputs, writeSummary } from '../runner/report.js'
import { Cancellation } from '../runner/step.js'
import {
  adoptedElsewhere,
  describeDryRun,
  firstRunFailure,
  planLines,
  runOutputs,
  summary,
  wording
} from './describe.js'
import { executeDataflow, LOOK_UP_WAVE, lookUpChain, waitFor } from './execute.js'
import { DataflowConfig } from './inputs.js'
import { ChainKind } from './names.js'
import { DataflowPlan, makeDataflowPlan } from './plan.js'

export async function provision(config: DataflowConfig, cancellation: Cancellation): Promise<void> {
  if (config.deleteOnCompletion) log.warning(DELETE_ON_COMPLETION_NOTE)
  const clients = connect(config, { wording, ...cancellation, connections: LOOK_UP_WAVE })
  let plan: DataflowPlan | undefined
  let outputs: Record<string, string> = {}
  try {
    const adobe: Adobe = clients
    plan = makeDataflowPlan(config, await lookUpChain(adobe, config, cancellation.sleep))
    if (plan.dryRun) return await reportDryRun(describeDryRun(plan))
    for (const line of planLines(plan)) log.info(`Plan: ${line}`)
    const deps = { adobe, ...executorDeps<ChainKind>(config, cancellation) }
    let result = await executeDataflow(plan, deps)
    if (result.adopted && config.ifExists === 'update') {
      // Another run's part won: bring what is live to this run's inputs in place, as a re-run
      // would, so that the outcome says what is live. Not by replacing it: the other run's
      // outputs name that chain. Once: a third run overlapping again ends as it is.
      log.info('Another run created part of the chain at the same time: planning again against what is live')
      plan = makeDataflowPlan(config, await lookUpChain(adobe, config, cancellation.sleep))
      if (plan.intent === 'replace' && plan.replaces !== undefined)
        throw new ActionError(adoptedElsewhere(plan.name, plan.replaces))
      for (const line of planLines(plan)) log.info(`Plan: ${line}`)
      const again = await executeDataflow(plan, deps)
      // A dataflow this run created stays `created`, even when it then updated it.
      const first = result.outcome
      result = { ...again, outcome: first === 'created' || again.outcome === 'unchanged' ? first : again.outcome }
    }
    outputs = runOutputs(result, undefined)
    setOutputs(outputs)
    const waited = await waitFor(config.wait, result, config.waitTimeoutMs, deps)
    outputs = runOutputs(result, waited)
    setOutputs(outputs)
    // Statuses compared without regard to case: Adobe spells them `success` and `Failed`.
    if (waited?.run !== undefined && waited.run.status.toLowerCase() !== 'success') {
      throw new ActionError(firstRunFailure(result.dataflowId, waited.run))
    }
  } finally {
    // The summary of a run that failed half-way shows the plan and what it output so far.
    if (plan !== undefined && !plan.dryRun) await writeSummary(summary(plan, outputs))
    clients.close()
  }
}

const DELETE_ON_COMPLETION_NOTE =
  'delete-on-completion is on: the dataflow and connections this run creates are deleted when this job ends. Use their ids only in later steps of this job, not in later jobs.'
