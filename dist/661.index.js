export const id = 661;
export const ids = [661];
export const modules = {

/***/ 661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(242);
/* harmony import */ var _converge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(246);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(422);
// The post step (delete-on-completion): when the job ends, deletes the connection the main step
// recorded; after a kill mid-POST, the one connection that appeared since the POST was sent (the
// main step's own rule, madeSince). A failed delete is a warning, never a failed job.






async function runPost() {
    const id = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE */ .c4.createdConnectionId);
    const pending = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE */ .c4.pendingCreate);
    if (id === '' && pending === '') {
        _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.debug(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .NOTHING_TO_DELETE */ .k$);
        return;
    }
    let target = id;
    let clients;
    try {
        const config = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readConfig */ .Xg)();
        // State can be written by anything that prints to the log: act on it only when asked to.
        if (!config.deleteOnCompletion) {
            _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.debug('delete-on-completion is off: the post step deletes nothing');
            return;
        }
        clients = (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .connect */ .N)(config);
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
        _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.info(deleted
            ? `delete-on-completion: deleted base connection ${target}`
            : `delete-on-completion: base connection ${target} was already gone`);
    }
    catch (error) {
        const what = target === '' ? 'the base connection this job created' : `base connection ${target}`;
        _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.warning(`delete-on-completion: could not delete ${what}: ${error instanceof Error ? error.message : String(error)}`);
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
        _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.warning(`delete-on-completion: base connection ${id} is not "${config.name}": not deleting it`);
        return false;
    }
    catch (error) {
        if (error instanceof _adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AdobeApiError */ .Eg && error.status === 404)
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
        _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.debug('delete-on-completion: no usable record of the create in flight');
        return undefined;
    }
    // The POST may still land until its own time limit has passed: look until then, and decide on
    // what is there at the end (a connection of another run may come and go meanwhile).
    const until = pending.sentAt + pending.waitMs + _converge_js__WEBPACK_IMPORTED_MODULE_4__/* .POLL_MS */ .JO;
    for (;;) {
        const found = await flow.findByName(config.name, config.connectionSpecId);
        const appeared = (0,_converge_js__WEBPACK_IMPORTED_MODULE_4__/* .madeSince */ .O9)(found, pending, flow.serverClockOffsetMs);
        if (appeared.length > 1 || Date.now() >= until) {
            const [only, ...others] = appeared;
            if (only !== undefined && others.length === 0)
                return only.id;
            _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.warning(`delete-on-completion: the main step ended while creating "${config.name}"; ${appeared.length} connections of that name appeared since (${appeared.map(c => c.id).join(', ') || 'none'}), so none is deleted.`);
            return undefined;
        }
        await new Promise(resolve => setTimeout(resolve, _converge_js__WEBPACK_IMPORTED_MODULE_4__/* .POLL_MS */ .JO));
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
