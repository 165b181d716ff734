export const id = 215;
export const ids = [215];
export const modules = {

/***/ 215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(79);
// EXTERNAL MODULE: ./src/adobe/connect.ts + 3 modules
var connect = __webpack_require__(938);
// EXTERNAL MODULE: ./src/runner/entry.ts
var entry = __webpack_require__(510);
// EXTERNAL MODULE: ./src/runner/errors.ts
var errors = __webpack_require__(507);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(708);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
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

// EXTERNAL MODULE: ./src/runner/secrets.ts
var secrets = __webpack_require__(995);
// EXTERNAL MODULE: ./src/base-connection/names.ts
var names = __webpack_require__(252);
;// CONCATENATED MODULE: ./src/converge/decide.ts
// What a run does with the objects it found by name, as `if-exists` says: one rule for every object
// that Flow Service finds by name (base connections, source and target connections, dataflows).
/**
 * The one rule for an object found by name: none (or if-exists=create) makes a new one; two or
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

;// CONCATENATED MODULE: ./src/base-connection/plan.ts

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
    const verify = (deleteOnRejection) => (config.verify ? [{ kind: 'verify', deleteOnRejection }] : []);
    const decision = decide(config.ifExists, matches);
    switch (decision.kind) {
        case 'create': {
            const onLoss = config.ifExists === 'create' ? 'none' : config.ifExists === 'fail' ? 'fail' : 'adopt';
            return plan('create', [{ kind: 'create', request, onLoss }, ...verify(true)]);
        }
        case 'fail': {
            const [match] = decision.matches;
            const failure = decision.why === 'exists' && match !== undefined
                ? { why: 'exists', match }
                : { why: 'duplicates', matches: decision.matches };
            return plan('fail', [{ kind: 'fail', failure }]);
        }
        case 'update': {
            const update = { kind: 'update', connection: decision.match, operations: updateOperations(request) };
            return plan('update', config.verify ? [{ kind: 'probe', request: probeRequest(request) }, update] : [update]);
        }
        case 'reuse':
            if (config.verify && !isEnabled(decision.match))
                return plan('fail', [{ kind: 'fail', failure: { why: 'not-enabled', match: decision.match } }]);
            return plan('reuse', [{ kind: 'reuse', connection: decision.match }, ...verify(false)]);
    }
}
/** What a run does with one object it looks up by name, whichever action and object it is. */
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
/** The one place the request body is built (INTERFACE.md); description only when given. */
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

;// CONCATENATED MODULE: ./src/base-connection/describe.ts



/** auth.params keys that are not secrets; every other value is. */
const PLAIN_PARAMS = new Set(['host', 'username']);
/** The body with every secret (password, auth-params values) replaced, for printing. */
function redactConnectionRequest(request) {
    const params = Object.fromEntries(Object.entries(request.auth.params).map(([key, value]) => [key, PLAIN_PARAMS.has(key) ? value : secrets/* REDACTED */.XF]));
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
        const ids = failure.matches.map(m => m.id).join(', ');
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
                ? ` (besides ${plan.matches.map(m => m.id).join(', ')}, as if-exists is create)`
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
    return connection !== undefined && !isEnabled(connection) ? { state: connection.state } : {};
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
/** The step outputs. Never masked: later jobs must be able to read them. */
function outputs(plan, result) {
    return {
        [names/* OUTPUT */.aQ.baseConnectionId]: result.id ?? '',
        [names/* OUTPUT */.aQ.etag]: result.etag ?? '',
        [names/* OUTPUT */.aQ.created]: String(result.outcome === 'created'),
        [names/* OUTPUT */.aQ.outcome]: outcome(plan, result)
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
/** The job summary as HTML table rows and, for a dry run, its text; built only from non-secret values. */
function summary(plan, result) {
    const { subject } = plan;
    const rows = [
        ['Outcome', OUTCOME_TEXT[outcome(plan, result)] ?? outcome(plan, result)],
        ['Base connection id', result.id === undefined ? '(none yet)' : `<code>${escapeHtml(result.id)}</code>`],
        ['Name', escapeHtml(subject.name)],
        ['Sandbox', escapeHtml(subject.sandboxName)],
        [
            'Connection spec',
            `<code>${escapeHtml(subject.connectionSpecId)}</code> v${escapeHtml(subject.connectionSpecVersion)}`
        ],
        ...(result.state === undefined
            ? []
            : [['State', `${escapeHtml(result.state)} (not enabled)`]])
    ];
    return plan.dryRun ? { rows, dryRun: escapeHtml(dryRunText(plan).join('\n')) } : { rows };
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: ./src/adobe/errors.ts
var adobe_errors = __webpack_require__(452);
// EXTERNAL MODULE: ./src/converge/create.ts
var create = __webpack_require__(749);
;// CONCATENATED MODULE: ./src/base-connection/execute.ts
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
        throw (0,adobe_errors/* unknownSpecError */.WE)(subject.connectionSpecId);
    }
    if (!needs.byName)
        return undefined;
    let found = await flow.findByName(subject.name, subject.connectionSpecId);
    for (let check = 0; needs.recheckDuplicates && found.length > 1 && check < create/* DUPLICATE_RECHECKS */.Vd; check++) {
        await sleep(create/* POLL_MS */.JO);
        found = await flow.findByName(subject.name, subject.connectionSpecId);
    }
    return found;
}
async function execute(plan, deps) {
    let result;
    for (const step of plan.steps) {
        stopIfCancelled(deps, result);
        result = await run(plan, step, result, deps);
    }
    // A cancelled job fails even when its last step got through (the post step cleans up).
    stopIfCancelled(deps, result);
    if (result === undefined)
        throw new Error('a plan without steps');
    return result;
}
function stopIfCancelled(deps, done) {
    const signal = deps.cancelled?.();
    if (signal === undefined)
        return;
    const what = done?.id === undefined ? 'nothing was changed' : `base connection ${done.id} was ${done.outcome}`;
    throw new errors/* ActionError */.l(`The job was cancelled (${signal}); stopped here: ${what}.`);
}
async function run(plan, step, previous, deps) {
    const { subject } = plan;
    switch (step.kind) {
        case 'fail':
            throw new errors/* ActionError */.l(failureMessage(step.failure, subject));
        case 'reuse': {
            const { connection } = step;
            deps.log.info(runLog.reusing(subject, connection.id));
            const state = stateOf(connection);
            if (state.state !== undefined)
                deps.log.warning(runLog.notEnabled(subject, connection.id, state.state));
            return { outcome: 'reused', id: connection.id, etag: connection.etag, ...state };
        }
        case 'probe':
            await probe(plan, step, deps);
            return previous;
        case 'update': {
            const written = await update(deps, step.connection, step.operations);
            deps.log.info(runLog.updated(subject, written.id));
            return { outcome: 'updated', ...written };
        }
        case 'create':
            if (plan.matches !== undefined)
                deps.log.info(runLog.creating(subject));
            return execute_create(plan, step, deps);
        case 'verify':
            if (previous?.id === undefined)
                throw new Error('verify without a connection');
            await verify(deps, previous.id, previous.outcome);
            return previous;
    }
}
function update(deps, connection, operations) {
    const { flow } = deps;
    return (0,create/* patchLatest */.ss)({
        what: 'base connection',
        found: connection,
        get: id => flow.get(id),
        patch: (id, etag, changes) => flow.patch(id, etag, changes),
        operations: () => operations
    }, deps.log);
}
/**
 * POST is not idempotent and Flow Service keeps no unique names, so a create is followed through:
 * a lost answer is looked for (long enough for a slow commit to land) before the POST is sent
 * again, and a new connection is settled against any made at the same time by another run.
 */
async function execute_create(plan, step, deps) {
    const { subject } = plan;
    const { flow } = deps;
    const pending = {
        name: subject.name,
        connectionSpecId: subject.connectionSpecId,
        sentAt: deps.now(),
        before: plan.matches === undefined ? null : plan.matches.map(c => c.id),
        waitMs: deps.commitWaitMs
    };
    let sent;
    try {
        sent = await (0,create/* createOnce */.Ur)({
            what: 'base connection',
            unproven: 'reports created=false',
            pending,
            onSending: deps.onCreating,
            find: () => flow.findByName(subject.name, subject.connectionSpecId),
            serverClockOffsetMs: () => flow.serverClockOffsetMs,
            post: recover => flow.create(step.request, recover)
        }, deps);
    }
    catch (error) {
        if ((0,adobe_errors/* isUnknownSpec */.YA)(error))
            throw (0,adobe_errors/* unknownSpecError */.WE)(subject.connectionSpecId, error);
        throw error;
    }
    finally {
        deps.onCreateSettled?.();
    }
    const { written, proven } = sent;
    // Only an id from Flow Service's own answer proves this run made the connection.
    if (proven) {
        deps.log.info(runLog.created(subject, written.id));
        deps.onCreated?.(written.id);
    }
    const kept = () => (proven ? { outcome: 'created', ...written } : adopted(subject, written, deps));
    if (step.onLoss === 'none')
        return kept();
    const { winner, lost } = await (0,create/* settle */.G9)({
        what: 'base connection',
        name: subject.name,
        written,
        proven,
        find: () => flow.findByName(subject.name, subject.connectionSpecId),
        remove: id => flow.delete(id),
        onDeleted: deps.onDeleted
    }, deps.log);
    if (!lost || winner === undefined)
        return kept();
    if (step.onLoss === 'fail')
        throw new errors/* ActionError */.l(failureMessage({ why: 'exists', match: winner }, subject));
    return adopted(subject, winner, deps);
}
/** A connection this run cannot prove it made: reused, never reported as created or deleted. */
function adopted(subject, connection, deps) {
    deps.log.info(runLog.reusing(subject, connection.id));
    return { outcome: 'reused', id: connection.id, etag: connection.etag };
}
/** What happened to a connection after the source rejected its credentials. */
const AFTER_REJECTION = {
    created: 'The connection this run created was deleted again.',
    reused: 'The connection was not changed: run again with if-exists=update and the right credentials.',
    updated: 'The connection now holds these credentials; fix them and run again with if-exists=update.',
    planned: ''
};
async function verify(deps, id, outcome) {
    try {
        await deps.flow.explore(id);
    }
    catch (error) {
        if (!(0,adobe_errors/* isSourceRejection */.j_)(error))
            throw error;
        let consequence = AFTER_REJECTION[outcome];
        if (outcome === 'created' && !(await deleteAgain(deps, id, 'after it failed verification'))) {
            consequence = `The connection this run created (${id}) could not be deleted: delete it by hand.`;
        }
        throw rejectedCredentials(`base connection ${id}`, error, consequence);
    }
    deps.log.info(runLog.verified(id));
}
function rejectedCredentials(what, error, consequence) {
    return new errors/* ActionError */.l(`Oracle Service Cloud rejected the credentials of ${what}: ${error.details.adobeMessage ?? 'no message'} (${(0,adobe_errors/* adobeReference */.rb)(error)}).\nNext step: check "host", "username" and "password". ${consequence}`);
}
/** Deletes a connection this run made; false (and a warning) when that fails. */
async function deleteAgain(deps, id, why, recorded = true) {
    try {
        await deps.flow.delete(id);
    }
    catch (error) {
        deps.log.warning(`Could not delete base connection ${id} ${why}: ${error.message}`);
        return false;
    }
    if (recorded)
        deps.onDeleted?.(id);
    return true;
}
/**
 * New credentials are tried on a temporary connection before they replace those of the live one:
 * rejected credentials fail the step and leave the live connection (and its dataflows) untouched.
 */
async function probe(plan, step, deps) {
    const live = plan.steps.find(s => s.kind === 'update');
    const liveId = live?.kind === 'update' ? live.connection.id : '(none)';
    const request = withProbeToken(step.request, (0,external_node_crypto_.randomBytes)(4).toString('hex'));
    // A lost answer: the probe is found by its name, which is this run's alone.
    const recover = async () => (await deps.flow.findByName(request.name, request.connectionSpec.id)).find(c => c.name === request.name);
    const { id } = await deps.flow.create(request, recover, 'create a temporary connection to check the new credentials');
    try {
        await deps.flow.explore(id);
    }
    catch (error) {
        if (!(0,adobe_errors/* isSourceRejection */.j_)(error))
            throw error;
        throw rejectedCredentials('a temporary connection', error, `Base connection ${liveId} was not changed (it keeps its current credentials).`);
    }
    finally {
        await deleteAgain(deps, id, '(the temporary connection that checked the new credentials)', false);
    }
    deps.log.info(runLog.probeAccepted(liveId));
}

// EXTERNAL MODULE: ./src/base-connection/inputs.ts
var inputs = __webpack_require__(331);
;// CONCATENATED MODULE: ./src/base-connection/main.ts
// run(): inputs → clients → look-up → plan → execute (or describe, in a dry run) → outputs.
// The one place that sets outputs and failure.











async function main_run() {
    core/* saveState */.LZ(entry/* IS_POST_STATE */.O, 'true');
    const { cancelled, stop, sleep } = watchForCancellation();
    let clients;
    try {
        const config = (0,inputs/* readConfig */.X)();
        if (config.deleteOnCompletion)
            log/* log */.Rm.warning(DELETE_ON_COMPLETION_NOTE);
        clients = (0,connect/* connect */.N)(config, { sleep, stopped: () => cancelled() !== undefined });
        const { flow } = clients;
        const plan = makePlan(config, await lookUp(flow, config, lookUps(config), sleep));
        const result = plan.dryRun
            ? describeDryRun(plan)
            : await execute(plan, {
                flow,
                log: log/* log */.Rm,
                now: Date.now,
                sleep,
                commitWaitMs: config.timeoutMs,
                cancelled,
                ...stateKeeping(config)
            });
        for (const [name, value] of Object.entries(outputs(plan, result)))
            core/* setOutput */.uH(name, value);
        await writeSummary(plan, result);
        // A dry run that would fail fails the step, after the plan and the outputs, so it can block a pull request.
        const failure = plan.dryRun ? dryRunFailure(plan) : undefined;
        if (failure !== undefined)
            throw new errors/* ActionError */.l(failure);
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
        onCreating: (pending) => core/* saveState */.LZ(names/* STATE */.c4.pendingCreate, JSON.stringify(pending)),
        onCreateSettled: () => core/* saveState */.LZ(names/* STATE */.c4.pendingCreate, ''),
        onCreated: (id) => core/* saveState */.LZ(names/* STATE */.c4.createdConnectionId, id),
        onDeleted: () => core/* saveState */.LZ(names/* STATE */.c4.createdConnectionId, '')
    };
}
function describeDryRun(plan) {
    // One log line per line: the body is multi-line JSON.
    dryRunText(plan)
        .flatMap(text => text.split('\n'))
        .forEach(line => log/* log */.Rm.info(line));
    return dryRunResult(plan);
}
async function writeSummary(plan, result) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // not on a runner
    const { rows, dryRun } = summary(plan, result);
    const table = core/* summary */.z.addHeading('Adobe Experience Platform base connection', 3).addTable([
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


/***/ })

};
