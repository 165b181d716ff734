export const id = 403;
export const ids = [403];
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

/***/ 9779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/adobe/connect.ts + 4 modules
var connect = __webpack_require__(9763);
// EXTERNAL MODULE: ./src/runner/errors.ts
var errors = __webpack_require__(5507);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/runner/report.ts
var report = __webpack_require__(6190);
// EXTERNAL MODULE: ./src/runner/step.ts
var step = __webpack_require__(7770);
;// CONCATENATED MODULE: ./src/monitor/assess.ts
// What the monitor makes of what it read, free of I/O: each dataflow's findings (failed and partial
// runs, a state that is not enabled, rejected credentials, a run that was due and did not happen,
// a dataflow not found), and whether that makes the watch unhealthy under `fail-on`.
const SUCCESS = new Set(['success', 'succeeded', 'completed']);
const PARTIAL = new Set(['partialsuccess', 'partialfailure']);
const FAILED = new Set(['failed', 'failure', 'error']);
const RUNNING = new Set(['inprogress', 'running', 'pending', 'queued', 'scheduled', 'started']);
/**
 * A success with failed records is partial (monitor.md's example run is one); a status spelled
 * partial (the OpenAPI's StatusDTO has PARTIAL_SUCCESS) is taken as partial too; a status no
 * document gives is unknown, not guessed at.
 */
function outcomeOf(run) {
    const status = run.status.toLowerCase().replace(/[_\s-]/g, '');
    if (FAILED.has(status))
        return 'failed';
    if (PARTIAL.has(status))
        return 'partial';
    if (SUCCESS.has(status))
        return (run.recordsFailed ?? 0) > 0 ? 'partial' : 'success';
    if (RUNNING.has(status))
        return 'running';
    return 'unknown';
}
const PERIOD_MS = {
    minute: 60_000,
    hour: 3_600_000,
    day: 86_400_000,
    week: 604_800_000
};
/** The period of the dataflow's schedule, in ms; undefined when it runs once or says nothing usable. */
function periodOf(flow) {
    const unit = PERIOD_MS[flow.frequency ?? ''];
    if (unit === undefined || flow.startTime === undefined)
        return undefined;
    return unit * (flow.interval !== undefined && flow.interval > 0 ? flow.interval : 1);
}
/**
 * When the dataflow's schedule says it should have run next: a period after its last run, but not
 * before its start time; with no run known, its start time.
 */
function nextDue(flow, lastRunAt) {
    const period = periodOf(flow);
    if (period === undefined || flow.startTime === undefined)
        return undefined;
    return lastRunAt === undefined ? flow.startTime : Math.max(lastRunAt + period, flow.startTime);
}
/** A run counts as missed once it is this late: a tenth of its period, at least five minutes. */
function graceMs(flow) {
    const period = (PERIOD_MS[flow.frequency ?? ''] ?? 0) * (flow.interval ?? 1);
    return Math.max(5 * 60_000, period / 10);
}
/** The findings of one watched line, in the order the report lists them. */
function findingsOf(watched, window, { expectRuns }) {
    if (watched.kind === 'not-found')
        return [{ kind: 'not-found' }];
    if (watched.kind === 'ambiguous')
        return [{ kind: 'ambiguous', ids: watched.ids }];
    const { flow, runs, connection } = watched;
    const findings = [];
    const state = flow.state ?? 'enabled';
    if (state.toLowerCase() !== 'enabled')
        findings.push({ kind: 'not-enabled', state });
    if (connection?.gone !== undefined)
        findings.push({ kind: 'connection-gone', connection });
    if (connection?.rejected !== undefined)
        findings.push({ kind: 'credentials-rejected', connection });
    for (const run of runs) {
        const outcome = outcomeOf(run);
        if (outcome === 'failed')
            findings.push({ kind: 'failed-run', run });
        else if (outcome === 'partial')
            findings.push({ kind: 'partial-run', run });
    }
    if (expectRuns && state.toLowerCase() === 'enabled') {
        const last = Math.max(flow.lastRunAt ?? -Infinity, ...runs.map(run => run.startedAt ?? -Infinity));
        const due = nextDue(flow, Number.isFinite(last) ? last : undefined);
        // A dataflow that stopped running stays flagged for as long as it does not run, not only while
        // its first missed time is in the window; one never seen to run, once its start is overdue.
        if (due !== undefined && window.now > due + graceMs(flow)) {
            findings.push({ kind: 'missed-run', dueAt: due });
        }
    }
    return findings;
}
/** Whether these findings make the step fail under `fail-on` (never: the step never fails). */
function failsOn(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some(finding => finding.kind !== 'partial-run' || failOn === 'partial');
}
/** `unhealthy` when anything would fail the step; with never, when anything was found at all. */
function statusOf(findings, failOn) {
    const unhealthy = failOn === 'never' ? findings.length > 0 : failsOn(findings, failOn);
    return unhealthy ? 'unhealthy' : 'healthy';
}
/** The latest run of the window that ended in success, if any. */
function lastSuccess(runs) {
    return runs
        .filter(run => outcomeOf(run) === 'success')
        .reduce((latest, run) => ((run.startedAt ?? 0) > (latest?.startedAt ?? -1) ? run : latest), undefined);
}

