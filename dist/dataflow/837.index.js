export const id = 837;
export const ids = [837];
export const modules = {

/***/ 7166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ ChainClient),
/* harmony export */   Bp: () => (/* binding */ DATA_LAKE_SPEC_ID)
/* harmony export */ });
/* unused harmony exports DATA_PREP_PATH, CATALOG_PATH */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _flow_service_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3377);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8712);
// The rest of the ingestion chain after the base connection: Flow Service's source and target
// connections, flow specs, flows and runs; Data Prep's mapping sets; Catalog's datasets. `Chain` is
// what the dataflow executor needs; `ChainClient` is the one that talks to Adobe.




const DATA_PREP_PATH = '/data/foundation/conversion';
const CATALOG_PATH = '/data/foundation/catalog';
/** The data lake: where a source's records land, in a dataset. */
const DATA_LAKE_SPEC_ID = 'c604ff05-7f1a-43c0-8e18-33bf874cb11c';
class ChainClient {
    platform;
    sources;
    targets;
    flows;
    flowBase;
    constructor(platform) {
        this.platform = platform;
        this.flowBase = `${platform.settings.platformUrl}${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_SERVICE_PATH */ .zz}`;
        this.sources = new FlowServiceCollection(platform, this.flowBase, 'sourceConnections', 'source connection', readSource);
        this.targets = new FlowServiceCollection(platform, this.flowBase, 'targetConnections', 'target connection', readTarget);
        this.flows = new FlowServiceCollection(platform, this.flowBase, 'flows', 'dataflow', readFlow);
    }
    get serverClockOffsetMs() {
        return this.platform.serverClockOffsetMs;
    }
    baseConnection(id) {
        return this.platform.callUnlessNotFound({ operation: `read base connection ${id}`, method: 'GET', url: `${this.flowBase}/connections/${enc(id)}` }, {
            read: response => {
                const [item] = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .readItems */ .F)(response, raw => raw).items;
                if (item === undefined || typeof item.id !== 'string')
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('no base connection in the list');
                const spec = item.connectionSpec;
                return {
                    id: item.id,
                    connectionSpecId: specIdOf(item),
                    connectionSpecVersion: stringOf(spec?.version),
                    state: stringOf(item.state)
                };
            }
        });
    }
    dataset(id) {
        const url = `${this.platform.settings.platformUrl}${CATALOG_PATH}/dataSets/${enc(id)}`;
        return this.platform.callUnlessNotFound({ operation: `read dataset ${id} from Catalog`, method: 'GET', url }, {
            read: response => {
                // Catalog keys the answer by the dataset's id.
                const item = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonObject */ .op)(response)[id];
                if (item === undefined)
                    return undefined; // an empty answer: no such dataset
                const ref = item?.schemaRef;
                if (typeof ref?.id !== 'string')
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('a dataset without schemaRef.id');
                return {
                    id,
                    name: stringOf(item?.name),
                    schemaId: ref.id
                };
            }
        });
    }
    /** A comma in a filter value means OR to Flow Service, so such a name is matched here only. */
    async flowSpec(name) {
        const all = `${this.flowBase}/flowSpecs`;
        const url = name.includes(',') ? all : `${all}?property=${encodeURIComponent(`name==${name}`)}`;
        const specs = await this.platform.list(`look up flow spec "${name}"`, url, this.flowBase, readFlowSpec);
        return specs.find(spec => spec.name === name);
    }
    mappingSet(id, version) {
        const url = `${this.platform.settings.platformUrl}${DATA_PREP_PATH}/mappingSets/${enc(id)}?version=${version}`;
        return this.platform.callUnlessNotFound({ operation: `read mapping set ${id} version ${version}`, method: 'GET', url }, { read: readMappingSet });
    }
    writeMappingSet(request, id) {
        const base = `${this.platform.settings.platformUrl}${DATA_PREP_PATH}/mappingSets`;
        return this.platform.call({
            operation: id === undefined ? 'create the mapping set' : `write a new version of mapping set ${id}`,
            method: id === undefined ? 'POST' : 'PUT',
            url: id === undefined ? base : `${base}/${enc(id)}`,
            body: JSON.stringify(request)
        }, {
            read: response => {
                const { id: written, version } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonObject */ .op)(response);
                if (typeof written !== 'string' || typeof version !== 'number')
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('no id and version');
                return { id: written, version };
            }
        });
    }
    runs(flowId) {
        const url = `${this.flowBase}/runs?property=${encodeURIComponent(`flowId==${flowId}`)}`;
        return this.platform.list(`read the runs of dataflow ${flowId}`, url, this.flowBase, readRun);
    }
}
class FlowServiceCollection {
    platform;
    flowBase;
    what;
    read;
    base;
    constructor(platform, flowBase, path, what, read) {
        this.platform = platform;
        this.flowBase = flowBase;
        this.what = what;
        this.read = read;
        this.base = `${flowBase}/${path}`;
    }
    /** A comma in a filter value means OR to Flow Service, so such a name is matched here only. */
    async findByName(name) {
        const url = name.includes(',') ? this.base : `${this.base}?property=${encodeURIComponent(`name==${name}`)}`;
        const items = await this.platform.list(`look up ${this.what}s named "${name}"`, url, this.flowBase, this.read);
        return items.filter(item => item.name === name);
    }
    get(id) {
        return this.platform.callUnlessNotFound({ operation: `read ${this.what} ${id}`, method: 'GET', url: `${this.base}/${enc(id)}` }, {
            read: response => {
                const { items } = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .readItems */ .F)(response, this.read);
                const [item] = items;
                if (items.length !== 1 || item === undefined)
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('not a one-item list');
                return item;
            }
        });
    }
    create(request, recover, draft = false) {
        return this.platform.call({
            operation: `create the ${this.what}`,
            method: 'POST',
            url: draft ? `${this.base}?mode=draft` : this.base,
            body: JSON.stringify(request)
        }, { read: _flow_service_js__WEBPACK_IMPORTED_MODULE_2__/* .readWritten */ .I, recover });
    }
    patch(id, etag, operations) {
        return this.platform.call({
            operation: `update ${this.what} ${id}`,
            method: 'PATCH',
            url: `${this.base}/${enc(id)}`,
            body: JSON.stringify(operations),
            headers: { 'If-Match': etag }
        }, { read: _flow_service_js__WEBPACK_IMPORTED_MODULE_2__/* .readWritten */ .I });
    }
    async delete(id) {
        const request = {
            operation: `delete ${this.what} ${id}`,
            method: 'DELETE',
            url: `${this.base}/${enc(id)}`
        };
        return (await this.platform.callUnlessNotFound(request, { read: () => true })) ?? false;
    }
    /** publish, enable, disable: a body-less POST, which the gateway still wants labelled as JSON. */
    act(id, action) {
        return this.platform.call({
            operation: `${action} ${this.what} ${id}`,
            method: 'POST',
            url: `${this.base}/${enc(id)}/action?op=${action}`,
            body: '{}'
        }, 
        // The answer's {id, etag} is not needed: the dataflow is read again afterwards.
        { read: () => undefined });
    }
}
function enc(id) {
    return encodeURIComponent(id);
}
function stringOf(value) {
    return typeof value === 'string' ? value : undefined;
}
function specIdOf(item) {
    return stringOf(item.connectionSpec?.id);
}
function stringsOf(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function readNamed(raw, what) {
    const item = (raw ?? {});
    const etag = typeof item.etag === 'string' ? item.etag : item.version;
    if (typeof item.id !== 'string' || typeof item.name !== 'string' || typeof etag !== 'string') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)(`a ${what} without id, name or etag`);
    }
    const named = {
        id: item.id,
        etag,
        name: item.name,
        createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
        state: stringOf(item.state)
    };
    return { named, item };
}
function readSource(raw) {
    const { named, item } = readNamed(raw, 'source connection');
    const params = (item.params ?? {});
    return {
        ...named,
        baseConnectionId: stringOf(item.baseConnectionId),
        // The older tutorial's params.path names the table too.
        tableName: stringOf(params.tableName) ?? stringOf(params.path),
        // The newest tutorial sends columns as {name, type, xdm} objects; this action sends names.
        columns: Array.isArray(params.columns)
            ? params.columns.flatMap(c => stringOf(c) ?? stringOf(c?.name) ?? [])
            : undefined
    };
}
function readTarget(raw) {
    const { named, item } = readNamed(raw, 'target connection');
    const params = (item.params ?? {});
    const schema = (item.data ?? {}).schema;
    return { ...named, datasetId: stringOf(params.dataSetId), schemaId: stringOf(schema?.id) };
}
function readFlow(raw) {
    const { named, item } = readNamed(raw, 'dataflow');
    const transformations = Array.isArray(item.transformations)
        ? item.transformations.map(t => {
            const { name, params } = (t ?? {});
            return { name: stringOf(name) ?? '', params: (params ?? {}) };
        })
        : [];
    return {
        ...named,
        flowSpecId: stringOf(item.flowSpec?.id),
        sourceConnectionIds: stringsOf(item.sourceConnectionIds),
        targetConnectionIds: stringsOf(item.targetConnectionIds),
        transformations,
        scheduleParams: (item.scheduleParams ?? {})
    };
}
function readFlowSpec(raw) {
    const item = (raw ?? {});
    if (typeof item.id !== 'string' || typeof item.name !== 'string')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('a flow spec without id or name');
    const schedule = item.scheduleSpec?.spec;
    return {
        id: item.id,
        version: stringOf(item.version) ?? '1.0',
        name: item.name,
        sourceConnectionSpecIds: stringsOf(item.sourceConnectionSpecIds),
        minimumInterval: frequency => intervalMinimum(schedule, frequency)
    };
}
/**
 * The schedule schema says the minimum in conditions on the frequency, nested as in the newest
 * tutorial's CRMToAEP spec: `if once … else (if minute then interval ≥ 15 else interval ≥ 1)`.
 * Without such a schema, the same rule applies.
 */
function intervalMinimum(schedule, frequency) {
    return minimumIn(schedule, frequency, 0) ?? (frequency === 'minute' ? 15 : 1);
}
/** Nested conditions deeper than this are not followed (the answer is not trusted to end). */
const MAX_SCHEMA_DEPTH = 8;
/** The interval's minimum for `frequency` in a schema: its own, or the one of the branch its condition takes. */
function minimumIn(schema, frequency, depth) {
    if (typeof schema !== 'object' || schema === null || depth > MAX_SCHEMA_DEPTH)
        return undefined;
    const node = schema;
    const own = node.properties?.interval?.minimum;
    const condition = node.if?.properties?.frequency?.const;
    const branch = typeof condition === 'string'
        ? minimumIn(frequency === condition ? node.then : node.else, frequency, depth + 1)
        : undefined;
    const found = [own, branch].filter((n) => typeof n === 'number');
    return found.length === 0 ? undefined : Math.max(...found);
}
function readMappingSet(response) {
    const body = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonObject */ .op)(response);
    if (typeof body.id !== 'string' || typeof body.version !== 'number' || !Array.isArray(body.mappings)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('a mapping set without id, version or mappings');
    }
    // Data Prep's older answers name the schema at the top (schemaRef, xdmSchema) and the pairs
    // sourceAttribute / destinationXdmPath; the current ones outputSchema.schemaRef and source / destination.
    const schemaRef = body.outputSchema?.schemaRef;
    const olderRef = body.schemaRef;
    return {
        id: body.id,
        version: body.version,
        schemaId: stringOf(schemaRef?.id) ?? stringOf(olderRef?.id) ?? stringOf(body.xdmSchema),
        pairs: body.mappings.map(m => {
            const pair = (m ?? {});
            return {
                source: stringOf(pair.source) ?? stringOf(pair.sourceAttribute) ?? '',
                destination: stringOf(pair.destination) ?? stringOf(pair.destinationXdmPath) ?? ''
            };
        })
    };
}
function readRun(raw) {
    const item = (raw ?? {});
    if (typeof item.id !== 'string')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('a run without id');
    const metrics = (item.metrics ?? {});
    const written = metrics.recordSummary?.outputRecordCount;
    return {
        id: item.id,
        status: stringOf(metrics.statusSummary?.status) ?? 'unknown',
        createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
        recordsWritten: typeof written === 'number' ? written : undefined
    };
}


/***/ }),

/***/ 6452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ AdobeApiError),
/* harmony export */   H$: () => (/* binding */ isTokenRejection),
/* harmony export */   O1: () => (/* binding */ describeAnswer),
/* harmony export */   jt: () => (/* binding */ sendToAdobe),
/* harmony export */   kS: () => (/* binding */ notDocumented),
/* harmony export */   op: () => (/* binding */ readJsonObject)
/* harmony export */ });
/* unused harmony exports PLATFORM, requestIdNote, adobeReference, requestIdOf, parseAdobeError, explainFailure, isSourceRejection, unknownSpecError, isUnknownSpec */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7194);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1517);
// Adobe's side of failures: its error bodies (the gateway's, Flow Service's, IMS's, a bare
// errorMessage), its codes, and what the user should do next. Every failure of a request to
// Adobe leaves here as an ActionError whose message carries the status, Adobe's code and
// message, the request id, and a next step.





