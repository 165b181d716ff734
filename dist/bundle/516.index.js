export const id = 516;
export const ids = [516];
export const modules = {

/***/ 2412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ ORACLE_SERVICE_CLOUD_RETIRED),
/* harmony export */   MP: () => (/* binding */ seeEntry),
/* harmony export */   Py: () => (/* binding */ ENTRY),
/* harmony export */   d9: () => (/* binding */ wordingWith),
/* harmony export */   pv: () => (/* binding */ ORACLE_SERVICE_CLOUD_SPEC_ID),
/* harmony export */   xl: () => (/* binding */ ANSWER_UNREADABLE)
/* harmony export */ });
/* unused harmony exports ACCESS_HINTS, TROUBLESHOOTING_URL, TROUBLESHOOTING_ENTRY */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5538);

const quoted = (input) => `"${input}"`;
const { accessToken, apiKey, clientId, clientSecret, imsUrl, orgId, platformUrl, sandboxName, scopes, timeoutSeconds } = _names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I;
/** Adobe's status page, for a failing service. */
const STATUS_PAGE = 'https://status.adobe.com';
/** Adobe retired the Oracle Service Cloud source: what every action says when an organization no longer has it. */
const ORACLE_SERVICE_CLOUD_RETIRED = 'Adobe deprecated the Oracle Service Cloud source at the end of May 2025, and this organization no longer has it. Adobe points to Data Landing Zone instead: export from Oracle Service Cloud to files and ingest them through the Data Landing Zone source (https://experienceleague.adobe.com/en/docs/experience-platform/sources/connectors/cloud-storage/data-landing-zone).';
/** Flow Service's connection spec of the Oracle Service Cloud source. */
const ORACLE_SERVICE_CLOUD_SPEC_ID = 'ba5126ec-c9ac-11eb-b8bc-0242ac130003';
/** A request took effect but its answer could not be read: what every action says of it. */
const ANSWER_UNREADABLE = 'Adobe accepted the request, but its answer could not be read and the result is not listed yet. Look in Experience Platform (Sources) or run the workflow again: the re-run finds it by name instead of creating another';
/** The next step for each advice, in the words of the shared inputs. */
const ACCESS_HINTS = {
    'ims-client-rejected': `Adobe IMS rejected the client credentials: check ${quoted(clientId)} and ${quoted(clientSecret)} (was the secret rotated?) and that the credential is OAuth Server-to-Server.`,
    'ims-scope-rejected': `Adobe IMS rejected the scopes: copy ${quoted(scopes)} from the credential in Adobe Developer Console.`,
    'ims-throttled': 'Adobe IMS is throttling token requests: run the job again later, or lower how many jobs run at once.',
    'ims-failed': `Adobe IMS failed; run the job again later, and check ${STATUS_PAGE} if it persists.`,
    'ims-not-found': `${quoted(imsUrl)} does not look like Adobe IMS (no token endpoint there): leave it out, or use https://ims-na1.adobelogin.com.`,
    'ims-refused': `Adobe IMS did not issue a token: check ${quoted(clientId)}, ${quoted(clientSecret)} and ${quoted(scopes)} against the OAuth Server-to-Server credential in Adobe Developer Console.`,
    'token-rejected-given': `the access token was not accepted: the given ${quoted(accessToken)} expired, or it was issued for another Adobe environment or organization. Get a fresh one for ${quoted(orgId)} (or give ${quoted(clientId)} and ${quoted(clientSecret)} so that the action gets its own).`,
    'token-rejected-issued': `the access token was not accepted, though Adobe IMS had just issued it: ${quoted(imsUrl)} must be the IMS of the Adobe environment of ${quoted(platformUrl)} (https://ims-na1.adobelogin.com for https://platform.adobe.io).`,
    'token-rejected': `the access token was not accepted: it expired, or it was issued for another Adobe environment or organization. Pass a fresh ${quoted(accessToken)}, or with ${quoted(clientSecret)} check that ${quoted(imsUrl)} is the IMS of the environment of ${quoted(platformUrl)}.`,
    'api-key-rejected': `the API key was not accepted: ${quoted(apiKey)} (or ${quoted(clientId)}) must be the client ID of the credential that issued the token.`,
    'no-product-profile': `the credential has no Experience Platform product profile in this organization, or ${quoted(orgId)} is not its organization. In Adobe Developer Console add the Experience Platform API with a product profile to the project, and check ${quoted(orgId)}.`,
    'no-region': `Adobe found no region for this credential ("User region is missing"): either ${quoted(orgId)} is not the organization ID of the credential (copy it from the project in Adobe Developer Console), or the credential is not in an Experience Platform product profile: add the Experience Platform API with a product profile to the project in Adobe Developer Console, then run again.`,
    'unknown-sandbox': `the sandbox does not exist in this organization: check ${quoted(sandboxName)} (lowercase, as shown in the sandbox list of Experience Platform).`,
    'if-match-missing': "Flow Service says the update carried no If-Match header, which the action always sends: this is a bug in the action, not a problem with your inputs, and running again will not help. Please report it to the action's maintainers (an issue in its repository), with this message.",
    'changed-meanwhile': 'the connection changed while it was being updated: run the workflow again.',
    'in-use-by-dataflow': 'an active dataflow still uses it: delete (or disable) that dataflow first, then run again.',
    throttled: 'Adobe is throttling requests: run the job again later, or lower how many jobs run at once.',
    'service-failed': `Adobe's service failed; run the job again later, and check ${STATUS_PAGE} if it persists.`,
    'not-found': `the resource was not found in this organization and sandbox: check ${quoted(orgId)} and ${quoted(sandboxName)}.`,
    forbidden: `the credential's product profile may lack the Sources permissions (View Sources, Manage Sources) or access to the sandbox named in ${quoted(sandboxName)}: in Adobe Admin Console, add them to the Experience Platform product profile of the credential.`,
    unauthorized: `check the Adobe credentials (${quoted(clientId)}, ${quoted(clientSecret)} or ${quoted(accessToken)}) and ${quoted(orgId)}.`,
    'bad-request': 'Flow Service rejected the request: check the inputs named in the message.',
    'tls-untrusted': 'behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS; TLS verification is never turned off.',
    'answer-too-large': `Adobe's answer was far larger than any it documents: check that ${quoted(platformUrl)} and ${quoted(imsUrl)} point at Adobe.`,
    'proxy-refused': 'check that the proxy named in HTTPS_PROXY is running and that the runner can reach it at that host and port; hosts the runner reaches directly belong in NO_PROXY.',
    'proxy-auth': "give the proxy's user name and password in HTTPS_PROXY, percent-encoded and from a secret (http://user:password@proxy.example.com:3128, sent as Basic authentication), or check them if they are there already; or have the proxy let the runner through.",
    'proxy-failed': "check HTTPS_PROXY and NO_PROXY, and that the proxy lets the runner reach Adobe's hosts.",
    network: `check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY); raise ${quoted(timeoutSeconds)} if Adobe is slow.`,
    'answer-unreadable': `${ANSWER_UNREADABLE}.`
};
/**
 * docs/troubleshooting.md as published with the actions (the v1 tag): the one place its address is
 * written. Every hint links to its entry there (seeEntry).
 */
