// The base connection action's main step: inputs → clients → look-up → plan → execute (or, in a
// dry run, describe) → outputs and summary.
import { connect } from '../adobe/connect.js'
import { recordCreates } from '../runner/job-state.js'
import { log } from '../runner/log.js'
import { reportDryRun, setOutputs, writeSummary } from '../runner/report.js'
import { jobState, runMainStep } from '../runner/step.js'
import { describeDryRun, outputs, summary, wording } from './describe.js'
import { execute, lookUp } from './execute.js'
import { readConfig } from './inputs.js'
import { lookUps, makePlan } from './plan.js'

export function run(): Promise<void> {
  return runMainStep(async ({ cancelled, sleep }) => {
    const config = readConfig()
    if (config.deleteOnCompletion) log.warning(DELETE_ON_COMPLETION_NOTE)
    const clients = connect(config, { sleep, stopped: () => cancelled() !== undefined, wording })
    try {
      const flow = clients.flowService
      const plan = makePlan(config, await lookUp(flow, config, lookUps(config), sleep))
      if (plan.dryRun) return await reportDryRun(describeDryRun(plan))
      const result = await execute(plan, {
        flow,
        log,
        now: Date.now,
        sleep,
        commitWaitMs: config.timeoutMs,
        cancelled,
        record: config.deleteOnCompletion ? recordCreates(jobState) : undefined
      })
      setOutputs(outputs(plan, result))
      await writeSummary(summary(plan, result))
    } finally {
      clients.close()
    }
  })
}

const DELETE_ON_COMPLETION_NOTE =
  'delete-on-completion is on: a connection this run creates is deleted when this job ends. Use its id only in later steps of this job, not in later jobs.'