/** Experience Platform, the credentials not said. */
const PLATFORM = { service: 'platform' };
class AdobeApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l {
    details;
    hint;
    name = 'AdobeApiError';
    constructor(details, hint = hintFor(details, PLATFORM), message = formatAdobeError(details, hint)) {
        super(message);
        this.details = details;
        this.hint = hint;
    }
    get status() {
        return this.details.status;
    }
    get code() {
        return this.details.code;
    }
}
const quoted = (input) => `"${input}"`;
function formatAdobeError(details, hint) {
    const code = details.code ? `, code ${details.code}` : '';
    const message = details.adobeMessage ? `: ${details.adobeMessage}` : '';
    return `Could not ${details.operation}: HTTP ${details.status}${code}${message}${requestIdNote(details.requestId)}${nextStep(hint)}`;
}
function nextStep(hint) {
    return hint ? `\nNext step: ${hint}` : '';
}
/** " (request id …)", the id users quote to Adobe support; empty without one. */
function requestIdNote(requestId) {
    return requestId ? ` (request id ${requestId})` : '';
}
/** "HTTP 400, code 1413-400, request id …": Adobe's side of an error, for messages of our own. */
function adobeReference({ details }) {
    const code = details.code ? `, code ${details.code}` : '';
    const requestId = details.requestId ? `, request id ${details.requestId}` : '';
    return `HTTP ${details.status}${code}${requestId}`;
}
/** Adobe's request id: in the answer's header (Flow Service repeats it in its error report). */
function requestIdOf(response) {
    return (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .headerValue */ .Z)(response.headers['x-request-id']);
}
/** How a failed answer is named in a retry log line: "HTTP 429 (429001)". */
function describeAnswer(response) {
    const { code } = parseAdobeError('', response.status, response.text, undefined);
    return `HTTP ${response.status}${code ? ` (${code})` : ''}`;
}
/** Longest message kept from Adobe's answer, after secrets are redacted from it; codes and ids are shorter. */
const MAX_MESSAGE = 500;
const MAX_CODE = 100;
/**
 * Reads any of Adobe's error bodies; never keeps the body itself (it may echo credentials). Each
 * text kept is made safe wherever it goes: registered secrets redacted (before anything clips it, so
 * no prefix of a secret survives), control characters shown as escapes (so it stays on one line
 * and cannot start a workflow command), and clipped.
 */
function parseAdobeError(operation, status, bodyText, requestIdHeader) {
    let body = {};
    try {
        const parsed = JSON.parse(bodyText);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
            body = parsed;
    }
    catch {
        // Not JSON (a proxy's HTML page, an empty body): status and request id are all there is.
    }
    const text = (value) => typeof value === 'string' && value.trim() !== ''
        ? value.trim()
        : typeof value === 'number'
            ? String(value)
            : undefined;
    const report = (body.report ?? {});
    // Flow Service: {type: ".../FLOW-1413-400", title, report: {detailed-message, request-id}, errorMessage}
    const flowCode = text(body.type)?.match(/(\d{4}-\d{3})$/)?.[1];
    const code = flowCode ?? text(body.error_code) ?? text(body.code) ?? text(body.error);
    const adobeMessage = text(report['detailed-message']) ??
        text(body.errorMessage) ??
        text(body.message) ??
        text(body.error_description) ??
        text(body.detail) ??
        text(body.title);
    const requestId = text(report['request-id']) ?? text(body['request-id']) ?? requestIdHeader;
    return {
        operation,
        status,
        code: safe(code, MAX_CODE),
        adobeMessage: safe(adobeMessage, MAX_MESSAGE),
        requestId: safe(requestId, MAX_CODE)
    };
}
function safe(text, max) {
    return text === undefined ? undefined : clip((0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeControlCharacters */ .F7)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .fp)(text)), max);
}
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
/** The JSON object of a 2xx answer; anything else is malformed. */
function readJsonObject(response) {
    let body;
    try {
        body = JSON.parse(response.text);
    }
    catch {
        throw notDocumented('not JSON');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw notDocumented('not a JSON object');
    return body;
}
/** A 2xx answer that is not what Adobe documents. */
function notDocumented(problem) {
    return new _http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .MalformedAnswerError */ .Sz(`an answer that is not the JSON Adobe documents (${problem})`);
}
/** Sends a request to Adobe; a failure leaves as the user should read it. */
async function sendToAdobe(transport, request, options, context = PLATFORM) {
    try {
        return await transport.send(request, options);
    }
    catch (error) {
        throw explainFailure(error, context);
    }
}
/** A transport failure of a request to Adobe, as the user should read it. */
function explainFailure(error, context = PLATFORM) {
    if (!(error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpError */ .j$))
        return error;
    const note = error.gaveUp ? ` (gave up after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'})` : '';
    if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpStatusError */ .F9) {
        const { response } = error;
        const details = parseAdobeError(error.operation, response.status, response.text, requestIdOf(response));
        const hint = hintFor(details, context);
        const [first = '', ...rest] = formatAdobeError(details, hint).split('\n');
        return new AdobeApiError(details, hint, [`${first}${note}`, ...rest].join('\n'));
    }
    if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .UnreadableAnswerError */ .mP) {
        const first = `${error.message}${requestIdNote(requestIdOf(error.response))}${note}`;
        // Not given up: the request was not repeated because it took effect, and no result is listed yet.
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(error.gaveUp
            ? first
            : `${first}${nextStep('Adobe accepted the request, but its answer could not be read and the result is not listed yet. Look in Experience Platform (Sources) or run the workflow again: the re-run finds it by name instead of creating another (except the base connection action with if-exists=create, which would create another).')}`);
    }
    if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .wX)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(`${error.message}${note}${nextStep(transportHint(error))}`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(`${error.message}${note}`);
}
function transportHint(error) {
    switch (error.failure) {
        case 'tls':
            return 'behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS; TLS verification is never turned off.';
        case 'too-large':
            return 'Adobe\'s answer was far larger than any it documents: check that "platform-url" and "ims-url" point at Adobe.';
        case 'proxy-refused':
            return 'check that the proxy named in HTTPS_PROXY is running and that the runner can reach it at that host and port; hosts the runner reaches directly belong in NO_PROXY.';
        case 'proxy-auth':
            return "give the proxy's user name and password in HTTPS_PROXY, percent-encoded and from a secret (http://user:password@proxy.example.com:3128, sent as Basic authentication), or check them if they are there already; or have the proxy let the runner through.";
        case 'proxy':
            return "check HTTPS_PROXY and NO_PROXY, and that the proxy lets the runner reach Adobe's hosts.";
        case 'other':
            return undefined;
        default:
            return `check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY); raise ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.timeoutSeconds)} if Adobe is slow.`;
    }
}
/** Adobe's status page, for a failing service. */
const STATUS_PAGE = 'https://status.adobe.com';
function hintFor({ status, code }, context) {
    const key = code?.split('-')[0];
    // IMS's OAuth error codes say who answered by themselves.
    switch (key) {
        case 'invalid_client':
        case 'unauthorized_client':
            return `Adobe IMS rejected the client credentials: check ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)} and ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} (was the secret rotated?) and that the credential is OAuth Server-to-Server.`;
        case 'invalid_scope':
            return `Adobe IMS rejected the scopes: copy ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.scopes)} from the credential in Adobe Developer Console.`;
    }
    return context.service === 'ims' ? imsHint(status) : platformHint(status, key, context.credentials);
}
/** Adobe IMS, the token endpoint, answered with no code of its own that says more. */
function imsHint(status) {
    if (status === 429)
        return 'Adobe IMS is throttling token requests: run the job again later, or lower how many jobs run at once.';
    if (status >= 500)
        return `Adobe IMS failed; run the job again later, and check ${STATUS_PAGE} if it persists.`;
    if (status === 404)
        return `${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.imsUrl)} does not look like Adobe IMS (no token endpoint there): leave it out, or use https://ims-na1.adobelogin.com.`;
    if (status >= 400)
        return `Adobe IMS did not issue a token: check ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)}, ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} and ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.scopes)} against the OAuth Server-to-Server credential in Adobe Developer Console.`;
    return undefined;
}
/** Experience Platform: its API gateway (six-digit codes) and Flow Service (FLOW-1403-400). */
function platformHint(status, key, credentials) {
    switch (key) {
        case '401013':
            return tokenRejectedHint(credentials);
        case '403000':
        case '403003':
            return `the API key was not accepted: ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.apiKey)} (or ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)}) must be the client ID of the credential that issued the token.`;
        case '403025':
            return `the credential has no Experience Platform product profile in this organization, or ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)} is not its organization. In Adobe Developer Console add the Experience Platform API with a product profile to the project, and check ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)}.`;
        case '403027':
            // Adobe's Experience Platform troubleshooting guide names these two causes.
            return `Adobe found no region for this credential ("User region is missing"): either ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)} is not the organization ID of the credential (copy it from the project in Adobe Developer Console), or the credential is not in an Experience Platform product profile: add the Experience Platform API with a product profile to the project in Adobe Developer Console, then run again.`;
        case '2101':
            return `the sandbox does not exist in this organization: check ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.sandboxName)} (lowercase, as shown in the sandbox list of Experience Platform).`;
        case '1413':
            return `Flow Service does not offer this connection spec to the organization: check ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.connectionSpecId)}.`;
        case '1415':
            return `${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.authSpecName)} is not an authentication spec of this connection spec: use the name listed under authSpec in GET /connectionSpecs/{id} (for Oracle Service Cloud: Basic Authentication).`;
        case '1403':
            return "Flow Service says the update carried no If-Match header, which the action always sends: this is a bug in the action, not a problem with your inputs, and running again will not help. Please report it to the action's maintainers (an issue in its repository), with this message.";
        case '1404':
            return 'the connection changed while it was being updated: run the workflow again.';
        case '1418':
            return 'dataflows still use this base connection: delete them first (Sources > Dataflows, or the dataflow action with delete-on-completion), then the base connection.';
        case '1447':
            return 'an active dataflow still uses it: delete (or disable) that dataflow first, then run again.';
        case '1412':
        case '1419':
            return 'Data Prep does not have that mapping set version: run the dataflow action again, which writes a new version from "mapping".';
        case '1425':
            return 'the mapping set was written for another schema than the dataset\'s: check "dataset-id" and the destinations in "mapping".';
    }
    if (status === 429)
        return 'Adobe is throttling requests: run the job again later, or lower how many jobs run at once.';
    if (status >= 500)
        return `Adobe's service failed; run the job again later, and check ${STATUS_PAGE} if it persists.`;
    if (status === 404)
        return `the resource was not found in this organization and sandbox: check ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)} and ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.sandboxName)}.`;
    if (status === 403)
        return `the credential's product profile may lack the Sources permissions (View Sources, Manage Sources) or access to the sandbox named in ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.sandboxName)}: in Adobe Admin Console, add them to the Experience Platform product profile of the credential.`;
    if (status === 401)
        return `check the Adobe credentials (${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)}, ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} or ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.accessToken)}) and ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)}.`;
    if (status === 400)
        return 'Flow Service rejected the request: check the inputs named in the message.';
    return undefined;
}
/** 401013: the gateway did not accept the token. Whose token it was decides what to do. */
function tokenRejectedHint(credentials) {
    switch (credentials) {
        case 'token':
            return `the access token was not accepted: the given ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.accessToken)} expired, or it was issued for another Adobe environment or organization. Get a fresh one for ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)} (or give ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)} and ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} so that the action gets its own).`;
        case 'client':
            return `the access token was not accepted, though Adobe IMS had just issued it: ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.imsUrl)} must be the IMS of the Adobe environment of ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.platformUrl)} (https://ims-na1.adobelogin.com for https://platform.adobe.io).`;
        case undefined:
            return `the access token was not accepted: it expired, or it was issued for another Adobe environment or organization. Pass a fresh ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.accessToken)}, or with ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} check that ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.imsUrl)} is the IMS of the environment of ${quoted(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.platformUrl)}.`;
    }
}
/** Explore fails with a 4xx of Flow Service's own (not the gateway's) when the source says no. */
function isSourceRejection(error) {
    return error instanceof AdobeApiError && error.status === 400 && /^\d{4}-\d{3}$/.test(error.code ?? '');
}
/** The gateway no longer accepts the token (it expired or was revoked): worth one fresh token. */
function isTokenRejection(error) {
    return error instanceof AdobeApiError && error.status === 401 && error.code === '401013';
}
/** Adobe retired the Oracle Service Cloud source; an org without the spec gets told so plainly. */
function unknownSpecError(connectionSpecId, cause) {
    const adobe = cause ? ` (${adobeReference(cause)})` : '';
    const why = connectionSpecId === ORACLE_SERVICE_CLOUD_SPEC_ID
        ? 'Adobe deprecated the Oracle Service Cloud source at the end of May 2025, and this organization no longer has it. Adobe points to Data Landing Zone instead: export from Oracle Service Cloud to files and ingest them through the Data Landing Zone source (https://experienceleague.adobe.com/en/docs/experience-platform/sources/connectors/cloud-storage/data-landing-zone).'
        : `Check ${quoted(INPUT.connectionSpecId)}: GET /connectionSpecs lists the sources this organization has.`;
    return new ActionError(`Flow Service does not know connection spec ${connectionSpecId}${adobe}. ${why}`);
}
/** The answer to a create that names an unknown connection spec. */
function isUnknownSpec(error) {
    return error instanceof AdobeApiError && error.code === '1413-400';
}


/***/ }),

/***/ 3377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readWritten),
/* harmony export */   z: () => (/* binding */ FlowServiceClient)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8712);
// Flow Service: the base connection calls this action makes, and nothing else. `FlowService` is
// what the executor needs; `FlowServiceClient` is the one that talks to Adobe.



