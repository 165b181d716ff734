export const id = 112;
export const ids = [112];
export const modules = {

/***/ 6331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readConfig)
/* harmony export */ });
/* unused harmony export INPUT_DEFAULTS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _access_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1949);
/* harmony import */ var _access_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5538);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9205);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2995);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8252);
// The base connection action's inputs (action.yml): read, validated and frozen into one typed
// config before any request is sent. Secrets are masked before anything else is looked at.






const IF_EXISTS_MODES = ['reuse', 'update', 'fail', 'create'];
/** The defaults of action.yml (a test keeps them equal), for runs outside the runner. */
const INPUT_DEFAULTS = {
    ..._access_names_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCESS_DEFAULTS */ .C,
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.name]: 'Base connection for Oracle Service Cloud',
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.description]: '',
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.connectionSpecId]: _names_js__WEBPACK_IMPORTED_MODULE_5__/* .ORACLE_SERVICE_CLOUD_SPEC_ID */ .pv,
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.connectionSpecVersion]: '1.0',
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.authSpecName]: 'Basic Authentication',
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.authParams]: '',
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.ifExists]: 'reuse',
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.verify]: 'false',
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.dryRun]: 'false',
    [_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.deleteOnCompletion]: 'false'
};
/** A host name with an optional port: `acme.custhelp.com`, `acme.custhelp.com:8443`. */
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/;
const HOST_EXAMPLE = 'https://acme.custhelp.com';
const RESERVED_AUTH_PARAMS = ['host', 'username', 'password'];
function readConfig() {
    // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
    const password = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.password, { trimWhitespace: false });
    (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$l)(password, '"password"');
    const secrets = (0,_access_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readAdobeSecrets */ .V8)();
    const authParamsText = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.authParams);
    (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$l)(authParamsText, '"auth-params"');
    const problems = [];
    const input = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .inputReader */ .cN)(INPUT_DEFAULTS);
    const authParams = parseAuthParams(authParamsText, problems);
    const host = input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.host);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.host, host, problems)) {
        if (host === '')
            problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.host, `the Oracle Service Cloud host, e.g. ${HOST_EXAMPLE}`));
        else if (!isValidHost(host))
            problems.push(`"host" must be the Oracle Service Cloud host: a host name or an https:// URL without path, query or fragment (e.g. ${HOST_EXAMPLE}), got ${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .zA)(host, { bare: true })}`);
    }
    const username = input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.username);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.username, username, problems) && username === '')
        problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.username, 'the Oracle Service Cloud user name'));
    if (password === '')
        problems.push(`${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.password, 'the Oracle Service Cloud password (pass it from a secret).')}${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .forkNote */ .VQ)()}`);
    const identity = (0,_access_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readAdobeIdentity */ .QA)(secrets, input, problems);
    const name = input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.name);
    if (name === '')
        problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.name, `1 to 256 characters, e.g. ${INPUT_DEFAULTS[_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.name]}`));
    else if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.name, name, problems) && name.length > 256)
        problems.push(`"name" must be 1 to 256 characters, got ${name.length}`);
    const description = input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.description);
    (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.description, description, problems);
    const connectionSpecId = input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.connectionSpecId);
    if (connectionSpecId === '')
        problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.connectionSpecId, `a UUID (e.g. ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .ORACLE_SERVICE_CLOUD_SPEC_ID */ .pv})`));
    else if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.connectionSpecId, connectionSpecId, problems) && !_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .UUID */ .kk.test(connectionSpecId))
        problems.push(`"connection-spec-id" must be a UUID (e.g. ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .ORACLE_SERVICE_CLOUD_SPEC_ID */ .pv}), got "${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(connectionSpecId)}"`);
    const connectionSpecVersion = input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.connectionSpecVersion);
    if (connectionSpecVersion === '')
        problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.connectionSpecVersion, 'a version such as 1.0'));
    else if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.connectionSpecVersion, connectionSpecVersion, problems) &&
        !/^\S+$/.test(connectionSpecVersion))
        problems.push(`"connection-spec-version" must be a version such as 1.0, got "${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(connectionSpecVersion)}"`);
    const authSpecName = input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.authSpecName);
    if (authSpecName === '')
        problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.authSpecName, `an authentication spec name (e.g. ${INPUT_DEFAULTS[_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.authSpecName]})`));
    else
        (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.authSpecName, authSpecName, problems);
    const ifExists = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readChoice */ .Kf)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.ifExists, input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.ifExists), IF_EXISTS_MODES, problems);
    const verify = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoolean */ .Vf)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.verify, input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.verify), problems);
    const dryRun = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoolean */ .Vf)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.dryRun, input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.dryRun), problems);
    const deleteOnCompletion = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoolean */ .Vf)(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.deleteOnCompletion, input(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT */ .bO.deleteOnCompletion), problems);
    const endpoints = (0,_access_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readAdobeEndpoints */ .wQ)(input, problems);
    const config = {
        host,
        username,
        password,
        credentials: identity.credentials,
        apiKey: identity.apiKey,
        orgId: identity.orgId,
        sandboxName: identity.sandboxName,
        name,
        description,
        connectionSpecId,
        connectionSpecVersion,
        authSpecName,
        authParams,
        ifExists,
        verify,
        dryRun,
        deleteOnCompletion,
        platformUrl: endpoints.platformUrl,
        imsUrl: endpoints.imsUrl,
        timeoutMs: endpoints.timeoutMs,
        maxAttempts: endpoints.maxAttempts
    };
    if (problems.length > 0)
        throw new _runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(problems);
    return Object.freeze(config);
}
/**
 * An Oracle Service Cloud host: `acme.custhelp.com` or `https://acme.custhelp.com`, with an
 * optional port and at most a trailing slash; no user-info, path, query or fragment.
 */
