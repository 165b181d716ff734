export const id = 716;
export const ids = [716];
export const modules = {

/***/ 8716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8079);
/* harmony import */ var _adobe_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7166);
/* harmony import */ var _adobe_connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4222);
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(159);
/* harmony import */ var _converge_create_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(749);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7708);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6337);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1720);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2448);
// The dataflow action's post step (delete-on-completion): deletes what the main step recorded as
// made by this run, in dependency order: the dataflow, then the target and source connections.
// After a kill mid-POST, the one object of that name that appeared since the POST was sent (the
// base connection's rule, madeSince). Mapping sets cannot be deleted (Data Prep has no DELETE).
// A failed delete is a warning, never a failed job; Adobe's refusal (1447: a dataflow still uses
// it) comes with its hint.









const ORDER = ['flow', 'target', 'source'];
async function runPost() {
    const created = parseRecord(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_7__/* .DATAFLOW_STATE */ .fg.createdChain), v => (typeof v === 'string' ? v : undefined));
    const pending = parseRecord(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_7__/* .DATAFLOW_STATE */ .fg.pendingChain), asPending);
    if (ORDER.every(kind => created[kind] === undefined && pending[kind] === undefined)) {
        _runner_log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.debug('delete-on-completion: this job created no part of the dataflow chain');
        return;
    }
    let clients;
    try {
        const config = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readTeardownConfig */ .tP)();
        // State can be written by anything that prints to the log: act on it only when asked to.
        if (!config.deleteOnCompletion)
            return;
        clients = (0,_adobe_connect_js__WEBPACK_IMPORTED_MODULE_2__/* .connect */ .N)(config);
        const chain = new _adobe_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .ChainClient */ .$h(clients.flow.platform);
        for (const kind of ORDER) {
            const collection = collectionOf(chain, kind);
            const name = nameOf(config, kind);
            const id = created[kind] ?? (await madeByKilledCreate(collection, chain, name, pending[kind]));
            if (id !== undefined)
                await deleteOne(collection, name, id);
        }
    }
    catch (error) {
        _runner_log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`delete-on-completion: ${error instanceof Error ? error.message : String(error)}`);
    }
    finally {
        clients?.close();
    }
}
function collectionOf(chain, kind) {
    return kind === 'flow' ? chain.flows : kind === 'target' ? chain.targets : chain.sources;
}
function nameOf(config, kind) {
    return kind === 'flow' ? config.name : kind === 'target' ? (0,_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .targetName */ .je)(config.name) : (0,_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .sourceName */ .VZ)(config.name);
}
/**
 * The main step was killed while this create was in flight: what it made, if anything, is the one
 * object of this name stamped after the POST was sent. Anything less certain is left alone.
 */
async function madeByKilledCreate(collection, chain, name, pending) {
    if (pending === undefined || pending.name !== name)
        return undefined;
    const since = { sentAt: pending.sentAt, before: null, waitMs: pending.waitMs };
    // The POST may still land until its own time limit has passed.
    const until = pending.sentAt + pending.waitMs + _converge_create_js__WEBPACK_IMPORTED_MODULE_4__/* .POLL_MS */ .JO;
    for (;;) {
        const appeared = (0,_converge_create_js__WEBPACK_IMPORTED_MODULE_4__/* .madeSince */ .O9)(await collection.findByName(name), since, chain.serverClockOffsetMs);
        if (appeared.length === 1)
            return appeared[0]?.id;
        if (appeared.length > 1) {
            _runner_log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`delete-on-completion: ${appeared.length} ${collection.what}s named "${name}" appeared while this job was killed mid-create; deleting none of them (${appeared.map(a => a.id).join(', ')})`);
            return undefined;
        }
        if (Date.now() >= until)
            return undefined;
        await new Promise(resolve => setTimeout(resolve, _converge_create_js__WEBPACK_IMPORTED_MODULE_4__/* .POLL_MS */ .JO));
    }
}
async function deleteOne(collection, name, id) {
    try {
        // Only an object of this job's name: the record is state, and state is only as good as the job.
        const found = await collection.get(id);
        if (found !== undefined && found.name !== name) {
            _runner_log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`delete-on-completion: ${collection.what} ${id} is not "${name}": not deleting it`);
            return;
        }
        const deleted = await deleteWhenFree(collection, id);
        _runner_log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.info(`delete-on-completion: ${deleted ? 'deleted' : 'already gone:'} ${collection.what} ${id}`);
    }
    catch (error) {
        _runner_log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`delete-on-completion: could not delete ${collection.what} ${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** Attempts at a delete that Flow Service refuses while a dataflow just deleted is still going away (1447). */
const IN_USE_ATTEMPTS = 5;
async function deleteWhenFree(collection, id) {
    for (let attempt = 1;; attempt++) {
        try {
            return await collection.delete(id);
        }
        catch (error) {
            const inUse = error instanceof _adobe_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AdobeApiError */ .Eg && error.details.code?.startsWith('1447') === true;
            if (!inUse || attempt >= IN_USE_ATTEMPTS)
                throw error;
            await new Promise(resolve => setTimeout(resolve, _converge_create_js__WEBPACK_IMPORTED_MODULE_4__/* .POLL_MS */ .JO));
        }
    }
}
function parseRecord(text, read) {
    let value;
    try {
        value = JSON.parse(text || '{}');
    }
    catch {
        return {};
    }
    const record = {};
    for (const kind of ORDER) {
        const item = read(value?.[kind]);
        if (item !== undefined)
            record[kind] = item;
    }
    return record;
}
function asPending(value) {
    const { name, sentAt, waitMs } = (value ?? {});
    return typeof name === 'string' && typeof sentAt === 'number' && typeof waitMs === 'number'
        ? { name, sentAt, waitMs }
        : undefined;
}


/***/ })

};
