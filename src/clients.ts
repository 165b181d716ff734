// The clients for one run, built from the configuration; the main and post steps build the same.
import { describeAnswer } from './adobe/errors.js'
import { FlowServiceClient } from './adobe/flow-service.js'
import { ImsTokenSource, StaticTokenSource, TokenSource } from './adobe/ims.js'
import { DEFAULT_RETRY, Transport } from './http/transport.js'
import { Config } from './inputs.js'
import { log } from './log.js'

export { log } from './log.js'

export function connect(config: Config): FlowServiceClient {
  const transport = new Transport(
    { ...DEFAULT_RETRY, maxAttempts: config.maxAttempts, timeoutMs: config.timeoutMs },
    log,
    describeAnswer
  )
  const tokens: TokenSource =
    config.credentials.kind === 'client'
      ? new ImsTokenSource(transport, config.imsUrl, config.credentials)
      : new StaticTokenSource(config.credentials.accessToken)
  return new FlowServiceClient(transport, config, tokens, log)
}