class FlowServiceClient {
    base;
    /** The gateway calls, shared with the clients of the rest of the chain (chain.ts). */
    platform;
    constructor(transport, settings, tokens, log) {
        this.platform = new _platform_js__WEBPACK_IMPORTED_MODULE_2__/* .Platform */ .O(transport, settings, tokens, log);
        this.base = `${settings.platformUrl}${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_SERVICE_PATH */ .zz}`;
    }
    get settings() {
        return this.platform.settings;
    }
    /** Read from the Date header of Flow Service's latest answer (whole seconds). */
    get serverClockOffsetMs() {
        return this.platform.serverClockOffsetMs;
    }
    /** A comma in a filter value means OR to Flow Service, so such a name is matched here only. */
    async findByName(name, connectionSpecId) {
        const filters = [`connectionSpec.id==${connectionSpecId}`];
        if (!name.includes(','))
            filters.unshift(`name==${name}`);
        const url = `${this.base}/connections?${filters.map(f => `property=${encodeURIComponent(f)}`).join('&')}`;
        const items = await this.platform.list('look up existing base connections', url, this.base, readConnection);
        return items.filter(c => c.name === name &&
            (c.connectionSpecId === undefined || c.connectionSpecId === connectionSpecId) &&
            (c.sandboxName === undefined || c.sandboxName === this.settings.sandboxName));
    }
    create(request, recover, operation = 'create the base connection') {
        return this.call({
            operation,
            method: 'POST',
            url: `${this.base}/connections`,
            body: JSON.stringify(request)
        }, { read: readWritten, recover });
    }
    get(id) {
        return this.call({ operation: `read base connection ${id}`, method: 'GET', url: this.connectionUrl(id) }, {
            read: response => {
                const { items } = (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .readItems */ .F)(response, readConnection);
                const [connection] = items;
                if (items.length !== 1 || connection === undefined)
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('not a one-item list');
                return connection;
            }
        });
    }
    patch(id, etag, operations) {
        return this.call({
            operation: `update base connection ${id}`,
            method: 'PATCH',
            url: this.connectionUrl(id),
            body: JSON.stringify(operations),
            headers: { 'If-Match': etag }
        }, { read: readWritten });
    }
    delete(id) {
        return this.okUnlessNotFound({
            operation: `delete base connection ${id}`,
            method: 'DELETE',
            url: this.connectionUrl(id)
        });
    }
    async explore(id) {
        await this.call({
            operation: `explore base connection ${id}`,
            method: 'GET',
            url: `${this.connectionUrl(id)}/explore?objectType=root`
        }, { read: () => undefined });
    }
    connectionSpecExists(id) {
        return this.okUnlessNotFound({
            operation: `read connection spec ${id}`,
            method: 'GET',
            url: `${this.base}/connectionSpecs/${encodeURIComponent(id)}`
        });
    }
    connectionUrl(id) {
        return `${this.base}/connections/${encodeURIComponent(id)}`;
    }
    /** True when the request succeeds, false on a 404; other errors are thrown. */
    async okUnlessNotFound(request) {
        return (await this.platform.callUnlessNotFound(request, { read: () => true })) ?? false;
    }
    call(request, options) {
        return this.platform.call(request, options);
    }
}
function readWritten(response) {
    const { id, etag } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonObject */ .op)(response);
    if (typeof id !== 'string' || id === '' || typeof etag !== 'string')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('no id and etag');
    return { id, etag };
}
function readConnection(raw) {
    const item = (raw ?? {});
    const etag = typeof item.etag === 'string' ? item.etag : item.version;
    if (typeof item.id !== 'string' || typeof item.name !== 'string' || typeof etag !== 'string') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('a connection without id, name or etag');
    }
    const spec = item.connectionSpec;
    return {
        id: item.id,
        etag,
        name: item.name,
        createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
        sandboxName: typeof item.sandboxName === 'string' ? item.sandboxName : undefined,
        connectionSpecId: typeof spec?.id === 'string' ? spec.id : undefined,
        state: typeof item.state === 'string' ? item.state : undefined
    };
}


/***/ }),

/***/ 8712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readItems),
/* harmony export */   O: () => (/* binding */ Platform)
/* harmony export */ });
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1517);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
// Experience Platform's API gateway, as every service behind it is called: the token, the API key,
// the organization and the sandbox on each request, one repeat with a new token when the gateway
// rejects it, and the server's clock read off each answer. Flow Service, Data Prep and Catalog share it.



class Platform {
    transport;
    settings;
    tokens;
    log;
    clockOffsetMs;
    constructor(transport, settings, tokens, log) {
        this.transport = transport;
        this.settings = settings;
        this.tokens = tokens;
        this.log = log;
    }
    /** How far the platform's clock is ahead of ours (negative: behind), from its latest Date header. */
    get serverClockOffsetMs() {
        return this.clockOffsetMs;
    }
    /**
     * Every item of a paged list (`items` and `_links.next.href`), page after page. A list that does
     * not end is a failure, not a hang.
     */
    async list(operation, firstUrl, serviceBase, readItem) {
        const seen = new Set();
        const found = [];
        let url = firstUrl;
        while (url !== undefined) {
            if (seen.has(url) || seen.size >= MAX_PAGES) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Could not ${operation}: the list did not end after ${seen.size} pages.`);
            }
            seen.add(url);
            const page = await this.call({ operation, method: 'GET', url }, { read: r => readItems(r, readItem) });
            found.push(...page.items);
            url = page.next === undefined ? undefined : this.resolveLink(operation, page.next, serviceBase);
        }
        return found;
    }
    /** `_links.next.href` is relative to the service (or absolute on the same origin); kept verbatim. */
    resolveLink(operation, href, serviceBase) {
        const { platformUrl } = this.settings;
        if (href.startsWith('/data/'))
            return `${platformUrl}${href}`;
        if (href.startsWith('/'))
            return `${serviceBase}${href}`;
        // The token goes wherever the link points: only ever to the platform itself.
        if (URL.canParse(href) && new URL(href).origin === new URL(platformUrl).origin)
            return href;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Could not ${operation}: the answer gave a next-page link outside "platform-url".`);
    }
    /** The request's answer, or undefined when the platform answers 404 (not there); other errors are thrown. */
    async callUnlessNotFound(request, options) {
        try {
            return await this.call(request, options);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AdobeApiError */ .Eg && error.status === 404)
                return undefined;
            throw error;
        }
    }
    /** Repeats a request once with a new token when the gateway says the token is no longer valid. */
    async call(request, options) {
        const read = (response) => {
            const serverDate = Date.parse((0,_http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValue */ .Z)(response.headers.date) ?? '');
            if (!Number.isNaN(serverDate))
                this.clockOffsetMs = serverDate - Date.now();
            return options.read(response);
        };
        const send = (token) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .sendToAdobe */ .jt)(this.transport, {
            operation: request.operation,
            method: request.method,
            url: request.url,
            body: request.body,
            headers: {
                Authorization: `Bearer ${token}`,
                'x-api-key': this.settings.apiKey,
                'x-gw-ims-org-id': this.settings.orgId,
                'x-sandbox-name': this.settings.sandboxName,
                Accept: 'application/json',
                ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
                ...request.headers
            }
        }, { ...options, read }, { service: 'platform', credentials: this.tokens.credentials });
        try {
            return await send(await this.tokens.token());
        }
        catch (error) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTokenRejection */ .H$)(error))
                throw error;
            const fresh = await this.tokens.refresh();
            if (fresh === undefined)
                throw error;
            this.log.info('Adobe rejected the access token (401013); got a new one from IMS and repeating the request once');
            return send(fresh);
        }
    }
}
const MAX_PAGES = 1000;
/** A page of a list: `items`, and the link to the next page when there is one. */
function readItems(response, readItem) {
    const body = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonObject */ .op)(response);
    if (!Array.isArray(body.items))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('no items list');
    const next = body._links?.next?.href;
    return { items: body.items.map(readItem), next: typeof next === 'string' && next !== '' ? next : undefined };
}


/***/ }),

/***/ 4180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ connect),
  R: () => (/* reexport */ log/* log */.Rm)
});

// EXTERNAL MODULE: ./src/adobe/errors.ts
var errors = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/adobe/flow-service.ts
var flow_service = __webpack_require__(3377);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/adobe/ims.ts
// Access tokens: from Adobe IMS with OAuth Server-to-Server client credentials, or given ready.



class StaticTokenSource {
    accessToken;
    credentials = 'token';
    constructor(accessToken) {
        this.accessToken = accessToken;
    }
    token() {
        return Promise.resolve(this.accessToken);
    }
    refresh() {
        return Promise.resolve(undefined);
    }
}
class ImsTokenSource {
    transport;
    imsUrl;
    client;
    credentials = 'client';
    current;
    constructor(transport, imsUrl, client) {
        this.transport = transport;
        this.imsUrl = imsUrl;
        this.client = client;
    }
    token() {
        this.current ??= this.fetchToken();
        return this.current;
    }
    refresh() {
        this.current = this.fetchToken();
        return this.current;
    }
    fetchToken() {
        // Secrets go in the form body, never in the URL.
        const body = new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: this.client.clientId,
            client_secret: this.client.clientSecret,
            scope: this.client.scopes
        }).toString();
        return (0,errors/* sendToAdobe */.jt)(this.transport, {
            operation: 'get an access token from Adobe IMS',
            method: 'POST',
            url: `${this.imsUrl}${constants/* IMS_TOKEN_PATH */.eQ}`,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body
        }, { read: readToken }, { service: 'ims' });
    }
}
function readToken(response) {
    const token = (0,errors/* readJsonObject */.op)(response).access_token;
    if (typeof token !== 'string' || token === '')
        throw (0,errors/* notDocumented */.kS)('no access_token');
    (0,secrets/* maskSecret */.$l)(token, 'The access token from Adobe IMS'); // the moment it arrives
    return token;
}

// EXTERNAL MODULE: ./src/http/transport.ts
var http_transport = __webpack_require__(1517);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/clients.ts
// The clients for one run, built from the configuration; the main and post steps build the same.






function connect(config, pacing = {}) {
    const transport = new http_transport/* Transport */.oK({ ...http_transport/* DEFAULT_RETRY */.vI, ...pacing, maxAttempts: config.maxAttempts, timeoutMs: config.timeoutMs }, log/* log */.Rm, errors/* describeAnswer */.O1);
    // Flow Service's TCP and TLS handshakes overlap the token request to IMS (another origin).
    transport.preconnect(config.platformUrl);
    const tokens = config.credentials.kind === 'client'
        ? new ImsTokenSource(transport, config.imsUrl, config.credentials)
        : new StaticTokenSource(config.credentials.accessToken);
    return { flow: new flow_service/* FlowServiceClient */.z(transport, config, tokens, log/* log */.Rm), close: () => transport.close() };
}


/***/ }),

/***/ 5246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ settle),
/* harmony export */   JO: () => (/* binding */ POLL_MS),
/* harmony export */   O9: () => (/* binding */ madeSince),
/* harmony export */   Ur: () => (/* binding */ createOnce),
/* harmony export */   Vd: () => (/* binding */ DUPLICATE_RECHECKS),
/* harmony export */   ss: () => (/* binding */ patchLatest)
/* harmony export */ });
/* unused harmony export oldestFirst */
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6452);
// How a create converges when Flow Service has neither unique names nor idempotency keys: a lost
// answer is looked for before the POST is sent again, and runs that created at the same time agree
// on one winner (the oldest). Used for the base connection and for every object of the dataflow chain.

/** How often a list is looked at again: duplicates settling, a lost create, a killed one's effect. */
const POLL_MS = 1000;
/** Settling runs delete their extra objects within a round trip: duplicates are looked at again, this often. */
const DUPLICATE_RECHECKS = 3;
/** A Date header's truncated second, plus the time its answer took to arrive. */
const DATE_HEADER_UNCERTAINTY_MS = 1200;
/**
 * The objects a pending POST may have made: those not there at the look-up, or (with nothing
 * looked up) stamped after the send time on Flow Service's clock. The main step after a lost
 * answer and the post step after a kill use this one rule.
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
 * Sends a create once: a POST whose answer is lost is not sent again until what it may have made
 * has been looked for (for as long again as it may take to land). `proven`: the id came from the
 * POST's own answer, so this run made it; otherwise it was found, and may be another run's.
 */
async function createOnce(create, deps) {
    let pending = create.pending;
    create.onSending?.(pending);
    let recovered;
    const recover = async ({ answered }) => {
        // Unanswered (reset, time-out), the POST may still commit: give it as long again to land.
        const deadline = answered ? 0 : deps.now() + pending.waitMs;
        for (;;) {
            const [first] = oldestFirst(madeSince(await create.find(), pending, create.serverClockOffsetMs()));
            if (first !== undefined) {
                recovered = { id: first.id, etag: first.etag };
                deps.log.info(`The create's answer was lost, but ${create.what} ${first.id} of this name appeared after it was sent: using it (this run cannot prove it made it, so it ${create.unproven} and does not delete it)`);
                return recovered;
            }
            if (deps.now() >= deadline || deps.cancelled?.() !== undefined) {
                // The POST goes out again: a post step after a kill must look from this send on.
                pending = { ...pending, sentAt: deps.now() };
                create.onSending?.(pending);
                return undefined;
            }
            await deps.sleep(POLL_MS);
        }
    };
    const written = await create.post(recover);
    return { written, proven: written !== recovered };
}
/**
 * After a create, the rule every overlapping run applies alike: the oldest object of the name
 * wins. `winner` is that object as listed (undefined when none is listed yet); `lost` is true when
 * it is another run's, in which case this run's own object, if it proved it made it, is deleted.
 */
async function settle(created, log) {
    const [winner] = oldestFirst(await created.find());
    const { written } = created;
    if (winner === undefined || winner.id === written.id)
        return { winner, lost: false };
    if (created.proven) {
        await created.remove(written.id);
        created.onDeleted?.(written.id);
        log.info(`Another run created ${created.what} ${winner.id} ("${created.name}") first: deleted the one this run created (${written.id})`);
    }
    return { winner, lost: true };
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

/***/ 147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BV: () => (/* binding */ readDataflowConfig),
  tP: () => (/* binding */ readTeardownConfig)
});

