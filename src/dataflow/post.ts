// The post step (delete-on-completion): when the job ends, deletes what this job made of the chain
// (converge/teardown.ts), in dependency order: the dataflow, then the
// target and source connections. Mapping sets stay (Data Prep documents no DELETE).
import { Collection, Named } from '../adobe/collection.js'
import { runPostStep, TeardownPart } from '../converge/teardown.js'
import { wording } from './describe.js'
import { readTeardownConfig } from './inputs.js'
import { ChainKind, JOB_KINDS, NOTHING_TO_DELETE } from './names.js'
import { sourceName, targetName } from './plan.js'

export function runPost(): Promise<void> {
  return runPostStep({
    kinds: JOB_KINDS,
    idle: NOTHING_TO_DELETE,
    readConfig: readTeardownConfig,
    wording,
    parts: (config, { flowService }) => [
      part('flow', config.name, flowService.flows),
      part('target', targetName(config.name), flowService.targets),
      part('source', sourceName(config.name), flowService.sources)
    ]
  })
}

function part<T extends Named>(
  kind: ChainKind,
  name: string,
  collection: Collection<T, unknown>
): TeardownPart<ChainKind, T> {
  return {
    kind,
    what: collection.what,
    name,
    find: () => collection.findByName(name),
    get: id => collection.get(id),
    remove: id => collection.delete(id)
  }
}
