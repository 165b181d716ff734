export const id = 558;
export const ids = [558];
export const modules = {

/***/ 6838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readSettled)
/* harmony export */ });
/* unused harmony export DUPLICATE_RECHECKS */
/* harmony import */ var _create_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(749);
// Reading what exists by name, when other runs may be settling at this very moment: each of them
// deletes its losing object within a round trip, so two objects of one name are read again, a
// second apart, before they count as real duplicates.

/** How many times duplicates are read again before they count. */
const DUPLICATE_RECHECKS = 3;
/** Reads, and reads again while `hasDuplicates` says the answer may be runs settling. */
async function readSettled(read, hasDuplicates, sleep) {
    let found = await read();
    for (let check = 0; check < DUPLICATE_RECHECKS && hasDuplicates(found); check++) {
        await sleep(_create_js__WEBPACK_IMPORTED_MODULE_0__/* .POLL_MS */ .JO);
        found = await read();
    }
    return found;
}


/***/ }),

/***/ 6558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provision: () => (/* binding */ provision)
});

// EXTERNAL MODULE: ./src/adobe/connect.ts + 4 modules
var connect = __webpack_require__(9763);
// EXTERNAL MODULE: ./src/converge/create.ts
var create = __webpack_require__(749);
// EXTERNAL MODULE: ./src/runner/errors.ts
var errors = __webpack_require__(5507);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/runner/report.ts
var report = __webpack_require__(6190);
// EXTERNAL MODULE: ./src/dataflow/describe.ts
var describe = __webpack_require__(4183);
// EXTERNAL MODULE: ./src/access/hints.ts
var hints = __webpack_require__(2412);
// EXTERNAL MODULE: ./src/adobe/errors.ts
var adobe_errors = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/converge/look-up.ts
var look_up = __webpack_require__(6838);
// EXTERNAL MODULE: ./src/converge/teardown.ts
var teardown = __webpack_require__(7721);
// EXTERNAL MODULE: ./src/runner/job-state.ts
var job_state = __webpack_require__(4665);
// EXTERNAL MODULE: ./src/runner/together.ts
var together = __webpack_require__(122);
// EXTERNAL MODULE: ./src/dataflow/names.ts
var names = __webpack_require__(1720);
// EXTERNAL MODULE: ./src/dataflow/plan.ts + 1 modules
var dataflow_plan = __webpack_require__(1599);
;// CONCATENATED MODULE: ./src/dataflow/execute.ts
// Carries a dataflow plan out, object by object, in dependency order: source connection, target
// connection, mapping set, dataflow (a draft until every part exists, then published), then waits
// as asked. Each create converges like the base connection's: lost answers are looked for, and
// overlapping runs settle on the oldest object of each name.











/**
 * Everything the plan compares, read before any write: the base connection, the dataset, the flow
 * spec, and the chain's objects by name (with the mapping version the dataflow uses). Two objects
 * of one name may be overlapping runs settling at this moment (each deletes its loser at once), so
 * before they count as duplicates the chain is read again, a second apart.
 */
