export const id = 873;
export const ids = [873];
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


/***/ }),

/***/ 4183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ planLines),
/* harmony export */   MR: () => (/* binding */ runOutputs),
/* harmony export */   Mv: () => (/* binding */ adoptedElsewhere),
/* harmony export */   _5: () => (/* binding */ describeDryRun),
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   wj: () => (/* binding */ firstRunFailure),
/* harmony export */   z: () => (/* binding */ summary),
/* harmony export */   z4: () => (/* binding */ wording)
/* harmony export */ });
/* unused harmony exports dryRunOutcome, dryRunOutputs */
/* harmony import */ var _access_hints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2412);
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _runner_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4099);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1720);
// Every sentence of the dataflow action about its plan and its result: the plan's lines, why a plan
// fails, the dry run, the outputs, the job summary, and Adobe's advice in the words of this action's
// inputs; and the shape of a result. Each is derived from the plan or a result; nothing here decides anything.




const quoted = (input) => `"${input}"`;
/** Adobe's advice in this action's words: the shared inputs', and those of its own inputs. */
const wording = (0,_access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .wordingWith */ .d9)({
    'unknown-connection-spec': `Flow Service does not offer the source of the base connection (its connection spec) to this organization: check ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.baseConnectionId)} and ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.flowSpecName)}.`,
    'unknown-auth-spec': `the base connection's authentication does not fit its connection spec: recreate it with the base connection action, then use its ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.baseConnectionId)}.`,
    'unknown-mapping-version': `Data Prep does not have that mapping set version: run the dataflow action again, which writes a new version from "${_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.mapping}".`,
    'mapping-schema-mismatch': `the mapping set was written for another schema than the dataset's: check "${_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.datasetId}" and the destinations in "${_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.mapping}".`
});
/** A run whose part lost to another run's, when what is live differs in what only a replacement changes. */
function adoptedElsewhere(name, { flow, changes }) {
    return `Another run created dataflow "${shown(name)}" (${flow.id}) at the same time, with another ${changes.join(', ')}: that run's chain is live, and this run does not replace it under it.\nNext step: run again to replace it with this run's inputs (if-exists: update), or give this run another ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.name)}.`;
}
/** The plan, one line per object, as a dry run prints it and the job summary lists it. */
function planLines(plan) {
    if (plan.intent === 'fail')
        return [`would fail: ${failureMessage(plan)}`];
    const unchecked = [
        ...(plan.unexplored
            ? [
                `not checked: the table, the columns, the mapping's sources, and whether the flow spec takes the source (explore needs a base connection; ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.baseConnectionId)} is empty in this dry run)`
            ]
            : []),
        ...(plan.schemaNotFound === undefined
            ? []
            : [
                `not checked: the mapping's destinations (the Schema Registry has no schema ${shown(plan.schemaNotFound)}; Data Prep checks them when the mapping set is written)`
            ])
    ];
    const { replaces } = plan;
    const retire = replaces === undefined
        ? []
        : [
            `then delete the dataflow it replaces, ${replaces.flow.id}, and its connections ${replaces.source.id} and ${replaces.target.id} (${replaces.changes.join(', ')} changed: Flow Service does not apply that to a live dataflow)`
        ];
    return [
        partLine('source connection', plan.source),
        partLine('target connection', plan.target),
        mappingLine(plan.mapping),
        flowLine(plan.name, plan.flow),
        ...retire,
        ...unchecked
    ];
}
/** A name from Adobe's answers as a message shows it: redacted, escaped, clipped. */
function shown(text) {
    return (0,_adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .safe */ .gB)(text, 200) ?? '';
}
/** "a", "b" and "c": at most 10 names, then how many more. */
function listed(names) {
    return (0,_runner_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .K)(names, { and: true, show: name => `"${shown(name)}"` });
}
/** "; closest: a, b, c", when there is anything close. */
function closestNote(names) {
    return names.length === 0 ? '' : `; closest: ${names.map(shown).join(', ')}`;
}
/** Why a plan fails, naming the input to change. */
function failureMessage({ failure, name, sandboxName }) {
    const where = `in sandbox ${sandboxName}`;
    const otherName = `choose another ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.name)}`;
    switch (failure.why) {
        case 'no-base-connection':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.baseConnectionId)}: no base connection ${failure.id} ${where}. Use the base-connection-id output of the base connection action, run against the same sandbox.`;
        case 'base-connection-not-enabled':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.baseConnectionId)}: base connection ${failure.id} is ${failure.state}, not enabled: fix its credentials (the base connection action with if-exists: update), then run again.`;
        case 'no-dataset':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.datasetId)}: Catalog has no dataset ${failure.id} ${where}. Copy the id from the dataset's page in Experience Platform.`;
        case 'no-flow-spec':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.flowSpecName)}: Flow Service has no flow spec named "${failure.name}" ${where}. Leave it out for CRMToAEP.`;
        case 'flow-spec-refuses-source': {
            const retired = failure.connectionSpecId === _access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .ORACLE_SERVICE_CLOUD_SPEC_ID */ .pv ? ` ${_access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .ORACLE_SERVICE_CLOUD_RETIRED */ .$w}` : '';
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.flowSpecName)}: flow spec "${failure.flowSpecName}" does not take sources of connection spec ${failure.connectionSpecId} (that of base connection ${failure.baseConnectionId}).${retired}`;
        }
        case 'interval-too-small':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.interval)}: ${failure.interval} is below the minimum of flow spec "${failure.flowSpecName}" for frequency ${failure.frequency}: at least ${failure.minimum}.`;
        case 'duplicates':
            return `${failure.ids.length} ${failure.what} are named "${failure.name}" ${where} (${(0,_runner_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .K)(failure.ids)}): delete the extra ones, or ${otherName}.`;
        case 'exists':
            return `Dataflow "${name}" already exists ${where} (${failure.id}) and ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.ifExists)} is fail.`;
        case 'connection-gone':
            return `Dataflow "${name}" (${failure.flowId}) uses a ${failure.side} connection that no longer exists: delete the dataflow, then run again.`;
        case 'other-base-connection':
            return `Source connection "${failure.source.name}" (${failure.source.id}) reads from base connection ${failure.readsFrom}, not ${failure.baseConnectionId}: the action does not move a dataflow to another base connection. Delete the chain, or ${otherName}.`;
        case 'other-dataset':
            return `Target connection "${failure.target.name}" (${failure.target.id}) writes to dataset ${failure.writesTo}, not ${failure.datasetId}: the action does not move a dataflow to another dataset. Delete the chain, or ${otherName}.`;
        case 'not-explored':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.baseConnectionId)}: Flow Service could not explore base connection ${failure.baseConnectionId} (its tables are not listed), so the table and columns cannot be checked. Check the base connection in Experience Platform (Sources > Accounts), then run again.`;
        case 'replace-with-delete':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.deleteOnCompletion)}: dataflow "${name}" (${failure.flowId}) would be replaced (${failure.changes.join(', ')} changed), and the post step would then delete the new chain too, leaving none. Replace it in a run without ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.deleteOnCompletion)}, or give this job another ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.name)}.`;
        case 'once-after-start':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.frequency)}: dataflow "${name}" (${failure.flowId}) started at ${failure.startTime} (epoch seconds), and Flow Service no longer changes the frequency of a dataflow whose start time has passed to once. Keep its frequency, or delete the dataflow to make a new one.`;
        case 'unknown-table':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.table)}: the source has no table "${failure.table}" (by path or name)${closestNote(failure.closest)}. Explore lists the source's tables: GET /connections/{id}/explore?objectType=root.`;
        case 'ambiguous-table':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.table)}: ${failure.paths.length} tables are named "${failure.table}" (paths ${failure.paths.join(', ')}): give the table's path instead.`;
        case 'unknown-columns':
            return `${quoted(failure.input === 'columns' ? _names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.columns : _names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.deltaColumn)}: table "${failure.table}" has no column ${listed(failure.names)}${closestNote(failure.closest)}.`;
        case 'unknown-mapping-sources':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.mapping)}: table "${failure.table}" has no column ${listed(failure.sources)}, named as a source${closestNote(failure.closest)}.`;
        case 'unknown-mapping-destinations':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.mapping)}: the schema of ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.datasetId)} (${failure.schemaId}) has no field ${listed(failure.destinations)}, named as a destination${closestNote(failure.closest)}.`;
        case 'start-time-passed':
            return `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_INPUT */ .ks.startTime)}: dataflow "${name}" (${failure.flowId}) started at ${failure.startTime} (epoch seconds), which has passed, and Flow Service does not move a start time that has passed. Leave "start-time" out to keep it, or delete the dataflow to start it anew.`;
    }
}
function partLine(what, part) {
    switch (part.kind) {
        case 'create':
            return `${what} "${part.request.name}": create`;
        case 'reuse':
            return `${what} "${part.found.name}": reuse ${part.found.id}`;
        case 'update':
            return `${what} "${part.found.name}": update ${part.found.id} (${part.changes.join(', ')})`;
    }
}
function mappingLine(part) {
    switch (part.kind) {
        case 'create':
            return `mapping set: create (${part.request.mappings.length} mappings)`;
        case 'reuse':
            return `mapping set: reuse ${part.id} version ${part.version}`;
        case 'update':
            return `mapping set: new version of ${part.id} (now version ${part.version}; ${part.request.mappings.length} mappings)`;
    }
}
function flowLine(name, part) {
    const schedule = `${part.shape.frequency}${part.shape.interval === undefined ? '' : ` every ${part.shape.interval}`}`;
    if (part.kind === 'create') {
        const how = part.flowSpec.draftMode ? 'create as a draft, then publish' : 'create';
        return `dataflow "${name}": ${how} (${schedule})`;
    }
    const publish = part.publish ? ', then publish the draft' : '';
    if (part.kind === 'reuse')
        return `dataflow "${name}": reuse ${part.found.id}${publish}`;
    return `dataflow "${name}": update ${part.found.id} (${part.changes.join(', ')})${publish}`;
}
/** A dry run's `outcome`. */
function dryRunOutcome(plan) {
    return plan.intent === 'unchanged' ? 'unchanged' : `would-${plan.intent}`;
}
/** The outputs of a dry run: what already exists and stays, and the outcome. */
function dryRunOutputs(plan) {
    const outputs = { [_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.outcome]: dryRunOutcome(plan) };
    if (plan.intent === 'fail')
        return outputs;
    const kept = (part) => part !== undefined && part.kind !== 'create' ? part.found.id : undefined;
    const set = (name, value) => {
        if (value !== undefined && value !== '')
            outputs[name] = value;
    };
    set(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.sourceConnectionId, kept(plan.source));
    set(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.targetConnectionId, kept(plan.target));
    if (plan.flow.kind !== 'create') {
        set(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.dataflowId, plan.flow.found.id);
        set(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.state, plan.flow.found.state);
    }
    if (plan.mapping.kind === 'reuse') {
        set(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.mappingId, plan.mapping.id);
        set(_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.mappingVersion, String(plan.mapping.version));
    }
    return outputs;
}
/** The step's outputs after a run. */
function runOutputs(result, waited) {
    const outputs = {
        [_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.dataflowId]: result.dataflowId,
        [_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.sourceConnectionId]: result.sourceConnectionId,
        [_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.targetConnectionId]: result.targetConnectionId,
        [_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.mappingId]: result.mappingId,
        [_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.mappingVersion]: String(result.mappingVersion),
        [_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.state]: waited?.state ?? result.state,
        [_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.outcome]: result.outcome
    };
    if (waited?.run) {
        // One spelling for workflows to compare: Adobe's `Failed` is `failed` here.
        outputs[_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.runStatus] = shown(waited.run.status).toLowerCase();
        outputs[_names_js__WEBPACK_IMPORTED_MODULE_2__/* .DATAFLOW_OUTPUT */ .l3.recordsWritten] = String(waited.run.recordsWritten ?? 0);
    }
    return outputs;
}
/** A first run that did not succeed: its id, its status, and Adobe's errors (at most 10). */
function firstRunFailure(dataflowId, run) {
    const errors = run.errors
        .slice(0, 10)
        .map(error => [error.code, error.message?.replace(/\.$/, '')].filter(part => part !== undefined).join(': '))
        .filter(text => text !== '');
    const more = run.errors.length > 10 ? ` and ${run.errors.length - 10} more` : '';
    const listedErrors = errors.length === 0 ? '' : ` Adobe's errors: ${errors.join('; ')}${more}.`;
    return `The first run of dataflow ${dataflowId} (${shown(run.id)}) ended ${shown(run.status)}.${listedErrors} See the run under Sources > Dataflows in Experience Platform.`;
}
/** The job summary: the plan, and the outputs so far. */
function summary(plan, outputs) {
    return {
        heading: `Dataflow "${plan.name}" in sandbox ${plan.sandboxName}${plan.dryRun ? ' (dry run)' : ''}`,
        lines: planLines(plan),
        table: [['output', 'value'], ...Object.entries(outputs)]
    };
}
/** A dry run: the plan, one line per object, and what a real run would output. */
function describeDryRun(plan) {
    const outputs = dryRunOutputs(plan);
    return {
        lines: planLines(plan).map(line => `Dry run: ${line}`),
        outputs,
        summary: summary(plan, outputs),
        failure: plan.intent === 'fail' ? failureMessage(plan) : undefined
    };
}


