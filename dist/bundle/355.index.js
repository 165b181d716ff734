export const id = 355;
export const ids = [355];
export const modules = {

/***/ 1939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   V4: () => (/* binding */ outputs),
/* harmony export */   WE: () => (/* binding */ unknownSpecError),
/* harmony export */   YD: () => (/* binding */ runLog),
/* harmony export */   _5: () => (/* binding */ describeDryRun),
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   z: () => (/* binding */ summary),
/* harmony export */   z4: () => (/* binding */ wording)
/* harmony export */ });
/* unused harmony exports redactConnectionRequest, dryRunText, dryRunFailure, dryRunResult, outcome */
/* harmony import */ var _access_hints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2412);
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5507);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
/* harmony import */ var _runner_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4099);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8252);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7681);
// Every sentence of the base connection action: log lines, the dry run's text, the job summary,
// the outputs, why a plan fails, and Adobe's advice in the words of this action's inputs (with the
// retired Oracle Service Cloud source named as such). Each is derived from the plan, a result or
// Adobe's answer; nothing here decides anything.







const quoted = (input) => `"${input}"`;
/** Adobe's advice in this action's words: the shared inputs', and those of its own inputs. */
const wording = (0,_access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .wordingWith */ .d9)({
    'base-connection-in-use': 'dataflows still use this base connection: delete them first (Sources > Dataflows, or the dataflow action with delete-on-completion), then the base connection.',
    'answer-unreadable': `${_access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .ANSWER_UNREADABLE */ .xl} (except with ${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT */ .bO.ifExists}=create, which would create another).`,
    'unknown-connection-spec': `Flow Service does not offer this connection spec to the organization: check ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT */ .bO.connectionSpecId)}.`,
    'unknown-auth-spec': `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT */ .bO.authSpecName)} is not an authentication spec of this connection spec: use the name listed under authSpec in GET /connectionSpecs/{id} (for Oracle Service Cloud: Basic Authentication).`
});
/** Adobe retired the Oracle Service Cloud source; an org without the spec gets told so plainly. */
function unknownSpecError(connectionSpecId, cause) {
    const adobe = cause ? ` (${(0,_adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .adobeReference */ .rb)(cause)})` : '';
    const why = connectionSpecId === _names_js__WEBPACK_IMPORTED_MODULE_3__/* .ORACLE_SERVICE_CLOUD_SPEC_ID */ .pv
        ? _access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .ORACLE_SERVICE_CLOUD_RETIRED */ .$w
        : `Check ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT */ .bO.connectionSpecId)}: GET /connectionSpecs lists the sources this organization has.`;
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(`Flow Service does not know connection spec ${connectionSpecId}${adobe}. ${why}${(0,_access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .seeEntry */ .MP)(_access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .ENTRY */ .Py.unknownConnectionSpec)}`);
}
/** auth.params keys that are not secrets; every other value is. */
const PLAIN_PARAMS = new Set(['host', 'username']);
/** The body with every secret (password, auth-params values) replaced, for printing. */
function redactConnectionRequest(request) {
    const params = Object.fromEntries(Object.entries(request.auth.params).map(([key, value]) => [key, PLAIN_PARAMS.has(key) ? value : _runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .REDACTED */ .XF]));
    return { ...request, auth: { ...request.auth, params } };
}
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const inSandbox = (subject) => `in sandbox ${subject.sandboxName}`;
const named = (id, subject) => `base connection ${id} ("${subject.name}")`;
/** Why a plan fails, as the run reports it. */
function failureMessage(failure, subject) {
    if (failure.why === 'not-enabled') {
        return `${capitalized(named(failure.match.id, subject))} ${inSandbox(subject)} is ${failure.match.state ?? 'not enabled'}, not enabled: "verify" is true, so it is not reused. Enable it in Experience Platform (Sources > Accounts), or delete it so that a run creates a new one.`;
    }
    if (failure.why === 'duplicates') {
        const ids = (0,_runner_text_js__WEBPACK_IMPORTED_MODULE_5__/* .listed */ .K)(failure.matches.map(m => m.id));
        return `Found ${failure.matches.length} base connections named "${subject.name}" for connection spec ${subject.connectionSpecId} ${inSandbox(subject)}: ${ids}. Nothing was created or changed. Delete the extra ones (Experience Platform > Sources > Accounts, or DELETE /connections/{id}), or give this one another "name".`;
    }
    return `A base connection named "${subject.name}" already exists ${inSandbox(subject)}: ${failure.match.id}. "if-exists" is fail: set it to reuse or update, or delete that connection.`;
}
/** One step in the dry run's words: "would create …". */
function wouldDo(plan, step) {
    const { subject } = plan;
    switch (step.kind) {
        case 'create': {
            const others = plan.matches?.length
                ? ` (besides ${(0,_runner_text_js__WEBPACK_IMPORTED_MODULE_5__/* .listed */ .K)(plan.matches.map(m => m.id))}, as if-exists is create)`
                : '';
            return `would create base connection "${subject.name}" ${inSandbox(subject)}${others}`;
        }
        case 'reuse':
            return `would reuse ${named(step.connection.id, subject)} ${inSandbox(subject)}`;
        case 'update': {
            const changes = step.operations.map(o => `${o.op} ${o.path}`).join(', ');
            return `would update ${named(step.connection.id, subject)} ${inSandbox(subject)}: ${changes}`;
        }
        case 'verify':
            return 'then verify it';
        case 'probe':
            return 'would check the new credentials on a temporary connection first';
        case 'fail':
            return step.failure.why === 'exists'
                ? `would fail: ${named(step.failure.match.id, subject)} ${inSandbox(subject)} already exists and if-exists is fail`
                : `would fail: ${failureMessage(step.failure, subject)}`;
    }
}
/** The dry run's text: what a real run would do, and the body it would send (secrets redacted). */
function dryRunText(plan) {
    return [
        `Dry run: ${plan.steps
            .map(step => wouldDo(plan, step))
            .join(', ')
            .replace(/\.$/, '')}.`,
        'Request body (secrets redacted):',
        JSON.stringify(redactConnectionRequest(plan.request), null, 2)
    ];
}
/** Why a dry run fails the step: a real run would fail. */
function dryRunFailure(plan) {
    const fail = plan.steps.find(step => step.kind === 'fail');
    return fail && `Dry run: a real run ${wouldDo(plan, fail)}`;
}
/** The connection a dry run names in its outputs: the one a real run would keep. */
function dryRunResult(plan) {
    const kept = plan.steps.map(existingOf).find(connection => connection !== undefined);
    return { outcome: 'planned', id: kept?.id, etag: kept?.etag, ...stateOf(kept) };
}
/** The existing connection a step acts on or fails over, if any. */
function existingOf(step) {
    if (step.kind === 'reuse' || step.kind === 'update')
        return step.connection;
    if (step.kind === 'fail' && step.failure.why !== 'duplicates')
        return step.failure.match;
    return undefined;
}
/** `{ state }` when the connection is known not to be enabled, else nothing. */
function stateOf(connection) {
    return connection !== undefined && !(0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .isEnabled */ .Ol)(connection) ? { state: connection.state } : {};
}
/** Log lines of a real run, one per event. */
const runLog = {
    creating: (subject) => `No base connection named "${subject.name}" ${inSandbox(subject)} yet: creating one`,
    created: (subject, id) => `Created ${named(id, subject)} ${inSandbox(subject)}`,
    reusing: (subject, id) => `Reusing ${named(id, subject)} ${inSandbox(subject)}`,
    updated: (subject, id) => `Updated the credentials of ${named(id, subject)}`,
    notEnabled: (subject, id, state) => `${capitalized(named(id, subject))} is ${state}, not enabled: reusing it as it is (dataflows on it may not run)`,
    probeAccepted: (id) => `Oracle Service Cloud accepted the new credentials on a temporary connection; replacing those of base connection ${id}`,
    verified: (id) => `Verified: Flow Service reached Oracle Service Cloud with the credentials of base connection ${id}`
};
/** What happened, or in a dry run what would: the `outcome` output. */
function outcome(plan, result) {
    return plan.dryRun ? `would-${plan.intent}` : result.outcome;
}
/** The step outputs. */
function outputs(plan, result) {
    return {
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.baseConnectionId]: result.id ?? '',
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.etag]: result.etag ?? '',
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.created]: String(result.outcome === 'created'),
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.outcome]: outcome(plan, result)
    };
}
const OUTCOME_TEXT = {
    created: 'Created',
    reused: 'Reused (already existed)',
    updated: 'Updated credentials',
    'would-create': 'Dry run (nothing changed): would create',
    'would-reuse': 'Dry run (nothing changed): would reuse',
    'would-update': 'Dry run (nothing changed): would update',
    'would-fail': 'Dry run (nothing changed): would fail'
};
/** The job summary, built only from non-secret values. */
function summary(plan, result) {
    const { subject } = plan;
    const table = [
        ['Field', 'Value'],
        ['Outcome', OUTCOME_TEXT[outcome(plan, result)] ?? outcome(plan, result)],
        ['Base connection id', result.id ?? '(none yet)'],
        ['Name', subject.name],
        ['Sandbox', subject.sandboxName],
        ['Connection spec', `${subject.connectionSpecId} v${subject.connectionSpecVersion}`],
        ...(result.state === undefined ? [] : [['State', `${result.state} (not enabled)`]])
    ];
    const heading = 'Adobe Experience Platform base connection';
    return plan.dryRun ? { heading, table, text: dryRunText(plan).join('\n') } : { heading, table };
}
/** A dry run: the plan and the request body, one log line per line (the body is multi-line JSON). */
function describeDryRun(plan) {
    const result = dryRunResult(plan);
    return {
        lines: dryRunText(plan).flatMap(text => text.split('\n')),
        outputs: outputs(plan, result),
        summary: summary(plan, result),
        failure: dryRunFailure(plan)
    };
}