// UNUSED EXPORTS: DATAFLOW_INPUT_DEFAULTS

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var lib_core = __webpack_require__(143);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/inputs.ts
// Every input's rule lives here: read, validate, and freeze into one typed config before any
// request is sent. Secrets are masked before anything else is looked at.





const IF_EXISTS_MODES = (/* unused pure expression or super */ null && (['reuse', 'update', 'fail', 'create']));
/** The Adobe-access inputs' defaults: each action.yml declares them alike (tests keep them equal). */
const ADOBE_ACCESS_DEFAULTS = {
    [constants/* INPUT */.bO.scopes]: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session',
    [constants/* INPUT */.bO.sandboxName]: 'prod',
    [constants/* INPUT */.bO.platformUrl]: 'https://platform.adobe.io',
    [constants/* INPUT */.bO.imsUrl]: 'https://ims-na1.adobelogin.com',
    [constants/* INPUT */.bO.timeoutSeconds]: '30',
    [constants/* INPUT */.bO.maxAttempts]: '5'
};
// The same defaults as action.yml (a test keeps them equal), for runs outside the runner.
const INPUT_DEFAULTS = {
    [constants/* INPUT */.bO.scopes]: ADOBE_ACCESS_DEFAULTS[constants/* INPUT */.bO.scopes],
    [constants/* INPUT */.bO.sandboxName]: ADOBE_ACCESS_DEFAULTS[constants/* INPUT */.bO.sandboxName],
    [constants/* INPUT */.bO.name]: 'Base connection for Oracle Service Cloud',
    [constants/* INPUT */.bO.description]: '',
    [constants/* INPUT */.bO.connectionSpecId]: constants/* ORACLE_SERVICE_CLOUD_SPEC_ID */.pv,
    [constants/* INPUT */.bO.connectionSpecVersion]: '1.0',
    [constants/* INPUT */.bO.authSpecName]: 'Basic Authentication',
    [constants/* INPUT */.bO.authParams]: '',
    [constants/* INPUT */.bO.ifExists]: 'reuse',
    [constants/* INPUT */.bO.verify]: 'false',
    [constants/* INPUT */.bO.dryRun]: 'false',
    [constants/* INPUT */.bO.deleteOnCompletion]: 'false',
    [constants/* INPUT */.bO.platformUrl]: ADOBE_ACCESS_DEFAULTS[constants/* INPUT */.bO.platformUrl],
    [constants/* INPUT */.bO.imsUrl]: ADOBE_ACCESS_DEFAULTS[constants/* INPUT */.bO.imsUrl],
    [constants/* INPUT */.bO.timeoutSeconds]: ADOBE_ACCESS_DEFAULTS[constants/* INPUT */.bO.timeoutSeconds],
    [constants/* INPUT */.bO.maxAttempts]: ADOBE_ACCESS_DEFAULTS[constants/* INPUT */.bO.maxAttempts]
};
class InputError extends errors/* ActionError */.l {
    problems;
    name = 'InputError';
    constructor(problems) {
        super(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n${problems.map(p => `- ${p}`).join('\n')}`);
        this.problems = problems;
    }
}
const SANDBOX_NAME = /^[a-z][a-z0-9-]{0,255}$/;
const ORG_ID = /^[A-Za-z0-9]+@AdobeOrg$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A host name with an optional port: `acme.custhelp.com`, `acme.custhelp.com:8443`. */
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/;
const HOST_EXAMPLE = 'https://acme.custhelp.com';
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
const BOOLEAN_TRUE = ['true', 'True', 'TRUE'];
const BOOLEAN_FALSE = ['false', 'False', 'FALSE'];
// Values sent in headers; empty passes here (required-ness is checked on its own).
const HEADER_SAFE = /^[\x21-\x7E]*$/;
const RESERVED_AUTH_PARAMS = (/* unused pure expression or super */ null && (['host', 'username', 'password']));
function readConfig() {
    // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
    const password = core.getInput(INPUT.password, { trimWhitespace: false });
    maskSecret(password, '"password"');
    const secrets = readAdobeSecrets();
    const authParamsText = core.getInput(INPUT.authParams);
    maskSecret(authParamsText, '"auth-params"');
    const problems = [];
    const input = inputReader(INPUT_DEFAULTS);
    const authParams = parseAuthParams(authParamsText, problems);
    const host = input(INPUT.host);
    if (printable(INPUT.host, host, problems)) {
        if (host === '')
            problems.push(`"host" is required: the Oracle Service Cloud host, e.g. ${HOST_EXAMPLE}`);
        else if (!isValidHost(host))
            problems.push(`"host" must be the Oracle Service Cloud host: a host name or an https:// URL without path, query or fragment (e.g. ${HOST_EXAMPLE}), got ${shownUrl(host, { bare: true })}`);
    }
    const username = input(INPUT.username);
    if (printable(INPUT.username, username, problems) && username === '')
        problems.push('"username" is required: the Oracle Service Cloud user name');
    if (password === '')
        problems.push(`"password" is required: the Oracle Service Cloud password (pass it from a secret).${forkNote()}`);
    const identity = readAdobeIdentity(secrets, input, problems);
    const name = input(INPUT.name);
    if (printable(INPUT.name, name, problems) && (name.length < 1 || name.length > 256))
        problems.push(`"name" must be 1 to 256 characters, got ${name.length}`);
    const description = input(INPUT.description);
    printable(INPUT.description, description, problems);
    const connectionSpecId = input(INPUT.connectionSpecId);
    if (printable(INPUT.connectionSpecId, connectionSpecId, problems) && !UUID.test(connectionSpecId))
        problems.push(`"connection-spec-id" must be a UUID (e.g. ${ORACLE_SERVICE_CLOUD_SPEC_ID}), got "${shown(connectionSpecId)}"`);
    const connectionSpecVersion = input(INPUT.connectionSpecVersion);
    if (printable(INPUT.connectionSpecVersion, connectionSpecVersion, problems) && !/^\S+$/.test(connectionSpecVersion))
        problems.push(`"connection-spec-version" must be a version such as 1.0, got "${shown(connectionSpecVersion)}"`);
    const authSpecName = input(INPUT.authSpecName);
    if (printable(INPUT.authSpecName, authSpecName, problems) && authSpecName === '')
        problems.push('"auth-spec-name" must not be empty (e.g. Basic Authentication)');
    const ifExists = input(INPUT.ifExists);
    if (printable(INPUT.ifExists, ifExists, problems) && !IF_EXISTS_MODES.includes(ifExists))
        problems.push(`"if-exists" must be one of ${IF_EXISTS_MODES.join(', ')}, got "${shown(ifExists)}"`);
    const verify = readBoolean(INPUT.verify, input(INPUT.verify), problems);
    const dryRun = readBoolean(INPUT.dryRun, input(INPUT.dryRun), problems);
    const deleteOnCompletion = readBoolean(INPUT.deleteOnCompletion, input(INPUT.deleteOnCompletion), problems);
    const endpoints = readAdobeEndpoints(input, problems);
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
        ifExists: ifExists,
        verify,
        dryRun,
        deleteOnCompletion,
        platformUrl: endpoints.platformUrl,
        imsUrl: endpoints.imsUrl,
        timeoutMs: endpoints.timeoutMs,
        maxAttempts: endpoints.maxAttempts
    };
    if (problems.length > 0)
        throw new InputError(problems);
    return Object.freeze(config);
}
/**
 * Reads inputs with these fallback defaults. A default applies when the input is absent; an explicit
 * empty value (an unset `vars.X`, say) is refused rather than silently replaced, so that nothing
 * lands in prod by accident.
 */
function inputReader(defaults) {
    return name => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
        ? (defaults[name] ?? '')
        : lib_core/* getInput */.V4(name);
}
/** Reads "client-secret" and "access-token" and masks them: before anything else is looked at. */
function readAdobeSecrets() {
    const clientSecret = lib_core/* getInput */.V4(constants/* INPUT */.bO.clientSecret);
    const accessToken = lib_core/* getInput */.V4(constants/* INPUT */.bO.accessToken);
    (0,secrets/* maskSecret */.$l)(clientSecret, '"client-secret"');
    (0,secrets/* maskSecret */.$l)(accessToken, '"access-token"');
    return { clientSecret, accessToken };
}
/** "client-id", the secrets, "api-key", "scopes", "org-id" and "sandbox-name". */
function readAdobeIdentity(secrets, input, problems) {
    const { clientSecret, accessToken } = secrets;
    const clientId = input(constants/* INPUT */.bO.clientId);
    const clientIdPrintable = printable(constants/* INPUT */.bO.clientId, clientId, problems);
    if (clientSecret !== '' && accessToken !== '')
        problems.push('give exactly one of "client-secret" and "access-token", not both');
    else if (clientSecret === '' && accessToken === '')
        problems.push(`one of "client-secret" (with "client-id") or "access-token" is required to authenticate with Adobe.${forkNote()}`);
    else if (clientSecret !== '' && clientId === '')
        problems.push('"client-id" is required with "client-secret": the OAuth Server-to-Server client ID');
    // A client-id with a control character is reported once, above.
    for (const [name, value] of [
        [constants/* INPUT */.bO.clientId, clientIdPrintable ? clientId : ''],
        [constants/* INPUT */.bO.accessToken, accessToken]
    ]) {
        if (!HEADER_SAFE.test(value))
            problems.push(`"${name}" must be printable ASCII without spaces (it is sent in a header)`);
    }
    const apiKeyInput = input(constants/* INPUT */.bO.apiKey);
    if (printable(constants/* INPUT */.bO.apiKey, apiKeyInput, problems) && !HEADER_SAFE.test(apiKeyInput))
        problems.push('"api-key" must be printable ASCII without spaces (it is sent as x-api-key)');
    const apiKey = apiKeyInput || clientId;
    if (apiKey === '' && accessToken !== '')
        problems.push('"api-key" (or "client-id") is required with "access-token": it is sent as x-api-key');
    // Comma-separated; line breaks and spaces between scopes (a YAML block, one per line) are separators too.
    const scopes = input(constants/* INPUT */.bO.scopes)
        .split(/[\s,]+/)
        .filter(scope => scope !== '');
    if (printable(constants/* INPUT */.bO.scopes, scopes.join(','), problems) && clientSecret !== '' && scopes.length === 0)
        problems.push('"scopes" must list at least one IMS scope, comma-separated');
    const orgId = input(constants/* INPUT */.bO.orgId);
    if (printable(constants/* INPUT */.bO.orgId, orgId, problems)) {
        if (orgId === '')
            problems.push('"org-id" is required: the IMS organization ID, ending in @AdobeOrg');
        else if (!ORG_ID.test(orgId))
            problems.push(`"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "${shown(orgId)}"`);
    }
    const sandboxName = input(constants/* INPUT */.bO.sandboxName);
    if (printable(constants/* INPUT */.bO.sandboxName, sandboxName, problems) && !SANDBOX_NAME.test(sandboxName))
        problems.push(`"sandbox-name" must be lowercase letters, digits and hyphens, start with a letter and be at most 256 characters, got "${shown(sandboxName)}"`);
    return {
        credentials: accessToken !== ''
            ? { kind: 'token', accessToken }
            : { kind: 'client', clientId, clientSecret, scopes: scopes.join(',') },
        apiKey,
        orgId,
        sandboxName
    };
}
/** "platform-url", "ims-url", "timeout-seconds" and "max-attempts". */
function readAdobeEndpoints(input, problems) {
    return {
        platformUrl: readBaseUrl(constants/* INPUT */.bO.platformUrl, input(constants/* INPUT */.bO.platformUrl), problems),
        imsUrl: readBaseUrl(constants/* INPUT */.bO.imsUrl, input(constants/* INPUT */.bO.imsUrl), problems),
        timeoutMs: readPositive(constants/* INPUT */.bO.timeoutSeconds, input(constants/* INPUT */.bO.timeoutSeconds), { integer: false, max: 3600 }, problems) * 1000,
        maxAttempts: readPositive(constants/* INPUT */.bO.maxAttempts, input(constants/* INPUT */.bO.maxAttempts), { integer: true, max: 20 }, problems)
    };
}
/**
 * Every input that may be printed is refused with a control character (a line break would let it
 * write a workflow command into the log), before any other rule, and is then never echoed. Secrets
 * are sent exactly as given and never printed, so they are not refused for that. False (with the
 * problem noted) when the value holds one.
 */
function printable(name, value, problems) {
    const found = (0,log/* findControlCharacter */.Am)(value);
    if (found === undefined)
        return true;
    problems.push(`"${name}" must not contain control characters such as line breaks (found ${found.codePoint} at position ${found.position})`);
    return false;
}
/**
 * An Oracle Service Cloud host: `acme.custhelp.com` or `https://acme.custhelp.com`, with an
 * optional port and at most a trailing slash; no user-info, path, query or fragment.
 */
/** Events on which a pull request from a fork runs without the repository's secrets. */
const SECRETLESS_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/** Why a secret may be missing: said where it is the likely reason. */
function forkNote() {
    return SECRETLESS_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '')
        ? ' On a pull request from a fork, GitHub passes no secrets to the workflow.'
        : '';
}
function isValidHost(host) {
    const authority = (host.startsWith('https://') ? host.slice('https://'.length) : host).replace(/\/$/, '');
    if (!HOST_NAME.test(authority))
        return false;
    const port = /:(\d+)$/.exec(authority)?.[1];
    return port === undefined || Number(port) <= 65535;
}
/** "true" or "false", in the spellings of core.getBooleanInput. */
function readBoolean(name, value, problems) {
    if (BOOLEAN_TRUE.includes(value))
        return true;
    if (printable(name, value, problems) && !BOOLEAN_FALSE.includes(value))
        problems.push(`"${name}" must be true or false, got "${shown(value)}"`);
    return false;
}
/**
 * A number above 0, in decimal digits: a whole number (from 1 to `max`, or with no `max` any safe
 * integer), or else seconds, decimals allowed. 1 (with the problem noted) when it is not.
 */