async function lookUpChain(adobe, config, sleep) {
    return (0,look_up/* readSettled */.G)(() => readChain(adobe, config), hasDuplicates, sleep);
}
function hasDuplicates({ flows, sources, targets }) {
    return flows.length > 1 || (flows.length === 0 && (sources.length > 1 || targets.length > 1));
}
/** The requests readChain sends at once: so many platform connections are opened ahead. */
const LOOK_UP_WAVE = 8;
async function readChain(adobe, config) {
    const { flowService, catalog, dataPrep, schemaRegistry } = adobe;
    const base = config.baseConnectionId;
    // Everything below goes out at once (LOOK_UP_WAVE requests, on connections opened while the token
    // was fetched); what needs an answer of the first wave follows in a second.
    // The table is explored by the input as a path at once; by its name only when that was no path.
    // A dry run for a new environment has no base connection yet: nothing to read or explore.
    const none = Promise.resolve(undefined);
    const [found, dataset, flowSpec, flows, sources, targets, tables, byPath] = await (0,together/* together */.b)(base === '' ? none : flowService.connections.get(base), catalog.dataset(config.datasetId), flowService.flowSpec(config.flowSpecName), flowService.flows.findByName(config.name), flowService.sources.findByName((0,dataflow_plan/* sourceName */.VZ)(config.name)), flowService.targets.findByName((0,dataflow_plan/* targetName */.je)(config.name)), base === '' ? none : unlessRefused(flowService.explore(base)), base === '' ? none : unlessRefused(flowService.exploreTable(base, config.table)));
    const [flow] = flows;
    const single = flows.length === 1 ? flow : undefined;
    const current = single === undefined ? undefined : (0,dataflow_plan/* currentMapping */._O)(single);
    const table = tables === undefined ? undefined : (0,dataflow_plan/* matchTable */.Kp)(tables, config.table);
    const byName = table !== undefined && !('why' in table) && table.path !== config.table ? table.path : undefined;
    const [ownSources, ownTargets, mapping, schemaPaths, columns] = await (0,together/* together */.b)(own(sources, single?.sourceConnectionIds[0], id => flowService.sources.get(id)), own(targets, single?.targetConnectionIds[0], id => flowService.targets.get(id)), current === undefined ? none : dataPrep.mappingSet(current.id, current.version), dataset === undefined ? none : schemaRegistry.fieldPaths(dataset.schemaId), byName === undefined ? Promise.resolve(byPath) : unlessRefused(flowService.exploreTable(base, byName)));
    return {
        base: found,
        dataset,
        flowSpec,
        flows,
        sources: ownSources,
        targets: ownTargets,
        mapping,
        schemaPaths,
        explored: tables === undefined ? undefined : { tables, columns }
    };
}
/** The dataflow's own connection, whatever its name now, beside those found by name. */
async function own(found, id, get) {
    if (id === undefined || found.some(o => o.id === id))
        return found;
    const item = await get(id);
    return item === undefined ? found : [...found, item];
}
/**
 * An explore Flow Service refuses (the base connection does not exist, a path that is no table)
 * is no answer; the plan then says what is wrong. Anything else (rejected credentials, a failing
 * service) stands.
 */
async function unlessRefused(explore) {
    try {
        return await explore;
    }
    catch (error) {
        if ((0,adobe_errors/* isNotFound */.c4)(error) || (error instanceof adobe_errors/* AdobeApiError */.Eg && isNotATable(error)))
            return undefined;
        throw error;
    }
}
/**
 * Flow Service's answer to explore of an object that is not a table of the source: 1330 (sources
 * catalogue, "No columns were found for table …"); any other refusal stands.
 */