/***/ }),

/***/ 2355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ findConnections),
/* harmony export */   TE: () => (/* binding */ lookUp),
/* harmony export */   g7: () => (/* binding */ execute)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _access_hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2412);
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6452);
/* harmony import */ var _converge_create_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(749);
/* harmony import */ var _converge_look_up_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6838);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5507);
/* harmony import */ var _runner_job_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4665);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1939);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8252);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7681);
// Carries a plan out against Flow Service, step by step. The decision is made in plan.ts; what
// happens here is how each step survives the network: lost create answers, stale etags, and a
// verification that fails.










/**
 * Reads what the plan needs: whether the spec exists (dry run), and the connections of this name.
 * Several of them may be runs settling at this moment (each deletes its own loser at once), so
 * before they are taken as real duplicates the name is looked up again, a second apart.
 */
async function lookUp(flow, subject, needs, sleep) {
    if (needs.connectionSpec && !(await flow.connectionSpecExists(subject.connectionSpecId))) {
        throw (0,_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .unknownSpecError */ .WE)(subject.connectionSpecId);
    }
    if (!needs.byName)
        return undefined;
    return (0,_converge_look_up_js__WEBPACK_IMPORTED_MODULE_4__/* .readSettled */ .G)(() => findConnections(flow, subject.name, subject.connectionSpecId), found => needs.recheckDuplicates && found.length > 1, sleep);
}
/** Every base connection of the sandbox with this name and connection spec. */
async function findConnections(flow, name, connectionSpecId) {
    const found = await flow.connections.findByName(name, [`connectionSpec.id==${connectionSpecId}`]);
    return found.filter(c => (c.connectionSpecId ?? connectionSpecId) === connectionSpecId);
}
async function execute(plan, deps) {
    const { steps, subject } = plan;
    stopIfCancelled(deps, undefined);
    if (failsFirst(steps))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionError */ .l((0,_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .failureMessage */ .oh)(steps[0].failure, subject));
    let done;
    if (probesFirst(steps)) {
        await probe(plan, steps[0], deps);
        stopIfCancelled(deps, undefined);
        done = await carryOut(plan, steps[1], deps);
    }
    else {
        const [main, check] = steps;
        done = await carryOut(plan, main, deps);
        if (check !== undefined) {
            stopIfCancelled(deps, done);
            await verify(deps, done.id, done.outcome);
        }
    }
    // A cancelled job fails even when its last step got through (the post step cleans up).
    stopIfCancelled(deps, done);
    return done;
}
function failsFirst(steps) {
    return steps[0].kind === 'fail';
}
function probesFirst(steps) {
    return steps[0].kind === 'probe';
}
function stopIfCancelled(deps, done) {
    const signal = deps.cancelled?.();
    if (signal === undefined)
        return;
    const what = done === undefined ? 'nothing was changed' : `base connection ${done.id} was ${done.outcome}`;
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionError */ .l(`The job was cancelled (${signal}); stopped here: ${what}.`);
}
/** The step that ends with a connection. */
async function carryOut(plan, step, deps) {
    const { subject } = plan;
    switch (step.kind) {
        case 'reuse': {
            const { connection } = step;
            deps.log.info(_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .runLog */ .YD.reusing(subject, connection.id));
            const state = (0,_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .stateOf */ .L4)(connection);
            if (state.state !== undefined)
                deps.log.warning(_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .runLog */ .YD.notEnabled(subject, connection.id, state.state));
            return { outcome: 'reused', id: connection.id, etag: connection.etag, ...state };
        }
        case 'update': {
            const written = await update(deps, step.connection, step.operations);
            deps.log.info(_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .runLog */ .YD.updated(subject, written.id));
            return { outcome: 'updated', ...written };
        }
        case 'create':
            if (plan.matches !== undefined)
                deps.log.info(_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .runLog */ .YD.creating(subject));
            return create(plan, step, deps);
    }
}
function update(deps, connection, operations) {
    const { flow } = deps;
    return (0,_converge_create_js__WEBPACK_IMPORTED_MODULE_3__/* .patchLatest */ .ss)({
        what: 'base connection',
        found: connection,
        get: id => flow.connections.get(id),
        patch: (id, etag, changes) => flow.connections.patch(id, etag, changes),
        operations: () => operations
    }, deps.log);
}
/**
 * POST is not idempotent and Flow Service keeps no unique names, so a create is followed through:
 * a lost answer is looked for (long enough for a slow commit to land) before the POST is sent
 * again, and a new connection is settled against any made at the same time by another run.
 */
