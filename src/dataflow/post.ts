// The dataflow action's post step (delete-on-completion): deletes what the main step recorded as
// made by this run, in dependency order: the dataflow, then the target and source connections.
// After a kill mid-POST, the one object of that name that appeared since the POST was sent (the
// base connection's rule, madeSince). Mapping sets cannot be deleted (Data Prep has no DELETE).
// A failed delete is a warning, never a failed job; Adobe's refusal (1447: a dataflow still uses
// it) comes with its hint.
import * as core from '@actions/core'

import { Chain, ChainClient, Collection, Named } from '../adobe/chain.js'
import { Clients, connect } from '../adobe/connect.js'
import { AdobeApiError } from '../adobe/errors.js'
import { madeSince, POLL_MS } from '../converge/create.js'
import { log } from '../runner/log.js'
import { ChainKind, PendingChainCreate } from './execute.js'
import { readTeardownConfig, TeardownConfig } from './inputs.js'
import { DATAFLOW_STATE } from './names.js'
import { sourceName, targetName } from './plan.js'

const ORDER: readonly ChainKind[] = ['flow', 'target', 'source']

export async function runPost(): Promise<void> {
  const created = parseRecord(core.getState(DATAFLOW_STATE.createdChain), v => (typeof v === 'string' ? v : undefined))
  const pending = parseRecord(core.getState(DATAFLOW_STATE.pendingChain), asPending)
  if (ORDER.every(kind => created[kind] === undefined && pending[kind] === undefined)) {
    log.debug('delete-on-completion: this job created no part of the dataflow chain')
    return
  }
  let clients: Clients | undefined
  try {
    const config = readTeardownConfig()
    // State can be written by anything that prints to the log: act on it only when asked to.
    if (!config.deleteOnCompletion) return
    clients = connect(config)
    const chain = new ChainClient(clients.flow.platform)
    for (const kind of ORDER) {
      const collection = collectionOf(chain, kind)
      const name = nameOf(config, kind)
      const id = created[kind] ?? (await madeByKilledCreate(collection, chain, name, pending[kind]))
      if (id !== undefined) await deleteOne(collection, name, id)
    }
  } catch (error) {
    log.warning(`delete-on-completion: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    clients?.close()
  }
}

function collectionOf(chain: Chain, kind: ChainKind): Collection<Named, unknown> {
  return kind === 'flow' ? chain.flows : kind === 'target' ? chain.targets : chain.sources
}

function nameOf(config: TeardownConfig, kind: ChainKind): string {
  return kind === 'flow' ? config.name : kind === 'target' ? targetName(config.name) : sourceName(config.name)
}

/**
 * The main step was killed while this create was in flight: what it made, if anything, is the one
 * object of this name stamped after the POST was sent. Anything less certain is left alone.
 */
async function madeByKilledCreate(
  collection: Collection<Named, unknown>,
  chain: Chain,
  name: string,
  pending: PendingChainCreate | undefined
): Promise<string | undefined> {
  if (pending === undefined || pending.name !== name) return undefined
  const since = { sentAt: pending.sentAt, before: null, waitMs: pending.waitMs }
  // The POST may still land until its own time limit has passed.
  const until = pending.sentAt + pending.waitMs + POLL_MS
  for (;;) {
    const appeared = madeSince(await collection.findByName(name), since, chain.serverClockOffsetMs)
    if (appeared.length === 1) return appeared[0]?.id
    if (appeared.length > 1) {
      log.warning(
        `delete-on-completion: ${appeared.length} ${collection.what}s named "${name}" appeared while this job was killed mid-create; deleting none of them (${appeared.map(a => a.id).join(', ')})`
      )
      return undefined
    }
    if (Date.now() >= until) return undefined
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
}

async function deleteOne(collection: Collection<Named, unknown>, name: string, id: string): Promise<void> {
  try {
    // Only an object of this job's name: the record is state, and state is only as good as the job.
    const found = await collection.get(id)
    if (found !== undefined && found.name !== name) {
      log.warning(`delete-on-completion: ${collection.what} ${id} is not "${name}": not deleting it`)
      return
    }
    const deleted = await deleteWhenFree(collection, id)
    log.info(`delete-on-completion: ${deleted ? 'deleted' : 'already gone:'} ${collection.what} ${id}`)
  } catch (error) {
    log.warning(
      `delete-on-completion: could not delete ${collection.what} ${id}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

/** Attempts at a delete that Flow Service refuses while a dataflow just deleted is still going away (1447). */
const IN_USE_ATTEMPTS = 5

async function deleteWhenFree(collection: Collection<Named, unknown>, id: string): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await collection.delete(id)
    } catch (error) {
      const inUse = error instanceof AdobeApiError && error.details.code?.startsWith('1447') === true
      if (!inUse || attempt >= IN_USE_ATTEMPTS) throw error
      await new Promise(resolve => setTimeout(resolve, POLL_MS))
    }
  }
}

function parseRecord<T>(text: string, read: (value: unknown) => T | undefined): Partial<Record<ChainKind, T>> {
  let value: Record<string, unknown>
  try {
    value = JSON.parse(text || '{}') as Record<string, unknown>
  } catch {
    return {}
  }
  const record: Partial<Record<ChainKind, T>> = {}
  for (const kind of ORDER) {
    const item = read(value?.[kind])
    if (item !== undefined) record[kind] = item
  }
  return record
}

function asPending(value: unknown): PendingChainCreate | undefined {
  const { name, sentAt, waitMs } = (value ?? {}) as Partial<PendingChainCreate>
  return typeof name === 'string' && typeof sentAt === 'number' && typeof waitMs === 'number'
    ? { name, sentAt, waitMs }
    : undefined
}
