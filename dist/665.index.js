export const id = 665;
export const ids = [665];
export const modules = {

/***/ 46:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provision: () => (/* binding */ provision)
});

// EXTERNAL MODULE: ./src/adobe/connect.ts + 7 modules
var connect = __webpack_require__(595);
// EXTERNAL MODULE: ./src/converge/create.ts
var create = __webpack_require__(749);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(708);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: ./src/runner/errors.ts
var errors = __webpack_require__(507);
;// CONCATENATED MODULE: ./src/runner/report.ts
// What a step hands the runner besides its log: outputs, and the job summary. Every text of the
// summary is escaped here, once: names and messages come from inputs and from Adobe's answers.



/** The step's outputs. Never masked: later jobs must be able to read them. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
}
/** Writes the summary (on a runner; outside one there is no summary file). */
async function writeSummary(summary) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    addSection(summary, 3);
    for (const section of summary.sections ?? [])
        addSection(section, 4);
    await core/* summary */.z.write();
}
function addSection(section, level) {
    const [header, ...rows] = section.table;
    const report = core/* summary */.z.addHeading(escapeSummary(section.heading), level);
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
        log/* log */.Rm.info(line);
    setOutputs(report.outputs);
    await writeSummary(report.summary);
    if (report.failure !== undefined)
        throw new errors/* ActionError */.l(report.failure);
}

// EXTERNAL MODULE: ./src/base-connection/describe.ts
var describe = __webpack_require__(939);
// EXTERNAL MODULE: ./src/base-connection/execute.ts + 1 modules
var execute = __webpack_require__(722);
// EXTERNAL MODULE: ./src/base-connection/plan.ts + 1 modules
var base_connection_plan = __webpack_require__(540);
;// CONCATENATED MODULE: ./src/base-connection/provision.ts
// The base connection action's work once its inputs are read: clients → look-up → plan → execute
// (or, in a dry run, describe) → outputs and summary.







async function provision(config, cancellation) {
    if (config.deleteOnCompletion)
        log/* log */.Rm.warning(DELETE_ON_COMPLETION_NOTE);
    const clients = (0,connect/* connect */.N)(config, { wording: describe/* wording */.z4, ...cancellation });
    try {
        const flow = clients.flowService;
        const plan = (0,base_connection_plan/* makePlan */.Cs)(config, await (0,execute/* lookUp */.TE)(flow, config, (0,base_connection_plan/* lookUps */.ew)(config), cancellation.sleep));
        if (plan.dryRun)
            return await reportDryRun((0,describe/* describeDryRun */._5)(plan));
        const result = await (0,execute/* execute */.g7)(plan, { flow, ...(0,create/* executorDeps */.AQ)(config, cancellation) });
        setOutputs((0,describe/* outputs */.V4)(plan, result));
        await writeSummary((0,describe/* summary */.z)(plan, result));
    }
    finally {
        clients.close();
    }
}
const DELETE_ON_COMPLETION_NOTE = 'delete-on-completion is on: a connection this run creates is deleted when this job ends. Use its id only in later steps of this job, not in later jobs.';


/***/ })

};