const TROUBLESHOOTING_URL = 'https://github.com/your-org/aep-oracle-service-cloud-connection/blob/v1/docs/troubleshooting.md';
/** The entry of docs/troubleshooting.md (its heading's anchor) that explains each advice. */
const TROUBLESHOOTING_ENTRY = {
    'ims-client-rejected': 'invalid_client-unauthorized_client-client-credentials-rejected',
    'ims-scope-rejected': 'invalid_scope-scopes-rejected',
    'ims-throttled': 'ims-429-token-requests-throttled',
    'ims-failed': 'ims-5xx-adobe-ims-failed',
    'ims-not-found': 'ims-404-no-token-endpoint',
    'ims-refused': 'ims-4xx-no-token-issued',
    'token-rejected-given': '401013-oauth-token-is-not-valid',
    'token-rejected-issued': '401013-oauth-token-is-not-valid',
    'token-rejected': '401013-oauth-token-is-not-valid',
    'api-key-rejected': '403000-403003-api-key-missing-or-not-valid',
    'no-product-profile': '403025-profile-is-not-valid',
    'no-region': '403027-user-region-is-missing',
    'unknown-sandbox': '2101-sandbox-not-found',
    'unknown-connection-spec': '1413-connection-spec-not-found',
    'unknown-auth-spec': '1415-authentication-spec-not-found',
    'if-match-missing': '1403-if-match-missing-or-frequency-change-refused',
    'changed-meanwhile': '412-1404-version-not-matching',
    'base-connection-in-use': '1418-base-connection-in-use',
    'in-use-by-dataflow': '1447-still-used-by-an-active-dataflow',
    'unknown-mapping-version': '1412-1419-mapping-set-or-version-not-found',
    'mapping-schema-mismatch': '1425-mapping-set-for-another-schema',
    throttled: '429-429001-too-many-requests',
    'service-failed': '5xx-service-failed',
    'not-found': '404-not-found',
    forbidden: '403-forbidden',
    unauthorized: '401-unauthorized',
    'bad-request': '400-bad-request',
    'tls-untrusted': 'tls-certificate-not-trusted',
    'answer-too-large': 'answer-too-large',
    'proxy-refused': 'proxy-refused-the-connection',
    'proxy-auth': 'proxy-requires-authentication-407',
    'proxy-failed': 'proxy-failed',
    network: 'network-failure-or-no-answer-in-time',
    'answer-unreadable': 'answer-could-not-be-read'
};
/** Entries that messages of the actions' own (not an advice's) link to. */
const ENTRY = {
    sourceRejected: 'explore-400-the-source-rejected-the-credentials',
    mappingRefused: 'data-prep-400-mapping-refused',
    unknownConnectionSpec: TROUBLESHOOTING_ENTRY['unknown-connection-spec']
};
/** The line after a hint that links to its entry in docs/troubleshooting.md. */
function seeEntry(anchor) {
    return `\nMore: ${TROUBLESHOOTING_URL}#${anchor}`;
}
/** An action's wording: its own sentences first, then the shared ones; each with its entry's link. */
function wordingWith(own) {
    return advice => {
        const hint = own[advice] ?? ACCESS_HINTS[advice];
        return hint === undefined ? undefined : `${hint}${seeEntry(TROUBLESHOOTING_ENTRY[advice])}`;
    };
}