async function create(plan, step, deps) {
    const { subject } = plan;
    const { flow } = deps;
    const pending = {
        name: subject.name,
        sentAt: deps.now(),
        before: plan.matches === undefined ? null : plan.matches.map(c => c.id),
        waitMs: deps.commitWaitMs
    };
    const record = (0,_runner_job_state_js__WEBPACK_IMPORTED_MODULE_5__/* .recorderOf */ .MU)(deps.record, _names_js__WEBPACK_IMPORTED_MODULE_7__/* .JOB_KIND */ .Xw);
    let sent;
    try {
        sent = await (0,_converge_create_js__WEBPACK_IMPORTED_MODULE_3__/* .createOnce */ .Ur)({
            what: 'base connection',
            unproven: 'reports created=false',
            pending,
            record,
            find: () => findConnections(flow, subject.name, subject.connectionSpecId),
            serverClockOffsetMs: () => flow.serverClockOffsetMs,
            post: recover => flow.connections.create(step.request, recover, { operation: 'create the base connection' })
        }, deps);
    }
    catch (error) {
        if ((0,_adobe_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnknownSpec */ .YA)(error))
            throw (0,_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .unknownSpecError */ .WE)(subject.connectionSpecId, error);
        throw error;
    }
    const { written, proven } = sent;
    if (proven)
        deps.log.info(_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .runLog */ .YD.created(subject, written.id));
    const kept = () => (proven ? { outcome: 'created', ...written } : adopted(subject, written, deps));
    if (step.onLoss === 'none')
        return kept();
    const { winner, lost } = await (0,_converge_create_js__WEBPACK_IMPORTED_MODULE_3__/* .settle */ .G9)({
        what: 'base connection',
        name: subject.name,
        written,
        proven,
        find: () => findConnections(flow, subject.name, subject.connectionSpecId),
        remove: id => flow.connections.delete(id),
        record,
        pending: sent.pending,
        landsBy: sent.landsBy
    }, deps);
    if (!lost || winner === undefined)
        return kept();
    if (step.onLoss === 'fail')
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionError */ .l((0,_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .failureMessage */ .oh)({ why: 'exists', match: winner }, subject));
    return adopted(subject, winner, deps);
}
/** A connection this run cannot prove it made: reused, never reported as created or deleted. */
function adopted(subject, connection, deps) {
    deps.log.info(_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .runLog */ .YD.reusing(subject, connection.id));
    return { outcome: 'reused', id: connection.id, etag: connection.etag };
}
/** What happened to a connection after the source rejected its credentials. */
const AFTER_REJECTION = {
    created: 'The connection this run created was deleted again.',
    reused: 'The connection was not changed: run again with if-exists=update and the right credentials.',
    updated: 'The connection now holds these credentials; fix them and run again with if-exists=update.'
};
async function verify(deps, id, outcome) {
    try {
        await deps.flow.explore(id);
    }
    catch (error) {
        if (!(0,_adobe_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isSourceRejection */ .j_)(error))
            throw error;
        let consequence = AFTER_REJECTION[outcome];
        if (outcome === 'created' && !(await deleteAgain(deps, id, 'after it failed verification'))) {
            consequence = `The connection this run created (${id}) could not be deleted: delete it by hand.`;
        }
        throw rejectedCredentials(`base connection ${id}`, error, consequence);
    }
    deps.log.info(_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .runLog */ .YD.verified(id));
}
function rejectedCredentials(what, error, consequence) {
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionError */ .l(`Oracle Service Cloud rejected the credentials of ${what}: ${error.details.adobeMessage ?? 'no message'} (${(0,_adobe_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .adobeReference */ .rb)(error)}).\nNext step: check "host", "username" and "password". ${consequence}${(0,_access_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .seeEntry */ .MP)(_access_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .ENTRY */ .Py.sourceRejected)}`);
}
/** Deletes a connection this run made; false (and a warning) when that fails. */
async function deleteAgain(deps, id, why, recorded = true) {
    try {
        await deps.flow.connections.delete(id);
    }
    catch (error) {
        deps.log.warning(`Could not delete base connection ${id} ${why}: ${error.message}`);
        return false;
    }
    if (recorded)
        (0,_runner_job_state_js__WEBPACK_IMPORTED_MODULE_5__/* .recorderOf */ .MU)(deps.record, _names_js__WEBPACK_IMPORTED_MODULE_7__/* .JOB_KIND */ .Xw)?.deleted();
    return true;
}
/**
 * New credentials are tried on a temporary connection before they replace those of the live one:
 * rejected credentials fail the step and leave the live connection (and its dataflows) untouched.
 */
