// run(): inputs → credentials → plan → execute → outputs. The one place that sets outputs and failure.
import * as core from '@actions/core'
import { ActionError } from './errors.js'
import { FlowServiceClient } from './flow-service.js'
import { DEFAULT_RETRY, Http } from './http.js'
import { ImsTokenSource, StaticTokenSource, TokenSource } from './ims.js'
import { Config, readConfig } from './inputs.js'
import { provision } from './provision.js'
import { writeSummary } from './summary.js'

/** State the post step reads: the id of a connection this run created, when it should be deleted. */
export const CREATED_STATE = 'created-base-connection-id'

const log = { info: core.info, debug: core.debug, warning: (message: string) => core.warning(message) }

/** The clients for one run; the post step builds the same ones. */
export function connect(config: Config): FlowServiceClient {
  const http = new Http({ ...DEFAULT_RETRY, maxAttempts: config.maxAttempts, timeoutMs: config.timeoutMs }, log)
  const tokens: TokenSource =
    config.credentials.kind === 'client'
      ? new ImsTokenSource(http, config.imsUrl, config.credentials)
      : new StaticTokenSource(config.credentials.accessToken)
  return new FlowServiceClient(http, config, tokens, log)
}

export async function run(): Promise<void> {
  try {
    const config = readConfig()
    const result = await provision(config, {
      flow: connect(config),
      log,
      now: Date.now,
      onCreated: id => {
        if (config.deleteOnCompletion) core.saveState(CREATED_STATE, id)
      },
      onDeleted: () => {
        if (config.deleteOnCompletion) core.saveState(CREATED_STATE, '')
      }
    })
    // Outputs are never masked: later jobs must be able to read them.
    core.setOutput('base-connection-id', result.id ?? '')
    core.setOutput('etag', result.etag ?? '')
    core.setOutput('created', String(result.outcome === 'created'))
    await writeSummary(config, result)
  } catch (error) {
    fail(error)
  }
}

/** Expected failures show their message only; anything else is a bug, with its stack in the debug log. */
function fail(error: unknown): void {
  if (error instanceof ActionError) {
    core.setFailed(error.message)
    return
  }
  const err = error instanceof Error ? error : new Error(String(error))
  core.debug(err.stack ?? err.message)
  core.setFailed(`Unexpected error (please report it): ${err.message}`)
}
