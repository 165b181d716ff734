// The post step (delete-on-completion): deletes the connection when the job ends, only if the main
// step created it. A failed delete is a warning, never a failed job.
import * as core from '@actions/core'
import { connect } from './clients.js'
import { STATE } from './constants.js'
import { readConfig } from './inputs.js'

export async function runPost(): Promise<void> {
  const id = core.getState(STATE.createdConnectionId)
  if (id === '') {
    core.debug('delete-on-completion: this job created no base connection to delete')
    return
  }
  try {
    const deleted = await connect(readConfig()).delete(id)
    core.info(
      deleted
        ? `delete-on-completion: deleted base connection ${id}`
        : `delete-on-completion: base connection ${id} was already gone`
    )
  } catch (error) {
    core.warning(
      `delete-on-completion: could not delete base connection ${id}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