function readPositive(name, value, rule, problems) {
    const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    const max = rule.max ?? Number.MAX_SAFE_INTEGER;
    const expected = rule.integer
        ? rule.max === undefined
            ? 'a whole number, 1 or more'
            : `a whole number from 1 to ${rule.max}`
        : `a number of seconds above 0, at most ${rule.max}`;
    if (!(number > 0 && number <= max) || (rule.integer && !Number.isInteger(number))) {
        if (printable(name, value, problems))
            problems.push(`"${name}" must be ${expected}, got "${shown(value)}"`);
        return 1;
    }
    return number;
}
function readBaseUrl(name, value, problems) {
    if (!printable(name, value, problems))
        return '';
    const url = /\s/.test(value) ? undefined : parseUrl(value);
    const loopback = url !== undefined && (LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname));
    const scheme = url?.protocol;
    if (url === undefined ||
        url.username !== '' ||
        url.password !== '' ||
        // An empty query or fragment ("…/?") parses as none, but would still end up in every request.
        /[?#]/.test(value) ||
        !(scheme === 'https:' || (scheme === 'http:' && loopback))) {
        problems.push(`"${name}" must be an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query, got ${shownUrl(value)}`);
        return '';
    }
    return url.href.replace(/\/+$/, '');
}
function parseUrl(value) {
    try {
        return new URL(value);
    }
    catch {
        return undefined;
    }
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
            maskSecret(String(value), `"auth-params" value of "${key}"`);
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
/** An input as echoed in a message: shortened. */
function shown(value) {
    return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
/**
 * A URL (with `bare`, also a host name) as a message may echo it: its scheme and host, never its
 * user-info, path, query or fragment (those are named, not shown). Nothing at all of a value that
 * is not a URL, or that holds an "@": a password in user-info may hold "/", "?", "#" or "@", and
 * then even what parses as the host may be a piece of it.
 */
function shownUrl(value, { bare = false } = {}) {
    if (value.includes('@'))
        return 'a value with an "@" (user-info such as user:password@ is not allowed; the value is not shown)';
    const withScheme = value.includes('://');
    const url = /\s/.test(value) ? undefined : parseUrl(bare && !withScheme ? `https://${value}` : value);
    if (url === undefined || url.host === '')
        return `a value that is not ${bare ? 'a host name or ' : ''}a URL`;
    // What follows the host, as given (the parsed path is normalized: "/." reads as "/").
    const afterHost = /^(?:[^:/?#]+:\/\/)?[^/?#]*([^?#]*)/.exec(value)?.[1] ?? '';
    const extras = [
        bare && afterHost !== '' && afterHost !== '/' ? 'a path' : undefined,
        value.includes('?') ? 'a query' : undefined,
        value.includes('#') ? 'a fragment' : undefined
    ].filter(extra => extra !== undefined);
    const shownHost = `"${withScheme ? `${url.protocol}//` : ''}${url.host}"`;
    return extras.length === 0 ? shownHost : `${shownHost} with ${listed(extras)}`;
}
/** "a path, a query and a fragment". */
function listed(items) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// EXTERNAL MODULE: ./src/dataflow/constants.ts
var dataflow_constants = __webpack_require__(29);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/dataflow/mapping.ts
// The "mapping" input: a JSON or YAML file in the workspace that lists which source column fills
// which XDM field. Read and checked whole before any request is sent; every problem names the
// input, the file and the item.






/** Larger files are refused unread. */
const MAPPING_FILE_MAX_BYTES = 1024 * 1024;
/** An XDM path: dot-separated identifiers, such as `_acme.incidentId` or `person.name.fullName`. */
const XDM_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** Beyond this many problems with a file's items, the rest are counted, not listed. */
const MAX_ITEM_PROBLEMS = 10;
const NAME = dataflow_constants/* DATAFLOW_INPUT */.ks.mapping;
const EXPECTED = 'a list of {source, destination} pairs';
const SOURCE_RULE = 'a column of the table';
const DESTINATION_RULE = 'an XDM path such as person.name.fullName';
const KEYS = ['source', 'destination'];
/**
 * The pairs of the "mapping" file `value` (as the input gives it), resolved against `workspace`,
 * which it must not leave (not even through a symbolic link). [] when there is a problem, with each
 * problem pushed into `problems`.
 */
function readMappingFile(value, workspace, problems) {
    if (!printable(NAME, value, problems))
        return [];
    if (value === '') {
        problems.push(`"${NAME}" is required: the path (in the workspace) of a JSON or YAML file, ${EXPECTED}`);
        return [];
    }
    const text = readText(value, workspace, problems);
    if (text === undefined)
        return [];
    const parsed = parse(value, text, problems);
    return parsed === undefined ? [] : pairs(value, parsed.data, problems);
}
function readText(file, workspace, problems) {
    const root = external_node_path_default().resolve(workspace);
    const resolved = external_node_path_default().resolve(root, file);
    if (!isInside(root, resolved)) {
        problems.push(`"${NAME}" must be a path inside the workspace, got ${file}`);
        return undefined;
    }
    let fd;
    try {
        // The workspace itself may be reached through a link (/tmp on macOS); the file may not leave it.
        const real = (0,external_node_fs_.realpathSync)(resolved);
        if (!isInside((0,external_node_fs_.realpathSync)(root), real)) {
            problems.push(`"${NAME}" must be a path inside the workspace: ${file} is a symbolic link to a file outside it`);
            return undefined;
        }
        fd = (0,external_node_fs_.openSync)(real, 'r');
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile()) {
            problems.push(`"${NAME}" must be a file: ${file} is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}`);
            return undefined;
        }
        if (stat.size > MAPPING_FILE_MAX_BYTES) {
            problems.push(`"${NAME}": ${file} is larger than 1 MB (${stat.size} bytes)`);
            return undefined;
        }
        const bytes = (0,external_node_fs_.readFileSync)(fd);
        if (bytes.length > MAPPING_FILE_MAX_BYTES) {
            problems.push(`"${NAME}": ${file} is larger than 1 MB (${bytes.length} bytes)`);
            return undefined;
        }
        try {
            // A byte order mark is dropped.
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            problems.push(`"${NAME}": ${file} is not UTF-8 text`);
            return undefined;
        }
    }
    catch (error) {
        const code = error.code;
        problems.push(code === 'ENOENT' || code === 'ENOTDIR'
            ? `"${NAME}": ${file} does not exist in the workspace (is the repository checked out?)`
            : `"${NAME}": ${file} cannot be read (${code ?? 'error'})`);
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Is `file` (absolute) `root` or below it? */
function isInside(root, file) {
    const relative = external_node_path_default().relative(root, file);
    return relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative);
}
/** The file's data, as YAML 1.2 (which JSON is); undefined (with the problem noted) when it does not parse. */
function parse(file, text, problems) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const error = document.errors[0];
    if (error !== undefined) {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        problems.push(`"${NAME}": ${file} is not valid YAML or JSON (line ${line}, column ${col}: ${(0,log/* escapeControlCharacters */.F7)(error.message)})`);
        return undefined;
    }
    try {
        return { data: document.toJS() };
    }
    catch (error) {
        // Such as too many aliases.
        problems.push(`"${NAME}": ${file} cannot be read as YAML or JSON (${(0,log/* escapeControlCharacters */.F7)(error instanceof Error ? error.message : String(error))})`);
        return undefined;
    }
}
function pairs(file, data, problems) {
    if (data === null || data === undefined) {
        problems.push(`"${NAME}": ${file} is empty; it must hold ${EXPECTED}`);
        return [];
    }
    if (!Array.isArray(data)) {
        problems.push(`"${NAME}": ${file} must hold ${EXPECTED}, found ${kind(data)}`);
        return [];
    }
    if (data.length === 0) {
        problems.push(`"${NAME}": ${file} lists no pairs; it must hold ${EXPECTED}, at least one`);
        return [];
    }
    const found = [];
    const result = [];
    const firstWith = new Map();
    for (const [index, item] of data.entries()) {
        const number = index + 1;
        const about = (text) => {
            found.push(`"${NAME}": item ${number} of ${file} ${text}`);
        };
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            about(`must be a {source, destination} pair, found ${kind(item)}`);
            continue;
        }
        const record = item;
        for (const key of Object.keys(record))
            if (!KEYS.includes(key))
                about(`has an unknown key ${quoted(key)} (only "source" and "destination")`);
        const source = checkString(record.source, 'source', SOURCE_RULE, about);
        if (source !== undefined) {
            const control = (0,log/* findControlCharacter */.Am)(source);
            if (control !== undefined)
                about(`has a "source" with a control character (found ${control.codePoint} at position ${control.position})`);
        }
        const destination = checkString(record.destination, 'destination', DESTINATION_RULE, about);
        if (destination !== undefined) {
            if (!XDM_PATH.test(destination))
                about(`has a "destination" that is not ${DESTINATION_RULE} or _acme.incidentId (dot-separated identifiers), got ${quoted(destination)}`);
            const first = firstWith.get(destination);
            if (first !== undefined)
                about(`has the "destination" of item ${first} again: ${quoted(destination)}`);
            else
                firstWith.set(destination, number);
        }
        if (source !== undefined && destination !== undefined)
            result.push({ source, destination });
    }
    if (found.length > MAX_ITEM_PROBLEMS) {
        problems.push(...found.slice(0, MAX_ITEM_PROBLEMS), `"${NAME}": ${file} has ${found.length - MAX_ITEM_PROBLEMS} more problems (the first ${MAX_ITEM_PROBLEMS} are listed)`);
    }
    else
        problems.push(...found);
    return found.length > 0 ? [] : result;
}
/** A string key of an item: undefined (with the problem noted) when it is absent, empty or not a string. */
function checkString(value, key, rule, about) {
    if (value === undefined || value === null || value === '')
        about(`has no "${key}" (${rule})`);
    else if (typeof value !== 'string')
        about(`has a "${key}" that is not a string (${rule}): found ${kind(value)}`);
    else
        return value;
    return undefined;
}
/** What a YAML value is, for a message. */
function kind(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `a string (${quoted(value)})`;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return `a ${typeof value} (${String(value)})`;
    return 'an object';
}
/** A text of the file as a message may echo it: shortened, control characters as escapes. */
function quoted(value) {
    return `"${(0,log/* escapeControlCharacters */.F7)(shown(value))}"`;
}

;// CONCATENATED MODULE: ./src/dataflow/inputs.ts
// Every input rule of the dataflow action (dataflow/action.yml): read, validate, and freeze into one
// typed config before any request is sent. The Adobe-access inputs follow the base connection
// action's rules word for word (src/inputs.ts); secrets are masked before anything else is looked at.



const FREQUENCIES = ['once', 'minute', 'hour', 'day', 'week'];
const inputs_IF_EXISTS_MODES = ['update', 'reuse', 'fail'];
const WAIT_MODES = ['none', 'enabled', 'first-run'];
// The same defaults as dataflow/action.yml (a test keeps them equal), for runs outside the runner.
const DATAFLOW_INPUT_DEFAULTS = {
    [dataflow_constants/* DATAFLOW_INPUT */.ks.scopes]: ADOBE_ACCESS_DEFAULTS[dataflow_constants/* DATAFLOW_INPUT */.ks.scopes],
    [dataflow_constants/* DATAFLOW_INPUT */.ks.sandboxName]: ADOBE_ACCESS_DEFAULTS[dataflow_constants/* DATAFLOW_INPUT */.ks.sandboxName],
    [dataflow_constants/* DATAFLOW_INPUT */.ks.columns]: '',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.frequency]: 'hour',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.interval]: '1',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.deltaColumn]: '',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.flowSpecName]: 'CRMToAEP',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.ifExists]: 'update',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.wait]: 'enabled',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.waitTimeoutSeconds]: '900',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.dryRun]: 'false',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.deleteOnCompletion]: 'false',
    [dataflow_constants/* DATAFLOW_INPUT */.ks.platformUrl]: ADOBE_ACCESS_DEFAULTS[dataflow_constants/* DATAFLOW_INPUT */.ks.platformUrl],
    [dataflow_constants/* DATAFLOW_INPUT */.ks.imsUrl]: ADOBE_ACCESS_DEFAULTS[dataflow_constants/* DATAFLOW_INPUT */.ks.imsUrl],
    [dataflow_constants/* DATAFLOW_INPUT */.ks.timeoutSeconds]: ADOBE_ACCESS_DEFAULTS[dataflow_constants/* DATAFLOW_INPUT */.ks.timeoutSeconds],
    [dataflow_constants/* DATAFLOW_INPUT */.ks.maxAttempts]: ADOBE_ACCESS_DEFAULTS[dataflow_constants/* DATAFLOW_INPUT */.ks.maxAttempts]
};
/** Flow Service's limit on a connection's name, which is the dataflow's name and a suffix. */
const CONNECTION_NAME_MAX = 256;
const NAME_MAX = CONNECTION_NAME_MAX - Math.max(dataflow_constants/* SOURCE_CONNECTION_SUFFIX */.Zt.length, dataflow_constants/* TARGET_CONNECTION_SUFFIX */.xf.length);
const UUID_EXAMPLE = '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a';
/** Catalog's dataset ids are 24 hexadecimal digits; letters and digits are accepted. */
const DATASET_ID = /^[0-9A-Za-z]{1,64}$/;
const DATASET_ID_EXAMPLE = '5f1e2d3c4b5a69788f9e0d1c';
const WAIT_TIMEOUT_MAX_SECONDS = 21600;
/** 2025-01-31T06:00:00Z, 2025-01-31T07:00+01:00, 2025-01-31T06:00:00.123Z. */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/i;
const START_TIME_RULE = 'an ISO 8601 date and time with a time zone (e.g. 2025-01-31T06:00:00Z) or epoch seconds (e.g. 1738303200)';
function readDataflowConfig() {
    // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
    const secrets = readAdobeSecrets();
    const problems = [];
    const input = inputReader(DATAFLOW_INPUT_DEFAULTS);
    const identity = readAdobeIdentity(secrets, input, problems);
    const baseConnectionId = input(dataflow_constants/* DATAFLOW_INPUT */.ks.baseConnectionId);
    if (printable(dataflow_constants/* DATAFLOW_INPUT */.ks.baseConnectionId, baseConnectionId, problems)) {
        if (baseConnectionId === '')
            problems.push(`"base-connection-id" is required: the base connection's id (a UUID), such as the base connection action's output base-connection-id`);
        else if (!UUID.test(baseConnectionId))
            problems.push(`"base-connection-id" must be a UUID (e.g. ${UUID_EXAMPLE}), got "${shown(baseConnectionId)}"`);
    }
    const name = input(dataflow_constants/* DATAFLOW_INPUT */.ks.name);
    if (printable(dataflow_constants/* DATAFLOW_INPUT */.ks.name, name, problems)) {
        if (name === '')
            problems.push(`"name" is required: the dataflow's name, by which a re-run finds the dataflow and its connections`);
        else if (name.length > NAME_MAX)
            problems.push(`"name" must be at most ${NAME_MAX} characters (the connections are named "{name}${dataflow_constants/* SOURCE_CONNECTION_SUFFIX */.Zt}" and "{name}${dataflow_constants/* TARGET_CONNECTION_SUFFIX */.xf}", at most ${CONNECTION_NAME_MAX}), got ${name.length}`);
    }
    const table = input(dataflow_constants/* DATAFLOW_INPUT */.ks.table);
    if (printable(dataflow_constants/* DATAFLOW_INPUT */.ks.table, table, problems) && table === '')
        problems.push('"table" is required: the source table (params.tableName), as explore lists it');
    const columns = readColumns(input(dataflow_constants/* DATAFLOW_INPUT */.ks.columns), problems);
    const datasetId = input(dataflow_constants/* DATAFLOW_INPUT */.ks.datasetId);
    if (printable(dataflow_constants/* DATAFLOW_INPUT */.ks.datasetId, datasetId, problems)) {
        if (datasetId === '')
            problems.push(`"dataset-id" is required: the target dataset's Catalog id (e.g. ${DATASET_ID_EXAMPLE})`);
        else if (!DATASET_ID.test(datasetId))
            problems.push(`"dataset-id" must be a Catalog dataset id: letters and digits only, at most 64 (usually 24 hexadecimal digits such as ${DATASET_ID_EXAMPLE}), got "${shown(datasetId)}"`);
    }
    const mappingPath = input(dataflow_constants/* DATAFLOW_INPUT */.ks.mapping);
    // The workspace as the runner checks the repository out into it (the current directory elsewhere).
    const mapping = readMappingFile(mappingPath, process.env.GITHUB_WORKSPACE || process.cwd(), problems);
    if (columns.length > 0)
        for (const [index, pair] of mapping.entries())
            if (!columns.includes(pair.source))
                problems.push(`"mapping": item ${index + 1} of ${mappingPath} reads column "${shown(pair.source)}", which "columns" does not list`);
    const frequency = readChoice(dataflow_constants/* DATAFLOW_INPUT */.ks.frequency, input(dataflow_constants/* DATAFLOW_INPUT */.ks.frequency), FREQUENCIES, problems);
    const interval = readPositive(dataflow_constants/* DATAFLOW_INPUT */.ks.interval, input(dataflow_constants/* DATAFLOW_INPUT */.ks.interval), { integer: true }, problems);
    const startTime = readStartTime(input(dataflow_constants/* DATAFLOW_INPUT */.ks.startTime), problems);
    const deltaColumn = input(dataflow_constants/* DATAFLOW_INPUT */.ks.deltaColumn);
    if (printable(dataflow_constants/* DATAFLOW_INPUT */.ks.deltaColumn, deltaColumn, problems) &&
        deltaColumn !== '' &&
        columns.length > 0 &&
        !columns.includes(deltaColumn))
        problems.push(`"delta-column" must be one of the columns that "columns" lists, got "${shown(deltaColumn)}"`);
    const flowSpecName = input(dataflow_constants/* DATAFLOW_INPUT */.ks.flowSpecName);
    if (printable(dataflow_constants/* DATAFLOW_INPUT */.ks.flowSpecName, flowSpecName, problems) && flowSpecName === '')
        problems.push(`"flow-spec-name" must not be empty (e.g. ${DATAFLOW_INPUT_DEFAULTS[dataflow_constants/* DATAFLOW_INPUT */.ks.flowSpecName]})`);
    const ifExists = readChoice(dataflow_constants/* DATAFLOW_INPUT */.ks.ifExists, input(dataflow_constants/* DATAFLOW_INPUT */.ks.ifExists), inputs_IF_EXISTS_MODES, problems);
    const wait = readChoice(dataflow_constants/* DATAFLOW_INPUT */.ks.wait, input(dataflow_constants/* DATAFLOW_INPUT */.ks.wait), WAIT_MODES, problems);
    const waitTimeoutSeconds = readPositive(dataflow_constants/* DATAFLOW_INPUT */.ks.waitTimeoutSeconds, input(dataflow_constants/* DATAFLOW_INPUT */.ks.waitTimeoutSeconds), { integer: true, max: WAIT_TIMEOUT_MAX_SECONDS }, problems);
    const dryRun = readBoolean(dataflow_constants/* DATAFLOW_INPUT */.ks.dryRun, input(dataflow_constants/* DATAFLOW_INPUT */.ks.dryRun), problems);
    const deleteOnCompletion = readBoolean(dataflow_constants/* DATAFLOW_INPUT */.ks.deleteOnCompletion, input(dataflow_constants/* DATAFLOW_INPUT */.ks.deleteOnCompletion), problems);
    const endpoints = readAdobeEndpoints(input, problems);
    if (problems.length > 0)
        throw new InputError(problems);
    return Object.freeze({
        ...identity,
        ...endpoints,
        baseConnectionId: baseConnectionId.toLowerCase(),
        name,
        table,
        columns: Object.freeze(columns),
        datasetId,
        mappingPath,
        mapping: Object.freeze(mapping.map(pair => Object.freeze({ ...pair }))),
        frequency,
        interval,
        startTime,
        deltaColumn,
        flowSpecName,
        ifExists,
        wait,
        waitTimeoutMs: waitTimeoutSeconds * 1000,
        dryRun,
        deleteOnCompletion
    });
}
/**
 * The post step reads only these inputs: a mapping file removed or a column renamed by a later step
 * of the job must not keep what this run created from being deleted.
 */