function isNotATable(error) {
    return error.details.code?.startsWith('1330') === true && error.details.operation.startsWith('explore table');
}
async function executeDataflow(plan, deps) {
    if (plan.intent === 'fail')
        throw new errors/* ActionError */.l((0,describe/* failureMessage */.oh)(plan));
    const { source, target, mapping, flow, replaces } = plan;
    let wrote = false;
    let adopted = false;
    const part = async (kind, collection, step, existing) => {
        const done = await carryOut(kind, collection, step, deps, existing);
        wrote ||= done.wrote;
        adopted ||= step.kind === 'create' && !done.wrote;
        return done.id;
    };
    // The mapping set, source and target connection need nothing of each other: written at once,
    // each create then settling on its own. Only when the plan could not check the mapping against
    // the schema (none found) is Data Prep its judge: then the mapping set goes first, so that a
    // mapping it refuses stops the run before anything is written to Flow Service.
    stopIfCancelled(deps);
    const alone = plan.schemaNotFound !== undefined;
    const first = alone ? await writeMapping(mapping, deps, 'Nothing was written to Flow Service.') : undefined;
    stopIfCancelled(deps);
    const [mapped, sourceId, targetId] = await (0,together/* together */.b)(first === undefined ? writeMapping(mapping, deps, besideMapping(plan)) : Promise.resolve(first), part('source', deps.adobe.flowService.sources, source, replaces?.existing.sources), part('target', deps.adobe.flowService.targets, target, replaces?.existing.targets));
    stopIfCancelled(deps);
    const made = await carryOutFlow(plan, flow, { sourceId, targetId, ...mapped }, deps);
    // The mapping the dataflow ends with: this run's, unless another run's dataflow won.
    const used = made.created || flow.kind !== 'create' ? fromMapped(mapped) : currentOrMapped(made.flow, mapped);
    // A mapping set this run wrote counts only when the dataflow uses it (another run's may have won).
    wrote ||= mapping.kind !== 'reuse' && used.mappingId === mapped.id && used.mappingVersion === mapped.version;
    // The new dataflow is live: the chain it replaces goes, the dataflow first (it uses the connections).
    if (replaces !== undefined)
        await retire(replaces, made.flow.id, deps);
    return {
        outcome: replaces !== undefined ? 'replaced' : made.created ? 'created' : wrote || made.wrote ? 'updated' : 'unchanged',
        dataflowId: made.flow.id,
        sourceConnectionId: sourceId,
        targetConnectionId: targetId,
        ...used,
        state: made.flow.state ?? 'enabled',
        adopted: adopted || (flow.kind === 'create' && !made.created)
    };
}
function stopIfCancelled(deps) {
    const signal = deps.cancelled?.();
    if (signal !== undefined)
        throw new errors/* ActionError */.l(`The job was cancelled (${signal}); stopped before the next part of the chain.`);
}
/**
 * Deletes the chain a new one replaced, in dependency order. Another run replacing it at the same
 * time may have deleted a part already (false: gone).
 */
async function retire(replaced, newFlowId, deps) {
    const { flows, targets, sources } = deps.adobe.flowService;
    const parts = [
        [flows, replaced.flow],
        [targets, replaced.target],
        [sources, replaced.source]
    ];
    for (const [collection, old] of parts) {
        try {
            const deleted = await (0,teardown/* deleteWhenFree */.OW)(() => collection.delete(old.id), deps.sleep);
            deps.log.info(`${deleted ? 'Deleted' : 'Already gone:'} the replaced ${collection.what} ${old.id} ("${old.name}")`);
        }
        catch (error) {
            const old = `${replaced.flow.id} and its connections ${replaced.source.id}, ${replaced.target.id}`;
            throw new errors/* ActionError */.l(`The new dataflow ${newFlowId} is live, but the chain it replaces could not be deleted: ${firstLine(error)}\nNext step: delete dataflow ${old} (Sources > Dataflows), then run again.`);
        }
    }
}
/** An error's first line: its own next step gives way to the one the caller writes. */
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
const fromMapped = (mapped) => ({
    mappingId: mapped.id,
    mappingVersion: mapped.version
});
/** The mapping of a dataflow another run created: its own, or (none shown) the one it was given. */
function currentOrMapped(flow, mapped) {
    const current = (0,dataflow_plan/* currentMapping */._O)(flow);
    return current === undefined ? fromMapped(mapped) : { mappingId: current.id, mappingVersion: current.version };
}
async function carryOut(kind, collection, step, deps, existing) {
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
            const made = await createSettled(kind, collection, name, recover => collection.create(step.request, recover), deps, existing);
            return { id: made.id, wrote: made.ours };
        }
    }
}
/**
 * POSTs, then settles with runs that created the same name at the same time: the oldest wins, and
 * a run whose object lost deletes its own and goes on with the winner. `ours`: this run made the
 * object that stays (proven by its own answer); `found`: that object as listed, when it is.
 */
