// The post step (delete-on-completion): when the job ends, deletes the base connection this job
// made (converge/teardown.ts).
import { Connection, FlowService } from '../adobe/flow-service.js'
import { runPostStep, TeardownPart } from '../converge/teardown.js'
import { wording } from './describe.js'
import { findConnections } from './execute.js'
import { Config, readConfig } from './inputs.js'
import { JOB_KIND, NOTHING_TO_DELETE } from './names.js'

export function runPost(): Promise<void> {
  return runPostStep({
    kinds: [JOB_KIND],
    idle: NOTHING_TO_DELETE,
    failing: 'could not delete the base connection this job created',
    readConfig,
    wording,
    parts: (config, { flowService }) => [connectionPart(config, flowService)]
  })
}

/** This job's base connection: its name and connection spec. */
function connectionPart(config: Config, flowService: FlowService): TeardownPart<typeof JOB_KIND, Connection> {
  return {
    kind: JOB_KIND,
    what: 'base connection',
    name: config.name,
    find: () => findConnections(flowService, config.name, config.connectionSpecId),
    get: id => flowService.connections.get(id),
    remove: id => flowService.connections.delete(id),
    alsoOurs: found => (found.connectionSpecId ?? config.connectionSpecId) === config.connectionSpecId
  }
}
