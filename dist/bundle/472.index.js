export const id = 472;
export const ids = [472];
export const modules = {

/***/ 5538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ACCESS_DEFAULTS),
/* harmony export */   I: () => (/* binding */ ACCESS_INPUT)
/* harmony export */ });
// The Adobe-access inputs' names and defaults, the same in every action.yml. Constants only: a
// bundle's entry reads them without loading anything else.
/** The Adobe-access inputs, by the names messages and hints quote. */
const ACCESS_INPUT = {
    clientId: 'client-id',
    clientSecret: 'client-secret',
    scopes: 'scopes',
    accessToken: 'access-token',
    apiKey: 'api-key',
    orgId: 'org-id',
    sandboxName: 'sandbox-name',
    platformUrl: 'platform-url',
    imsUrl: 'ims-url',
    timeoutSeconds: 'timeout-seconds',
    maxAttempts: 'max-attempts'
};
/** Their defaults, as every action.yml declares them (a test keeps them equal). */
const ACCESS_DEFAULTS = {
    [ACCESS_INPUT.scopes]: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session',
    [ACCESS_INPUT.sandboxName]: 'prod',
    [ACCESS_INPUT.platformUrl]: 'https://platform.adobe.io',
    [ACCESS_INPUT.imsUrl]: 'https://ims-na1.adobelogin.com',
    [ACCESS_INPUT.timeoutSeconds]: '30',
    [ACCESS_INPUT.maxAttempts]: '5'
};


/***/ }),

/***/ 1472:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _runner_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6510);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1720);
// The dataflow action's bundle (dataflow/action.yml's `main` and `post`).


await (0,_runner_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .runEntry */ .C)({
    main: async () => (await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(518), __webpack_require__.e(337), __webpack_require__.e(11)]).then(__webpack_require__.bind(__webpack_require__, 6011))).run(),
    post: async () => (await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(905), __webpack_require__.e(518), __webpack_require__.e(873), __webpack_require__.e(337), __webpack_require__.e(716)]).then(__webpack_require__.bind(__webpack_require__, 8716))).runPost(),
    idle: _names_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTHING_TO_DELETE */ .k$
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zt: () => (/* binding */ SOURCE_CONNECTION_SUFFIX),
/* harmony export */   ik: () => (/* binding */ JOB_KINDS),
/* harmony export */   k$: () => (/* binding */ NOTHING_TO_DELETE),
/* harmony export */   ks: () => (/* binding */ DATAFLOW_INPUT),
/* harmony export */   l3: () => (/* binding */ DATAFLOW_OUTPUT),
/* harmony export */   xf: () => (/* binding */ TARGET_CONNECTION_SUFFIX)
/* harmony export */ });
/* harmony import */ var _access_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5538);
// Names of the dataflow action (dataflow/action.yml): its inputs, outputs and post-step state.

/** The dataflow action's inputs (dataflow/action.yml), by the names messages and hints quote. */
const DATAFLOW_INPUT = {
    clientId: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.clientId,
    clientSecret: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.clientSecret,
    scopes: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.scopes,
    accessToken: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.accessToken,
    apiKey: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.apiKey,
    orgId: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.orgId,
    sandboxName: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.sandboxName,
    baseConnectionId: 'base-connection-id',
    name: 'name',
    table: 'table',
    columns: 'columns',
    datasetId: 'dataset-id',
    mapping: 'mapping',
    frequency: 'frequency',
    interval: 'interval',
    startTime: 'start-time',
    deltaColumn: 'delta-column',
    flowSpecName: 'flow-spec-name',
    ifExists: 'if-exists',
    wait: 'wait',
    waitTimeoutSeconds: 'wait-timeout-seconds',
    dryRun: 'dry-run',
    deleteOnCompletion: 'delete-on-completion',
    platformUrl: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.platformUrl,
    imsUrl: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.imsUrl,
    timeoutSeconds: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.timeoutSeconds,
    maxAttempts: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.maxAttempts
};
/** The dataflow action's outputs (dataflow/action.yml). */
const DATAFLOW_OUTPUT = {
    dataflowId: 'dataflow-id',
    sourceConnectionId: 'source-connection-id',
    targetConnectionId: 'target-connection-id',
    mappingId: 'mapping-id',
    mappingVersion: 'mapping-version',
    state: 'state',
    outcome: 'outcome',
    /** With `wait: first-run` only. */
    runStatus: 'run-status',
    /** With `wait: first-run` only. */
    recordsWritten: 'records-written'
};
/** The kinds of object this action records in the job state (runner/job-state.ts), in the order the post step deletes them. */
const JOB_KINDS = ['flow', 'target', 'source'];
/** The connections' names are the dataflow's name with these suffixes. */
const SOURCE_CONNECTION_SUFFIX = ' (source)';
const TARGET_CONNECTION_SUFFIX = ' (target)';
/** The post step's debug line when the main step left nothing to delete. */
const NOTHING_TO_DELETE = 'delete-on-completion: this job created no part of the dataflow chain';


