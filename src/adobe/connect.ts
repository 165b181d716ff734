// The clients for one run, built from the configuration; the main and post steps build the same.
import { DEFAULT_RETRY, Transport } from '../http/transport.js'
import { AdobeAccess } from '../runner/access.js'
import { log } from '../runner/log.js'
import { describeAnswer } from './errors.js'
import { FlowServiceClient } from './flow-service.js'
import { ImsTokenSource, StaticTokenSource, TokenSource } from './ims.js'

export interface Clients {
  readonly flow: FlowServiceClient
  /** Closes the kept-alive connections, so that the step ends as soon as its work is done. */
  close(): void
}

/** How a run waits between attempts, and when it should start no more (a cancelled job). */
export interface Pacing {
  readonly sleep: (ms: number) => Promise<void>
  readonly stopped: () => boolean
}

export function connect(config: AdobeAccess, pacing: Partial<Pacing> = {}): Clients {
  const transport = new Transport(
    { ...DEFAULT_RETRY, ...pacing, maxAttempts: config.maxAttempts, timeoutMs: config.timeoutMs },
    log,
    describeAnswer
  )
  // Flow Service's TCP and TLS handshakes overlap the token request to IMS (another origin).
  transport.preconnect(config.platformUrl)
  const tokens: TokenSource =
    config.credentials.kind === 'client'
      ? new ImsTokenSource(transport, config.imsUrl, config.credentials)
      : new StaticTokenSource(config.credentials.accessToken)
  return { flow: new FlowServiceClient(transport, config, tokens, log), close: () => transport.close() }
}