function isValidHost(host) {
    const authority = (host.startsWith('https://') ? host.slice('https://'.length) : host).replace(/\/$/, '');
    if (!HOST_NAME.test(authority))
        return false;
    const port = /:(\d+)$/.exec(authority)?.[1];
    return port === undefined || Number(port) <= 65535;
}
function parseAuthParams(text, problems) {
    if (text === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // Never echo the text: it holds secrets.
        problems.push('"auth-params" must be a JSON object, e.g. {"siteId": "…"}; it is not valid JSON');
        return {};
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        problems.push('"auth-params" must be a JSON object, e.g. {"siteId": "…"}');
        return {};
    }
    const params = {};
    for (const [key, value] of Object.entries(parsed)) {
        // Strings and numbers are secrets; a boolean is not (masking "true" would hide the outputs).
        if (typeof value === 'string' || typeof value === 'number')
            (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$l)(String(value), `"auth-params" value of "${key}"`);
        if (RESERVED_AUTH_PARAMS.includes(key)) {
            problems.push(`"auth-params" must not set "${key}": it comes from the "${key}" input`);
        }
        else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            params[key] = value;
        }
        else {
            problems.push(`"auth-params" value of "${key}" must be a string, number or boolean`);
        }
    }
    return params;
}


/***/ }),

/***/ 8112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _converge_teardown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7721);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1939);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2355);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6331);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8252);





function runPost() {
    return (0,_converge_teardown_js__WEBPACK_IMPORTED_MODULE_0__/* .runPostStep */ .Uc)({
        kinds: [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .JOB_KIND */ .Xw],
        idle: _names_js__WEBPACK_IMPORTED_MODULE_4__/* .NOTHING_TO_DELETE */ .k$,
        failing: 'could not delete the base connection this job created',
        readConfig: _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfig */ .X,
        wording: _describe_js__WEBPACK_IMPORTED_MODULE_1__/* .wording */ .z4,
        parts: (config, { flowService }) => [connectionPart(config, flowService)]
    });
}
/** This job's base connection: its name and connection spec. */
function connectionPart(config, flowService) {
    return {
        kind: _names_js__WEBPACK_IMPORTED_MODULE_4__/* .JOB_KIND */ .Xw,
        what: 'base connection',
        name: config.name,
        find: () => (0,_execute_js__WEBPACK_IMPORTED_MODULE_2__/* .findConnections */ .NT)(flowService, config.name, config.connectionSpecId),
        get: id => flowService.connections.get(id),
        remove: id => flowService.connections.delete(id),
        alsoOurs: found => (found.connectionSpecId ?? config.connectionSpecId) === config.connectionSpecId
    };
}


/***/ }),

/***/ 7721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ deleteWhenFree),
/* harmony export */   Uc: () => (/* binding */ runPostStep)
/* harmony export */ });
/* unused harmony export teardown */
/* harmony import */ var _adobe_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9763);
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _runner_job_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4665);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7708);
/* harmony import */ var _runner_step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7770);
/* harmony import */ var _runner_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4099);
/* harmony import */ var _create_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(749);







