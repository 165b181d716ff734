// run(): inputs → clients → look-up → plan → execute (or describe, in a dry run) → outputs.
// The one place that sets outputs and failure.
import * as core from '@actions/core'
import { types } from 'node:util'
import { connect, log } from './clients.js'
import { STATE } from './constants.js'
import { dryRunResult, dryRunText, dryRunWarning, outputs, Result, summary } from './describe.js'
import { ActionError } from './errors.js'
import { execute, lookUp } from './execute.js'
import { readConfig } from './inputs.js'
import { lookUps, makePlan, Plan } from './plan.js'

export async function run(): Promise<void> {
  try {
    const config = readConfig()
    const flow = connect(config)
    const plan = makePlan(config, await lookUp(flow, config, lookUps(config)))
    const result = plan.dryRun
      ? describeDryRun(plan)
      : await execute(plan, {
          flow,
          log,
          now: Date.now,
          onCreated: id => {
            if (config.deleteOnCompletion) core.saveState(STATE.createdConnectionId, id)
          },
          onDeleted: () => {
            if (config.deleteOnCompletion) core.saveState(STATE.createdConnectionId, '')
          }
        })
    for (const [name, value] of Object.entries(outputs(result))) core.setOutput(name, value)
    await writeSummary(plan, result)
  } catch (error) {
    fail(error)
  }
}

function describeDryRun(plan: Plan): Result {
  dryRunText(plan).forEach(line => core.info(line))
  const warning = dryRunWarning(plan)
  if (warning !== undefined) core.warning(warning)
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

/** Expected failures show their message only; anything else is a bug, with its stack in the debug log. */
function fail(error: unknown): void {
  if (error instanceof ActionError) {
    core.setFailed(error.message)
    return
  }
  // isNativeError: an Error from another realm (Node's own, under a test runner) is one too.
  const err = types.isNativeError(error) ? error : new Error(String(error))
  core.debug(err.stack ?? err.message)
  core.setFailed(`Unexpected error (please report it): ${err.message}`)
}
