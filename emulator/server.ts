// A local Adobe IMS + Experience Platform (Flow Service, Data Prep, Catalog) on one loopback origin,
// for tests and `npm run demo`. Every request is recorded; faults can be injected per method and path.
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'

import { CATALOG_BASE, handleCatalog } from './catalog.js'
import { CRM_TO_AEP_FLOW_SPEC, CRM_TO_AEP_FLOW_SPEC_NEWEST, DEMO_DATASET, ORACLE_TABLES } from './chain-seed.js'
import type { RequestContext } from './context.js'
import { DATA_PREP_BASE, handleDataPrep } from './data-prep.js'
import { type EmuResponse, json } from './errors.js'
import { commits, Faults } from './faults.js'
import { FLOW_BASE, type FlowConfig, handleFlowService } from './flow-service.js'
import { renderFlow, renderRun, settleFlows } from './flows.js'
import { handleIms, IMS_TOKEN_PATH } from './ims.js'
import { parseQuery, queryRecord } from './query.js'
import { seedFlow, seedRuns } from './run-history.js'
import { handleSchemaRegistry, SCHEMA_REGISTRY_BASE } from './schema-registry.js'
import { ORACLE_SERVICE_CLOUD_SPEC } from './specs.js'
import { newEtag, Store } from './store.js'
import type {
  Emulator,
  EmulatorClient,
  EmulatorOptions,
  FaultAction,
  OracleAccount,
  RecordedRequest,
  SeedConnectionInit,
  SeedFlowInit,
  SeedRun,
  StoredConnection
} from './types.js'

export { CATALOG_BASE } from './catalog.js'
export {
  CRM_TO_AEP_FLOW_SPEC,
  CRM_TO_AEP_FLOW_SPEC_NEWEST,
  DATA_LAKE_SPEC_ID,
  DEMO_DATASET,
  ORACLE_TABLES
} from './chain-seed.js'
export { DATA_PREP_BASE } from './data-prep.js'
export { FLOW_BASE } from './flow-service.js'
export { IMS_TOKEN_PATH } from './ims.js'
export { RUN_ERRORS } from './run-history.js'
export { altIdOf, SCHEMA_REGISTRY_BASE } from './schema-registry.js'
export { ORACLE_SERVICE_CLOUD_SPEC, SITE_BASIC_AUTH_SPEC } from './specs.js'
export type * from './types.js'

/** The demo OAuth Server-to-Server credential the emulator knows by default. */
export const DEMO_CLIENT: Readonly<EmulatorClient> = Object.freeze({
  clientId: 'demo-client-id',
  clientSecret: 'demo-client-secret',
  orgId: '0123456789ABCDEF01234567@AdobeOrg'
})

/** The demo Oracle Service Cloud account explore accepts by default. */
export const DEMO_ORACLE: Readonly<OracleAccount> = Object.freeze({
  host: 'https://acme.custhelp.com',
  username: 'aep-demo',
  password: 'demo-Password-1'
})

/** Action inputs that work against an emulator at `url` with the demo credential and Oracle account. */
export function demoInputs(url: string): Record<string, string> {
  return {
    host: DEMO_ORACLE.host,
    username: DEMO_ORACLE.username,
    password: DEMO_ORACLE.password,
    'client-id': DEMO_CLIENT.clientId,
    'client-secret': DEMO_CLIENT.clientSecret,
    'org-id': DEMO_CLIENT.orgId,
    'platform-url': url,
    'ims-url': url
  }
}

/** A connection created in the Platform UI has this client. */
const UI_CLIENT = 'exc_app'
const UI_USER = '28AF22BA5DE6B0B40A494036@AdobeID'