function readTeardownConfig() {
    const secrets = readAdobeSecrets();
    const problems = [];
    const input = inputReader(DATAFLOW_INPUT_DEFAULTS);
    const identity = readAdobeIdentity(secrets, input, problems);
    const name = input(dataflow_constants/* DATAFLOW_INPUT */.ks.name);
    printable(dataflow_constants/* DATAFLOW_INPUT */.ks.name, name, problems);
    const deleteOnCompletion = readBoolean(dataflow_constants/* DATAFLOW_INPUT */.ks.deleteOnCompletion, input(dataflow_constants/* DATAFLOW_INPUT */.ks.deleteOnCompletion), problems);
    const endpoints = readAdobeEndpoints(input, problems);
    if (problems.length > 0)
        throw new InputError(problems);
    return Object.freeze({ ...identity, ...endpoints, name, deleteOnCompletion });
}
/** Comma-separated; line breaks between columns (a YAML block, one per line) are separators too. */
function readColumns(value, problems) {
    const columns = value
        .split(/,|\r?\n|\r/)
        .map(column => column.trim())
        .filter(column => column !== '');
    if (!printable(dataflow_constants/* DATAFLOW_INPUT */.ks.columns, columns.join(','), problems))
        return [];
    const twice = columns.filter((column, index) => columns.indexOf(column) !== index);
    for (const column of new Set(twice))
        problems.push(`"columns" lists "${shown(column)}" more than once`);
    return columns;
}
/** One of `choices` (the first, with the problem noted, when it is not). */
function readChoice(name, value, choices, problems) {
    if (choices.includes(value))
        return value;
    if (printable(name, value, problems))
        problems.push(`"${name}" must be one of ${choices.join(', ')}, got "${shown(value)}"`);
    return choices[0];
}
/** Epoch seconds; undefined when empty (= now). */
function readStartTime(value, problems) {
    if (value === '' || !printable(dataflow_constants/* DATAFLOW_INPUT */.ks.startTime, value, problems))
        return undefined;
    const seconds = /^\d{1,10}$/.test(value) ? Number(value) : isoSeconds(value);
    if (seconds === undefined) {
        const milliseconds = /^\d{11,}$/.test(value) ? ' (epoch seconds, not milliseconds)' : '';
        problems.push(`"start-time" must be ${START_TIME_RULE}, got "${shown(value)}"${milliseconds}`);
    }
    return seconds;
}
/** An ISO 8601 date and time with a time zone as epoch seconds (a fraction dropped); undefined when it is not one. */
function isoSeconds(value) {
    const match = ISO_8601.exec(value);
    if (match === null)
        return undefined;
    const part = (index) => Number(match[index] ?? '0');
    const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)];
    const [zoneHours, zoneMinutes] = [part(8), part(9)];
    const utc = Date.UTC(year, month - 1, day, hour, minute, second);
    const date = new Date(utc);
    // What Date.UTC would roll over (2025-02-30, 24:00, :60) is refused.
    const valid = year >= 1970 &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day &&
        hour <= 23 &&
        minute <= 59 &&
        second <= 59 &&
        zoneHours <= 23 &&
        zoneMinutes <= 59;
    if (!valid)
        return undefined;
    const offsetMinutes = (match[7] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
    return utc / 1000 - offsetMinutes * 60;
}


/***/ }),

/***/ 9621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _O: () => (/* binding */ currentMapping),
  ML: () => (/* binding */ makeDataflowPlan),
  N5: () => (/* binding */ needsPublishing),
  UO: () => (/* binding */ scheduleParams),
  lH: () => (/* binding */ scheduleText),
  VZ: () => (/* binding */ sourceName),
  je: () => (/* binding */ targetName)
});

// UNUSED EXPORTS: mappingRequest

// EXTERNAL MODULE: ./src/adobe/chain.ts
var chain = __webpack_require__(7166);
;// CONCATENATED MODULE: ./src/plan.ts
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

// EXTERNAL MODULE: ./src/dataflow/constants.ts
var constants = __webpack_require__(29);
;// CONCATENATED MODULE: ./src/dataflow/plan.ts
// The dataflow chain's decision, free of I/O: given the inputs and what the look-up found, what
// becomes of each object (source connection, target connection, mapping set, dataflow). The run
// carries this plan out; the dry run, the log and the job summary describe the same plan.