/***/ }),

/***/ 5538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ACCESS_DEFAULTS),
/* harmony export */   I: () => (/* binding */ ACCESS_INPUT)
/* harmony export */ });
// The Adobe-access inputs' names and defaults, the same in every action.yml. Constants only: a
// bundle's entry reads them without loading anything else.
/** The Adobe-access inputs, by the names messages and hints quote. */
const ACCESS_INPUT = {
    clientId: 'client-id',
    clientSecret: 'client-secret',
    scopes: 'scopes',
    accessToken: 'access-token',
    apiKey: 'api-key',
    orgId: 'org-id',
    sandboxName: 'sandbox-name',
    platformUrl: 'platform-url',
    imsUrl: 'ims-url',
    timeoutSeconds: 'timeout-seconds',
    maxAttempts: 'max-attempts'
};
/** Their defaults, as every action.yml declares them (a test keeps them equal). */
const ACCESS_DEFAULTS = {
    [ACCESS_INPUT.scopes]: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session',
    [ACCESS_INPUT.sandboxName]: 'prod',
    [ACCESS_INPUT.platformUrl]: 'https://platform.adobe.io',
    [ACCESS_INPUT.imsUrl]: 'https://ims-na1.adobelogin.com',
    [ACCESS_INPUT.timeoutSeconds]: '30',
    [ACCESS_INPUT.maxAttempts]: '5'
};


/***/ }),

/***/ 2516:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _runner_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6510);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8252);
// The base connection action's bundle (action.yml's `main` and `post`).


await (0,_runner_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .runEntry */ .C)({
    main: async () => (await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(518), __webpack_require__.e(711)]).then(__webpack_require__.bind(__webpack_require__, 3711))).run(),
    post: async () => (await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(905), __webpack_require__.e(518), __webpack_require__.e(355), __webpack_require__.e(112)]).then(__webpack_require__.bind(__webpack_require__, 8112))).runPost(),
    idle: _names_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTHING_TO_DELETE */ .k$
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ JOB_KIND),
/* harmony export */   aQ: () => (/* binding */ OUTPUT),
/* harmony export */   bO: () => (/* binding */ INPUT),
/* harmony export */   k$: () => (/* binding */ NOTHING_TO_DELETE),
/* harmony export */   pv: () => (/* reexport safe */ _access_hints_js__WEBPACK_IMPORTED_MODULE_1__.pv)
/* harmony export */ });
/* harmony import */ var _access_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5538);
/* harmony import */ var _access_hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2412);
// The base connection action's names (action.yml): its inputs, outputs and post-step state.

/** Flow Service's connection spec for Oracle Service Cloud: the `connection-spec-id` default of action.yml. */

/** The kind of object this action records in the job state (runner/job-state.ts) for its post step. */
const JOB_KIND = 'connection';
/** The post step's debug line when the main step left nothing to delete. */
const NOTHING_TO_DELETE = 'delete-on-completion: this job created no base connection to delete';
/** The action's inputs (action.yml), by the names messages and hints quote. */
const INPUT = {
    ..._access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I,
    host: 'host',
    username: 'username',
    password: 'password',
    name: 'name',
    description: 'description',
    connectionSpecId: 'connection-spec-id',
    connectionSpecVersion: 'connection-spec-version',
    authSpecName: 'auth-spec-name',
    authParams: 'auth-params',
    ifExists: 'if-exists',
    verify: 'verify',
    dryRun: 'dry-run',
    deleteOnCompletion: 'delete-on-completion'
};
/** The action's outputs (action.yml). */
const OUTPUT = {
    baseConnectionId: 'base-connection-id',
    etag: 'etag',
    created: 'created',
    outcome: 'outcome'
};