/** A body that is cut off mid-way: not valid JSON, though labelled as JSON. */
const MALFORMED_BODY = '{"id":"3f1c0e0a-5b7e-4d2e-9c1a-'

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  // Adobe spells a failed run `Failed` (sort-and-filter.md); the old lower-case option is refused, not guessed at.
  const runStatus: unknown = options.runStatus ?? 'success'
  if (runStatus !== 'success' && runStatus !== 'Failed') {
    throw new RangeError(
      `runStatus must be 'success' or 'Failed' (as Adobe spells it), got ${JSON.stringify(runStatus)}`
    )
  }
  const crmToAep: unknown = options.crmToAep ?? 'listed'
  if (crmToAep !== 'listed' && crmToAep !== 'newest') {
    throw new RangeError(`crmToAep must be 'listed' or 'newest', got ${JSON.stringify(crmToAep)}`)
  }
  const clients = [...(options.clients ?? [DEMO_CLIENT])]
  const sandboxes = [...(options.sandboxes ?? ['prod'])]
  const oracleAccounts = [...(options.oracleAccounts ?? [DEMO_ORACLE])]
  const tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 86399
  // advanceClock() moves it on; reset() puts it back.
  let clockOffsetMs = options.clockOffsetMs ?? 0
  const now = (): number => Date.now() + clockOffsetMs
  const flowConfig: FlowConfig = {
    now,
    sandboxes,
    pageSize: options.pageSize ?? 20,
    maxLimit: options.maxLimit ?? 1000,
    oracleAccounts,
    flowEnableDelayMs: options.flowEnableDelayMs ?? 0,
    runDurationMs: options.runDurationMs ?? 0,
    runStatus,
    recordsPerRun: options.recordsPerRun ?? 42,
    tables: structuredClone(options.tables ?? ORACLE_TABLES)
  }
  const catalogConfig = { sandboxes, seededAt: now() - 7 * 86_400_000 }
  const store = new Store(
    structuredClone(options.connectionSpecs ?? [ORACLE_SERVICE_CLOUD_SPEC]),
    structuredClone(options.flowSpecs ?? [crmToAep === 'newest' ? CRM_TO_AEP_FLOW_SPEC_NEWEST : CRM_TO_AEP_FLOW_SPEC]),
    structuredClone(options.datasets ?? [DEMO_DATASET])
  )
  const faults = new Faults()
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  const delays = new Set<NodeJS.Timeout>()

  /** A fault delay; close() cancels pending ones so a long delay cannot keep the process alive. */
  function delay(ms: number): Promise<void> {
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        delays.delete(timer)
        resolve()
      }, ms)
      delays.add(timer)
    })
  }

  function route(ctx: RequestContext): EmuResponse {
    if (ctx.pathname === IMS_TOKEN_PATH) return handleIms(ctx, store, { clients, tokenLifetimeSeconds })
    const under = (base: string): boolean => ctx.pathname === base || ctx.pathname.startsWith(`${base}/`)
    if (under(FLOW_BASE)) return handleFlowService(ctx, store, flowConfig)
    if (under(DATA_PREP_BASE)) return handleDataPrep(ctx, store, flowConfig)
    if (under(CATALOG_BASE)) return handleCatalog(ctx, store, catalogConfig)
    if (under(SCHEMA_REGISTRY_BASE)) return handleSchemaRegistry(ctx, store, { sandboxes })
    return json(404, { errorMessage: `No resource at ${ctx.method} ${ctx.pathname}` })
  }

  function send(res: http.ServerResponse, response: EmuResponse, ctx: RequestContext): void {
    options.log?.(`${ctx.method} ${ctx.pathname} -> ${response.status}`)
    res.writeHead(response.status, {
      date: new Date(now()).toUTCString(),
      ...response.headers,
      'x-request-id': ctx.requestId
    })
    res.end(response.body)
  }

  /** Answers with the fault instead of (or, with commit, after computing) the real response. */
  function applyFault(
    action: Exclude<FaultAction, { delayMs: number } | { lateCommitMs: number }>,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    ctx: RequestContext
  ): void {
    if ('reset' in action) {
      options.log?.(`${ctx.method} ${ctx.pathname} -> connection reset (fault)`)
      req.socket.destroy()
    } else if ('hang' in action) {
      options.log?.(`${ctx.method} ${ctx.pathname} -> no answer (fault)`)
    } else if ('stallBody' in action) {
      options.log?.(`${ctx.method} ${ctx.pathname} -> headers, then a stalled body (fault)`)
      res.writeHead(ctx.method === 'POST' ? 201 : 200, {
        'content-type': 'application/json',
        'x-request-id': ctx.requestId
      })
      res.write('{"items":[')
    } else if ('malformed' in action) {
      send(
        res,
        {
          status: ctx.method === 'POST' ? 201 : 200,
          headers: { 'content-type': 'application/json' },
          body: MALFORMED_BODY
        },
        ctx
      )
    } else {
      const isText = typeof action.body === 'string'
      const headers: Record<string, string> =
        action.body === undefined || isText ? {} : { 'content-type': 'application/json' }
      const body = action.body === undefined ? '' : isText ? (action.body as string) : JSON.stringify(action.body)
      send(res, { status: action.status, headers: { ...headers, ...action.headers }, body }, ctx)
    }
  }

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = Date.now()
    const body = await readBody(req)
    const rawUrl = req.url ?? '/'
    const q = rawUrl.indexOf('?')
    const pathname = q === -1 ? rawUrl : rawUrl.slice(0, q)
    const rawQuery = q === -1 ? '' : rawUrl.slice(q + 1)
    const query = parseQuery(rawQuery)
    const headers = flattenHeaders(req.headers)
    const method = (req.method ?? 'GET').toUpperCase()
    requests.push(
      record({
        method,
        path: pathname,
        rawUrl,
        query: queryRecord(query),
        headers,
        body,
        at,
        port: req.socket.localPort ?? 0
      })
    )
    const ctx: RequestContext = { method, pathname, rawQuery, query, headers, body, requestId: randomUUID() }

    const action = faults.take(method, pathname)
    if (action === undefined) return send(res, route(ctx), ctx)
    if ('delayMs' in action) {
      await delay(action.delayMs)
      return send(res, route(ctx), ctx)
    }
    if ('lateCommitMs' in action) {
      options.log?.(`${ctx.method} ${ctx.pathname} -> no answer, effect in ${action.lateCommitMs} ms (fault)`)
      await delay(action.lateCommitMs)
      route(ctx)
      return
    }
    if (commits(action)) route(ctx) // the change happens; only the answer is lost or replaced
    applyFault(action, req, res, ctx)
  }

  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    serve(req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)))
    })
  }
  /** New TCP connections accepted, by the port they came in on. */
  const accepted = new Map<number, number>()
  async function listen(port: number): Promise<{ server: http.Server; port: number }> {
    const server = options.tls
      ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler)
      : http.createServer(handler)
    server.on('connection', (socket: Socket) => {
      sockets.add(socket)
      accepted.set(socket.localPort ?? 0, (accepted.get(socket.localPort ?? 0) ?? 0) + 1)
      socket.on('close', () => sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
    return { server, port: (server.address() as AddressInfo).port }
  }
  const scheme = options.tls ? 'https' : 'http'
  const { server, port } = await listen(options.port ?? 0)
  const url = `${scheme}://127.0.0.1:${port}`
  // A second origin onto the same services, e.g. ims-url apart from platform-url, as at Adobe.
  const second = options.secondOrigin ? await listen(0) : undefined
  const servers = second ? [server, second.server] : [server]

  function firstClient(): EmulatorClient {
    const client = clients[0]
    if (!client) throw new Error('the emulator has no clients configured')
    return client
  }

  function seedConnection(init: SeedConnectionInit): StoredConnection {
    const spec = store.specs.find(s => s.id === (init.connectionSpecId ?? ORACLE_SERVICE_CLOUD_SPEC.id))
    const account = oracleAccounts[0] ?? DEMO_ORACLE
    const createdClient = init.createdClient ?? UI_CLIENT
    const createdBy = createdClient === UI_CLIENT ? UI_USER : createdClient
    const createdAt = init.createdAt ?? now() - 86_400_000
    const sandboxName = init.sandboxName ?? sandboxes[0] ?? 'prod'
    const etag = newEtag()
    const seeded: StoredConnection = {
      id: randomUUID(),
      createdAt,
      updatedAt: createdAt,
      createdBy,
      updatedBy: createdBy,
      createdClient,
      updatedClient: createdClient,
      sandboxId: store.sandboxId(sandboxName),
      sandboxName,
      imsOrgId: init.orgId ?? firstClient().orgId,
      name: init.name,
      ...(init.description !== undefined ? { description: init.description } : {}),
      connectionSpec: {
        id: init.connectionSpecId ?? ORACLE_SERVICE_CLOUD_SPEC.id,
        version: init.connectionSpecVersion ?? spec?.version ?? '1.0'
      },
      state: init.state ?? 'enabled',
      auth: {
        specName: init.authSpecName ?? spec?.authSpec[0]?.name ?? 'Basic Authentication',
        params: structuredClone(
          init.params ?? { host: account.host, username: account.username, password: account.password }
        )
      },
      version: etag,
      etag
    }
    store.connections.set(seeded.id, seeded)
    return structuredClone(seeded)
  }

  return {
    url,
    port,
    secondUrl: second && `${scheme}://127.0.0.1:${second.port}`,
    connectionsAccepted: (at: string): number => accepted.get(Number(new URL(at).port)) ?? 0,
    requests,
    connections: () => [...store.connections.values()].map(c => structuredClone(c)),
    seedConnection,
    seedFlow: (init: SeedFlowInit) =>
      seedFlow({ store, config: flowConfig, clients, tokenLifetimeSeconds, route, seedConnection }, init),
    seedRuns: (flowId: string, runs: readonly SeedRun[]) => seedRuns(store, flowConfig, flowId, runs),
    issueToken(tokenOptions = {}): string {
      const clientId = tokenOptions.clientId ?? firstClient().clientId
      const orgId = tokenOptions.orgId ?? clients.find(c => c.clientId === clientId)?.orgId ?? firstClient().orgId
      return store.issueToken(clientId, orgId, tokenLifetimeSeconds)
    },
    expireTokens: () => store.expireTokens(),
    retireConnectionSpec: (id: string) => void store.retiredSpecs.add(id),
    sourceConnections: () => [...store.sourceConnections.values()].map(c => structuredClone(c)),
    targetConnections: () => [...store.targetConnections.values()].map(c => structuredClone(c)),
    flows() {
      settleFlows(store, flowConfig)
      return [...store.flows.values()].map(f => renderFlow(store, flowConfig, f))
    },
    mappingSets: () => [...store.mappingSets.values()].map(m => structuredClone(m)),
    runs() {
      settleFlows(store, flowConfig)
      return [...store.runs.values()].map(r => renderRun(r, now()))
    },
    flowReads(flowId: string) {
      const reads = store.flowReads.get(flowId)
      return reads && structuredClone(reads)
    },
    runReads(runId: string) {
      settleFlows(store, flowConfig)
      const reads = store.runs.get(runId)?.reads
      return reads && structuredClone(reads)
    },
    retireFlowSpec: (id: string) => void store.retiredFlowSpecs.add(id),
    advanceClock(ms: number): void {
      if (!(ms >= 0)) throw new RangeError(`the clock only moves forward, got ${ms} ms`)
      clockOffsetMs += ms
    },
    fault: rule => faults.add(rule),
    clearFaults: () => faults.clear(),
    reset(): void {
      store.reset()
      clockOffsetMs = options.clockOffsetMs ?? 0
      faults.clear()
      requests.length = 0
      accepted.clear()
      // A late commit of one test must not land in the next.
      for (const timer of delays) clearTimeout(timer)
      delays.clear()
    },
    close(): Promise<void> {
      return new Promise<void>(resolve => {
        let open = servers.length
        for (const each of servers) each.close(() => --open === 0 && resolve())
        // Hung requests (fault `hang`) and keep-alive sockets would keep the server, and Jest, alive.
        for (const socket of sockets) socket.destroy()
        for (const timer of delays) clearTimeout(timer)
        delays.clear()
      })
    }
  }
}

function record(fields: Omit<RecordedRequest, 'json' | 'form'>): RecordedRequest {
  const recorded: RecordedRequest = { ...fields }
  if (fields.body.trim() !== '') {
    try {
      recorded.json = JSON.parse(fields.body) as unknown
    } catch {
      // not JSON: only `body` is kept
    }
  }
  if ((fields.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    recorded.form = Object.fromEntries(new URLSearchParams(fields.body))
  }
  return recorded
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