async function createSettled(kind, collection, name, post, deps, existing = []) {
    const record = (0,job_state/* recorderOf */.MU)(deps.record, kind);
    // The plan found none of this name, or (a replacement) only what it replaces: whatever else
    // appears is new, and runs settle among the new ones only.
    const before = existing;
    const find = async () => (await collection.findByName(name)).filter(o => !before.includes(o.id));
    const { written, proven, pending, landsBy } = await (0,create/* createOnce */.Ur)({
        what: collection.what,
        unproven: 'reports it as reused',
        pending: { name, sentAt: deps.now(), before, waitMs: deps.commitWaitMs },
        record,
        find,
        serverClockOffsetMs: () => deps.adobe.flowService.serverClockOffsetMs,
        post
    }, deps);
    if (proven)
        deps.log.info(`Created ${collection.what} ${written.id} ("${name}")`);
    const { winner, lost } = await (0,create/* settle */.G9)({
        what: collection.what,
        name,
        written,
        proven,
        find,
        remove: id => collection.delete(id),
        record,
        pending,
        landsBy
    }, deps);
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
/** What a refused mapping leaves of the writes that went out beside it, for the message. */
function besideMapping({ source, target, intent }) {
    if (source.kind === 'reuse' && target.kind === 'reuse')
        return 'Nothing was written to Flow Service.';
    const flow = intent === 'create' ? 'The dataflow was not created' : 'The dataflow was left as it is';
    return `${flow}; a run with the mapping corrected goes on with the connections this run wrote.`;
}
/** `written`: what the run wrote beside the mapping set, said when Data Prep refuses it. */
async function writeMapping(mapping, deps, written) {
    try {
        return await writeMappingSet(mapping, deps);
    }
    catch (error) {
        if (!(error instanceof adobe_errors/* AdobeApiError */.Eg && error.status === 400))
            throw error;
        const first = firstLine(error);
        throw new errors/* ActionError */.l(`"${names/* DATAFLOW_INPUT */.ks.mapping}": Data Prep refused the mapping: ${first}\nNext step: check each "source" and "destination" in the mapping file; every destination must be a path of the XDM schema of "${names/* DATAFLOW_INPUT */.ks.datasetId}". ${written}${(0,hints/* seeEntry */.MP)(hints/* ENTRY */.Py.mappingRefused)}`);
    }
}
async function writeMappingSet(mapping, deps) {
    switch (mapping.kind) {
        case 'reuse':
            return { id: mapping.id, version: mapping.version };
        case 'create': {
            const written = await deps.adobe.dataPrep.writeMappingSet(mapping.request);
            deps.log.info(`Created mapping set ${written.id} (version ${written.version})`);
            return written;
        }
        case 'update': {
            const written = await deps.adobe.dataPrep.writeMappingSet(mapping.request, mapping.id);
            deps.log.info(`Wrote version ${written.version} of mapping set ${written.id} (was version ${mapping.version})`);
            return written;
        }
    }
}
async function carryOutFlow(plan, step, parts, deps) {
    const { flows } = deps.adobe.flowService;
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
        // A draft is not live: a chain that stops half-way never ingests. Draft mode only where the
        // flow spec offers it (draft.md); otherwise the dataflow is created as it is.
        const { draftMode } = step.flowSpec;
        const made = await createSettled('flow', flows, step.name, recover => flows.create(request, recover, { draft: draftMode }), deps, plan.replaces?.existing.flows);
        // This run's own draft is published whatever state Flow Service shows a draft in; another
        // run's winner only when it is not published yet.
        const publish = draftMode && (made.ours || (made.found !== undefined && (0,dataflow_plan/* needsPublishing */.N5)(made.found)));
        // Not published: the settling look-up listed the dataflow just now, as a read would show it.
        const listed = made.found?.id === made.id ? made.found : undefined;
        const flow = publish ? await published(made.id, deps) : (listed ?? (await read(made.id, deps)));
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
    // Not published: as the look-up read it (a PATCH of its schedule or steps leaves its state).
    const flow = step.publish ? await published(step.found.id, deps) : step.found;
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
        // Another run may have removed it already (the 412 path reads the dataflow again). The
        // OpenAPI's PatchInstruction requires a value: the list is replaced without it, not `remove`d.
        if (step.shape.copy === undefined) {
            if (at >= 0) {
                const kept = flow.transformations.filter(t => t.name !== 'Copy');
                const withMapping = kept.map(t => (t.name === 'Mapping' && step.changes.includes('mapping') ? mapping : t));
                return [
                    ...operations.filter(o => !o.path.startsWith('/transformations')),
                    { op: 'replace', path: '/transformations', value: withMapping }
                ];
            }
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
    // A field to drop (interval, for once): the schedule is replaced whole, as every operation carries a value.
    if (wanted.interval === undefined && (0,dataflow_plan/* scheduleText */.lH)(current.interval) !== undefined) {
        return [{ op: 'replace', path: '/scheduleParams', value: wanted }];
    }
    const operations = [];
    for (const field of ['startTime', 'frequency', 'interval']) {
        const path = `/scheduleParams/${field}`;
        const had = (0,dataflow_plan/* scheduleText */.lH)(current[field]);
        const value = wanted[field];
        if (value === undefined)
            continue;
        if (had === undefined)
            operations.push({ op: 'add', path, value });
        else if (had !== String(value))
            operations.push({ op: 'replace', path, value });
    }
    return operations;
}
/**
 * Publishes a draft (this run's, or one a cancelled run left), then reads the dataflow as it now
 * is: still a draft, it never runs, and the run says so. A publish refused because the dataflow is
 * no longer a draft (1422, or 1444 "not in expected state": another run, or this run's first
 * publish whose answer was lost, published it) is as good, when the read shows it published.
 */
async function published(id, deps) {
    let refused;
    try {
        await deps.adobe.flowService.flows.act(id, 'publish');
        deps.log.info(`Published dataflow ${id}`);
    }
    catch (error) {
        const code = error instanceof adobe_errors/* AdobeApiError */.Eg ? error.details.code : undefined;
        if (!(error instanceof adobe_errors/* AdobeApiError */.Eg) || !(code?.startsWith('1422') || code?.startsWith('1444')))
            throw error;
        refused = error;
    }
    const flow = await read(id, deps);
    if (refused !== undefined && (0,dataflow_plan/* needsPublishing */.N5)(flow))
        throw refused;
    if ((0,dataflow_plan/* needsPublishing */.N5)(flow))
        throw draftError(flow.id, flow.state ?? 'draft');
    return flow;
}
async function read(id, deps) {
    const flow = await deps.adobe.flowService.flows.get(id);
    if (flow === undefined)
        throw new errors/* ActionError */.l(`Dataflow ${id} disappeared while this run was building it: run again.`);
    return flow;
}
function draftError(flowId, state) {
    return new errors/* ActionError */.l(`Dataflow ${flowId} is still a draft (state ${state}) after it was published: it will not run. Publish it in Experience Platform, or run again with "${names/* DATAFLOW_INPUT */.ks.ifExists}" update.`);
}
/**
 * Waits until the dataflow is enabled, or until its first run has ended, polling once a second up
 * to `wait-timeout-seconds`. `state`: the dataflow's state as this run last read it (its look-up,
 * its settling look-up or the read after publishing it); when that is `enabled`, no read repeats it.
 */
async function waitFor(wait, { dataflowId: flowId, state: known }, timeoutMs, deps) {
    if (wait === 'none')
        return undefined;
    const deadline = deps.now() + timeoutMs;
    if (known !== 'enabled')
        await untilEnabled(flowId, deadline, timeoutMs, deps);
    deps.log.info(`Dataflow ${flowId} is enabled`);
    const state = 'enabled';
    if (wait === 'enabled')
        return { state };
    for (;;) {
        stopIfCancelled(deps);
        const [first] = [...(await deps.adobe.flowService.runs(flowId))].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
        if (first !== undefined && hasEnded(first.status)) {
            deps.log.info(`The first run of dataflow ${flowId} (${first.id}) ended: ${first.status}, ${first.recordsWritten ?? 0} records written`);
            return { state, run: first };
        }
        if (deps.now() >= deadline) {
            throw timedOut(flowId, first === undefined ? 'its first run has not started' : `its first run ${first.id} is still ${first.status}`, timeoutMs);
        }
        await deps.sleep(create/* POLL_MS */.JO);
    }
}
async function untilEnabled(flowId, deadline, timeoutMs, deps) {
    for (;;) {
        stopIfCancelled(deps);
        const flow = await deps.adobe.flowService.flows.get(flowId);
        // A dataflow without a state is taken as enabled, as a base connection without one is.
        const state = flow === undefined ? 'deleted' : (flow.state ?? 'enabled');
        if (state === 'enabled')
            return;
        // A draft never becomes enabled by itself: no use waiting for it.
        if (flow !== undefined && (0,dataflow_plan/* needsPublishing */.N5)(flow))
            throw draftError(flowId, state);
        if (state === 'disabled' || state === 'deleted') {
            throw new errors/* ActionError */.l(`Dataflow ${flowId} is ${state}; it will not run. Enable it in Experience Platform, or delete it and run again.`);
        }
        if (deps.now() >= deadline)
            throw timedOut(flowId, `still ${state}, not enabled`, timeoutMs);
        await deps.sleep(create/* POLL_MS */.JO);
    }
}
/**
 * Whether a run has ended: every status but those of a run still going, compared without regard to
 * case or underscores. Adobe spells the ends `success` (monitor.md), `Failed` (sort-and-filter.md)
 * and, in the OpenAPI's StatusDTO, `PARTIAL_SUCCESS`, `PARTIAL_FAILURE`, `COMPLETED`; a status none
 * of them documents (`unknown`, a new one) is waited on rather than taken as an end.
 */
function hasEnded(status) {
    return ENDED.has(status.toLowerCase().replace(/_/g, ''));
}
const ENDED = new Set([
    'success',
    'failed',
    'partialsuccess',
    'partialfailure',
    'completed',
    'cancelled',
    'canceled',
    'error'
]);
function timedOut(flowId, what, timeoutMs) {
    return new errors/* ActionError */.l(`Waited ${Math.round(timeoutMs / 1000)} s for dataflow ${flowId}: ${what}. Raise "${names/* DATAFLOW_INPUT */.ks.waitTimeoutSeconds}", or set "${names/* DATAFLOW_INPUT */.ks.wait}" to none; the dataflow itself is in place.`);
}

;// CONCATENATED MODULE: ./src/dataflow/provision.ts
// The dataflow action's work once its inputs are read: clients → look-up → plan → execute (or, in
// a dry run, describe) → wait → outputs and summary.








async function provision(config, cancellation) {
    if (config.deleteOnCompletion)
        log/* log */.Rm.warning(DELETE_ON_COMPLETION_NOTE);
    const clients = (0,connect/* connect */.N)(config, { wording: describe/* wording */.z4, ...cancellation, connections: LOOK_UP_WAVE });
    let plan;
    let outputs = {};
    try {
        const adobe = clients;
        plan = (0,dataflow_plan/* makeDataflowPlan */.ML)(config, await lookUpChain(adobe, config, cancellation.sleep));
        if (plan.dryRun)
            return await (0,report/* reportDryRun */.HN)((0,describe/* describeDryRun */._5)(plan));
        for (const line of (0,describe/* planLines */.HN)(plan))
            log/* log */.Rm.info(`Plan: ${line}`);
        const deps = { adobe, ...(0,create/* executorDeps */.AQ)(config, cancellation) };
        let result = await executeDataflow(plan, deps);
        if (result.adopted && config.ifExists === 'update') {
            // Another run's part won: bring what is live to this run's inputs in place, as a re-run
            // would, so that the outcome says what is live. Not by replacing it: the other run's
            // outputs name that chain. Once: a third run overlapping again ends as it is.
            log/* log */.Rm.info('Another run created part of the chain at the same time: planning again against what is live');
            plan = (0,dataflow_plan/* makeDataflowPlan */.ML)(config, await lookUpChain(adobe, config, cancellation.sleep));
            if (plan.intent === 'replace' && plan.replaces !== undefined)
                throw new errors/* ActionError */.l((0,describe/* adoptedElsewhere */.Mv)(plan.name, plan.replaces));
            for (const line of (0,describe/* planLines */.HN)(plan))
                log/* log */.Rm.info(`Plan: ${line}`);
            const again = await executeDataflow(plan, deps);
            // A dataflow this run created stays `created`, even when it then updated it.
            const first = result.outcome;
            result = { ...again, outcome: first === 'created' || again.outcome === 'unchanged' ? first : again.outcome };
        }
        outputs = (0,describe/* runOutputs */.MR)(result, undefined);
        (0,report/* setOutputs */.n0)(outputs);
        const waited = await waitFor(config.wait, result, config.waitTimeoutMs, deps);
        outputs = (0,describe/* runOutputs */.MR)(result, waited);
        (0,report/* setOutputs */.n0)(outputs);
        // Statuses compared without regard to case: Adobe spells them `success` and `Failed`.
        if (waited?.run !== undefined && waited.run.status.toLowerCase() !== 'success') {
            throw new errors/* ActionError */.l((0,describe/* firstRunFailure */.wj)(result.dataflowId, waited.run));
        }
    }
    finally {
        // The summary of a run that failed half-way shows the plan and what it output so far.
        if (plan !== undefined && !plan.dryRun)
            await (0,report/* writeSummary */.Sy)((0,describe/* summary */.z)(plan, outputs));
        clients.close();
    }
}
const DELETE_ON_COMPLETION_NOTE = 'delete-on-completion is on: the dataflow and connections this run creates are deleted when this job ends. Use their ids only in later steps of this job, not in later jobs.';


/***/ }),

