// The base connection action's work once its inputs are read: clients → look-up → plan → execute
// (or, in a dry run, describe) → outputs and summary.
import { connect } from '../adobe/connect.js'
import { executorDeps } from '../converge/create.js'
import { log } from '../runner/log.js'
import { reportDryRun, setOutputs, writeSummary } from '../runner/report.js'
import { Cancellation } from '../runner/step.js'
import { describeDryRun, outputs, summary, wording } from './describe.js'
import { execute, lookUp } from './execute.js'
import { Config } from './inputs.js'
import { lookUps, makePlan } from './plan.js'

export async function provision(config: Config, cancellation: Cancellation): Promise<void> {
  if (config.deleteOnCompletion) log.warning(DELETE_ON_COMPLETION_NOTE)
  const clients = connect(config, { wording, ...cancellation })
  try {
    const flow = clients.flowService
    const plan = makePlan(config, await lookUp(flow, config, lookUps(config), cancellation.sleep))
    if (plan.dryRun) return await reportDryRun(describeDryRun(plan))
    const result = await execute(plan, { flow, ...executorDeps(config, cancellation) })
    setOutputs(outputs(plan, result))
    await writeSummary(summary(plan, result))
  } finally {
    clients.close()
  }
}

const DELETE_ON_COMPLETION_NOTE =
  'delete-on-completion is on: a connection this run creates is deleted when this job ends. Use its id only in later steps of this job, not in later jobs.'