// EXTERNAL MODULE: ./src/runner/text.ts
var runner_text = __webpack_require__(4099);
// EXTERNAL MODULE: ./src/access/names.ts
var names = __webpack_require__(5538);
;// CONCATENATED MODULE: ./src/monitor/names.ts
// Names of the monitor action (monitor/action.yml): its inputs and outputs.

/** The monitor's inputs (monitor/action.yml), by the names messages quote. */
const MONITOR_INPUT = {
    clientId: names/* ACCESS_INPUT */.I.clientId,
    clientSecret: names/* ACCESS_INPUT */.I.clientSecret,
    scopes: names/* ACCESS_INPUT */.I.scopes,
    accessToken: names/* ACCESS_INPUT */.I.accessToken,
    apiKey: names/* ACCESS_INPUT */.I.apiKey,
    orgId: names/* ACCESS_INPUT */.I.orgId,
    sandboxName: names/* ACCESS_INPUT */.I.sandboxName,
    dataflows: 'dataflows',
    since: 'since',
    failOn: 'fail-on',
    checkConnection: 'check-connection',
    expectRuns: 'expect-runs',
    platformUrl: names/* ACCESS_INPUT */.I.platformUrl,
    imsUrl: names/* ACCESS_INPUT */.I.imsUrl,
    timeoutSeconds: names/* ACCESS_INPUT */.I.timeoutSeconds,
    maxAttempts: names/* ACCESS_INPUT */.I.maxAttempts
};
/** The monitor's outputs (monitor/action.yml). */
const MONITOR_OUTPUT = {
    status: 'status',
    failedRuns: 'failed-runs',
    report: 'report'
};

;// CONCATENATED MODULE: ./src/monitor/describe.ts



function assess(watched, window, config) {
    return watched.map(w => ({ watched: w, findings: findingsOf(w, window, { expectRuns: config.expectRuns }) }));
}
const iso = (ms) => (ms === undefined ? null : new Date(ms).toISOString());
/**
 * The report keeps each dataflow's newest runs and first findings only: a dataflow that runs every
 * minute has 1,440 runs a day, and GitHub keeps a job's outputs to 1 MB in all. The counts say how
 * many there were.
 */
const REPORT_RUNS = 50;
const REPORT_FINDINGS = 20;
/** Adobe's errors kept of each run. */
const REPORT_ERRORS = 3;
/**
 * The report's size at most, in characters: it must fit in an environment variable (128 KiB on
 * Linux) and in a GitHub issue's body (65,536 characters), where the README's workflow puts it.
 */