/***/ }),

/***/ 1599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _O: () => (/* binding */ currentMapping),
  ML: () => (/* binding */ makeDataflowPlan),
  Kp: () => (/* binding */ matchTable),
  N5: () => (/* binding */ needsPublishing),
  UO: () => (/* binding */ scheduleParams),
  lH: () => (/* binding */ scheduleText),
  VZ: () => (/* binding */ sourceName),
  je: () => (/* binding */ targetName)
});

// UNUSED EXPORTS: mappingRequest

// EXTERNAL MODULE: ./src/adobe/flow-service.ts
var flow_service = __webpack_require__(3377);
// EXTERNAL MODULE: ./src/converge/decide.ts
var decide = __webpack_require__(6649);
;// CONCATENATED MODULE: ./src/dataflow/closest.ts
// The names closest to one that was not found, so that a message can offer what was probably meant.
/** At most `count` of `candidates`, closest to `wanted` first (edit distance, ignoring case). */
function closest(wanted, candidates, count = 3) {
    const target = wanted.toLowerCase();
    return [...new Set(candidates)]
        .map(candidate => ({ candidate, distance: editDistance(target, candidate.toLowerCase()) }))
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, count)
        .map(({ candidate }) => candidate);
}
/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}

// EXTERNAL MODULE: ./src/dataflow/names.ts
var names = __webpack_require__(1720);
;// CONCATENATED MODULE: ./src/dataflow/plan.ts




