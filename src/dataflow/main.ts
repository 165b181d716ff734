// The dataflow action's main step: inputs → clients → look-up → plan → execute (or describe, in a
// dry run) → wait → outputs. The one place that sets its outputs and failure.
import * as core from '@actions/core'

import { Chain, ChainClient } from '../adobe/chain.js'
import { Clients, connect } from '../adobe/connect.js'
import { DUPLICATE_RECHECKS, POLL_MS } from '../converge/create.js'
import { IS_POST_STATE } from '../runner/entry.js'
import { ActionError } from '../runner/errors.js'
import { log } from '../runner/log.js'
import { fail, watchForCancellation } from '../runner/step.js'
import { dryRunOutputs, planLines, runOutputs, summaryMarkdown } from './describe.js'
import { ChainKind, DataflowDeps, executeDataflow, PendingChainCreate, waitFor } from './execute.js'
import { DataflowConfig, readDataflowConfig } from './inputs.js'
import { DATAFLOW_STATE } from './names.js'
import { ChainFound, currentMapping, DataflowPlan, makeDataflowPlan, sourceName, targetName } from './plan.js'

export async function run(): Promise<void> {
  core.saveState(IS_POST_STATE, 'true')
  const { cancelled, stop, sleep } = watchForCancellation()
  let clients: Clients | undefined
  let plan: DataflowPlan | undefined
  let outputs: Record<string, string> = {}
  try {
    const config = readDataflowConfig()
    if (config.deleteOnCompletion) log.warning(DELETE_ON_COMPLETION_NOTE)
    clients = connect(config, { sleep, stopped: () => cancelled() !== undefined })
    const chain = new ChainClient(clients.flow.platform)
    plan = makeDataflowPlan(config, await lookUpChain(chain, config, sleep))
    if (plan.dryRun) {
      for (const line of planLines(plan)) log.info(`Dry run: ${line}`)
      outputs = dryRunOutputs(plan)
      setOutputs(outputs)
      if (plan.intent === 'fail') throw new ActionError(plan.failure ?? 'the plan fails')
      return
    }
    for (const line of planLines(plan)) log.info(`Plan: ${line}`)
    const deps = {
      chain,
      log,
      now: Date.now,
      sleep,
      commitWaitMs: config.timeoutMs,
      cancelled,
      ...createdRecord(config)
    }
    const result = await executeDataflow(plan, deps)
    outputs = runOutputs(result, undefined)
    setOutputs(outputs)
    const waited = await waitFor(config.wait, result.dataflowId, config.waitTimeoutMs, deps)
    outputs = runOutputs(result, waited)
    setOutputs(outputs)
    if (waited?.run !== undefined && waited.run.status !== 'success') {
      throw new ActionError(
        `The first run of dataflow ${result.dataflowId} (${waited.run.id}) ended ${waited.run.status}: see its errors under Sources > Dataflows in Experience Platform.`
      )
    }
  } catch (error) {
    fail(error)
  } finally {
    if (plan !== undefined) await writeSummary(plan, outputs)
    clients?.close()
    stop()
  }
}

const DELETE_ON_COMPLETION_NOTE =
  'delete-on-completion is on: the dataflow and connections this run creates are deleted when this job ends. Use their ids only in later steps of this job, not in later jobs.'

/**
 * Everything the plan compares, read before any write: the base connection, the dataset, the flow
 * spec, and the chain's objects by name (with the mapping version the dataflow uses). Two objects
 * of one name may be overlapping runs settling at this moment (each deletes its loser at once), so
 * before they count as duplicates the chain is read again, a second apart.
 */
export async function lookUpChain(
  chain: Chain,
  config: DataflowConfig,
  sleep: (ms: number) => Promise<void>
): Promise<ChainFound> {
  let found = await readChain(chain, config)
  for (let check = 0; check < DUPLICATE_RECHECKS && hasDuplicates(found); check++) {
    await sleep(POLL_MS)
    found = await readChain(chain, config)
  }
  return found
}

function hasDuplicates({ flows, sources, targets }: ChainFound): boolean {
  return flows.length > 1 || (flows.length === 0 && (sources.length > 1 || targets.length > 1))
}

async function readChain(chain: Chain, config: DataflowConfig): Promise<ChainFound> {
  const [base, dataset, flowSpec, flows, sources, targets] = await Promise.all([
    chain.baseConnection(config.baseConnectionId),
    chain.dataset(config.datasetId),
    chain.flowSpec(config.flowSpecName),
    chain.flows.findByName(config.name),
    chain.sources.findByName(sourceName(config.name)),
    chain.targets.findByName(targetName(config.name))
  ])
  const [flow] = flows
  if (flows.length !== 1 || flow === undefined)
    return { base, dataset, flowSpec, flows, sources, targets, mapping: undefined }
  // The dataflow's own connections, whatever their names now.
  const own = async <T extends { id: string }>(
    found: T[],
    id: string | undefined,
    get: (id: string) => Promise<T | undefined>
  ) => {
    if (id === undefined || found.some(o => o.id === id)) return found
    const item = await get(id)
    return item === undefined ? found : [...found, item]
  }
  const current = currentMapping(flow)
  const [ownSources, ownTargets, mapping] = await Promise.all([
    own(sources, flow.sourceConnectionIds[0], id => chain.sources.get(id)),
    own(targets, flow.targetConnectionIds[0], id => chain.targets.get(id)),
    current === undefined ? undefined : chain.mappingSet(current.id, current.version)
  ])
  return { base, dataset, flowSpec, flows, sources: ownSources, targets: ownTargets, mapping }
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

/**
 * With delete-on-completion, what the post step reads: each create in flight, recorded before its
 * POST is sent (so a kill mid-POST still leaves a trace), then the ids this run made.
 */
function createdRecord(config: DataflowConfig): Partial<DataflowDeps> {
  if (!config.deleteOnCompletion) return {}
  const created: Partial<Record<ChainKind, string>> = {}
  const pending: Partial<Record<ChainKind, PendingChainCreate>> = {}
  // Empty once nothing is left, so that the post step loads nothing.
  const save = (key: string, value: object): void =>
    core.saveState(key, Object.keys(value).length === 0 ? '' : JSON.stringify(value))
  return {
    onCreating: (kind, create) => {
      pending[kind] = create
      save(DATAFLOW_STATE.pendingChain, pending)
    },
    onCreateSettled: kind => {
      delete pending[kind]
      save(DATAFLOW_STATE.pendingChain, pending)
    },
    onCreated: (kind, id) => {
      created[kind] = id
      save(DATAFLOW_STATE.createdChain, created)
    },
    onDeleted: kind => {
      delete created[kind]
      save(DATAFLOW_STATE.createdChain, created)
    }
  }
}

async function writeSummary(plan: DataflowPlan, outputs: Record<string, string>): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return // not on a runner
  await core.summary.addRaw(summaryMarkdown(plan, outputs)).write()
}