const REPORT_BUDGET = 60_000;
/** What the report keeps of each dataflow, from the most to the least, until it fits the budget. */
const REPORT_SHAPES = [
    { runs: REPORT_RUNS, findings: REPORT_FINDINGS },
    { runs: 10, findings: 5 },
    { runs: 0, findings: 1 }
];
const newestFirst = (runs) => [...runs].sort((a, b) => (b.startedAt ?? 0) - (a.startedAt ?? 0));
function findingTexts(findings, most = REPORT_FINDINGS) {
    const texts = findings.slice(0, most).map(findingText);
    const more = findings.length - most;
    return more > 0 ? [...texts, `… and ${more} more findings`] : texts;
}
/** The `report` output: per line of `dataflows`, what was found. */
function reportOf(assessed, shape = REPORT_SHAPES[0]) {
    return assessed.map(({ watched, findings }) => {
        const base = {
            entry: watched.entry,
            findingCount: findings.length,
            findings: findingTexts(findings, shape.findings)
        };
        if (watched.kind !== 'found')
            return { ...base, id: null, name: null };
        const { flow, runs, connection } = watched;
        return {
            ...base,
            id: flow.id,
            name: flow.name,
            state: flow.state ?? 'enabled',
            baseConnection: connection === undefined
                ? null
                : {
                    id: connection.id,
                    state: connection.state ?? null,
                    credentials: connection.rejected === undefined ? 'accepted' : 'rejected'
                },
            lastSuccess: iso(lastSuccess(runs)?.startedAt),
            runCount: runs.length,
            runs: newestFirst(runs)
                .slice(0, shape.runs)
                .map(run => ({
                id: run.id,
                status: run.status,
                start: iso(run.startedAt),
                end: iso(run.completedAt),
                recordsRead: run.recordsRead ?? null,
                recordsWritten: run.recordsWritten ?? null,
                recordsFailed: run.recordsFailed ?? null,
                errors: run.errors
                    .slice(0, REPORT_ERRORS)
                    .map(error => ({ code: error.code ?? null, message: error.message ?? null }))
            }))
        };
    });
}
function outputsOf(assessed, failOn) {
    const findings = assessed.flatMap(a => a.findings);
    return {
        [MONITOR_OUTPUT.status]: statusOf(findings, failOn),
        [MONITOR_OUTPUT.failedRuns]: String(findings.filter(f => f.kind === 'failed-run').length),
        [MONITOR_OUTPUT.report]: boundedReport(assessed)
    };
}
/** The report in the first shape that fits REPORT_BUDGET (the last one whatever its size: one line a dataflow). */
function boundedReport(assessed) {
    for (const shape of REPORT_SHAPES) {
        const text = JSON.stringify(reportOf(assessed, shape));
        if (text.length <= REPORT_BUDGET || shape === REPORT_SHAPES.at(-1))
            return text;
    }
    return '[]';
}
/** A finding as one sentence (the log, the report, the summary). */
function findingText(finding) {
    switch (finding.kind) {
        case 'failed-run':
            return `run ${finding.run.id} failed (${finding.run.status})${errorsText(finding.run)}`;
        case 'partial-run':
            return `run ${finding.run.id} ended ${finding.run.status} with ${finding.run.recordsFailed ?? 'some'} failed records${errorsText(finding.run)}`;
        case 'not-enabled':
            return `the dataflow is ${finding.state}, not enabled: it does not run`;
        case 'credentials-rejected': {
            const { connection } = finding;
            const named = connection.name === undefined ? connection.id : `${connection.id} ("${connection.name}")`;
            const code = connection.rejected?.code === undefined ? '' : ` (${connection.rejected.code})`;
            return `the source rejects the credentials of base connection ${named}${code}: ${connection.rejected?.message ?? ''}. Rotate the source's password (the ORACLE_PASSWORD secret) and run the base connection action with if-exists: update and verify: true`;
        }
        case 'connection-gone':
            return `its ${finding.connection.gone} ${finding.connection.id} no longer exists: the dataflow cannot run. Run the dataflow action (and the base connection action) again to rebuild the chain`;
        case 'missed-run':
            return `no run since ${new Date(finding.dueAt).toISOString()}, when the schedule said it should have run`;
        case 'not-found':
            return `no dataflow of this id or name in the sandbox: check "${MONITOR_INPUT.dataflows}" and "${MONITOR_INPUT.sandboxName}"`;
        case 'ambiguous':
            return `${finding.ids.length} dataflows have this name (${(0,runner_text/* listed */.K)(finding.ids)}): give the id instead`;
    }
}
function errorsText(run) {
    const [first, ...rest] = run.errors;
    if (first === undefined)
        return '';
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more)`;
    return `: ${first.code ?? 'no code'}: ${first.message ?? 'no message'}${more}`;
}
/** The log: one line per dataflow, then one per finding. */
function logLines(assessed) {
    return assessed.flatMap(({ watched, findings }) => {
        const head = watched.kind === 'found'
            ? `Dataflow ${watched.flow.id} ("${watched.flow.name}"): ${watched.flow.state ?? 'enabled'}, ${watched.runs.length} runs in the window, ${findings.length === 0 ? 'healthy' : `${findings.length} findings`}`
            : `"${watched.entry}": ${findings.length} findings`;
        return [head, ...findingTexts(findings).map(text => `  - ${text}`)];
    });
}
/** The job summary: the verdict, then one table per dataflow and each failed run's errors. */
function summaryOf(assessed, window, failOn) {
    const findings = assessed.flatMap(a => a.findings);
    const status = statusOf(findings, failOn);
    return {
        heading: `Dataflow monitor: ${status}`,
        lines: [
            `Window: ${new Date(window.since).toISOString()} to ${new Date(window.now).toISOString()}; fail-on: ${failOn}`,
            `${assessed.length} dataflows, ${findings.length} findings, ${findings.filter(f => f.kind === 'failed-run').length} failed runs`
        ],
        table: [],
        sections: assessed.map(({ watched, findings: own }) => {
            if (watched.kind !== 'found')
                return { heading: watched.entry, lines: findingTexts(own), table: [] };
            const { flow } = watched;
            const runs = newestFirst(watched.runs).slice(0, REPORT_RUNS);
            const shown = runs.length < watched.runs.length ? [`the newest ${runs.length} of ${watched.runs.length} runs`] : [];
            return {
                heading: `${flow.name} (${flow.id})`,
                lines: [...(own.length === 0 ? ['healthy'] : findingTexts(own)), ...shown],
                table: [
                    ['run', 'status', 'start', 'end', 'read', 'written', 'failed'],
                    ...runs.map(run => [
                        run.id,
                        `${run.status}${outcomeOf(run) === 'unknown' ? ' (not judged)' : ''}`,
                        iso(run.startedAt) ?? '',
                        iso(run.completedAt) ?? '',
                        String(run.recordsRead ?? ''),
                        String(run.recordsWritten ?? ''),
                        String(run.recordsFailed ?? '')
                    ])
                ],
                ...(runs.some(run => run.errors.length > 0) && {
                    text: runs
                        .filter(run => run.errors.length > 0)
                        .map(run => {
                        const shownErrors = run.errors
                            .slice(0, REPORT_ERRORS)
                            .map(e => `  ${e.code ?? 'no code'}: ${e.message ?? ''}`);
                        const more = run.errors.length - REPORT_ERRORS;
                        return [`${run.id}:`, ...shownErrors, ...(more > 0 ? [`  … and ${more} more`] : [])].join('\n');
                    })
                        .join('\n')
                })
            };
        })
    };
}
/** Why the step fails (after the outputs and the summary are written). */
function failureOf(assessed, failOn) {
    const failing = assessed.filter(a => a.findings.some(f => f.kind !== 'partial-run' || failOn === 'partial'));
    const names = failing.map(({ watched }) => watched.kind === 'found' ? `"${watched.flow.name}"` : `"${watched.entry}"`);
    return `Unhealthy (fail-on: ${failOn}): ${(0,runner_text/* listed */.K)(names, { and: true })}. The report output and the job summary list each finding.`;
}

// EXTERNAL MODULE: ./src/access/inputs.ts
var inputs = __webpack_require__(1949);
// EXTERNAL MODULE: ./src/runner/inputs.ts
var runner_inputs = __webpack_require__(9205);
;// CONCATENATED MODULE: ./src/monitor/inputs.ts
// The monitor's inputs (monitor/action.yml): read, validated and frozen into one typed config
// before any request is sent, by the same rules as the other actions (secrets masked first).




/** The defaults of monitor/action.yml (a test keeps them equal), for runs outside the runner. */
const MONITOR_INPUT_DEFAULTS = {
    ...names/* ACCESS_DEFAULTS */.C,
    [MONITOR_INPUT.since]: '24h',
    [MONITOR_INPUT.failOn]: 'failed',
    [MONITOR_INPUT.checkConnection]: 'true',
    [MONITOR_INPUT.expectRuns]: 'true'
};
const FAIL_ON = ['failed', 'partial', 'never'];
/** At most this many dataflows a run: each costs a few reads, all sent at once. */
const DATAFLOWS_MAX = 50;
const NAME_MAX = 256;
/** The window goes back at most 90 days: Adobe keeps run history for a limited time. */
const SINCE_MAX_MS = 90 * 86_400_000;
const DURATION = /^(\d{1,5})(m|h|d)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
const SINCE_RULE = 'a duration back from now (90m, 24h, 7d; at most 90d) or an ISO 8601 date and time with a time zone (e.g. 2026-12-01T06:00:00Z)';
function readMonitorConfig(now = Date.now()) {
    // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
    const reading = (0,inputs/* readIdentityFirst */.dp)(MONITOR_INPUT_DEFAULTS);
    const { input, problems } = reading;
    const dataflows = readDataflows(input(MONITOR_INPUT.dataflows), problems);
    const since = readSince(input(MONITOR_INPUT.since), now, problems);
    const failOn = (0,runner_inputs/* readChoice */.Kf)(MONITOR_INPUT.failOn, input(MONITOR_INPUT.failOn), FAIL_ON, problems) ?? 'failed';
    const checkConnection = (0,runner_inputs/* readBoolean */.Vf)(MONITOR_INPUT.checkConnection, input(MONITOR_INPUT.checkConnection), problems);
    const expectRuns = (0,runner_inputs/* readBoolean */.Vf)(MONITOR_INPUT.expectRuns, input(MONITOR_INPUT.expectRuns), problems);
    return (0,inputs/* finishReading */.SX)(reading, { dataflows, since, failOn, checkConnection, expectRuns });
}
/** One id or name per line; blank lines skipped; ids lower-cased; each once. */
function readDataflows(value, problems) {
    const lines = value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
    if (lines.length === 0) {
        problems.push((0,runner_inputs/* emptyInput */.Wb)(MONITOR_INPUT.dataflows, 'dataflow ids or names, one per line'));
        return [];
    }
    const seen = new Set();
    for (const [index, line] of lines.entries()) {
        const where = `${MONITOR_INPUT.dataflows}" line ${index + 1}`;
        if (!(0,runner_inputs/* printable */.g$)(MONITOR_INPUT.dataflows, line, problems))
            continue;
        if (line.length > NAME_MAX)
            problems.push(`"${where} must be at most ${NAME_MAX} characters, got ${line.length}`);
        seen.add(runner_inputs/* UUID */.kk.test(line) ? line.toLowerCase() : line);
    }
    if (seen.size > DATAFLOWS_MAX)
        problems.push(`"${MONITOR_INPUT.dataflows}" may name at most ${DATAFLOWS_MAX} dataflows, got ${seen.size}: split them over several steps`);
    return [...seen];
}
function readSince(value, now, problems) {
    const duration = DURATION.exec(value);
    let since;
    if (duration !== null)
        since = now - Number(duration[1]) * (UNIT_MS[duration[2] ?? ''] ?? NaN);
    else if (runner_inputs/* ISO_8601 */.mt.test(value) && !Number.isNaN(Date.parse(value)))
        since = Date.parse(value);
    if (since === undefined || Number.isNaN(since)) {
        problems.push(value === ''
            ? (0,runner_inputs/* emptyInput */.Wb)(MONITOR_INPUT.since, SINCE_RULE)
            : `"${MONITOR_INPUT.since}" must be ${SINCE_RULE}, got "${(0,runner_inputs/* shown */.SP)(value)}"`);
        return now;
    }
    if (since >= now)
        problems.push(`"${MONITOR_INPUT.since}" must lie in the past, got "${(0,runner_inputs/* shown */.SP)(value)}"`);
    else if (now - since > SINCE_MAX_MS)
        problems.push(`"${MONITOR_INPUT.since}" may go back at most 90 days, got "${(0,runner_inputs/* shown */.SP)(value)}"`);
    return since;
}