const sourceName = (name) => `${name}${names/* SOURCE_CONNECTION_SUFFIX */.Zt}`;
const targetName = (name) => `${name}${names/* TARGET_CONNECTION_SUFFIX */.xf}`;
const CONNECTION_SPEC_VERSION = '1.0';
/** The schema's full form, as every tutorial names it in the target connection and the mapping set. */
const XED_FULL = 'application/vnd.adobe.xed-full+json;version=1';
/** `now`: epoch ms, to tell a start time that has passed (Adobe does not move one). */
function makeDataflowPlan(config, found, now = Date.now()) {
    const { name, sandboxName, dryRun } = config;
    const fail = (failure) => ({ intent: 'fail', failure, name, sandboxName, dryRun });
    const checked = checkInputs(config, found);
    if ('why' in checked)
        return fail(checked);
    const { base, dataset, flowSpec, table, columns } = checked;
    const flowDecision = (0,decide/* decide */.L)(config.ifExists, found.flows);
    if (flowDecision.kind === 'fail') {
        return fail(flowDecision.why === 'duplicates'
            ? { why: 'duplicates', what: 'dataflows', name, ids: found.flows.map(f => f.id) }
            : { why: 'exists', id: flowDecision.matches[0]?.id ?? '' });
    }
    const flow = flowDecision.kind === 'create' ? undefined : flowDecision.match;
    // The dataflow's own connections when it exists; otherwise those a cancelled run may have left.
    const sources = flow ? found.sources.filter(s => s.id === flow.sourceConnectionIds[0]) : found.sources;
    const targets = flow ? found.targets.filter(t => t.id === flow.targetConnectionIds[0]) : found.targets;
    if (flow && (sources.length === 0 || targets.length === 0)) {
        return fail({ why: 'connection-gone', flowId: flow.id, side: sources.length === 0 ? 'source' : 'target' });
    }
    const mode = config.ifExists === 'fail' ? 'update' : config.ifExists;
    const unexplored = {
        ...(config.baseConnectionId === '' ? { unexplored: true } : {}),
        ...(found.schemaPaths === undefined ? { schemaNotFound: dataset.schemaId } : {})
    };
    const chain = (intent, parts) => ({
        intent,
        ...unexplored,
        name,
        sandboxName,
        dryRun,
        ...parts
    });
    const desired = mappingRequest(config.mapping, dataset);
    const shape = flowShape(config);
    const [oldSource] = sources;
    const [oldTarget] = targets;
    if (flow !== undefined && oldSource !== undefined && oldTarget !== undefined && mode === 'update') {
        const changes = chainChanges(config, { table, dataset }, oldSource, oldTarget);
        if (changes.length > 0) {
            // A dataflow is never moved to another base connection, replaced or not.
            if (oldSource.baseConnectionId !== undefined && oldSource.baseConnectionId !== base.id) {
                return fail({
                    why: 'other-base-connection',
                    source: oldSource,
                    readsFrom: oldSource.baseConnectionId,
                    baseConnectionId: base.id
                });
            }
            // The post step would delete the new chain, and the old one would be gone too.
            if (config.deleteOnCompletion)
                return fail({ why: 'replace-with-delete', flowId: flow.id, changes });
            const replaced = {
                flow,
                source: oldSource,
                target: oldTarget,
                changes,
                // Everything of these names at the look-up (orphans of an earlier replacement too): the new
                // objects settle among those made from now on, and never adopt one reading other inputs.
                existing: {
                    flows: found.flows.map(f => f.id),
                    sources: found.sources.map(s => s.id),
                    targets: found.targets.map(t => t.id)
                }
            };
            const kept = sourcePart(config, { base, table, columns }, [], mode);
            if ('why' in kept)
                return fail(kept);
            const newTarget = targetPart(config, dataset, []);
            if ('why' in newTarget)
                return fail(newTarget);
            return chain('replace', {
                replaces: replaced,
                source: kept,
                target: newTarget,
                mapping: replacementMapping(flow, found.mapping, dataset, config, desired),
                flow: { kind: 'create', name, flowSpec, shape }
            });
        }
    }
    const source = sourcePart(config, { base, table, columns }, sources, mode);
    if ('why' in source)
        return fail(source);
    const target = targetPart(config, dataset, targets, flow !== undefined && mode === 'reuse');
    if ('why' in target)
        return fail(target);
    if (flow === undefined) {
        return chain('create', {
            source,
            target,
            mapping: { kind: 'create', request: desired },
            flow: { kind: 'create', name, flowSpec, shape }
        });
    }
    const current = currentMapping(flow);
    const mappingChanged = found.mapping === undefined ||
        found.mapping.schemaId !== dataset.schemaId ||
        !samePairs(found.mapping.pairs, config.mapping);
    const mapping = mode === 'update' && mappingChanged && current !== undefined
        ? { kind: 'update', id: current.id, version: current.version, request: desired }
        : mode === 'update' && current === undefined
            ? { kind: 'create', request: desired }
            : { kind: 'reuse', id: current?.id ?? '', version: current?.version ?? 0 };
    const changes = [];
    if (mode === 'update') {
        if (scheduleDiffers(flow, shape))
            changes.push('schedule');
        if (copyDiffers(flow, shape))
            changes.push('copy');
        if (mapping.kind !== 'reuse')
            changes.push('mapping');
    }
    if (changes.includes('schedule') && startTimeMoves(flow, shape, now)) {
        return fail({ why: 'start-time-passed', flowId: flow.id, startTime: String(flow.scheduleParams.startTime) });
    }
    // Flow Service refuses a change to `once` once the start time has passed (sources-errors.md, 1403-400).
    const toOnce = shape.frequency === 'once' && scheduleText(flow.scheduleParams.frequency) !== 'once';
    if (changes.includes('schedule') && toOnce && hasStarted(flow, now)) {
        return fail({ why: 'once-after-start', flowId: flow.id, startTime: String(flow.scheduleParams.startTime) });
    }
    const publish = needsPublishing(flow);
    const writes = changes.length > 0 || publish || source.kind !== 'reuse' || target.kind !== 'reuse';
    return chain(writes ? 'update' : 'unchanged', {
        source,
        target,
        mapping,
        flow: { kind: changes.length > 0 ? 'update' : 'reuse', found: flow, changes, shape, publish }
    });
}
/** What a live dataflow's connections read and write that the inputs change: each needs a new chain. */
function chainChanges(config, { table, dataset }, source, target) {
    const changes = [];
    if (source.tableName !== undefined && source.tableName !== table)
        changes.push('table');
    if (!sameList(source.columns ?? [], config.columns))
        changes.push('columns');
    if (target.datasetId !== undefined && target.datasetId !== dataset.id)
        changes.push('dataset');
    return changes;
}
/**
 * The new chain's mapping set: the old dataflow's, as it is or in a new version, while the dataset
 * (so the schema) stays; a new one for another dataset.
 */
