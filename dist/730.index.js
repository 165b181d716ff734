export const id = 730;
export const ids = [730];
export const modules = {

/***/ 730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(791);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(242);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(506);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(916);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(208);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(422);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(464);
// run(): inputs → clients → look-up → plan → execute (or describe, in a dry run) → outputs.
// The one place that sets outputs and failure.









async function run() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE */ .c4.isPost, 'true');
    const { cancelled, stop, sleep } = watchForCancellation();
    let clients;
    try {
        const config = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readConfig */ .Xg)();
        if (config.deleteOnCompletion)
            _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.warning(DELETE_ON_COMPLETION_NOTE);
        clients = (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .connect */ .N)(config, { sleep, stopped: () => cancelled() !== undefined });
        const { flow } = clients;
        const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .makePlan */ .Cs)(config, await (0,_execute_js__WEBPACK_IMPORTED_MODULE_5__/* .lookUp */ .TE)(flow, config, (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .lookUps */ .ew)(config), sleep));
        const result = plan.dryRun
            ? describeDryRun(plan)
            : await (0,_execute_js__WEBPACK_IMPORTED_MODULE_5__/* .execute */ .g7)(plan, {
                flow,
                log: _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R,
                now: Date.now,
                sleep,
                commitWaitMs: config.timeoutMs,
                cancelled,
                ...stateKeeping(config)
            });
        for (const [name, value] of Object.entries((0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .outputs */ .V4)(plan, result)))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
        await writeSummary(plan, result);
        // A dry run that would fail fails the step, after the plan and the outputs, so it can block a pull request.
        const failure = plan.dryRun ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .dryRunFailure */ .zU)(plan) : undefined;
        if (failure !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionError */ .l(failure);
    }
    catch (error) {
        fail(error);
    }
    finally {
        clients?.close();
        stop();
    }
}
const DELETE_ON_COMPLETION_NOTE = 'delete-on-completion is on: a connection this run creates is deleted when this job ends. Use its id only in later steps of this job, not in later jobs.';
/**
 * With delete-on-completion, the state the post step reads: a marker written before the POST is
 * sent (so a kill mid-POST still leaves a trace), then the id once Flow Service has answered.
 */
function stateKeeping(config) {
    if (!config.deleteOnCompletion)
        return {};
    return {
        onCreating: (pending) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE */ .c4.pendingCreate, JSON.stringify(pending)),
        onCreateSettled: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE */ .c4.pendingCreate, ''),
        onCreated: (id) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE */ .c4.createdConnectionId, id),
        onDeleted: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE */ .c4.createdConnectionId, '')
    };
}
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
            _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.failed(`The job was cancelled (${signal}, then ${name}).`);
            process.exit(1);
        }
        signal = name;
        wakeUp.abort();
        _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.warning(`Cancelled (${name}): finishing the request in flight, then stopping.`);
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
function describeDryRun(plan) {
    // One log line per line: the body is multi-line JSON.
    (0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .dryRunText */ .us)(plan)
        .flatMap(text => text.split('\n'))
        .forEach(line => _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.info(line));
    return (0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .dryRunResult */ .YS)(plan);
}
async function writeSummary(plan, result) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // not on a runner
    const { rows, dryRun } = (0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .summary */ .z)(plan, result);
    const table = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading('Adobe Experience Platform base connection', 3).addTable([
        [
            { data: 'Field', header: true },
            { data: 'Value', header: true }
        ],
        ...rows
    ]);
    if (dryRun !== undefined)
        table.addCodeBlock(dryRun, 'text');
    await table.write();
}
/** Expected failures show their message only; anything else is a bug, with its stack in the debug log. */
function fail(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionError */ .l) {
        _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.failed(error.message);
        return;
    }
    // isNativeError: an Error from another realm (Node's own, under a test runner) is one too.
    const err = node_util__WEBPACK_IMPORTED_MODULE_1__.types.isNativeError(error) ? error : new Error(String(error));
    _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.debug(err.stack ?? err.message);
    _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .R.failed(`Unexpected error (please report it): ${err.message}`);
}


/***/ })

};
