// run(): inputs → clients → look-up → plan → execute (or describe, in a dry run) → outputs.
// The one place that sets outputs and failure.
import * as core from '@actions/core'
import { types } from 'node:util'
import { Clients, connect, log } from './clients.js'
import { STATE } from './constants.js'
import { dryRunFailure, dryRunResult, dryRunText, outputs, Result, summary } from './describe.js'
import { ActionError } from './errors.js'
import { execute, lookUp, PendingCreate } from './execute.js'
import { Config, readConfig } from './inputs.js'
import { lookUps, makePlan, Plan } from './plan.js'

export async function run(): Promise<void> {
  core.saveState(STATE.isPost, 'true')
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

/**
 * A cancelled job gets SIGINT, then SIGTERM 7.5 s later, then a kill. The first signal lets the
 * request in flight finish (so a connection it makes is recorded for the post step), cuts any wait
 * short, and stops the run before its next attempt or step; the second ends it at once.
 */
function watchForCancellation(): {
  cancelled: () => string | undefined
  stop: () => void
  /** Waits as asked, or until the job is cancelled: a backoff never outlasts the first signal. */
  sleep: (ms: number) => Promise<void>
} {
  let signal: string | undefined
  const wakeUp = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    if (signal !== undefined) {
      log.failed(`The job was cancelled (${signal}, then ${name}).`)
      process.exit(1)
    }
    signal = name
    wakeUp.abort()
    log.warning(`Cancelled (${name}): finishing the request in flight, then stopping.`)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    cancelled: () => signal,
    stop: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    },
    sleep: ms =>
      new Promise(resolve => {
        if (wakeUp.signal.aborted) return resolve()
        const timer = setTimeout(resolve, ms)
        wakeUp.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
      })
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

/** Expected failures show their message only; anything else is a bug, with its stack in the debug log. */
function fail(error: unknown): void {
  if (error instanceof ActionError) {
    log.failed(error.message)
    return
  }
  // isNativeError: an Error from another realm (Node's own, under a test runner) is one too.
  const err = types.isNativeError(error) ? error : new Error(String(error))
  log.debug(err.stack ?? err.message)
  log.failed(`Unexpected error (please report it): ${err.message}`)
}