function replacementMapping(flow, mapping, dataset, config, desired) {
    const current = currentMapping(flow);
    if (current === undefined || mapping === undefined || mapping.schemaId !== dataset.schemaId)
        return { kind: 'create', request: desired };
    return samePairs(mapping.pairs, config.mapping)
        ? { kind: 'reuse', id: current.id, version: current.version }
        : { kind: 'update', id: current.id, version: current.version, request: desired };
}
/** A dry run for a new environment has no base connection to plan on yet. */
const NO_BASE_CONNECTION = { id: '', etag: '', name: '' };
/** Inputs that Adobe's answers show to be wrong, found before any write; else what they name. */
function checkInputs(config, found) {
    const { dataset, flowSpec } = found;
    const base = config.baseConnectionId === '' ? NO_BASE_CONNECTION : found.base;
    if (base === undefined)
        return { why: 'no-base-connection', id: config.baseConnectionId };
    if (base.state !== undefined && base.state !== 'enabled')
        return { why: 'base-connection-not-enabled', id: base.id, state: base.state };
    if (dataset === undefined)
        return { why: 'no-dataset', id: config.datasetId };
    if (flowSpec === undefined)
        return { why: 'no-flow-spec', name: config.flowSpecName };
    const takes = flowSpec.sourceConnectionSpecIds;
    if (base.connectionSpecId !== undefined && takes.length > 0 && !takes.includes(base.connectionSpecId)) {
        return {
            why: 'flow-spec-refuses-source',
            flowSpecName: flowSpec.name,
            connectionSpecId: base.connectionSpecId,
            baseConnectionId: base.id
        };
    }
    const minimum = flowSpec.minimumInterval(config.frequency);
    if (config.frequency !== 'once' && config.interval < minimum) {
        return {
            why: 'interval-too-small',
            interval: config.interval,
            minimum,
            frequency: config.frequency,
            flowSpecName: flowSpec.name
        };
    }
    const source = checkSource(config, found.explored);
    if ('why' in source)
        return source;
    const destinations = checkDestinations(config, dataset, found.schemaPaths);
    if (destinations !== undefined)
        return destinations;
    return { base, dataset, flowSpec, ...source };
}
/**
 * The table the `table` input names: its path as explore lists it, or its name when exactly one
 * table has it. The look-up explores the table this finds.
 */