async function probe(plan, step, deps) {
    const live = plan.steps.find(s => s.kind === 'update');
    const liveId = live?.kind === 'update' ? live.connection.id : '(none)';
    const request = (0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .withProbeToken */ .cc)(step.request, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'));
    // A lost answer: the probe is found by its name, which is this run's alone.
    const recover = async () => (await findConnections(deps.flow, request.name, request.connectionSpec.id)).find(c => c.name === request.name);
    const { id } = await deps.flow.connections.create(request, recover, {
        operation: 'create a temporary connection to check the new credentials'
    });
    try {
        await deps.flow.explore(id);
    }
    catch (error) {
        if (!(0,_adobe_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isSourceRejection */ .j_)(error))
            throw error;
        throw rejectedCredentials('a temporary connection', error, `Base connection ${liveId} was not changed (it keeps its current credentials).`);
    }
    finally {
        await deleteAgain(deps, id, '(the temporary connection that checked the new credentials)', false);
    }
    deps.log.info(_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .runLog */ .YD.probeAccepted(liveId));
}


/***/ }),

/***/ 7681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ makePlan),
/* harmony export */   Ol: () => (/* binding */ isEnabled),
/* harmony export */   cc: () => (/* binding */ withProbeToken),
/* harmony export */   ew: () => (/* binding */ lookUps)
/* harmony export */ });
/* unused harmony export buildConnectionRequest */
/* harmony import */ var _converge_decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6649);