// EXTERNAL MODULE: ./src/adobe/errors.ts
var adobe_errors = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/runner/together.ts
var together = __webpack_require__(122);
;// CONCATENATED MODULE: ./src/monitor/watch.ts



/** Platform connections to open while the token is fetched: the widest wave sends two reads a dataflow. */
const connectionsFor = (dataflows) => Math.min(2 * dataflows, 100);
function watch(adobe, config) {
    // A dataflow named twice (by id and by name), and a base connection several dataflows read
    // through, are read once.
    const base = once((id) => (0,together/* together */.b)(adobe.flowService.connections.get(id), refusal(adobe, id)));
    const details = once((flow) => (0,together/* together */.b)(adobe.flowService.runsSince(flow.id, config.since), config.checkConnection ? connectionOf(adobe, flow, base) : Promise.resolve(undefined)));
    return (0,together/* together */.b)(...config.dataflows.map(entry => watchOne(adobe, entry, details)));
}
/** `read`, asked once per key (a string, or an object's id). */
function once(read) {
    const seen = new Map();
    return key => {
        const id = typeof key === 'string' ? key : key.id;
        const promise = seen.get(id) ?? read(key);
        seen.set(id, promise);
        return promise;
    };
}
async function watchOne(adobe, entry, details) {
    const { flows } = adobe.flowService;
    const found = runner_inputs/* UUID */.kk.test(entry) ? [await flows.get(entry)].flatMap(flow => flow ?? []) : await flows.findByName(entry);
    const [flow, ...others] = found;
    if (flow === undefined)
        return { entry, kind: 'not-found' };
    if (others.length > 0)
        return { entry, kind: 'ambiguous', ids: found.map(f => f.id).sort() };
    const [runs, connection] = await details(flow);
    return { entry, kind: 'found', flow: flowSeen(flow), runs, ...(connection && { connection }) };
}
/** The base connection the dataflow reads through, and whether the source still accepts its credentials. */
async function connectionOf(adobe, flow, baseOf) {
    const sourceId = flow.sourceConnectionIds[0];
    if (sourceId === undefined)
        return undefined;
    const source = await adobe.flowService.sources.get(sourceId);
    if (source === undefined)
        return { id: sourceId, gone: 'source connection' };
    const id = source.baseConnectionId;
    if (id === undefined)
        return undefined;
    const [base, rejected] = await baseOf(id);
    if (base === undefined)
        return { id, gone: 'base connection' };
    return {
        id,
        ...(base.name !== undefined && { name: base.name }),
        ...(base.state !== undefined && { state: base.state }),
        ...(rejected && { rejected })
    };
}
/** Explore's refusal when the source rejects the stored credentials; any other failure stands. */
async function refusal(adobe, id) {
    try {
        await adobe.flowService.explore(id);
        return undefined;
    }
    catch (error) {
        // Gone: the read beside it says so.
        if ((0,adobe_errors/* isNotFound */.c4)(error))
            return undefined;
        if (!(0,adobe_errors/* isSourceRejection */.j_)(error))
            throw error;
        return {
            ...(error.code !== undefined && { code: error.code }),
            message: error.details.adobeMessage ?? error.message.split('\n')[0] ?? ''
        };
    }
}
function flowSeen(flow) {
    const schedule = flow.scheduleParams;
    const interval = Number(schedule['interval']);
    const start = Number(schedule['startTime']);
    return {
        id: flow.id,
        name: flow.name,
        ...(flow.state !== undefined && { state: flow.state }),
        ...(typeof schedule['frequency'] === 'string' && { frequency: schedule['frequency'] }),
        ...(Number.isFinite(interval) && interval > 0 && { interval }),
        // scheduleParams.startTime is epoch seconds (as a number or a string).
        ...(Number.isFinite(start) && start > 0 && { startTime: start * 1000 }),
        ...(flow.lastRunAt !== undefined && { lastRunAt: flow.lastRunAt })
    };
}