const sourceName = (name) => `${name}${constants/* SOURCE_CONNECTION_SUFFIX */.Zt}`;
const targetName = (name) => `${name}${constants/* TARGET_CONNECTION_SUFFIX */.xf}`;
const CONNECTION_SPEC_VERSION = '1.0';
/** The schema's full form, as every tutorial names it in the target connection and the mapping set. */
const XED_FULL = 'application/vnd.adobe.xed-full+json;version=1';
/** `now`: epoch ms, to tell a start time that has passed (Adobe does not move one). */
function makeDataflowPlan(config, found, now = Date.now()) {
    const { name, sandboxName, dryRun } = config;
    const fail = (failure) => ({ intent: 'fail', failure, name, sandboxName, dryRun });
    const problem = inputProblem(config, found);
    if (problem !== undefined)
        return fail(problem);
    const { base, dataset, flowSpec } = found;
    if (dataset === undefined || flowSpec === undefined)
        throw new Error('checked by inputProblem');
    const flowDecision = decide(config.ifExists, found.flows);
    if (flowDecision.kind === 'fail') {
        return fail(flowDecision.why === 'duplicates'
            ? `${found.flows.length} dataflows are named "${name}" in sandbox ${sandboxName} (${found.flows.map(f => f.id).join(', ')}): delete the extra ones, or choose another ${quoted(constants/* DATAFLOW_INPUT */.ks.name)}.`
            : `Dataflow "${name}" already exists in sandbox ${sandboxName} (${found.flows[0]?.id}) and ${quoted(constants/* DATAFLOW_INPUT */.ks.ifExists)} is fail.`);
    }
    const flow = flowDecision.kind === 'create' ? undefined : flowDecision.match;
    // The dataflow's own connections when it exists; otherwise those a cancelled run may have left.
    const sources = flow ? found.sources.filter(s => s.id === flow.sourceConnectionIds[0]) : found.sources;
    const targets = flow ? found.targets.filter(t => t.id === flow.targetConnectionIds[0]) : found.targets;
    if (flow && (sources.length === 0 || targets.length === 0)) {
        return fail(`Dataflow "${name}" (${flow.id}) uses a ${sources.length === 0 ? 'source' : 'target'} connection that no longer exists: delete the dataflow, then run again.`);
    }
    const mode = config.ifExists === 'fail' ? 'update' : config.ifExists;
    const source = sourcePart(config, base, sources, mode);
    if (typeof source === 'string')
        return fail(source);
    const target = targetPart(config, dataset, targets);
    if (typeof target === 'string')
        return fail(target);
    const desired = mappingRequest(config.mapping, dataset);
    const shape = flowShape(config);
    if (flow === undefined) {
        return {
            intent: 'create',
            name,
            sandboxName,
            dryRun,
            source,
            target,
            mapping: { kind: 'create', request: desired },
            flow: { kind: 'create', name, flowSpec, shape }
        };
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
        return fail(`${quoted(constants/* DATAFLOW_INPUT */.ks.startTime)}: dataflow "${name}" (${flow.id}) started at ${String(flow.scheduleParams.startTime)} (epoch seconds), which has passed, and Flow Service does not move a start time that has passed. Leave "start-time" out to keep it, or delete the dataflow to start it anew.`);
    }
    const publish = needsPublishing(flow);
    const writes = changes.length > 0 || publish || source.kind !== 'reuse' || target.kind !== 'reuse';
    return {
        intent: writes ? 'update' : 'unchanged',
        name,
        sandboxName,
        dryRun,
        source,
        target,
        mapping,
        flow: { kind: changes.length > 0 ? 'update' : 'reuse', found: flow, changes, shape, publish }
    };
}
/** Inputs that Adobe's answers show to be wrong, each naming the input: found before any write. */
function inputProblem(config, found) {
    const { base, dataset, flowSpec } = found;
    const where = `in sandbox ${config.sandboxName}`;
    if (base === undefined)
        return `${quoted(constants/* DATAFLOW_INPUT */.ks.baseConnectionId)}: no base connection ${config.baseConnectionId} ${where}. Use the base-connection-id output of the base connection action, run against the same sandbox.`;
    if (base.state !== undefined && base.state !== 'enabled')
        return `${quoted(constants/* DATAFLOW_INPUT */.ks.baseConnectionId)}: base connection ${base.id} is ${base.state}, not enabled: fix its credentials (the base connection action with if-exists: update), then run again.`;
    if (dataset === undefined)
        return `${quoted(constants/* DATAFLOW_INPUT */.ks.datasetId)}: Catalog has no dataset ${config.datasetId} ${where}. Copy the id from the dataset's page in Experience Platform.`;
    if (flowSpec === undefined)
        return `${quoted(constants/* DATAFLOW_INPUT */.ks.flowSpecName)}: Flow Service has no flow spec named "${config.flowSpecName}" ${where}. Leave it out for CRMToAEP.`;
    const takes = flowSpec.sourceConnectionSpecIds;
    if (base.connectionSpecId !== undefined && takes.length > 0 && !takes.includes(base.connectionSpecId))
        return `${quoted(constants/* DATAFLOW_INPUT */.ks.flowSpecName)}: flow spec "${flowSpec.name}" does not take sources of connection spec ${base.connectionSpecId} (that of base connection ${base.id}).`;
    const minimum = flowSpec.minimumInterval(config.frequency);
    if (config.frequency !== 'once' && config.interval < minimum)
        return `${quoted(constants/* DATAFLOW_INPUT */.ks.interval)}: ${config.interval} is below the minimum of flow spec "${flowSpec.name}" for frequency ${config.frequency}: at least ${minimum}.`;
    return undefined;
}
function sourcePart(config, base, found, mode) {
    const request = {
        name: sourceName(config.name),
        baseConnectionId: base.id,
        data: { format: 'tabular' },
        params: { tableName: config.table, ...(config.columns.length > 0 ? { columns: config.columns } : {}) },
        connectionSpec: { id: base.connectionSpecId ?? '', version: base.connectionSpecVersion ?? CONNECTION_SPEC_VERSION }
    };
    if (found.length > 1)
        return duplicates('source connections', request.name, found, config.sandboxName);
    const [source] = found;
    if (source === undefined)
        return { kind: 'create', request };
    if (source.baseConnectionId !== undefined && source.baseConnectionId !== base.id) {
        return `Source connection "${source.name}" (${source.id}) reads from base connection ${source.baseConnectionId}, not ${base.id}: the action does not move a dataflow to another base connection. Delete the chain, or choose another ${quoted(constants/* DATAFLOW_INPUT */.ks.name)}.`;
    }
    const changes = [];
    if (source.tableName !== config.table)
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
function targetPart(config, dataset, found) {
    const request = {
        name: targetName(config.name),
        data: { schema: { id: dataset.schemaId, version: XED_FULL } },
        params: { dataSetId: dataset.id },
        connectionSpec: { id: chain/* DATA_LAKE_SPEC_ID */.Bp, version: CONNECTION_SPEC_VERSION }
    };
    if (found.length > 1)
        return duplicates('target connections', request.name, found, config.sandboxName);
    const [target] = found;
    if (target === undefined)
        return { kind: 'create', request };
    if (target.datasetId !== undefined && target.datasetId !== dataset.id) {
        return `Target connection "${target.name}" (${target.id}) writes to dataset ${target.datasetId}, not ${dataset.id}: the action does not move a dataflow to another dataset. Delete the chain, or choose another ${quoted(constants/* DATAFLOW_INPUT */.ks.name)}.`;
    }
    return { kind: 'reuse', found: target };
}
function duplicates(what, name, found, sandboxName) {
    return `${found.length} ${what} are named "${name}" in sandbox ${sandboxName} (${found.map(f => f.id).join(', ')}): delete the extra ones, or choose another ${quoted(constants/* DATAFLOW_INPUT */.ks.name)}.`;
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
    const started = Number(flow.scheduleParams.startTime);
    return (shape.startTime !== undefined &&
        Number.isFinite(started) &&
        String(flow.scheduleParams.startTime) !== shape.startTime &&
        started * 1000 <= now &&
        !needsPublishing(flow));
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
function quoted(input) {
    return `"${input}"`;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/** An expected failure: its message is the whole story, so no stack trace is shown. */
class ActionError extends Error {
    name = 'ActionError';
}


/***/ }),

/***/ 1517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   Sz: () => (/* binding */ MalformedAnswerError),
/* harmony export */   Z: () => (/* binding */ headerValue),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   mP: () => (/* binding */ UnreadableAnswerError),
/* harmony export */   oK: () => (/* binding */ Transport),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4942);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// A neutral HTTP transport over @actions/http-client (which honours HTTPS_PROXY and NO_PROXY):
// a time limit on every attempt, a cap on what an answer may weigh, the one retry policy, and
// transport errors told apart by their error codes. It knows nothing of any particular service:
// callers name answers for the log (`describe`) and read successful ones (`read`).


const DEFAULT_RETRY = {
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: Math.random,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    maxRetryAfterMs: 60_000,
    maxBodyBytes: 10 * 1024 * 1024
};
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const USER_AGENT = 'aep-oracle-service-cloud-connection';
/** Thrown by a `read` function when a 2xx answer is not what the service documents. */
class MalformedAnswerError extends Error {
}
/** Every error the transport throws: what was being done, and how many attempts were made. */
class HttpError extends Error {
    operation;
    /** Attempts made, the failed one included. */
    attempts = 1;
    /** True when the request was worth repeating but no attempts were left. */
    gaveUp = false;
    constructor(operation, message) {
        super(message);
        this.operation = operation;
    }
}
/** A non-2xx answer, final or after the last attempt. */
class HttpStatusError extends HttpError {
    response;
    name = 'HttpStatusError';
    constructor(operation, response) {
        super(operation, `Could not ${operation}: HTTP ${response.status}`);
        this.response = response;
    }
}
/** A 2xx answer the caller could not read: the request most likely took effect. */
class UnreadableAnswerError extends HttpError {
    response;
    problem;
    name = 'UnreadableAnswerError';
    constructor(operation, response, 
    /** What the caller's reader said, e.g. "not JSON". */
    problem) {
        super(operation, `Could not ${operation}: HTTP ${response.status} with ${problem}`);
        this.response = response;
        this.problem = problem;
    }
}
/** No usable answer: the network, TLS, the time limit, or an answer over the size limit. */
class TransportError extends HttpError {
    failure;
    code;
    reason;
    host;
    name = 'TransportError';
    constructor(operation, failure, 
    /** Node's error code (ECONNRESET, CERT_HAS_EXPIRED, …), when there is one. */
    code, reason, host) {
        // TLS and other failures name the host in their reason already.
        super(operation, `Could not ${operation}: ${reason}${failure === 'tls' || failure === 'other' ? '' : ` (${host})`}`);
        this.failure = failure;
        this.code = code;
        this.reason = reason;
        this.host = host;
    }
    /** Refused or unresolvable, or stopped at the proxy: the request cannot have reached the server. */
    get neverSent() {
        return ['refused', 'dns', 'unreachable', 'proxy-refused', 'proxy-auth', 'proxy'].includes(this.failure);
    }
    /** Worth another attempt: the network may recover; TLS trust, size limits and proxy credentials will not. */
    get retryable() {
        return !['tls', 'too-large', 'proxy-auth', 'other'].includes(this.failure);
    }
}
class Transport {
    policy;
    log;
    describe;
    /** One keep-alive client per origin: a request after the first costs one round trip, not three. */
    clients = new Map();
    /** Connections being opened ahead of their first request, by origin. */
    opening = new Map();
    constructor(policy, log, 
    /** Names a non-2xx answer in log lines; a service adds its own code, e.g. "HTTP 429 (429001)". */
    describe = response => `HTTP ${response.status}`) {
        this.policy = policy;
        this.log = log;
        this.describe = describe;
    }
    /**
     * Opens the connection to `url`'s origin now (TCP and TLS, no HTTP request), so that its
     * handshakes overlap other work such as fetching a token. Skipped behind a proxy, where the
     * tunnel is made per request. Best effort: a failure here only means the first request connects.
     */
    preconnect(url) {
        const target = new URL(url);
        if (this.opening.has(target.origin) || this.clients.has(target.origin) || (0,_actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s_)(url) !== '')
            return;
        const agent = this.clientFor(target.origin).getAgent(url);
        const secure = target.protocol === 'https:';
        const options = { host: target.hostname, port: Number(target.port || (secure ? 443 : 80)) };
        this.opening.set(target.origin, new Promise(resolve => {
            let opened;
            // A handshake that hangs is given up, and its socket with it; the request then connects itself.
            const timer = setTimeout(() => {
                opened?.destroy();
                resolve();
            }, this.policy.timeoutMs);
            const done = () => {
                clearTimeout(timer);
                resolve();
            };
            try {
                // The agent's own way to open a pooled socket (as for a request), then handed back to its
                // free pool once connected, as a finished keep-alive request would be.
                agent.createSocket({ getHeader: () => undefined }, options, (error, socket) => {
                    if (error || socket === undefined)
                        return done();
                    opened = socket;
                    socket.once('error', done);
                    socket.once(secure ? 'secureConnect' : 'connect', () => {
                        socket._httpMessage = { shouldKeepAlive: true };
                        socket.emit('free');
                        done();
                    });
                });
            }
            catch {
                done(); // best effort: the first request connects by itself
            }
        }));
    }
    /** Closes every connection; the transport may be used again afterwards. */
    close() {
        for (const origin of [...this.clients.keys()])
            this.drop(origin);
    }
    clientFor(origin) {
        let client = this.clients.get(origin);
        if (client === undefined) {
            client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(USER_AGENT, [], {
                allowRetries: false,
                allowRedirects: false,
                keepAlive: true,
                // A backstop only: the deadline in exchange() fires first and is what callers see.
                socketTimeout: this.policy.timeoutMs + 1000
            });
            this.clients.set(origin, client);
        }
        return client;
    }
    /** A failed attempt leaves no connection behind: the next one starts clean. */
    drop(origin) {
        this.clients.get(origin)?.dispose();
        this.clients.delete(origin);
        this.opening.delete(origin);
    }
    /** Sends a request until it succeeds, fails for good, or runs out of attempts. */
    async send(request, options) {
        const { maxAttempts } = this.policy;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.attempt(request, options.read);
            if ('value' in outcome)
                return outcome.value;
            const { error } = outcome;
            error.attempts = attempt;
            const giveUp = () => {
                error.gaveUp = true;
                throw error;
            };
            if (!outcome.retryable)
                throw error;
            if (options.recover && outcome.effect !== 'none') {
                // Never repeat a request that may have taken effect: look for its effect first, even
                // after the last attempt, so that nothing made is lost.
                this.log.info(`${capitalize(request.operation)}: ${outcome.reason}; checking whether it went through`);
                // Answered: the server is done with it. Not answered: it may still be at work.
                const found = await options.recover({ effect: outcome.effect, answered: answered(error) });
                if (found !== undefined)
                    return found;
                if (outcome.effect === 'done')
                    throw error;
            }
            if (attempt >= maxAttempts || this.policy.stopped?.() === true)
                giveUp();
            const delayMs = outcome.retryAfterMs ?? this.backoff(attempt);
            const seconds = (delayMs / 1000).toFixed(1).replace(/\.0$/, '');
            const why = outcome.retryAfterMs !== undefined ? 'as Retry-After asks, ' : '';
            this.log.info(`${capitalize(request.operation)}: ${outcome.reason}; ${why}waiting ${seconds} s before attempt ${attempt + 1} of ${maxAttempts}`);
            await this.policy.sleep(delayMs);
            // A cancelled job cuts the wait short; it starts no attempt after it.
            if (this.policy.stopped?.() === true)
                giveUp();
        }
    }
    /** Exponential backoff with full jitter. */
    backoff(attempt) {
        const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
        return Math.round(this.policy.random() * ceiling);
    }
    async attempt(request, read) {
        const outcome = await this.try(request, read);
        // A connection that failed, or whose server failed, is not used again: the next attempt starts
        // clean. A complete 4xx answer leaves the connection as good as it was.
        if (!('value' in outcome) && !(outcome.error instanceof HttpStatusError && outcome.error.response.status < 500)) {
            this.drop(new URL(request.url).origin);
        }
        return outcome;
    }
    async try(request, read) {
        let response;
        try {
            response = await this.exchange(request);
        }
        catch (error) {
            if (!(error instanceof TransportError))
                throw error;
            return { error, retryable: error.retryable, effect: error.neverSent ? 'none' : 'unknown', reason: error.reason };
        }
        if (response.status >= 200 && response.status < 300) {
            try {
                return { value: read(response) };
            }
            catch (error) {
                if (!(error instanceof MalformedAnswerError))
                    throw error;
                const unreadable = new UnreadableAnswerError(request.operation, response, error.message);
                return {
                    error: unreadable,
                    retryable: true,
                    effect: 'done',
                    reason: `HTTP ${response.status} with ${error.message}`
                };
            }
        }
        return {
            error: new HttpStatusError(request.operation, response),
            retryable: RETRY_STATUSES.has(response.status),
            // A 429 was refused before any work; a 5xx may have come after the work was done.
            effect: response.status >= 500 ? 'unknown' : 'none',
            reason: this.describe(response),
            retryAfterMs: this.retryAfter(headerValue(response.headers['retry-after']))
        };
    }
    retryAfter(value) {
        const text = value?.trim();
        if (text === undefined || text === '')
            return undefined;
        const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - Date.now();
        if (Number.isNaN(ms))
            return undefined;
        return Math.min(Math.max(ms, 0), this.policy.maxRetryAfterMs);
    }
    /** One round trip, bounded by the time limit and the size limit whatever the server does. */
    async exchange(request) {
        const { timeoutMs } = this.policy;
        const { host, origin, pathname: path } = new URL(request.url);
        this.log.debug(`${request.method} ${path}`);
        let timer;
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => {
                reject(new TransportError(request.operation, 'timeout', undefined, `no answer within ${timeoutMs / 1000} s`, host));
            }, timeoutMs);
        });
        let message;
        try {
            // The time limit covers a connection still being opened ahead of this request, too.
            await Promise.race([this.opening.get(origin), deadline]);
            const client = this.clientFor(origin);
            const answer = await Promise.race([
                client.request(request.method, request.url, request.body ?? null, { ...request.headers }),
                deadline
            ]);
            message = answer.message;
            const text = await Promise.race([readLimited(message, this.policy.maxBodyBytes), deadline]);
            const response = { status: message.statusCode ?? 0, headers: message.headers, text };
            this.log.debug(`${request.method} ${path}: ${response.status < 300 ? `HTTP ${response.status}` : this.describe(response)}`);
            return response;
        }
        catch (error) {
            // A failed exchange is dropped with its connection (attempt() disposes the client).
            message?.destroy();
            if (error instanceof TransportError)
                throw error;
            if (error instanceof BodyTooLargeError) {
                throw new TransportError(request.operation, 'too-large', undefined, `the answer is larger than ${formatBytes(error.limit)}`, host);
            }
            throw classify(request.operation, request.url, host, error);
        }
        finally {
            clearTimeout(timer);
        }
    }
}
class BodyTooLargeError extends Error {
    limit;
    constructor(limit) {
        super(`body over ${limit} bytes`);
        this.limit = limit;
    }
}
/** Reads the whole body in linear time, refusing more than `limit` bytes. */
function readLimited(message, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        message.on('data', (chunk) => {
            size += chunk.length;
            if (size > limit) {
                // Before destroy(): destroying fires 'aborted' at once, which would report a reset instead.
                reject(new BodyTooLargeError(limit));
                message.destroy();
                return;
            }
            chunks.push(chunk);
        });
        message.on('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
        message.on('error', reject);
        message.on('aborted', () => reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
    });
}
function formatBytes(bytes) {
    return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
/**
 * Whether the server that did (or did not do) the work gave the answer. A 502 or 504 comes from a
 * gateway that gave up on it: the work may still be under way, as after a lost connection.
 */
function answered(error) {
    if (error instanceof TransportError)
        return false;
    return !(error instanceof HttpStatusError && (error.response.status === 502 || error.response.status === 504));
}
/** The first value of a header that may repeat. */
function headerValue(value) {
    return Array.isArray(value) ? value[0] : value;
}
const NETWORK_FAILURES = {
    ECONNRESET: { failure: 'reset', reason: 'the connection was reset' },
    ECONNREFUSED: { failure: 'refused', reason: 'the connection was refused' },
    ENOTFOUND: { failure: 'dns', reason: 'the host name could not be resolved' },
    EAI_AGAIN: { failure: 'dns', reason: 'the host name could not be resolved' },
    ETIMEDOUT: { failure: 'timeout', reason: 'the connection timed out' },
    ECONNABORTED: { failure: 'aborted', reason: 'the connection was aborted' },
    EHOSTUNREACH: { failure: 'unreachable', reason: 'the host is unreachable' },
    ENETUNREACH: { failure: 'unreachable', reason: 'the network is unreachable' },
    EPIPE: { failure: 'closed', reason: 'the connection was closed while sending' }
};
const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET_ISSUER)|^ERR_TLS|^ERR_SSL/;
/**
 * How @actions/http-client's tunnel agent (the `tunnel` package) fails to open a tunnel through
 * the proxy: always code ECONNRESET, with the proxy's CONNECT status or the cause in the message.
 */