/** Runs a post step: reads the record, and with delete-on-completion on tears down what it names. */
async function runPostStep(step) {
    const record = (0,_runner_job_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readRecord */ .aE)(_runner_step_js__WEBPACK_IMPORTED_MODULE_4__/* .jobState */ .d, step.kinds);
    if ((0,_runner_job_state_js__WEBPACK_IMPORTED_MODULE_2__/* .isEmpty */ .Im)(record)) {
        _runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.debug(step.idle);
        return;
    }
    let clients;
    try {
        const config = step.readConfig();
        // State can be written by anything that prints to the log: act on it only when asked to.
        if (!config.deleteOnCompletion) {
            _runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.debug('delete-on-completion is off: the post step deletes nothing');
            return;
        }
        clients = (0,_adobe_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .connect */ .N)(config, { wording: step.wording });
        const { flowService } = clients;
        await teardown(step.parts(config, clients), record, {
            log: _runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm,
            now: Date.now,
            sleep: _runner_step_js__WEBPACK_IMPORTED_MODULE_4__/* .pause */ .v7,
            serverClockOffsetMs: () => flowService.serverClockOffsetMs
        });
    }
    catch (error) {
        const what = step.failing === undefined ? '' : `${step.failing}: `;
        _runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.warning(`delete-on-completion: ${what}${messageOf(error)}`);
    }
    finally {
        clients?.close();
    }
}
/** Deletes, part by part in this order, what the record names; a part that fails does not stop the next. */
async function teardown(parts, record, deps) {
    for (const part of parts) {
        let id;
        try {
            id = record.created[part.kind] ?? (await madeByKilledCreate(part, record.pending[part.kind], deps));
        }
        catch (error) {
            deps.log.warning(`delete-on-completion: could not look for the ${part.what} "${part.name}" the main step was creating: ${messageOf(error)}`);
        }
        if (id !== undefined)
            await deleteOurs(part, id, deps);
    }
}
/**
 * The main step was killed while this POST was in flight: what it made, if anything, is the one
 * object of this name that was not there before (or, with nothing looked up, stamped after the
 * send time). The POST may still land until its own time limit has passed, so the list is read
 * until then and judged as it is at the end; anything but exactly one is left alone.
 */
async function madeByKilledCreate(part, pending, deps) {
    if (pending === undefined)
        return undefined;
    if (pending.name !== part.name) {
        deps.log.debug(`delete-on-completion: no usable record of the ${part.what} create in flight`);
        return undefined;
    }
    // The main step lived to look: the one object that had appeared is the one it went on with.
    if (pending.found !== undefined)
        return pending.found;
    const until = pending.sentAt + pending.waitMs + _create_js__WEBPACK_IMPORTED_MODULE_5__/* .POLL_MS */ .JO;
    for (;;) {
        const appeared = (0,_create_js__WEBPACK_IMPORTED_MODULE_5__/* .madeSince */ .O9)(await part.find(), pending, deps.serverClockOffsetMs());
        if (appeared.length > 1 || deps.now() >= until) {
            const [only, ...others] = appeared;
            if (only !== undefined && others.length === 0)
                return only.id;
            deps.log.warning(`delete-on-completion: the main step ended while creating "${part.name}"; ${appeared.length} ${part.what}s of that name appeared since (${(0,_runner_text_js__WEBPACK_IMPORTED_MODULE_6__/* .listed */ .K)(appeared.map(found => found.id)) || 'none'}), so none is deleted.`);
            return undefined;
        }
        await deps.sleep(_create_js__WEBPACK_IMPORTED_MODULE_5__/* .POLL_MS */ .JO);
    }
}
/** Deletes the object if it is still this job's (or already gone); a refusal is a warning. */
async function deleteOurs(part, id, deps) {
    try {
        // The record is state, and state is only as good as the job: act on this job's name only.
        const found = await part.get(id);
        if (found !== undefined && (found.name !== part.name || part.alsoOurs?.(found) === false)) {
            deps.log.warning(`delete-on-completion: ${part.what} ${id} is not "${part.name}": not deleting it`);
            return;
        }
        const deleted = await removeWhenFree(part, id, deps);
        deps.log.info(deleted
            ? `delete-on-completion: deleted ${part.what} ${id}`
            : `delete-on-completion: ${part.what} ${id} was already gone`);
    }
    catch (error) {
        deps.log.warning(`delete-on-completion: could not delete ${part.what} ${id}: ${messageOf(error)}`);
    }
}
/** Attempts at a delete that Flow Service refuses while a dataflow just deleted is still going away (1447). */
const IN_USE_ATTEMPTS = 5;
async function removeWhenFree(part, id, deps) {
    return deleteWhenFree(() => part.remove(id), deps.sleep);
}
/**
 * A delete that Flow Service refuses while a dataflow just deleted still uses the object (1447) is
 * tried again, a second apart; false when it was already gone.
 */
async function deleteWhenFree(remove, sleep) {
    for (let attempt = 1;; attempt++) {
        try {
            return await remove();
        }
        catch (error) {
            const inUse = error instanceof _adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AdobeApiError */ .Eg && error.details.code?.startsWith('1447') === true;
            if (!inUse || attempt >= IN_USE_ATTEMPTS)
                throw error;
            await sleep(_create_js__WEBPACK_IMPORTED_MODULE_5__/* .POLL_MS */ .JO);
        }
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
