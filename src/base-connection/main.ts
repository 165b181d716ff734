// run(): inputs → clients → look-up → plan → execute (or describe, in a dry run) → outputs.
// The one place that sets outputs and failure.
import * as core from '@actions/core'

import { Clients, connect } from '../adobe/connect.js'
import { IS_POST_STATE } from '../runner/entry.js'
import { ActionError } from '../runner/errors.js'
import { log } from '../runner/log.js'
import { fail, watchForCancellation } from '../runner/step.js'
import { dryRunFailure, dryRunResult, dryRunText, outputs, Result, summary } from './describe.js'
import { execute, lookUp, PendingCreate } from './execute.js'
import { Config, readConfig } from './inputs.js'
import { STATE } from './names.js'
import { lookUps, makePlan, Plan } from './plan.js'

export async function run(): Promise<void> {
  core.saveState(IS_POST_STATE, 'true')
  const { cancelled, stop, sleep } = watchForCancellation()
  let clients: Clients | undefined
  try {
    const config = readConfig()
    if (config.deleteOnCompletion) log.warning(DELETE_ON_COMPLETION_NOTE)
    clients = connect(config, { sleep, stopped: () => cancelled() !== undefined })
    const { flow } = clients
    const plan = makePlan(config, await lookUp(flow, config, lookUps(config), sleep))
    const result = plan.dryRun
      ? describeDryRun(plan)
      : await execute(plan, {
          flow,
          log,
          now: Date.now,
          sleep,
          commitWaitMs: config.timeoutMs,
          cancelled,
          ...stateKeeping(config)
        })
    for (const [name, value] of Object.entries(outputs(plan, result))) core.setOutput(name, value)
    await writeSummary(plan, result)
    // A dry run that would fail fails the step, after the plan and the outputs, so it can block a pull request.
    const failure = plan.dryRun ? dryRunFailure(plan) : undefined
    if (failure !== undefined) throw new ActionError(failure)
  } catch (error) {
    fail(error)
  } finally {
    clients?.close()
    stop()
  }
}

const DELETE_ON_COMPLETION_NOTE =
  'delete-on-completion is on: a connection this run creates is deleted when this job ends. Use its id only in later steps of this job, not in later jobs.'

/**
 * With delete-on-completion, the state the post step reads: a marker written before the POST is
 * sent (so a kill mid-POST still leaves a trace), then the id once Flow Service has answered.
 */
function stateKeeping(config: Config) {
  if (!config.deleteOnCompletion) return {}
  return {
    onCreating: (pending: PendingCreate): void => core.saveState(STATE.pendingCreate, JSON.stringify(pending)),
    onCreateSettled: (): void => core.saveState(STATE.pendingCreate, ''),
    onCreated: (id: string): void => core.saveState(STATE.createdConnectionId, id),
    onDeleted: (): void => core.saveState(STATE.createdConnectionId, '')
  }
}

function describeDryRun(plan: Plan): Result {
  // One log line per line: the body is multi-line JSON.
  dryRunText(plan)
    .flatMap(text => text.split('\n'))
    .forEach(line => log.info(line))
  return dryRunResult(plan)
}

async function writeSummary(plan: Plan, result: Result): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return // not on a runner
  const { rows, dryRun } = summary(plan, result)
  const table = core.summary.addHeading('Adobe Experience Platform base connection', 3).addTable([
    [
      { data: 'Field', header: true },
      { data: 'Value', header: true }
    ],
    ...rows
  ])
  if (dryRun !== undefined) table.addCodeBlock(dryRun, 'text')
  await table.write()
}
