// What both actions' main steps share with the runner: cancellation signals, and how a step fails.
import { types } from 'node:util'

import { ActionError } from './errors.js'
import { log } from './log.js'

/**
 * A cancelled job gets SIGINT, then SIGTERM 7.5 s later, then a kill. The first signal lets the
 * request in flight finish (so a connection it makes is recorded for the post step), cuts any wait
 * short, and stops the run before its next attempt or step; the second ends it at once.
 */
export function watchForCancellation(): {
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