// EXTERNAL MODULE: ./src/access/hints.ts
var hints = __webpack_require__(2412);
;// CONCATENATED MODULE: ./src/monitor/wording.ts
// Adobe's advice in the monitor's words: the shared inputs' sentences, and its own for what a
// monitor meets (a dataflow's base connection, not one of its inputs).

const wording = (0,hints/* wordingWith */.d9)({
    'unknown-connection-spec': `Flow Service does not offer the source of a watched dataflow's base connection to this organization any more.`
});

;// CONCATENATED MODULE: ./src/monitor/main.ts
// The monitor's main step: inputs → clients → watch (reads only) → outputs and summary → the
// verdict. The step fails only after the outputs and the summary are written, so that a red
// scheduled run still carries its report.










function run() {
    return (0,step/* runMainStep */.X7)(async (cancellation) => {
        const now = Date.now();
        const config = readMonitorConfig(now);
        const clients = (0,connect/* connect */.N)(config, { wording: wording, ...cancellation, connections: connectionsFor(config.dataflows.length) });
        try {
            const window = { since: config.since, now };
            const assessed = assess(await watch(clients, config), window, config);
            for (const line of logLines(assessed))
                log/* log */.Rm.info(line);
            (0,report/* setOutputs */.n0)(outputsOf(assessed, config.failOn));
            await (0,report/* writeSummary */.Sy)(summaryOf(assessed, window, config.failOn));
            if (failsOn(assessed.flatMap(a => a.findings), config.failOn)) {
                throw new errors/* ActionError */.l(failureOf(assessed, config.failOn));
            }
        }
        finally {
            clients.close();
        }
    });
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


/***/ }),

/***/ 122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ together)
/* harmony export */ });
// Requests that go out at once, and end together: a failure counts only once every sibling has
// ended, so that none is cut off mid-request (a POST cut off is a lost answer; a look-up cut off
// would be retried and reported as a network fault) when the step then closes its connections.
/** Like Promise.all, but waits for every promise; then throws the first failure in argument order. */
async function together(...promises) {
    const results = await Promise.allSettled(promises);
    const failed = results.find(result => result.status === 'rejected');
    if (failed !== undefined)
        throw failed.reason;
    return results.map(result => result.value);
}


/***/ })

};
