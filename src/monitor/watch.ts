// What the monitor reads, for every line of `dataflows` at once: the dataflow (by id or by name),
// then beside each other its runs of the window and its source connection, then beside each other
// its base connection and an explore of it. Read-only: nothing here sends a write.
import { Adobe } from '../adobe/connect.js'
import { isNotFound, isSourceRejection } from '../adobe/errors.js'
import { Flow, Run } from '../adobe/flow-service.js'
import { UUID } from '../runner/inputs.js'
import { together } from '../runner/together.js'
import { ConnectionSeen, FlowSeen, Watched } from './assess.js'
import { MonitorConfig } from './inputs.js'

/** Platform connections to open while the token is fetched: the widest wave sends two reads a dataflow. */
export const connectionsFor = (dataflows: number): number => Math.min(2 * dataflows, 100)

export function watch(adobe: Adobe, config: MonitorConfig): Promise<Watched[]> {
  // A dataflow named twice (by id and by name), and a base connection several dataflows read
  // through, are read once.
  const base = once((id: string) => together(adobe.flowService.connections.get(id), refusal(adobe, id)))
  const details = once((flow: Flow) =>
    together(
      adobe.flowService.runsSince(flow.id, config.since),
      config.checkConnection ? connectionOf(adobe, flow, base) : Promise.resolve(undefined)
    )
  )
  return together(...config.dataflows.map(entry => watchOne(adobe, entry, details)))
}

/** `read`, asked once per key (a string, or an object's id). */
function once<K extends string | { readonly id: string }, V>(read: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const seen = new Map<string, Promise<V>>()
  return key => {
    const id = typeof key === 'string' ? key : key.id
    const promise = seen.get(id) ?? read(key)
    seen.set(id, promise)
    return promise
  }
}

type BaseSeen = readonly [Awaited<ReturnType<Adobe['flowService']['connections']['get']>>, ConnectionSeen['rejected']]

async function watchOne(
  adobe: Adobe,
  entry: string,
  details: (flow: Flow) => Promise<readonly [Run[], ConnectionSeen | undefined]>
): Promise<Watched> {
  const { flows } = adobe.flowService
  const found = UUID.test(entry) ? [await flows.get(entry)].flatMap(flow => flow ?? []) : await flows.findByName(entry)
  const [flow, ...others] = found
  if (flow === undefined) return { entry, kind: 'not-found' }
  if (others.length > 0) return { entry, kind: 'ambiguous', ids: found.map(f => f.id).sort() }
  const [runs, connection] = await details(flow)
  return { entry, kind: 'found', flow: flowSeen(flow), runs, ...(connection && { connection }) }
}

/** The base connection the dataflow reads through, and whether the source still accepts its credentials. */
async function connectionOf(
  adobe: Adobe,
  flow: Flow,
  baseOf: (id: string) => Promise<BaseSeen>
): Promise<ConnectionSeen | undefined> {
  const sourceId = flow.sourceConnectionIds[0]
  if (sourceId === undefined) return undefined
  const source = await adobe.flowService.sources.get(sourceId)
  if (source === undefined) return { id: sourceId, gone: 'source connection' }
  const id = source.baseConnectionId
  if (id === undefined) return undefined
  const [base, rejected] = await baseOf(id)
  if (base === undefined) return { id, gone: 'base connection' }
  return {
    id,
    ...(base.name !== undefined && { name: base.name }),
    ...(base.state !== undefined && { state: base.state }),
    ...(rejected && { rejected })
  }
}

/** Explore's refusal when the source rejects the stored credentials; any other failure stands. */
async function refusal(adobe: Adobe, id: string): Promise<ConnectionSeen['rejected']> {
  try {
    await adobe.flowService.explore(id)
    return undefined
  } catch (error) {
    // Gone: the read beside it says so.
    if (isNotFound(error)) return undefined
    if (!isSourceRejection(error)) throw error
    return {
      ...(error.code !== undefined && { code: error.code }),
      message: error.details.adobeMessage ?? error.message.split('\n')[0] ?? ''
    }
  }
}

function flowSeen(flow: Flow): FlowSeen {
  const schedule = flow.scheduleParams
  const interval = Number(schedule['interval'])
  const start = Number(schedule['startTime'])
  return {
    id: flow.id,
    name: flow.name,
    ...(flow.state !== undefined && { state: flow.state }),
    ...(typeof schedule['frequency'] === 'string' && { frequency: schedule['frequency'] }),
    ...(Number.isFinite(interval) && interval > 0 && { interval }),
    // scheduleParams.startTime is epoch seconds (as a number or a string).
    ...(Number.isFinite(start) && start > 0 && { startTime: start * 1000 }),
    ...(flow.lastRunAt !== undefined && { lastRunAt: flow.lastRunAt })
  }
}
