export const id = 623;
export const ids = [623];
export const modules = {

/***/ 6623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provision: () => (/* binding */ provision)
/* harmony export */ });
/* harmony import */ var _adobe_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9763);
/* harmony import */ var _converge_create_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(749);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7708);
/* harmony import */ var _runner_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6190);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1939);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2355);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7681);
// The base connection action's work once its inputs are read: clients → look-up → plan → execute
// (or, in a dry run, describe) → outputs and summary.







async function provision(config, cancellation) {
    if (config.deleteOnCompletion)
        _runner_log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(DELETE_ON_COMPLETION_NOTE);
    const clients = (0,_adobe_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .connect */ .N)(config, { wording: _describe_js__WEBPACK_IMPORTED_MODULE_4__/* .wording */ .z4, ...cancellation });
    try {
        const flow = clients.flowService;
        const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .makePlan */ .Cs)(config, await (0,_execute_js__WEBPACK_IMPORTED_MODULE_5__/* .lookUp */ .TE)(flow, config, (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .lookUps */ .ew)(config), cancellation.sleep));
        if (plan.dryRun)
            return await (0,_runner_report_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDryRun */ .HN)((0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeDryRun */ ._5)(plan));
        const result = await (0,_execute_js__WEBPACK_IMPORTED_MODULE_5__/* .execute */ .g7)(plan, { flow, ...(0,_converge_create_js__WEBPACK_IMPORTED_MODULE_1__/* .executorDeps */ .AQ)(config, cancellation) });
        (0,_runner_report_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n0)((0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .outputs */ .V4)(plan, result));
        await (0,_runner_report_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)((0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .summary */ .z)(plan, result));
    }
    finally {
        clients.close();
    }
}
const DELETE_ON_COMPLETION_NOTE = 'delete-on-completion is on: a connection this run creates is deleted when this job ends. Use its id only in later steps of this job, not in later jobs.';


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


/***/ })

};
