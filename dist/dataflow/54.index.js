export const id = 54;
export const ids = [54];
export const modules = {

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lookUpChain: () => (/* binding */ lookUpChain),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(8079);
// EXTERNAL MODULE: ./src/adobe/chain.ts
var adobe_chain = __webpack_require__(7166);
// EXTERNAL MODULE: ./src/adobe/connect.ts + 1 modules
var connect = __webpack_require__(4222);
// EXTERNAL MODULE: ./src/converge/create.ts
var create = __webpack_require__(749);
// EXTERNAL MODULE: ./src/runner/entry.ts
var entry = __webpack_require__(6510);
// EXTERNAL MODULE: ./src/runner/errors.ts
var errors = __webpack_require__(5507);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/runner/step.ts
// What both actions' main steps share with the runner: cancellation signals, and how a step fails.



/**
 * A cancelled job gets SIGINT, then SIGTERM 7.5 s later, then a kill. The first signal lets the
 * request in flight finish (so a connection it makes is recorded for the post step), cuts any wait
 * short, and stops the run before its next attempt or step; the second ends it at once.
 */
function watchForCancellation() {
    let signal;
    const wakeUp = new AbortController();
    const onSignal = (name) => {
        if (signal !== undefined) {
            log/* log */.Rm.failed(`The job was cancelled (${signal}, then ${name}).`);
            process.exit(1);
        }
        signal = name;
        wakeUp.abort();
        log/* log */.Rm.warning(`Cancelled (${name}): finishing the request in flight, then stopping.`);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        cancelled: () => signal,
        stop: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
        sleep: ms => new Promise(resolve => {
            if (wakeUp.signal.aborted)
                return resolve();
            const timer = setTimeout(resolve, ms);
            wakeUp.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
        })
    };
}
/** Expected failures show their message only; anything else is a bug, with its stack in the debug log. */
function fail(error) {
    if (error instanceof errors/* ActionError */.l) {
        log/* log */.Rm.failed(error.message);
        return;
    }
    // isNativeError: an Error from another realm (Node's own, under a test runner) is one too.
    const err = external_node_util_.types.isNativeError(error) ? error : new Error(String(error));
    log/* log */.Rm.debug(err.stack ?? err.message);
    log/* log */.Rm.failed(`Unexpected error (please report it): ${err.message}`);
}

// EXTERNAL MODULE: ./src/dataflow/names.ts
var names = __webpack_require__(1720);
;// CONCATENATED MODULE: ./src/dataflow/describe.ts

/** The plan, one line per object, as a dry run prints it and the job summary lists it. */
function planLines(plan) {
    if (plan.intent === 'fail')
        return [`would fail: ${plan.failure ?? ''}`];
    const lines = [];
    if (plan.source)
        lines.push(partLine('source connection', plan.source));
    if (plan.target)
        lines.push(partLine('target connection', plan.target));
    if (plan.mapping)
        lines.push(mappingLine(plan.mapping));
    if (plan.flow)
        lines.push(flowLine(plan.name, plan.flow));
    return lines;
}
function partLine(what, part) {
    switch (part.kind) {
        case 'create':
            return `${what} "${part.request.name}": create`;
        case 'reuse':
            return `${what} "${part.found.name}": reuse ${part.found.id}`;
        case 'update':
            return `${what} "${part.found.name}": update ${part.found.id} (${part.changes.join(', ')})`;
    }
}
function mappingLine(part) {
    switch (part.kind) {
        case 'create':
            return `mapping set: create (${part.request.mappings.length} mappings)`;
        case 'reuse':
            return `mapping set: reuse ${part.id} version ${part.version}`;
        case 'update':
            return `mapping set: new version of ${part.id} (now version ${part.version}; ${part.request.mappings.length} mappings)`;
    }
}
function flowLine(name, part) {
    const schedule = `${part.shape.frequency}${part.shape.interval === undefined ? '' : ` every ${part.shape.interval}`}`;
    if (part.kind === 'create')
        return `dataflow "${name}": create as a draft, then publish (${schedule})`;
    const publish = part.publish ? ', then publish the draft' : '';
    if (part.kind === 'reuse')
        return `dataflow "${name}": reuse ${part.found.id}${publish}`;
    return `dataflow "${name}": update ${part.found.id} (${part.changes.join(', ')})${publish}`;
}
/** A dry run's `outcome`. */
function dryRunOutcome(plan) {
    return plan.intent === 'unchanged' ? 'unchanged' : `would-${plan.intent}`;
}
/** The outputs of a dry run: what already exists and stays, and the outcome. */
function dryRunOutputs(plan) {
    const outputs = { [names/* DATAFLOW_OUTPUT */.l3.outcome]: dryRunOutcome(plan) };
    const kept = (part) => part !== undefined && part.kind !== 'create' ? part.found.id : undefined;
    const set = (name, value) => {
        if (value !== undefined && value !== '')
            outputs[name] = value;
    };
    set(names/* DATAFLOW_OUTPUT */.l3.sourceConnectionId, kept(plan.source));
    set(names/* DATAFLOW_OUTPUT */.l3.targetConnectionId, kept(plan.target));
    if (plan.flow && plan.flow.kind !== 'create') {
        set(names/* DATAFLOW_OUTPUT */.l3.dataflowId, plan.flow.found.id);
        set(names/* DATAFLOW_OUTPUT */.l3.state, plan.flow.found.state);
    }
    if (plan.mapping?.kind === 'reuse') {
        set(names/* DATAFLOW_OUTPUT */.l3.mappingId, plan.mapping.id);
        set(names/* DATAFLOW_OUTPUT */.l3.mappingVersion, String(plan.mapping.version));
    }
    return outputs;
}
/** The step's outputs after a run. */
function runOutputs(result, waited) {
    const outputs = {
        [names/* DATAFLOW_OUTPUT */.l3.dataflowId]: result.dataflowId,
        [names/* DATAFLOW_OUTPUT */.l3.sourceConnectionId]: result.sourceConnectionId,
        [names/* DATAFLOW_OUTPUT */.l3.targetConnectionId]: result.targetConnectionId,
        [names/* DATAFLOW_OUTPUT */.l3.mappingId]: result.mappingId,
        [names/* DATAFLOW_OUTPUT */.l3.mappingVersion]: String(result.mappingVersion),
        [names/* DATAFLOW_OUTPUT */.l3.state]: waited?.state ?? result.state,
        [names/* DATAFLOW_OUTPUT */.l3.outcome]: result.outcome
    };
    if (waited?.run) {
        outputs[names/* DATAFLOW_OUTPUT */.l3.runStatus] = waited.run.status;
        outputs[names/* DATAFLOW_OUTPUT */.l3.recordsWritten] = String(waited.run.recordsWritten ?? 0);
    }
    return outputs;
}
/** The job summary: the plan, and the outputs when there was a run. */
function summaryMarkdown(plan, outputs) {
    const heading = `### Dataflow "${escapeCell(plan.name)}" in sandbox ${plan.sandboxName}${plan.dryRun ? ' (dry run)' : ''}`;
    const steps = planLines(plan).map(line => `- ${escapeCell(line)}`);
    const rows = Object.entries(outputs).map(([name, value]) => `| ${name} | ${escapeCell(value)} |`);
    return [heading, '', ...steps, '', '| output | value |', '| --- | --- |', ...rows, ''].join('\n');
}
/** Markdown's own characters as literals, and one line: a name cannot format or break the summary. */
function escapeCell(text) {
    return text.replace(/[|`\\*_<>[\]]/g, c => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

// EXTERNAL MODULE: ./src/adobe/errors.ts + 1 modules
var adobe_errors = __webpack_require__(159);
// EXTERNAL MODULE: ./src/dataflow/plan.ts + 1 modules
var dataflow_plan = __webpack_require__(2448);
;// CONCATENATED MODULE: ./src/dataflow/execute.ts





async function executeDataflow(plan, deps) {
    if (plan.intent === 'fail')
        throw new errors/* ActionError */.l(plan.failure ?? 'the plan fails');
    const { source, target, mapping, flow } = plan;
    if (!source || !target || !mapping || !flow)
        throw new Error('a plan without its parts');
    let wrote = false;
    const part = async (kind, collection, step) => {
        stopIfCancelled(deps);
        const done = await carryOut(kind, collection, step, deps);
        wrote ||= done.wrote;
        return done.id;
    };
    // The mapping set first: Data Prep checks each destination against the dataset's schema, so a
    // mapping that names no path of it fails before anything is written to Flow Service.
    stopIfCancelled(deps);
    const mapped = await writeMapping(mapping, deps);
    const sourceId = await part('source', deps.chain.sources, source);
    const targetId = await part('target', deps.chain.targets, target);
    stopIfCancelled(deps);
    const made = await carryOutFlow(plan, flow, { sourceId, targetId, ...mapped }, deps);
    const used = currentOrMapped(made.flow, mapped);
    // A mapping set this run wrote counts only when the dataflow uses it (another run's may have won).
    wrote ||= mapping.kind !== 'reuse' && used.mappingId === mapped.id && used.mappingVersion === mapped.version;
    return {
        outcome: made.created ? 'created' : wrote || made.wrote ? 'updated' : 'unchanged',
        dataflowId: made.flow.id,
        sourceConnectionId: sourceId,
        targetConnectionId: targetId,
        ...used,
        state: made.flow.state ?? 'enabled'
    };
}
function stopIfCancelled(deps) {
    const signal = deps.cancelled?.();
    if (signal !== undefined)
        throw new errors/* ActionError */.l(`The job was cancelled (${signal}); stopped before the next part of the chain.`);
}
/** The mapping the dataflow ends with: the one it was given, or (another run's flow won) its own. */
function currentOrMapped(flow, mapped) {
    const current = (0,dataflow_plan/* currentMapping */._O)(flow);
    return current === undefined
        ? { mappingId: mapped.id, mappingVersion: mapped.version }
        : { mappingId: current.id, mappingVersion: current.version };
}
async function carryOut(kind, collection, step, deps) {
    switch (step.kind) {
        case 'reuse':
            deps.log.info(`Reusing ${collection.what} ${step.found.id} ("${step.found.name}")`);
            return { id: step.found.id, wrote: false };
        case 'update': {
            const written = await patch(collection, step.found, () => step.operations, deps);
            deps.log.info(`Updated ${collection.what} ${written.id} ("${step.found.name}"): ${step.changes.join(', ')}`);
            return { id: written.id, wrote: true };
        }
        case 'create': {
            const name = step.request.name;
            const made = await createSettled(kind, collection, name, recover => collection.create(step.request, recover), deps);
            return { id: made.id, wrote: made.ours };
        }
    }
}
/**
 * POSTs, then settles with runs that created the same name at the same time: the oldest wins, and
 * a run whose object lost deletes its own and goes on with the winner. `ours`: this run made the
 * object that stays (proven by its own answer); `found`: that object as listed, when it is.
 */
async function createSettled(kind, collection, name, post, deps) {
    // The plan found none of this name (that is why it creates): whatever appears is new.
    let sent;
    try {
        sent = await (0,create/* createOnce */.Ur)({
            what: collection.what,
            unproven: 'reports it as reused',
            pending: { sentAt: deps.now(), before: [], waitMs: deps.commitWaitMs },
            onSending: ({ sentAt, waitMs }) => deps.onCreating?.(kind, { name, sentAt, waitMs }),
            find: () => collection.findByName(name),
            serverClockOffsetMs: () => deps.chain.serverClockOffsetMs,
            post
        }, deps);
    }
    finally {
        deps.onCreateSettled?.(kind);
    }
    const { written, proven } = sent;
    if (proven) {
        deps.onCreated?.(kind, written.id);
        deps.log.info(`Created ${collection.what} ${written.id} ("${name}")`);
    }
    const { winner, lost } = await (0,create/* settle */.G9)({
        what: collection.what,
        name,
        written,
        proven,
        find: () => collection.findByName(name),
        remove: id => collection.delete(id),
        onDeleted: id => deps.onDeleted?.(kind, id)
    }, deps.log);
    if (lost && winner !== undefined)
        return { id: winner.id, ours: false, found: winner };
    return { id: written.id, ours: proven, found: winner };
}
function patch(collection, found, operations, deps) {
    return (0,create/* patchLatest */.ss)({
        what: collection.what,
        found,
        get: id => collection.get(id),
        patch: (id, etag, changes) => collection.patch(id, etag, changes),
        operations
    }, deps.log);
}
async function writeMapping(mapping, deps) {
    try {
        return await writeMappingSet(mapping, deps);
    }
    catch (error) {
        if (!(error instanceof adobe_errors/* AdobeApiError */.Eg && error.status === 400))
            throw error;
        const [first] = error.message.split('\n');
        throw new errors/* ActionError */.l(`"${names/* DATAFLOW_INPUT */.ks.mapping}": Data Prep refused the mapping: ${first ?? ''}\nNext step: check each "source" and "destination" in the mapping file; every destination must be a path of the XDM schema of "${names/* DATAFLOW_INPUT */.ks.datasetId}". Nothing was written to Flow Service.`);
    }
}
async function writeMappingSet(mapping, deps) {
    switch (mapping.kind) {
        case 'reuse':
            return { id: mapping.id, version: mapping.version };
        case 'create': {
            const written = await deps.chain.writeMappingSet(mapping.request);
            deps.log.info(`Created mapping set ${written.id} (version ${written.version})`);
            return written;
        }
        case 'update': {
            const written = await deps.chain.writeMappingSet(mapping.request, mapping.id);
            deps.log.info(`Wrote version ${written.version} of mapping set ${written.id} (was version ${mapping.version})`);
            return written;
        }
    }
}
async function carryOutFlow(plan, step, parts, deps) {
    const { flows } = deps.chain;
    // mappingVersion a string, as the OpenAPI's TransformationSpecDTO and the flow spec type it.
    const mappingStep = { name: 'Mapping', params: { mappingId: parts.id, mappingVersion: String(parts.version) } };
    if (step.kind === 'create') {
        const startTime = String(Math.floor(deps.now() / 1000));
        const request = {
            name: step.name,
            flowSpec: { id: step.flowSpec.id, version: step.flowSpec.version },
            sourceConnectionIds: [parts.sourceId],
            targetConnectionIds: [parts.targetId],
            transformations: [...(step.shape.copy ? [step.shape.copy] : []), mappingStep],
            scheduleParams: (0,dataflow_plan/* scheduleParams */.UO)(step.shape, startTime)
        };
        // A draft is not live: a chain that stops half-way never ingests.
        const made = await createSettled('flow', flows, step.name, recover => flows.create(request, recover, true), deps);
        // This run's own draft is published whatever state Flow Service shows a draft in; another
        // run's winner only when it is not published yet.
        const publish = made.ours || (made.found !== undefined && (0,dataflow_plan/* needsPublishing */.N5)(made.found));
        const flow = await publishIf(publish, made.id, deps);
        return { flow, created: made.ours, wrote: made.ours };
    }
    let wrote = false;
    if (step.kind === 'update') {
        const written = await patch(flows, step.found, current => flowOperations(current, step, mappingStep, deps.now()), deps);
        deps.log.info(`Updated dataflow ${written.id} ("${plan.name}"): ${step.changes.join(', ')}`);
        wrote = true;
    }
    else {
        deps.log.info(`Reusing dataflow ${step.found.id} ("${plan.name}")`);
    }
    const flow = await publishIf(step.publish, step.found.id, deps);
    return { flow, created: false, wrote: wrote || step.publish };
}
/** The PATCH for the changes the plan found, against the dataflow as it is now (indexes may move). */
function flowOperations(flow, step, mapping, now) {
    const operations = [];
    if (step.changes.includes('schedule'))
        operations.push(...scheduleOperations(flow, step.shape, now));
    const index = (name) => flow.transformations.findIndex(t => t.name === name);
    if (step.changes.includes('mapping')) {
        const at = index('Mapping');
        operations.push(at < 0
            ? { op: 'add', path: `/transformations/${flow.transformations.length}`, value: mapping }
            : { op: 'replace', path: `/transformations/${at}`, value: mapping });
    }
    if (step.changes.includes('copy')) {
        const at = index('Copy');
        // Another run may have removed it already (the 412 path reads the dataflow again).
        if (step.shape.copy === undefined) {
            if (at >= 0)
                operations.push({ op: 'remove', path: `/transformations/${at}` });
        }
        else if (at < 0)
            operations.push({ op: 'add', path: '/transformations/0', value: step.shape.copy });
        else
            operations.push({ op: 'replace', path: `/transformations/${at}`, value: step.shape.copy });
    }
    return operations;
}
/**
 * One operation per schedule field that changes (`/scheduleParams/frequency`, as Adobe's update
 * guide patches it), keeping the start time unless the inputs give one.
 */
function scheduleOperations(flow, shape, now) {
    const current = flow.scheduleParams;
    // A dataflow without a start time gets now, as a new one would.
    const wanted = (0,dataflow_plan/* scheduleParams */.UO)(shape, (0,dataflow_plan/* scheduleText */.lH)(current.startTime) ?? String(Math.floor(now / 1000)));
    const operations = [];
    for (const field of ['startTime', 'frequency', 'interval']) {
        const path = `/scheduleParams/${field}`;
        const had = (0,dataflow_plan/* scheduleText */.lH)(current[field]);
        const value = wanted[field];
        if (value === undefined) {
            if (had !== undefined)
                operations.push({ op: 'remove', path });
        }
        else if (had === undefined)
            operations.push({ op: 'add', path, value });
        else if (had !== String(value))
            operations.push({ op: 'replace', path, value });
    }
    return operations;
}
/**
 * Publishes a draft (this run's, or one a cancelled run left) as the plan says, then reads the
 * dataflow as it now is; another run may have published it first (1422), which is as good.
 */
async function publishIf(publish, id, deps) {
    const { flows } = deps.chain;
    if (publish) {
        try {
            await flows.act(id, 'publish');
            deps.log.info(`Published dataflow ${id}`);
        }
        catch (error) {
            if (!(error instanceof adobe_errors/* AdobeApiError */.Eg && error.details.code?.startsWith('1422')))
                throw error;
        }
    }
    const flow = await flows.get(id);
    if (flow === undefined)
        throw new errors/* ActionError */.l(`Dataflow ${id} disappeared while this run was building it: run again.`);
    return flow;
}
/**
 * Waits until the dataflow is enabled, or until its first run has ended, polling once a second up
 * to `wait-timeout-seconds`.
 */
async function waitFor(wait, flowId, timeoutMs, deps) {
    if (wait === 'none')
        return undefined;
    const deadline = deps.now() + timeoutMs;
    for (;;) {
        stopIfCancelled(deps);
        const flow = await deps.chain.flows.get(flowId);
        // A dataflow without a state is taken as enabled, as a base connection without one is.
        const state = flow === undefined ? 'deleted' : (flow.state ?? 'enabled');
        if (state === 'enabled')
            break;
        if (state === 'disabled' || state === 'deleted') {
            throw new errors/* ActionError */.l(`Dataflow ${flowId} is ${state}; it will not run. Enable it in Experience Platform, or delete it and run again.`);
        }
        if (deps.now() >= deadline)
            throw timedOut(flowId, `still ${state}, not enabled`, timeoutMs);
        await deps.sleep(create/* POLL_MS */.JO);
    }
    deps.log.info(`Dataflow ${flowId} is enabled`);
    const state = 'enabled';
    if (wait === 'enabled')
        return { state };
    for (;;) {
        stopIfCancelled(deps);
        const [first] = [...(await deps.chain.runs(flowId))].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
        if (first !== undefined && ENDED.has(first.status)) {
            deps.log.info(`The first run of dataflow ${flowId} (${first.id}) ended: ${first.status}, ${first.recordsWritten ?? 0} records written`);
            return { state, run: first };
        }
        if (deps.now() >= deadline) {
            throw timedOut(flowId, first === undefined ? 'its first run has not started' : `its first run ${first.id} is still ${first.status}`, timeoutMs);
        }
        await deps.sleep(create/* POLL_MS */.JO);
    }
}
/** Run statuses that are an end (monitor.md shows success; the others as Flow Service names them). Anything else is waited on. */
const ENDED = new Set(['success', 'failed', 'partialSuccess', 'cancelled', 'canceled', 'error']);
function timedOut(flowId, what, timeoutMs) {
    return new errors/* ActionError */.l(`Waited ${Math.round(timeoutMs / 1000)} s for dataflow ${flowId}: ${what}. Raise "${names/* DATAFLOW_INPUT */.ks.waitTimeoutSeconds}", or set "${names/* DATAFLOW_INPUT */.ks.wait}" to none; the dataflow itself is in place.`);
}

// EXTERNAL MODULE: ./src/dataflow/inputs.ts + 1 modules
var inputs = __webpack_require__(6337);
;// CONCATENATED MODULE: ./src/dataflow/main.ts
// The dataflow action's main step: inputs → clients → look-up → plan → execute (or describe, in a
// dry run) → wait → outputs. The one place that sets its outputs and failure.













async function run() {
    core/* saveState */.LZ(entry/* IS_POST_STATE */.O, 'true');
    const { cancelled, stop, sleep } = watchForCancellation();
    let clients;
    let plan;
    let outputs = {};
    try {
        const config = (0,inputs/* readDataflowConfig */.BV)();
        if (config.deleteOnCompletion)
            log/* log */.Rm.warning(DELETE_ON_COMPLETION_NOTE);
        clients = (0,connect/* connect */.N)(config, { sleep, stopped: () => cancelled() !== undefined });
        const chain = new adobe_chain/* ChainClient */.$h(clients.flow.platform);
        plan = (0,dataflow_plan/* makeDataflowPlan */.ML)(config, await lookUpChain(chain, config, sleep));
        if (plan.dryRun) {
            for (const line of planLines(plan))
                log/* log */.Rm.info(`Dry run: ${line}`);
            outputs = dryRunOutputs(plan);
            setOutputs(outputs);
            if (plan.intent === 'fail')
                throw new errors/* ActionError */.l(plan.failure ?? 'the plan fails');
            return;
        }
        for (const line of planLines(plan))
            log/* log */.Rm.info(`Plan: ${line}`);
        const deps = {
            chain,
            log: log/* log */.Rm,
            now: Date.now,
            sleep,
            commitWaitMs: config.timeoutMs,
            cancelled,
            ...createdRecord(config)
        };
        const result = await executeDataflow(plan, deps);
        outputs = runOutputs(result, undefined);
        setOutputs(outputs);
        const waited = await waitFor(config.wait, result.dataflowId, config.waitTimeoutMs, deps);
        outputs = runOutputs(result, waited);
        setOutputs(outputs);
        if (waited?.run !== undefined && waited.run.status !== 'success') {
            throw new errors/* ActionError */.l(`The first run of dataflow ${result.dataflowId} (${waited.run.id}) ended ${waited.run.status}: see its errors under Sources > Dataflows in Experience Platform.`);
        }
    }
    catch (error) {
        fail(error);
    }
    finally {
        if (plan !== undefined)
            await writeSummary(plan, outputs);
        clients?.close();
        stop();
    }
}
const DELETE_ON_COMPLETION_NOTE = 'delete-on-completion is on: the dataflow and connections this run creates are deleted when this job ends. Use their ids only in later steps of this job, not in later jobs.';
/**
 * Everything the plan compares, read before any write: the base connection, the dataset, the flow
 * spec, and the chain's objects by name (with the mapping version the dataflow uses). Two objects
 * of one name may be overlapping runs settling at this moment (each deletes its loser at once), so
 * before they count as duplicates the chain is read again, a second apart.
 */
async function lookUpChain(chain, config, sleep) {
    let found = await readChain(chain, config);
    for (let check = 0; check < create/* DUPLICATE_RECHECKS */.Vd && hasDuplicates(found); check++) {
        await sleep(create/* POLL_MS */.JO);
        found = await readChain(chain, config);
    }
    return found;
}
function hasDuplicates({ flows, sources, targets }) {
    return flows.length > 1 || (flows.length === 0 && (sources.length > 1 || targets.length > 1));
}
async function readChain(chain, config) {
    const [base, dataset, flowSpec, flows, sources, targets] = await Promise.all([
        chain.baseConnection(config.baseConnectionId),
        chain.dataset(config.datasetId),
        chain.flowSpec(config.flowSpecName),
        chain.flows.findByName(config.name),
        chain.sources.findByName((0,dataflow_plan/* sourceName */.VZ)(config.name)),
        chain.targets.findByName((0,dataflow_plan/* targetName */.je)(config.name))
    ]);
    const [flow] = flows;
    if (flows.length !== 1 || flow === undefined)
        return { base, dataset, flowSpec, flows, sources, targets, mapping: undefined };
    // The dataflow's own connections, whatever their names now.
    const own = async (found, id, get) => {
        if (id === undefined || found.some(o => o.id === id))
            return found;
        const item = await get(id);
        return item === undefined ? found : [...found, item];
    };
    const current = (0,dataflow_plan/* currentMapping */._O)(flow);
    const [ownSources, ownTargets, mapping] = await Promise.all([
        own(sources, flow.sourceConnectionIds[0], id => chain.sources.get(id)),
        own(targets, flow.targetConnectionIds[0], id => chain.targets.get(id)),
        current === undefined ? undefined : chain.mappingSet(current.id, current.version)
    ]);
    return { base, dataset, flowSpec, flows, sources: ownSources, targets: ownTargets, mapping };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
}
/**
 * With delete-on-completion, what the post step reads: each create in flight, recorded before its
 * POST is sent (so a kill mid-POST still leaves a trace), then the ids this run made.
 */
function createdRecord(config) {
    if (!config.deleteOnCompletion)
        return {};
    const created = {};
    const pending = {};
    // Empty once nothing is left, so that the post step loads nothing.
    const save = (key, value) => core/* saveState */.LZ(key, Object.keys(value).length === 0 ? '' : JSON.stringify(value));
    return {
        onCreating: (kind, create) => {
            pending[kind] = create;
            save(names/* DATAFLOW_STATE */.fg.pendingChain, pending);
        },
        onCreateSettled: kind => {
            delete pending[kind];
            save(names/* DATAFLOW_STATE */.fg.pendingChain, pending);
        },
        onCreated: (kind, id) => {
            created[kind] = id;
            save(names/* DATAFLOW_STATE */.fg.createdChain, created);
        },
        onDeleted: kind => {
            delete created[kind];
            save(names/* DATAFLOW_STATE */.fg.createdChain, created);
        }
    };
}
async function writeSummary(plan, outputs) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // not on a runner
    await core/* summary */.z.addRaw(summaryMarkdown(plan, outputs)).write();
}


/***/ })

};