/** What to read before planning. The dry run checks the spec, so that a retired source is named. */
function lookUps(config) {
    // if-exists=create looks nothing up, so that a create is one request; several matches are no
    // failure there, so they need no second look.
    return {
        connectionSpec: config.dryRun,
        byName: config.dryRun || config.ifExists !== 'create',
        recheckDuplicates: config.ifExists !== 'create'
    };
}
function makePlan(config, matches) {
    const request = buildConnectionRequest(config);
    const subject = {
        name: config.name,
        sandboxName: config.sandboxName,
        connectionSpecId: config.connectionSpecId,
        connectionSpecVersion: config.connectionSpecVersion
    };
    const plan = (intent, steps) => ({
        intent,
        steps,
        subject,
        dryRun: config.dryRun,
        matches,
        request
    });
    const checked = (main, deleteOnRejection) => config.verify ? [main, { kind: 'verify', deleteOnRejection }] : [main];
    const decision = (0,_converge_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .decide */ .L)(config.ifExists, matches);
    switch (decision.kind) {
        case 'create': {
            const onLoss = config.ifExists === 'create' ? 'none' : config.ifExists === 'fail' ? 'fail' : 'adopt';
            return plan('create', checked({ kind: 'create', request, onLoss }, true));
        }
        case 'fail': {
            const [match] = decision.matches;
            const failure = decision.why === 'exists' && match !== undefined
                ? { why: 'exists', match }
                : { why: 'duplicates', matches: decision.matches };
            return plan('fail', [{ kind: 'fail', failure }]);
        }
        case 'update': {
            const update = {
                kind: 'update',
                connection: decision.match,
                operations: updateOperations(request)
            };
            return plan('update', config.verify ? [{ kind: 'probe', request: probeRequest(request) }, update] : [update]);
        }
        case 'reuse':
            if (config.verify && !isEnabled(decision.match))
                return plan('fail', [{ kind: 'fail', failure: { why: 'not-enabled', match: decision.match } }]);
            return plan('reuse', checked({ kind: 'reuse', connection: decision.match }, false));
    }
}
/**
 * The probe under a name of this run's own (`… (credential check 1a2b3c4d)`), so that an
 * overlapping run's probe is never taken for it. The token is made at run time, not in the plan.
 */