/***/ }),

/***/ 6510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runEntry)
/* harmony export */ });
/* harmony import */ var _job_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4665);
// The switch every action's index.ts makes: one bundle serves both steps of its action.yml (`main`
// and `post`), told apart by a state the main step saves first thing. A post step whose main step
// recorded nothing for it ends at once, loading nothing (not even @actions/core): as cheap as a
// bare Node start.

/** A state the main step saved, as the runner passes it to the post step. */
function savedState(key) {
    return process.env[`STATE_${key}`] ?? '';
}
/** Runs the main step, the post step, or (a post step with nothing to do) nothing at all. */
async function runEntry(entry) {
    if (savedState(_job_state_js__WEBPACK_IMPORTED_MODULE_0__/* .IS_POST_STATE */ .Od) !== 'true')
        await entry.main();
    else if (savedState(_job_state_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_STATE */ .EW.created) !== '' || savedState(_job_state_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_STATE */ .EW.pending) !== '')
        await entry.post();
    // The runner's debug command, written directly: @actions/core is not worth loading for it.
    else
        process.stdout.write(`::debug::${entry.idle}\n`);
}


/***/ }),

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ JOB_STATE),
/* harmony export */   Fo: () => (/* binding */ recordCreates),
/* harmony export */   Im: () => (/* binding */ isEmpty),
/* harmony export */   MU: () => (/* binding */ recorderOf),
/* harmony export */   Od: () => (/* binding */ IS_POST_STATE),
/* harmony export */   aE: () => (/* binding */ readRecord)
/* harmony export */ });
// The record a main step leaves for its post step (delete-on-completion), written and read here
// only: each create is recorded before its POST is sent (so a kill mid-POST still leaves a trace),
// then the id it made, and both are cleared as they stop applying. The runner keeps a step's
// state for that action's post step alone, so every action uses the same two keys.
/** Saved by every main step first thing, so that the bundle knows when it runs as the post step. */
const IS_POST_STATE = 'isPost';
/** The state keys: JSON maps from a kind of object ("flow", "source", …) to its record. */
const JOB_STATE = { created: 'created', pending: 'pending' };
/** Keeps the record in the store, one key per map; an empty map is saved as '' (the post step then loads nothing). */
function recordCreates(store) {
    const maps = { [JOB_STATE.created]: {}, [JOB_STATE.pending]: {} };
    /** Sets (or, with undefined, removes) one kind's entry of one map, and saves that map. */
    const put = (key, kind, value) => {
        const map = maps[key] ?? {};
        if (value === undefined)
            delete map[kind];
        else
            map[kind] = value;
        store.save(key, Object.keys(map).length === 0 ? '' : JSON.stringify(map));
    };
    return {
        creating: (kind, create) => put(JOB_STATE.pending, kind, create),
        settled: kind => put(JOB_STATE.pending, kind, undefined),
        created: (kind, id) => put(JOB_STATE.created, kind, id),
        deleted: kind => put(JOB_STATE.created, kind, undefined)
    };
}
/** The recorder's calls for one kind of object; none without a recorder. */
function recorderOf(recorder, kind) {
    return (recorder && {
        creating: pending => recorder.creating(kind, pending),
        settled: () => recorder.settled(kind),
        created: id => recorder.created(kind, id),
        deleted: () => recorder.deleted(kind)
    });
}
/**
 * The record as the post step finds it. State can be written by anything that prints to the log,
 * so whatever is not a record of one of `kinds` in the expected shape is left out.
 */
function readRecord(store, kinds) {
    return {
        created: readMap(store.load(JOB_STATE.created), kinds, value => typeof value === 'string' && value !== '' ? value : undefined),
        pending: readMap(store.load(JOB_STATE.pending), kinds, asPending)
    };
}
/** True when the record names nothing to delete. */
function isEmpty(record) {
    return Object.keys(record.created).length === 0 && Object.keys(record.pending).length === 0;
}
function readMap(text, kinds, read) {
    let value;
    try {
        value = JSON.parse(text || '{}');
    }
    catch {
        return {};
    }
    const map = {};
    if (value === null || typeof value !== 'object')
        return map;
    for (const kind of kinds) {
        const item = read(value[kind]);
        if (item !== undefined)
            map[kind] = item;
    }
    return map;
}
function asPending(value) {
    const { name, sentAt, waitMs, before, found } = (value ?? {});
    const beforeOk = before === null || (Array.isArray(before) && before.every(id => typeof id === 'string'));
    if (!(typeof name === 'string' && typeof sentAt === 'number' && typeof waitMs === 'number' && beforeOk))
        return undefined;
    return typeof found === 'string' && found !== ''
        ? { name, sentAt, waitMs, before, found }
        : { name, sentAt, waitMs, before };
}


/***/ })

};
