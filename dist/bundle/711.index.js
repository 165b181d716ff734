export const id = 711;
export const ids = [711];
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

/***/ 3711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runner_step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7770);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6331);
// The base connection action's main step: its inputs, then (once they are good) the rest of the
// step, loaded only then: a step that fails on its inputs starts and ends nearly as fast as Node.


function run() {
    return (0,_runner_step_js__WEBPACK_IMPORTED_MODULE_0__/* .runMainStep */ .X7)(async (cancellation) => {
        const config = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readConfig */ .X)();
        await (await Promise.all(/* import() */[__webpack_require__.e(905), __webpack_require__.e(355), __webpack_require__.e(623)]).then(__webpack_require__.bind(__webpack_require__, 6623))).provision(config, cancellation);
    });
}


/***/ })

};