function matchTable(tables, input) {
    const byPath = tables.find(table => table.path === input);
    if (byPath !== undefined)
        return byPath;
    const byName = tables.filter(table => table.name === input);
    const [only, ...others] = byName;
    if (only !== undefined && others.length === 0)
        return only;
    if (only !== undefined)
        return { why: 'ambiguous-table', table: input, paths: byName.map(table => table.path) };
    const names = tables.flatMap(table => (table.name === table.path ? [table.path] : [table.path, table.name]));
    return { why: 'unknown-table', table: input, closest: closest(input, names) };
}
/** The table, the columns and the mapping's sources, against what explore shows of the source. */
function checkSource(config, explored) {
    // Not explored: a dry run for a new environment takes the inputs as given; a real run cannot.
    if (explored === undefined) {
        return config.baseConnectionId === ''
            ? { table: config.table, columns: [] }
            : { why: 'not-explored', baseConnectionId: config.baseConnectionId };
    }
    const table = matchTable(explored.tables, config.table);
    if ('why' in table)
        return table;
    const known = explored.columns ?? [];
    const names = known.map(column => column.name);
    const missing = (wanted) => wanted.filter(name => !names.includes(name));
    const unknownColumns = missing(config.columns);
    if (unknownColumns.length > 0) {
        return unknown('columns', table.path, unknownColumns, names);
    }
    if (config.deltaColumn !== '' && missing([config.deltaColumn]).length > 0) {
        return unknown('delta-column', table.path, [config.deltaColumn], names);
    }
    const sources = missing(config.mapping.map(pair => pair.source));
    if (sources.length > 0) {
        return { why: 'unknown-mapping-sources', table: table.path, sources, closest: closest(sources[0] ?? '', names) };
    }
    const columns = config.columns.flatMap(name => known.filter(column => column.name === name));
    return { table: table.path, columns };
}
function unknown(input, table, names, known) {
    return { why: 'unknown-columns', input, table, names, closest: closest(names[0] ?? '', known) };
}
/** Every mapping destination must be a field of the dataset's schema (when the Schema Registry showed it). */
function checkDestinations(config, dataset, schemaPaths) {
    if (schemaPaths === undefined)
        return undefined;
    const destinations = config.mapping.map(pair => pair.destination).filter(path => !schemaPaths.includes(path));
    if (destinations.length === 0)
        return undefined;
    return {
        why: 'unknown-mapping-destinations',
        schemaId: dataset.schemaId,
        destinations,
        closest: closest(destinations[0] ?? '', schemaPaths)
    };
}
function sourcePart(config, { base, table, columns }, found, mode) {
    // Columns as Adobe's tutorials send them: explore's {name, type, xdm} of each column named.
    const request = {
        name: sourceName(config.name),
        baseConnectionId: base.id,
        data: { format: 'tabular' },
        params: { tableName: table, ...(columns.length > 0 ? { columns } : {}) },
        connectionSpec: { id: base.connectionSpecId ?? '', version: base.connectionSpecVersion ?? CONNECTION_SPEC_VERSION }
    };
    if (found.length > 1)
        return duplicates('source connections', request.name, found);
    const [source] = found;
    if (source === undefined)
        return { kind: 'create', request };
    if (source.baseConnectionId !== undefined && source.baseConnectionId !== base.id) {
        return { why: 'other-base-connection', source, readsFrom: source.baseConnectionId, baseConnectionId: base.id };
    }
    const changes = [];
    if (source.tableName !== table)
        changes.push('table');
    if (!sameList(source.columns ?? [], config.columns))
        changes.push('columns');
    if (mode === 'reuse' || changes.length === 0)
        return { kind: 'reuse', found: source };
    return {
        kind: 'update',
        found: source,
        operations: [{ op: 'replace', path: '/params', value: request.params }],
        changes
    };
}
function targetPart(config, dataset, found, 
/** if-exists reuse with a dataflow: its target is taken as it is, whatever it writes to. */
asItIs = false) {
    const request = {
        name: targetName(config.name),
        data: { schema: { id: dataset.schemaId, version: XED_FULL } },
        params: { dataSetId: dataset.id },
        connectionSpec: { id: flow_service/* DATA_LAKE_SPEC_ID */.B, version: CONNECTION_SPEC_VERSION }
    };
    if (found.length > 1)
        return duplicates('target connections', request.name, found);
    const [target] = found;
    if (target === undefined)
        return { kind: 'create', request };
    if (!asItIs && target.datasetId !== undefined && target.datasetId !== dataset.id) {
        return { why: 'other-dataset', target, writesTo: target.datasetId, datasetId: dataset.id };
    }
    return { kind: 'reuse', found: target };
}
function duplicates(what, name, found) {
    return { why: 'duplicates', what, name, ids: found.map(f => f.id) };
}
function mappingRequest(pairs, dataset) {
    return {
        outputSchema: { schemaRef: { id: dataset.schemaId, contentType: XED_FULL } },
        mappings: pairs.map(({ source, destination }) => ({ sourceType: 'ATTRIBUTE', source, destination }))
    };
}
function flowShape(config) {
    return {
        frequency: config.frequency,
        interval: config.frequency === 'once' ? undefined : String(config.interval),
        startTime: config.startTime === undefined ? undefined : String(config.startTime),
        copy: config.deltaColumn === '' ? undefined : { name: 'Copy', params: { deltaColumn: { name: config.deltaColumn } } }
    };
}
/** The schedule a dataflow gets: the inputs', with the start time of now (a create) or as it was. */
function scheduleParams(shape, startTime) {
    // Typed as the OpenAPI's ScheduleSpecDTO has them: startTime an integer, interval a string.
    return {
        startTime: Number(shape.startTime ?? startTime),
        frequency: shape.frequency,
        ...(shape.interval === undefined ? {} : { interval: shape.interval })
    };
}
/** A new start time given for a dataflow whose start time has passed. */
function startTimeMoves(flow, shape, now) {
    return (shape.startTime !== undefined && String(flow.scheduleParams.startTime) !== shape.startTime && hasStarted(flow, now));
}
/** A published dataflow whose start time has passed. */
function hasStarted(flow, now) {
    const started = Number(flow.scheduleParams.startTime);
    return Number.isFinite(started) && started * 1000 <= now && !needsPublishing(flow);
}
/** States of a published dataflow; Adobe does not document how a draft shows, so anything else is tried. */
const PUBLISHED_STATES = new Set(['enabled', 'disabled', 'initializing']);
function needsPublishing(flow) {
    return flow.state !== undefined && !PUBLISHED_STATES.has(flow.state);
}
/** Flow Service echoes the schedule as it was sent, strings or numbers: its fields are compared as text. */
function scheduleText(value) {
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
function scheduleDiffers(flow, shape) {
    const now = flow.scheduleParams;
    return (scheduleText(now.frequency) !== shape.frequency ||
        (shape.interval !== undefined && scheduleText(now.interval) !== shape.interval) ||
        (shape.startTime !== undefined && scheduleText(now.startTime) !== shape.startTime));
}
function copyDiffers(flow, shape) {
    const copy = flow.transformations.find(t => t.name === 'Copy');
    const column = copy?.params.deltaColumn?.name;
    const wanted = shape.copy?.params.deltaColumn?.name;
    return (typeof column === 'string' && column !== '' ? column : undefined) !== wanted;
}
/** The mapping set and version in the dataflow's Mapping transformation (the version is a string there). */
function currentMapping(flow) {
    const params = flow.transformations.find(t => t.name === 'Mapping')?.params;
    const version = Number(params?.mappingVersion);
    return typeof params?.mappingId === 'string' && Number.isInteger(version)
        ? { id: params.mappingId, version }
        : undefined;
}
/** The order of pairs does not matter to Data Prep. */
function samePairs(a, b) {
    const key = (pairs) => JSON.stringify(pairs.map(p => [p.source, p.destination]).sort());
    return key(a) === key(b);
}
function sameList(a, b) {
    return a.length === b.length && a.every((value, i) => value === b[i]);
}


/***/ })

};
