// The clients for one run, from plain values (not inputs): one transport with its kept-alive
// connections, one token source, and one client per Adobe API on top. The main and post steps of
// every action build the same.
import { DEFAULT_RETRY, Transport } from '../http/transport.js'
import { log } from '../runner/log.js'
import { Catalog, CatalogClient } from './catalog.js'
import { DataPrep, DataPrepClient } from './data-prep.js'
import { describeAnswer, Wording } from './errors.js'
import { FlowService, FlowServiceClient } from './flow-service.js'
import { ClientCredentials, ImsTokenSource, StaticTokenSource, TokenSource } from './ims.js'
import { Platform } from './platform.js'
import { SchemaRegistry, SchemaRegistryClient } from './schema-registry.js'

/** Where and how a run reaches Adobe. */
export interface AdobeSettings {
  readonly credentials:
    ({ readonly kind: 'client' } & ClientCredentials) | { readonly kind: 'token'; readonly accessToken: string }
  readonly apiKey: string
  readonly orgId: string
  readonly sandboxName: string
  readonly platformUrl: string
  readonly imsUrl: string
  readonly timeoutMs: number
  readonly maxAttempts: number
}

/** Adobe's APIs, as a run calls them. */
export interface Adobe {
  readonly flowService: FlowService
  readonly catalog: Catalog
  readonly dataPrep: DataPrep
  readonly schemaRegistry: SchemaRegistry
}

export interface Clients extends Adobe {
  /** Closes the kept-alive connections, so that the step ends as soon as its work is done. */
  close(): void
}

/** How a run words Adobe's advice, waits between attempts, and knows to start no more (a cancelled job). */
export interface ConnectOptions {
  readonly wording: Wording
  readonly sleep?: (ms: number) => Promise<void>
  /** The signal that cancelled the job, if one did: no further attempt starts. */
  readonly cancelled?: () => string | undefined
  /** Platform connections to open while the token is fetched: as many requests as go out together first. */
  readonly connections?: number
}

export function connect(
  settings: AdobeSettings,
  { wording, sleep, cancelled, connections = 1 }: ConnectOptions
): Clients {
  const pacing = { ...(sleep && { sleep }), ...(cancelled && { stopped: () => cancelled() !== undefined }) }
  const transport = new Transport(
    { ...DEFAULT_RETRY, ...pacing, maxAttempts: settings.maxAttempts, timeoutMs: settings.timeoutMs },
    log,
    describeAnswer
  )
  // The platform's TCP and TLS handshakes overlap the token request to IMS (another origin).
  transport.preconnect(settings.platformUrl, connections)
  const tokens: TokenSource =
    settings.credentials.kind === 'client'
      ? new ImsTokenSource(transport, settings.imsUrl, settings.credentials, wording)
      : new StaticTokenSource(settings.credentials.accessToken)
  const platform = new Platform(transport, settings, tokens, log, wording)
  return {
    flowService: new FlowServiceClient(platform),
    catalog: new CatalogClient(platform),
    dataPrep: new DataPrepClient(platform),
    schemaRegistry: new SchemaRegistryClient(platform),
    close: () => transport.close()
  }
}