function withProbeToken(request, token) {
    return { ...request, name: request.name.replace(/\)$/, ` ${token.slice(0, PROBE_TOKEN_LENGTH)})`) };
}
/** Flow Service shows a usable connection as `enabled`; a connection without a state is taken as one. */
function isEnabled(connection) {
    return connection.state === undefined || connection.state === 'enabled';
}
const PROBE_SUFFIX = ' (credential check)';
const MAX_NAME_LENGTH = 256;
/** Room for the run's own token, which withProbeToken() puts inside the parentheses. */
const PROBE_TOKEN_LENGTH = 8;
/** The create request under another name, so that no look-up by the real name ever finds it. */
function probeRequest(request) {
    const room = MAX_NAME_LENGTH - PROBE_SUFFIX.length - PROBE_TOKEN_LENGTH - 1;
    const name = `${[...request.name].slice(0, room).join('')}${PROBE_SUFFIX}`;
    return {
        ...request,
        name,
        description: 'Temporary: checks new credentials before they replace those of a live connection; deleted at once.'
    };
}
/** The create request's body (as README documents it); description only when given. */
function buildConnectionRequest(config) {
    return {
        name: config.name,
        ...(config.description === '' ? {} : { description: config.description }),
        auth: {
            specName: config.authSpecName,
            params: { host: config.host, username: config.username, password: config.password, ...config.authParams }
        },
        connectionSpec: { id: config.connectionSpecId, version: config.connectionSpecVersion }
    };
}
/** An update replaces the credentials, and the description when one is given. */
function updateOperations(request) {
    const operations = [{ op: 'replace', path: '/auth/params', value: request.auth.params }];
    if (request.description !== undefined)
        operations.push({ op: 'add', path: '/description', value: request.description });
    return operations;
}


/***/ }),

/***/ 749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ executorDeps),
/* harmony export */   G9: () => (/* binding */ settle),
/* harmony export */   JO: () => (/* binding */ POLL_MS),
/* harmony export */   O9: () => (/* binding */ madeSince),
/* harmony export */   Ur: () => (/* binding */ createOnce),
/* harmony export */   ss: () => (/* binding */ patchLatest)
/* harmony export */ });
/* unused harmony export oldestFirst */
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6452);
/* harmony import */ var _runner_job_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4665);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7708);
/* harmony import */ var _runner_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7770);




