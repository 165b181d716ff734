// The post step (delete-on-completion): when the job ends, deletes the connection the main step
// recorded; after a kill mid-POST, the one connection that appeared since the POST was sent (the
// main step's own rule, madeSince). A failed delete is a warning, never a failed job.
import * as core from '@actions/core'

import { Clients, connect } from '../adobe/connect.js'
import { AdobeApiError } from '../adobe/errors.js'
import { FlowService } from '../adobe/flow-service.js'
import { madeSince, POLL_MS } from '../converge/create.js'
import { log } from '../runner/log.js'
import { PendingCreate } from './execute.js'
import { Config, readConfig } from './inputs.js'
import { NOTHING_TO_DELETE, STATE } from './names.js'

export async function runPost(): Promise<void> {
  const id = core.getState(STATE.createdConnectionId)
  const pending = core.getState(STATE.pendingCreate)
  if (id === '' && pending === '') {
    log.debug(NOTHING_TO_DELETE)
    return
  }
  let target = id
  let clients: Clients | undefined
  try {
    const config = readConfig()
    // State can be written by anything that prints to the log: act on it only when asked to.
    if (!config.deleteOnCompletion) {
      log.debug('delete-on-completion is off: the post step deletes nothing')
      return
    }
    clients = connect(config)
    const { flow } = clients
    if (id === '') {
      target = (await madeByKilledCreate(flow, config, pending)) ?? ''
      if (target === '') return
    } else if (!(await isOurs(flow, config, id))) {
      return
    }
    const deleted = await flow.delete(target)
    log.info(
      deleted
        ? `delete-on-completion: deleted base connection ${target}`
        : `delete-on-completion: base connection ${target} was already gone`
    )
  } catch (error) {
    const what = target === '' ? 'the base connection this job created' : `base connection ${target}`
    log.warning(
      `delete-on-completion: could not delete ${what}: ${error instanceof Error ? error.message : String(error)}`
    )
  } finally {
    clients?.close()
  }
}

/** The recorded id names a connection of this job's name and spec (or one already gone). */
async function isOurs(flow: FlowService, config: Config, id: string): Promise<boolean> {
  try {
    const connection = await flow.get(id)
    if (
      connection.name === config.name &&
      (connection.connectionSpecId ?? config.connectionSpecId) === config.connectionSpecId
    ) {
      return true
    }
    log.warning(`delete-on-completion: base connection ${id} is not "${config.name}": not deleting it`)
    return false
  } catch (error) {
    if (error instanceof AdobeApiError && error.status === 404) return true // delete says it is gone
    throw error
  }
}

/**
 * The main step was killed while its POST was in flight: the POST's connection, if it made one, is
 * the one connection of this name that was not there before and appeared since. Anything less
 * certain (none, or several: another run's too) is left alone.
 */
async function madeByKilledCreate(flow: FlowService, config: Config, text: string): Promise<string | undefined> {
  const pending = parsePending(text)
  if (pending === undefined || pending.name !== config.name || pending.connectionSpecId !== config.connectionSpecId) {
    log.debug('delete-on-completion: no usable record of the create in flight')
    return undefined
  }
  // The POST may still land until its own time limit has passed: look until then, and decide on
  // what is there at the end (a connection of another run may come and go meanwhile).
  const until = pending.sentAt + pending.waitMs + POLL_MS
  for (;;) {
    const found = await flow.findByName(config.name, config.connectionSpecId)
    const appeared = madeSince(found, pending, flow.serverClockOffsetMs)
    if (appeared.length > 1 || Date.now() >= until) {
      const [only, ...others] = appeared
      if (only !== undefined && others.length === 0) return only.id
      log.warning(
        `delete-on-completion: the main step ended while creating "${config.name}"; ${appeared.length} connections of that name appeared since (${appeared.map(c => c.id).join(', ') || 'none'}), so none is deleted.`
      )
      return undefined
    }
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
}

function parsePending(text: string): PendingCreate | undefined {
  try {
    const value = JSON.parse(text) as Partial<PendingCreate>
    const ok =
      typeof value.name === 'string' &&
      typeof value.connectionSpecId === 'string' &&
      typeof value.sentAt === 'number' &&
      typeof value.waitMs === 'number' &&
      (value.before === null || (Array.isArray(value.before) && value.before.every(id => typeof id === 'string')))
    return ok ? (value as PendingCreate) : undefined
  } catch {
    return undefined
  }
}