/***/ 6190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ reportDryRun),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony export escapeSummary */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5507);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7708);
// What a step hands the runner besides its log: outputs, and the job summary. Every text of the
// summary is escaped here, once: names and messages come from inputs and from Adobe's answers.



/** The step's outputs. Never masked: later jobs must be able to read them. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}
/** Writes the summary (on a runner; outside one there is no summary file). */
async function writeSummary(summary) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    addSection(summary, 3);
    for (const section of summary.sections ?? [])
        addSection(section, 4);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.write();
}
function addSection(section, level) {
    const [header, ...rows] = section.table;
    const report = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(escapeSummary(section.heading), level);
    if (section.lines !== undefined)
        report.addList(section.lines.map(line => escapeSummary(line)));
    if (header !== undefined) {
        report.addTable([
            header.map(data => ({ data: escapeSummary(data), header: true })),
            ...rows.map(row => row.map(cell => escapeSummary(cell)))
        ]);
    }
    if (section.text !== undefined)
        report.addCodeBlock(escapeSummary(section.text, { keepLines: true }), 'text');
}
/**
 * The text as the summary shows it, never as markup: HTML's and Markdown's own characters become
 * character references, and (but in a block of text) line breaks a space, so that a name can
 * neither format nor break the summary.
 */
function escapeSummary(text, { keepLines = false } = {}) {
    const escaped = text.replace(/[&<>"'|`\\*_[\]]/g, c => `&#${c.charCodeAt(0)};`);
    return keepLines ? escaped : escaped.replace(/[\r\n]+/g, ' ');
}
/**
 * The dry-run branch of every action: the plan in the log, the outputs and the summary; then, when
 * a real run would fail, the step fails too, so that a dry run can block a pull request.
 */
async function reportDryRun(report) {
    for (const line of report.lines)
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(line);
    setOutputs(report.outputs);
    await writeSummary(report.summary);
    if (report.failure !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(report.failure);
}


/***/ }),

/***/ 122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ together)
/* harmony export */ });
// Requests that go out at once, and end together: a failure counts only once every sibling has
// ended, so that none is cut off mid-request (a POST cut off is a lost answer; a look-up cut off
// would be retried and reported as a network fault) when the step then closes its connections.
/** Like Promise.all, but waits for every promise; then throws the first failure in argument order. */
async function together(...promises) {
    const results = await Promise.allSettled(promises);
    const failed = results.find(result => result.status === 'rejected');
    if (failed !== undefined)
        throw failed.reason;
    return results.map(result => result.value);
}


/***/ })

};