/** How often a list is looked at again: duplicates settling, a lost create, a killed one's effect. */
const POLL_MS = 1000;
/** A Date header's truncated second, plus the time its answer took to arrive. */
const DATE_HEADER_UNCERTAINTY_MS = 1200;
/**
 * The objects a pending POST may have made: those not there at the look-up, or (with nothing
 * looked up) stamped after the send time on Flow Service's clock. The main step after a lost
 * answer and the post step after a kill (teardown.ts) both use this.
 */
function madeSince(found, pending, serverClockOffsetMs) {
    if (pending.before !== null) {
        const before = new Set(pending.before);
        return found.filter(c => !before.has(c.id));
    }
    const since = pending.sentAt + clockCorrection(serverClockOffsetMs);
    return found.filter(c => (c.createdAt ?? 0) >= since);
}
/**
 * Flow Service stamps createdAt with its own clock; our estimate of its offset comes from a Date
 * header, whole seconds, so it reads up to about a second low. Inside that band the clocks may well
 * agree and the POST's send time is compared as it is; outside it (a drifting self-hosted runner)
 * the estimate is a safe lower bound of the server's time at sending.
 */
function clockCorrection(estimatedOffsetMs) {
    if (estimatedOffsetMs === undefined)
        return 0;
    return estimatedOffsetMs > 0 || estimatedOffsetMs < -DATE_HEADER_UNCERTAINTY_MS ? estimatedOffsetMs : 0;
}
/** The settling order every run applies: oldest by createdAt, then the smallest id. */
function oldestFirst(found) {
    const at = (c) => c.createdAt ?? Number.MAX_SAFE_INTEGER;
    return [...found].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/**
 * An executor's dependencies in a main step: the runner's log, the clock, the step's cancellation,
 * a create's answer awaited as long as its request may take, and with delete-on-completion the job record.
 */
function executorDeps(config, { cancelled, sleep }) {
    return {
        log: _runner_log_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm,
        now: Date.now,
        sleep,
        cancelled,
        commitWaitMs: config.timeoutMs,
        record: config.deleteOnCompletion ? (0,_runner_job_state_js__WEBPACK_IMPORTED_MODULE_1__/* .recordCreates */ .Fo)(_runner_step_js__WEBPACK_IMPORTED_MODULE_3__/* .jobState */ .d) : undefined
    };
}
/**
 * Sends a create once: a POST whose answer is lost is not sent again until what it may have made
 * has been looked for (for as long again as it may take to land). `proven`: the id came from the
 * POST's own answer, so this run made it; otherwise it was found, and may be another run's.
 */
async function createOnce(create, deps) {
    let pending = create.pending;
    create.record?.creating(pending);
    let recovered;
    /** Until when a POST whose answer was lost may still commit: as long again as it may take. */
    let landsBy = 0;
    const recover = async ({ answered }) => {
        // Unanswered (reset, time-out), the POST may still commit: give it as long again to land.
        const deadline = answered ? 0 : deps.now() + pending.waitMs;
        landsBy = Math.max(landsBy, deadline);
        for (;;) {
            const [first] = oldestFirst(madeSince(await create.find(), pending, create.serverClockOffsetMs()));
            if (first !== undefined) {
                recovered = { id: first.id, etag: first.etag };
                deps.log.info(`The create's answer was lost, but ${create.what} ${first.id} of this name appeared after it was sent: using it (this run cannot prove it made it, so it ${create.unproven}; with delete-on-completion the post step deletes it unless another run's turns out older)`);
                return recovered;
            }
            if (deps.now() >= deadline || deps.cancelled?.() !== undefined) {
                // The POST goes out again: a post step after a kill must look from this send on.
                pending = { ...pending, sentAt: deps.now() };
                create.record?.creating(pending);
                return undefined;
            }
            await deps.sleep(POLL_MS);
        }
    };
    let written;
    try {
        written = await create.post(recover);
    }
    catch (error) {
        create.record?.settled();
        throw error;
    }
    // Only an id from Flow Service's own answer proves this run made the object. A found one stays
    // pending, with its id: as after a kill, the one object of the name that was not there at the
    // look-up is taken for this POST's, and the post step deletes it (settle forgets it if it loses).
    const proven = written !== recovered;
    if (proven) {
        create.record?.created(written.id);
        create.record?.settled();
    }
    else {
        create.record?.creating({ ...pending, found: written.id });
    }
    return { written, proven, pending, landsBy };
}
/**
 * After a create, the rule every overlapping run applies alike: the oldest object of the name wins.
 * `winner` is that object as listed (undefined when none is listed yet); `lost` is true when it is
 * another run's. Every newer object of the name that was not there at the look-up is a loser: a
 * run that proved its create deletes its own if it lost; a run whose answer was lost cannot tell
 * which object is its own, so it waits until its POST can no longer land and then deletes every
 * loser (an object whose answer was lost has no other run to delete it).
 */
async function settle(created, deps) {
    const { written, pending } = created;
    if (!created.proven)
        await untilLanded(created.landsBy, deps);
    const before = new Set(pending.before ?? []);
    const [winner, ...losers] = oldestFirst(await created.find()).filter(o => !before.has(o.id));
    if (winner === undefined)
        return { winner, lost: false };
    // A lost answer's find among others may be this run's or an overlapping one's: the post step
    // is not to delete it (a loser goes now; the winner is every run's).
    if (!created.proven && losers.length > 0)
        created.record?.settled();
    for (const loser of losers) {
        const own = created.proven && loser.id === written.id;
        // A run that proved its create deletes only its own; one whose answer was lost cannot tell
        // its own, so it deletes every loser (their runs, if they know them, delete them too).
        if (!own && created.proven)
            continue;
        const deleted = await created.remove(loser.id);
        if (own) {
            created.record?.deleted();
            deps.log.info(`Another run created ${created.what} ${winner.id} ("${created.name}") first: deleted the one this run created (${written.id})`);
        }
        else if (deleted) {
            deps.log.info(`${capitalize(created.what)} ${loser.id} ("${created.name}") appeared at the same time as ${winner.id}, which is older: deleted it`);
        }
    }
    return { winner, lost: winner.id !== written.id };
}
/** Until a POST whose answer was lost can no longer commit (an answered one could not commit later). */
async function untilLanded(until, deps) {
    while (deps.now() < until)
        await deps.sleep(Math.min(POLL_MS, until - deps.now()));
}
/** Attempts at a PATCH whose etag went stale under it (another run changed the object). */
const MAX_STALE_ETAG_RETRIES = 3;
/**
 * A PATCH with If-Match that survives another run's write: on 412 the object is read again and
 * the operations are made against it; when nothing is left to change, nothing is sent.
 */
async function patchLatest(update, log) {
    let current = update.found;
    for (let attempt = 1;; attempt++) {
        try {
            const operations = update.operations(current);
            if (operations.length === 0)
                return { id: current.id, etag: current.etag };
            return await update.patch(current.id, current.etag, operations);
        }
        catch (error) {
            if (!(error instanceof _adobe_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AdobeApiError */ .Eg && error.status === 412) || attempt > MAX_STALE_ETAG_RETRIES)
                throw error;
            log.info(`${capitalize(update.what)} ${current.id} changed while updating it (HTTP 412); reading it again`);
            const again = await update.get(current.id);
            if (again === undefined)
                throw error;
            current = again;
        }
    }
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 6649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ decide)
/* harmony export */ });
// What a run does with the objects it found by name, as `if-exists` says, for every object that
// Flow Service finds by name (base connections, source and target connections, dataflows).
/**
 * Decides for an object found by name: none (or if-exists=create) makes a new one; two or
 * more are a mess a human must sort out, so nothing is created or changed; one is reused, updated,
 * or refused as if-exists says.
 */
function decide(ifExists, matches) {
    const [match, ...others] = matches ?? [];
    if (ifExists === 'create' || match === undefined)
        return { kind: 'create' };
    if (others.length > 0)
        return { kind: 'fail', why: 'duplicates', matches: [match, ...others] };
    if (ifExists === 'fail')
        return { kind: 'fail', why: 'exists', matches: [match] };
    return { kind: ifExists, match };
}


/***/ }),

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


/***/ })

};