/***/ }),

/***/ 6510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runEntry)
/* harmony export */ });
/* harmony import */ var _job_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4665);
// The switch every action's index.ts makes: one bundle serves both steps of its action.yml (`main`
// and `post`), told apart by a state the main step saves first thing. A post step whose main step
// recorded nothing for it ends at once, loading nothing (not even @actions/core): as cheap as a
// bare Node start.

/** A state the main step saved, as the runner passes it to the post step. */
function savedState(key) {
    return process.env[`STATE_${key}`] ?? '';
}
/** Runs the main step, the post step, or (a post step with nothing to do) nothing at all. */
async function runEntry(entry) {
    if (savedState(_job_state_js__WEBPACK_IMPORTED_MODULE_0__/* .IS_POST_STATE */ .Od) !== 'true')
        await entry.main();
    else if (savedState(_job_state_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_STATE */ .EW.created) !== '' || savedState(_job_state_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_STATE */ .EW.pending) !== '')
        await entry.post();
    // The runner's debug command, written directly: @actions/core is not worth loading for it.
    else
        process.stdout.write(`::debug::${entry.idle}\n`);
}


/***/ }),

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ JOB_STATE),
/* harmony export */   Fo: () => (/* binding */ recordCreates),
/* harmony export */   Im: () => (/* binding */ isEmpty),
/* harmony export */   MU: () => (/* binding */ recorderOf),
/* harmony export */   Od: () => (/* binding */ IS_POST_STATE),
/* harmony export */   aE: () => (/* binding */ readRecord)
/* harmony export */ });
// The record a main step leaves for its post step (delete-on-completion), written and read here
// only: each create is recorded before its POST is sent (so a kill mid-POST still leaves a trace),
// then the id it made, and both are cleared as they stop applying. The runner keeps a step's
// state for that action's post step alone, so every action uses the same two keys.
/** Saved by every main step first thing, so that the bundle knows when it runs as the post step. */
const IS_POST_STATE = 'isPost';
/** The state keys: JSON maps from a kind of object ("flow", "source", …) to its record. */
const JOB_STATE = { created: 'created', pending: 'pending' };
/** Keeps the record in the store, one key per map; an empty map is saved as '' (the post step then loads nothing). */
function recordCreates(store) {
    const maps = { [JOB_STATE.created]: {}, [JOB_STATE.pending]: {} };
    /** Sets (or, with undefined, removes) one kind's entry of one map, and saves that map. */
    const put = (key, kind, value) => {
        const map = maps[key] ?? {};
        if (value === undefined)
            delete map[kind];
        else
            map[kind] = value;
        store.save(key, Object.keys(map).length === 0 ? '' : JSON.stringify(map));
    };
    return {
        creating: (kind, create) => put(JOB_STATE.pending, kind, create),
        settled: kind => put(JOB_STATE.pending, kind, undefined),
        created: (kind, id) => put(JOB_STATE.created, kind, id),
        deleted: kind => put(JOB_STATE.created, kind, undefined)
    };
}
/** The recorder's calls for one kind of object; none without a recorder. */
function recorderOf(recorder, kind) {
    return (recorder && {
        creating: pending => recorder.creating(kind, pending),
        settled: () => recorder.settled(kind),
        created: id => recorder.created(kind, id),
        deleted: () => recorder.deleted(kind)
    });
}
/**
 * The record as the post step finds it. State can be written by anything that prints to the log,
 * so whatever is not a record of one of `kinds` in the expected shape is left out.
 */
function readRecord(store, kinds) {
    return {
        created: readMap(store.load(JOB_STATE.created), kinds, value => typeof value === 'string' && value !== '' ? value : undefined),
        pending: readMap(store.load(JOB_STATE.pending), kinds, asPending)
    };
}
/** True when the record names nothing to delete. */
function isEmpty(record) {
    return Object.keys(record.created).length === 0 && Object.keys(record.pending).length === 0;
}
function readMap(text, kinds, read) {
    let value;
    try {
        value = JSON.parse(text || '{}');
    }
    catch {
        return {};
    }
    const map = {};
    if (value === null || typeof value !== 'object')
        return map;
    for (const kind of kinds) {
        const item = read(value[kind]);
        if (item !== undefined)
            map[kind] = item;
    }
    return map;
}
function asPending(value) {
    const { name, sentAt, waitMs, before, found } = (value ?? {});
    const beforeOk = before === null || (Array.isArray(before) && before.every(id => typeof id === 'string'));
    if (!(typeof name === 'string' && typeof sentAt === 'number' && typeof waitMs === 'number' && beforeOk))
        return undefined;
    return typeof found === 'string' && found !== ''
        ? { name, sentAt, waitMs, before, found }
        : { name, sentAt, waitMs, before };
}


/***/ })

};
