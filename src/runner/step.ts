// What every action's steps share with the runner: cancellation signals, how a step fails, and
// the job state the runner keeps between a main step and its post step.
import { types } from 'node:util'

import * as core from '@actions/core'

import { ActionError } from './errors.js'
import { IS_POST_STATE, StateStore } from './job-state.js'
import { log } from './log.js'

/** What a main step knows of its job's cancellation. */
export interface Cancellation {
  /** The signal that cancelled the job, if one did. */
  readonly cancelled: () => string | undefined
  /** Waits as asked, or until the job is cancelled: a backoff never outlasts the first signal. */
  readonly sleep: (ms: number) => Promise<void>
}

/**
 * Every action's main step: marks the job state as its own (so the bundle knows its post step
 * later), watches for cancellation, and turns any failure into the step's result.
 */
export async function runMainStep(body: (cancellation: Cancellation) => Promise<void>): Promise<void> {
  core.saveState(IS_POST_STATE, 'true')
  const { stop, ...cancellation } = watchForCancellation()
  try {
    await body(cancellation)
  } catch (error) {
    fail(error)
  } finally {
    stop()
  }
}

/**
 * A cancelled job gets SIGINT, then SIGTERM 7.5 s later, then a kill. The first signal lets the
 * request in flight finish (so a connection it makes is recorded for the post step), cuts any wait
 * short, and stops the run before its next attempt or step; the second ends it at once.
 */
export function watchForCancellation(): Cancellation & { stop: () => void } {
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

/** Expected failures show their message only; anything else is a bug, with its stack in the debug log. */
export function fail(error: unknown): void {
  if (error instanceof ActionError) {
    log.failed(error.message)
    return
  }
  // isNativeError: an Error from another realm (Node's own, under a test runner) is one too.
  const err = types.isNativeError(error) ? error : new Error(String(error))
  log.debug(err.stack ?? err.message)
  log.failed(`Unexpected error (please report it): ${err.message}`)
}

/** The job state, as the runner keeps it for the post step of the same action. */
export const jobState: StateStore = { save: core.saveState, load: core.getState }

/** Waits, uncut by signals: for a post step, which the runner gives its own time. */
export function pause(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
