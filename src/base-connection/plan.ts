// The decision, free of I/O: given the configuration and what the look-up found,
// the steps a run takes. The run executes this plan; the dry run, the logs and the job summary
// describe the same plan (describe.ts).
import { PatchOperation } from '../adobe/collection.js'
import { Connection, ConnectionRequest } from '../adobe/flow-service.js'
import { decide } from '../converge/decide.js'
import { Config } from './inputs.js'

/** What the run ends with: a new connection, an existing one as it is or updated, or a failure. */
export type Intent = 'create' | 'reuse' | 'update' | 'fail'

export type Failure =
  | { readonly why: 'exists'; readonly match: Connection }
  | { readonly why: 'duplicates'; readonly matches: readonly Connection[] }
  /** verify: true on a connection Flow Service does not show as enabled. */
  | { readonly why: 'not-enabled'; readonly match: Connection }

/**
 * POST the request, then settle with runs that created at the same time: the oldest connection of
 * this name wins, and a run whose new connection lost deletes it and then `adopt`s the winner or
 * `fail`s (if-exists=fail). `none`: if-exists=create, where another connection is the point.
 */
export interface CreateStep {
  readonly kind: 'create'
  readonly request: ConnectionRequest
  readonly onLoss: 'adopt' | 'fail' | 'none'
}
export interface ReuseStep {
  readonly kind: 'reuse'
  readonly connection: Connection
}
export interface UpdateStep {
  readonly kind: 'update'
  readonly connection: Connection
  readonly operations: readonly PatchOperation[]
}
/** Explore the connection; on rejected credentials, delete it again when this run created it. */
export interface VerifyStep {
  readonly kind: 'verify'
  readonly deleteOnRejection: boolean
}
/**
 * Before new credentials replace those of a live connection: a temporary connection with them is
 * explored and deleted again, so that rejected credentials never reach the live one.
 */
export interface ProbeStep {
  readonly kind: 'probe'
  readonly request: ConnectionRequest
}
export interface FailStep {
  readonly kind: 'fail'
  readonly failure: Failure
}
export type Step = CreateStep | ReuseStep | UpdateStep | VerifyStep | ProbeStep | FailStep

/** The steps a plan can have, in their order: one that ends with a connection, checked before or after. */
export type Steps =
  | readonly [FailStep]
  | readonly [CreateStep | ReuseStep]
  | readonly [CreateStep | ReuseStep, VerifyStep]
  | readonly [UpdateStep]
  | readonly [ProbeStep, UpdateStep]

/** What a plan is about: never a secret. */
export interface Subject {
  readonly name: string
  readonly sandboxName: string
  readonly connectionSpecId: string
  readonly connectionSpecVersion: string
}

export interface Plan {
  readonly intent: Intent
  readonly steps: Steps
  readonly subject: Subject
  readonly dryRun: boolean
  /** What the look-up found; undefined when nothing was looked up (if-exists=create). */
  readonly matches: readonly Connection[] | undefined
  /** The create request; it holds secrets, so it is printed only redacted. */
  readonly request: ConnectionRequest
}

/** What to read before planning. The dry run checks the spec, so that a retired source is named. */
export function lookUps(config: Pick<Config, 'dryRun' | 'ifExists'>): LookUps {
  // if-exists=create looks nothing up, so that a create is one request; several matches are no
  // failure there, so they need no second look.
  return {
    connectionSpec: config.dryRun,
    byName: config.dryRun || config.ifExists !== 'create',
    recheckDuplicates: config.ifExists !== 'create'
  }
}

export interface LookUps {
  readonly connectionSpec: boolean
  readonly byName: boolean
  /** Look again before several matches count as duplicates (runs may be settling). */
  readonly recheckDuplicates: boolean
}

export function makePlan(config: Config, matches: readonly Connection[] | undefined): Plan {
  const request = buildConnectionRequest(config)
  const subject: Subject = {
    name: config.name,
    sandboxName: config.sandboxName,
    connectionSpecId: config.connectionSpecId,
    connectionSpecVersion: config.connectionSpecVersion
  }
  const plan = (intent: Intent, steps: Steps): Plan => ({
    intent,
    steps,
    subject,
    dryRun: config.dryRun,
    matches,
    request
  })
  const checked = (main: CreateStep | ReuseStep, deleteOnRejection: boolean): Steps =>
    config.verify ? [main, { kind: 'verify', deleteOnRejection }] : [main]
  const decision = decide(config.ifExists, matches)
  switch (decision.kind) {
    case 'create': {
      const onLoss = config.ifExists === 'create' ? 'none' : config.ifExists === 'fail' ? 'fail' : 'adopt'
      return plan('create', checked({ kind: 'create', request, onLoss }, true))
    }
    case 'fail': {
      const [match] = decision.matches
      const failure: Failure =
        decision.why === 'exists' && match !== undefined
          ? { why: 'exists', match }
          : { why: 'duplicates', matches: decision.matches }
      return plan('fail', [{ kind: 'fail', failure }])
    }
    case 'update': {
      const update: UpdateStep = {
        kind: 'update',
        connection: decision.match,
        operations: updateOperations(request)
      }
      return plan('update', config.verify ? [{ kind: 'probe', request: probeRequest(request) }, update] : [update])
    }
    case 'reuse':
      if (config.verify && !isEnabled(decision.match))
        return plan('fail', [{ kind: 'fail', failure: { why: 'not-enabled', match: decision.match } }])
      return plan('reuse', checked({ kind: 'reuse', connection: decision.match }, false))
  }
}

/**
 * The probe under a name of this run's own (`… (credential check 1a2b3c4d)`), so that an
 * overlapping run's probe is never taken for it. The token is made at run time, not in the plan.
 */
export function withProbeToken(request: ConnectionRequest, token: string): ConnectionRequest {
  return { ...request, name: request.name.replace(/\)$/, ` ${token.slice(0, PROBE_TOKEN_LENGTH)})`) }
}

/** Flow Service shows a usable connection as `enabled`; a connection without a state is taken as one. */
export function isEnabled(connection: Connection): boolean {
  return connection.state === undefined || connection.state === 'enabled'
}

const PROBE_SUFFIX = ' (credential check)'
const MAX_NAME_LENGTH = 256
/** Room for the run's own token, which withProbeToken() puts inside the parentheses. */
const PROBE_TOKEN_LENGTH = 8

/** The create request under another name, so that no look-up by the real name ever finds it. */
function probeRequest(request: ConnectionRequest): ConnectionRequest {
  const room = MAX_NAME_LENGTH - PROBE_SUFFIX.length - PROBE_TOKEN_LENGTH - 1
  const name = `${[...request.name].slice(0, room).join('')}${PROBE_SUFFIX}`
  return {
    ...request,
    name,
    description: 'Temporary: checks new credentials before they replace those of a live connection; deleted at once.'
  }
}

/** The create request's body (as README documents it); description only when given. */
export function buildConnectionRequest(config: Config): ConnectionRequest {
  return {
    name: config.name,
    ...(config.description === '' ? {} : { description: config.description }),
    auth: {
      specName: config.authSpecName,
      params: { host: config.host, username: config.username, password: config.password, ...config.authParams }
    },
    connectionSpec: { id: config.connectionSpecId, version: config.connectionSpecVersion }
  }
}

/** An update replaces the credentials, and the description when one is given. */
function updateOperations(request: ConnectionRequest): PatchOperation[] {
  const operations: PatchOperation[] = [{ op: 'replace', path: '/auth/params', value: request.auth.params }]
  if (request.description !== undefined)
    operations.push({ op: 'add', path: '/description', value: request.description })
  return operations
}
