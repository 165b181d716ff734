export const id = 112;
export const ids = [112];
export const modules = {

/***/ 112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79);
/* harmony import */ var _adobe_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(938);
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _converge_create_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(749);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(708);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(331);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(252);
// The post step (delete-on-completion): when the job ends, deletes the connection the main step
// recorded; after a kill mid-POST, the one connection that appeared since the POST was sent (the
// main step's own rule, madeSince). A failed delete is a warning, never a failed job.







async function runPost() {
    const id = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_6__/* .STATE */ .c4.createdConnectionId);
    const pending = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_names_js__WEBPACK_IMPORTED_MODULE_6__/* .STATE */ .c4.pendingCreate);
    if (id === '' && pending === '') {
        _runner_log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.debug(_names_js__WEBPACK_IMPORTED_MODULE_6__/* .NOTHING_TO_DELETE */ .k$);
        return;
    }
    let target = id;
    let clients;
    try {
        const config = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readConfig */ .X)();
        // State can be written by anything that prints to the log: act on it only when asked to.
        if (!config.deleteOnCompletion) {
            _runner_log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.debug('delete-on-completion is off: the post step deletes nothing');
            return;
        }
        clients = (0,_adobe_connect_js__WEBPACK_IMPORTED_MODULE_1__/* .connect */ .N)(config);
        const { flow } = clients;
        if (id === '') {
            target = (await madeByKilledCreate(flow, config, pending)) ?? '';
            if (target === '')
                return;
        }
        else if (!(await isOurs(flow, config, id))) {
            return;
        }
        const deleted = await flow.delete(target);
        _runner_log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(deleted
            ? `delete-on-completion: deleted base connection ${target}`
            : `delete-on-completion: base connection ${target} was already gone`);
    }
    catch (error) {
        const what = target === '' ? 'the base connection this job created' : `base connection ${target}`;
        _runner_log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.warning(`delete-on-completion: could not delete ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
    finally {
        clients?.close();
    }
}
/** The recorded id names a connection of this job's name and spec (or one already gone). */
async function isOurs(flow, config, id) {
    try {
        const connection = await flow.get(id);
        if (connection.name === config.name &&
            (connection.connectionSpecId ?? config.connectionSpecId) === config.connectionSpecId) {
            return true;
        }
        _runner_log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.warning(`delete-on-completion: base connection ${id} is not "${config.name}": not deleting it`);
        return false;
    }
    catch (error) {
        if (error instanceof _adobe_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AdobeApiError */ .Eg && error.status === 404)
            return true; // delete says it is gone
        throw error;
    }
}
/**
 * The main step was killed while its POST was in flight: the POST's connection, if it made one, is
 * the one connection of this name that was not there before and appeared since. Anything less
 * certain (none, or several: another run's too) is left alone.
 */
async function madeByKilledCreate(flow, config, text) {
    const pending = parsePending(text);
    if (pending === undefined || pending.name !== config.name || pending.connectionSpecId !== config.connectionSpecId) {
        _runner_log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.debug('delete-on-completion: no usable record of the create in flight');
        return undefined;
    }
    // The POST may still land until its own time limit has passed: look until then, and decide on
    // what is there at the end (a connection of another run may come and go meanwhile).
    const until = pending.sentAt + pending.waitMs + _converge_create_js__WEBPACK_IMPORTED_MODULE_3__/* .POLL_MS */ .JO;
    for (;;) {
        const found = await flow.findByName(config.name, config.connectionSpecId);
        const appeared = (0,_converge_create_js__WEBPACK_IMPORTED_MODULE_3__/* .madeSince */ .O9)(found, pending, flow.serverClockOffsetMs);
        if (appeared.length > 1 || Date.now() >= until) {
            const [only, ...others] = appeared;
            if (only !== undefined && others.length === 0)
                return only.id;
            _runner_log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.warning(`delete-on-completion: the main step ended while creating "${config.name}"; ${appeared.length} connections of that name appeared since (${appeared.map(c => c.id).join(', ') || 'none'}), so none is deleted.`);
            return undefined;
        }
        await new Promise(resolve => setTimeout(resolve, _converge_create_js__WEBPACK_IMPORTED_MODULE_3__/* .POLL_MS */ .JO));
    }
}
function parsePending(text) {
    try {
        const value = JSON.parse(text);
        const ok = typeof value.name === 'string' &&
            typeof value.connectionSpecId === 'string' &&
            typeof value.sentAt === 'number' &&
            typeof value.waitMs === 'number' &&
            (value.before === null || (Array.isArray(value.before) && value.before.every(id => typeof id === 'string')));
        return ok ? value : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