const TUNNEL_FAILURE = /^tunneling socket could not be established, (?:statusCode=(\d+)|cause=(.*))$/s;
/** By Node's error code: the proxy, network trouble, TLS trust, or anything else (a bad header, say). */
function classify(operation, url, host, error) {
    const code = errorCode(error);
    const tunnel = node_util__WEBPACK_IMPORTED_MODULE_1__.types.isNativeError(error) ? TUNNEL_FAILURE.exec(error.message) : null;
    const proxy = tunnel === null ? undefined : proxyOf(url);
    if (tunnel !== null && proxy !== undefined) {
        const [, status, cause = ''] = tunnel;
        if (status === '407')
            return new TransportError(operation, 'proxy-auth', code, `the proxy ${proxy} requires authentication (HTTP 407)`, host);
        if (status !== undefined)
            return new TransportError(operation, 'proxy', code, `the proxy ${proxy} answered HTTP ${status} to CONNECT`, host);
        const causeCode = /\b(E[A-Z_]+)\b/.exec(cause)?.[1];
        if (causeCode === 'ECONNREFUSED')
            return new TransportError(operation, 'proxy-refused', code, `the proxy ${proxy} refused the connection`, host);
        return new TransportError(operation, 'proxy', code, `the connection to the proxy ${proxy} failed (${causeCode ?? 'no error code'})`, host);
    }
    const known = code === undefined ? undefined : NETWORK_FAILURES[code];
    if (known !== undefined)
        return new TransportError(operation, known.failure, code, known.reason, host);
    if (code !== undefined && TLS_CODES.test(code)) {
        return new TransportError(operation, 'tls', code, `the TLS certificate of ${host} is not trusted (${code})`, host);
    }
    // Node's messages name headers and hosts, never header values.
    const message = node_util__WEBPACK_IMPORTED_MODULE_1__.types.isNativeError(error) ? error.message : String(error);
    return new TransportError(operation, 'other', code, `the request could not be sent to ${host} (${message})`, host);
}
/**
 * The proxy a request to `url` goes through, as @actions/http-client picks it (HTTPS_PROXY or
 * https_proxy, NO_PROXY; never for loopback): its scheme, host and port, and the variable that
 * named it; never its user name or password.
 */
function proxyOf(url) {
    let proxy;
    try {
        const href = (0,_actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s_)(url);
        if (href === '')
            return undefined;
        proxy = new URL(href);
    }
    catch {
        return undefined;
    }
    if (proxy.hostname === '')
        return undefined;
    const https = new URL(url).protocol === 'https:';
    const variable = https
        ? process.env['https_proxy']
            ? 'https_proxy'
            : 'HTTPS_PROXY'
        : process.env['http_proxy']
            ? 'http_proxy'
            : 'HTTP_PROXY';
    return `${proxy.protocol}//${proxy.host} (${variable})`;
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ findControlCharacter),
/* harmony export */   F7: () => (/* binding */ escapeControlCharacters),
/* harmony export */   Rm: () => (/* binding */ log)
/* harmony export */ });
/* unused harmony export safeLine */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
// The run's log. Texts from inputs and from Adobe's answers reach it, so nothing is written that the
// runner could take for a workflow command.
//
// The rule. The runner reads the step's output line by line (a line ends at LF, CR or CRLF) and
// takes for a command
//   - a line that starts, after leading white space, with `::` (`::add-mask::…`, `::save-state …`), and
//   - a line that holds `##[` anywhere (the legacy form, `##[set-output name=…]…`).
// @actions/core's warning(), error(), setFailed() and debug() write one such command themselves and
// escape `%`, CR and LF in its text, so that text stays inside the command. core.info() writes
// its text as it is. So `log.info(text)` writes exactly one line:
//   - every control character (C0 including TAB, CR and LF; DEL; C1 such as NEL; U+2028 and U+2029)
//     is shown as a visible escape: `\n`, `\r`, `\t`, `\u001b`…;
//   - `##[` is written `##\u005b`;
//   - a line whose start, after white space, is `::` has that first colon written `\u003a`.
// Every text is also redacted of registered secrets first (src/secrets.ts), as the runner would,
// so that a local run or a test shows no secret either. `log.warning` and `log.debug` keep line
// breaks (core escapes them) and show every other control character as an escape.


/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/* eslint-enable no-control-regex */
const SHORT_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Is there a control character (as `log.info` escapes them)? Its code point and 1-based position if so. */
function findControlCharacter(text) {
    CONTROL.lastIndex = 0;
    const match = CONTROL.exec(text);
    if (match === null)
        return undefined;
    return { codePoint: unicodeName(match[0]), position: [...text.slice(0, match.index)].length + 1 };
}
/** "U+000A". */
function unicodeName(character) {
    return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
function escape(character) {
    return SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** The text with every control character shown as an escape (`\n`, `\u0085`), on one line. */
function escapeControlCharacters(text) {
    return text.replace(CONTROL, escape);
}
/** The text as one log line that the runner cannot take for a command (the rule above). */
function safeLine(text) {
    return neutralizeCommands(escapeControlCharacters((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(text)));
}
/** The text as the data of a command of @actions/core: line breaks kept (core escapes them), other control characters escaped. */
function safeCommandData(text) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(text).replace(CONTROL_BUT_LF, escape);
}
function neutralizeCommands(line) {
    return line.replace(/##\[/g, '##\\u005b').replace(/^(\s*):(?=:)/, '$1\\u003a');
}
/** The runner's log, as the clients, the executor and the entries use it. */
const log = {
    /** Writes exactly one line (the rule above). */
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(safeLine(message)),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(safeCommandData(message)),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(safeCommandData(message)),
    /** Fails the step with this message (as `core.setFailed`, with the same care as `warning`). */
    failed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(safeCommandData(message))
};


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony export REDACTED */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
// Every secret of the run, registered with the runner (`::add-mask::`) and kept here, so that a text
// of our own making (a message from Adobe, clipped to a length) can be redacted before anything
// cuts it: the runner masks only a whole registered value, never its prefix.

/** Shorter pieces than this are not masked on their own: they would hide ids and outputs too. */
const MIN_PIECE_LENGTH = 4;
const REDACTED = '***';
/** Every registered form of every secret, longest first (as redactSecrets replaces them). */
let registered = [];
/**
 * Registers a secret with the runner, before it can appear anywhere. Also the forms in which a
 * service may echo it: JSON-escaped (inside an echoed JSON request), form-encoded (inside an echoed
 * `application/x-www-form-urlencoded` body, `+` for a space) and percent-encoded (inside an echoed
 * URL); and, for a multi-line value, each line of 4 characters or more, in the same forms: the
 * runner masks a value only whole.
 */
function maskSecret(value, label) {
    if (value === '')
        return;
    const lines = value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line.length >= MIN_PIECE_LENGTH && line !== value);
    for (const form of new Set([value, ...lines].flatMap(encodings)))
        register(form);
    if (value.length < MIN_PIECE_LENGTH) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${label} is shorter than ${MIN_PIECE_LENGTH} characters: masking it also hides those characters wherever they appear in the log, and GitHub drops job outputs that contain them.`);
    }
}
/** The value as it is, JSON-escaped, form-encoded and percent-encoded. */
function encodings(value) {
    const forms = [
        value,
        JSON.stringify(value).slice(1, -1),
        new URLSearchParams({ v: value }).toString().slice('v='.length),
        percentEncoded(value)
    ];
    return forms.filter(form => form !== undefined);
}
/** encodeURIComponent, which throws on a lone surrogate (that value has no such form). */
function percentEncoded(value) {
    try {
        return encodeURIComponent(value);
    }
    catch {
        return undefined;
    }
}
/** Tells the runner (every time: a step may run more than once in a process, as in tests) and keeps it. */
function register(form) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(form);
    if (!registered.includes(form))
        registered = [...registered, form].sort((a, b) => b.length - a.length);
}
/** The text with every registered form of every secret replaced by `***`, the longest first. */
function redactSecrets(text) {
    let redacted = text;
    for (const form of registered)
        if (redacted.includes(form))
            redacted = redacted.split(form).join(REDACTED);
    return redacted;
}


/***/ }),

/***/ 6095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ProxyAgent)
/* harmony export */ });
// Stand-in for undici, put in its place by package.json "overrides" (README, Development: why).
// @actions/http-client imports ProxyAgent when it loads, for getAgentDispatcher(), which this
// action never calls. Anything that does reach it fails here, loudly, instead of silently.
class ProxyAgent {
  constructor() {
    throw new Error(
      'undici is not in this bundle (a stand-in replaces it, see README, Development): ProxyAgent was used unexpectedly'
    )
  }
}


/***/ })

};
