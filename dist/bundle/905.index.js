export const id = 905;
export const ids = [905];
export const modules = {

/***/ 7411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   Mk: () => (/* binding */ readNamed),
/* harmony export */   Xf: () => (/* binding */ UNFILTERED_PAGE),
/* harmony export */   cH: () => (/* binding */ FlowServiceCollection),
/* harmony export */   iw: () => (/* binding */ stringsOf)
/* harmony export */ });
/* unused harmony exports passed, readWritten */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6452);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8712);


class FlowServiceCollection {
    platform;
    serviceBase;
    what;
    read;
    lookingUp;
    base;
    constructor(platform, serviceBase, path, what, read, 
    /** What a look-up by name is doing, for messages. */
    lookingUp = (name) => `look up ${what}s named "${name}"`) {
        this.platform = platform;
        this.serviceBase = serviceBase;
        this.what = what;
        this.read = read;
        this.lookingUp = lookingUp;
        this.base = `${serviceBase}/${path}`;
    }
    /**
     * A comma in a filter value means OR to Flow Service, so such a name cannot be filtered on: the
     * sandbox's list is read in the largest pages it gives, sorted by name, and matched here. It ends
     * once the names equal to this one have been passed (see `passed`). An object of another sandbox
     * (as a gateway that ignores the header would list it) is never one.
     */
    async findByName(name, filters = []) {
        const filtered = !name.includes(',');
        const all = filtered ? [`name==${name}`, ...filters] : filters;
        const query = [
            ...all.map(f => `property=${encodeURIComponent(f)}`),
            ...(filtered ? [] : ['orderby=name', `limit=${UNFILTERED_PAGE}`])
        ].join('&');
        const url = query === '' ? this.base : `${this.base}?${query}`;
        const { sandboxName } = this.platform.settings;
        // Only the matches are kept: the others of a long list are read, counted and dropped.
        return this.platform.list(this.lookingUp(name), url, this.serviceBase, this.read, {
            keep: item => item.name === name && (item.sandboxName ?? sandboxName) === sandboxName,
            name,
            ...(!filtered && { settled: (kept, page) => passed(name, kept, page) })
        });
    }
    async get(id) {
        const operation = (shown) => `read ${this.what} ${shown}`;
        return this.platform.callUnlessNotFound({ operation: operation(id), method: 'GET', url: this.itemUrl(id, operation) }, {
            // Flow Service answers a one-item list.
            read: response => {
                const { items } = (0,_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .readItems */ .F1)(response, this.read);
                const [item] = items;
                if (items.length !== 1 || item === undefined)
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .notDocumented */ .kS)('not a one-item list');
                return item;
            }
        });
    }
    create(request, recover, { draft = false, operation } = {}) {
        return this.platform.call({
            operation: operation ?? `create the ${this.what}`,
            method: 'POST',
            url: draft ? `${this.base}?mode=draft` : this.base,
            body: JSON.stringify(request)
        }, { read: readWritten, recover });
    }
    async patch(id, etag, operations) {
        const operation = (shown) => `update ${this.what} ${shown}`;
        return this.platform.call({
            operation: operation(id),
            method: 'PATCH',
            url: this.itemUrl(id, operation),
            body: JSON.stringify(operations),
            headers: { 'If-Match': etag }
        }, { read: readWritten });
    }
    async delete(id) {
        const operation = (shown) => `delete ${this.what} ${shown}`;
        const deleted = await this.platform.callUnlessNotFound({ operation: operation(id), method: 'DELETE', url: this.itemUrl(id, operation) }, { read: () => true });
        return deleted ?? false;
    }
    /** A body-less POST, which the gateway still wants labelled as JSON. */
    async act(id, action) {
        const operation = (shown) => `${action} ${this.what} ${shown}`;
        return this.platform.call({
            operation: operation(id),
            method: 'POST',
            url: `${this.itemUrl(id, operation)}/action?op=${action}`,
            body: '{}'
        }, 
        // The answer's {id, etag} is not needed: the object is read again afterwards.
        { read: () => undefined });
    }
    /** Ids come from answers: only one of Flow Service's shape (a UUID) goes into the URL. */
    itemUrl(id, operation) {
        return `${this.base}/${(0,_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .idSegment */ .fn)(id, 'flow-service', operation)}`;
    }
}
/**
 * The `limit` of a look-up the filter cannot narrow. Flow Service documents the parameter but no
 * largest value; one that gives fewer is followed page by page all the same.
 */
const UNFILTERED_PAGE = 1000;
/**
 * Whether a list sorted by name has passed every object named `name`: some were kept, and the page
 * ends with a name that differs from it even ignoring case. Objects of one name are next to each
 * other in any order the service sorts names by (by code point, or ignoring case), so none follows.
 * Until one is found, the whole list is read: where a name that is not there would sort depends
 * on a collation Flow Service does not document.
 */
function passed(name, kept, page) {
    const last = page.at(-1);
    return kept.length > 0 && last !== undefined && last.name.toLowerCase() !== name.toLowerCase();
}
function readWritten(response) {
    const { id, etag } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonObject */ .op)(response);
    if (typeof id !== 'string' || id === '' || typeof etag !== 'string')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .notDocumented */ .kS)('no id and etag');
    return { id, etag };
}
/** The fields every object found by name has, and the raw item for the reader of its kind. */
function readNamed(raw, what) {
    const item = (raw ?? {});
    // Flow Service calls the etag `version` in some answers (update-dataflows.md).
    const etag = typeof item.etag === 'string' ? item.etag : item.version;
    if (typeof item.id !== 'string' || typeof item.name !== 'string' || typeof etag !== 'string') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .notDocumented */ .kS)(`a ${what} without id, name or etag`);
    }
    const named = {
        id: item.id,
        etag,
        name: item.name,
        createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
        state: stringOf(item.state),
        sandboxName: stringOf(item.sandboxName)
    };
    return { named, item };
}
function stringOf(value) {
    return typeof value === 'string' ? value : undefined;
}
function stringsOf(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}


/***/ }),

/***/ 9763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ connect)
});

// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var http_transport = __webpack_require__(657);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/adobe/collection.ts
var collection = __webpack_require__(7411);
// EXTERNAL MODULE: ./src/adobe/errors.ts
var errors = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/adobe/platform.ts
var adobe_platform = __webpack_require__(8712);
;// CONCATENATED MODULE: ./src/adobe/catalog.ts
// Catalog: the dataset a dataflow writes to.



const CATALOG_PATH = '/data/foundation/catalog';
class CatalogClient {
    platform;
    constructor(platform) {
        this.platform = platform;
    }
    async dataset(id) {
        const operation = (shown) => `read dataset ${shown} from Catalog`;
        const url = `${this.platform.settings.platformUrl}${CATALOG_PATH}/dataSets/${(0,adobe_platform/* idSegment */.fn)(id, 'dataset', operation)}`;
        return this.platform.callUnlessNotFound({ operation: operation(id), method: 'GET', url }, {
            read: response => {
                // Catalog keys the answer by the dataset's id.
                const item = (0,errors/* readJsonObject */.op)(response)[id];
                if (item === undefined)
                    return undefined; // an empty answer: no such dataset
                const ref = item?.schemaRef;
                if (typeof ref?.id !== 'string')
                    throw (0,errors/* notDocumented */.kS)('a dataset without schemaRef.id');
                return { id, name: (0,collection/* stringOf */.Je)(item?.name), schemaId: ref.id };
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/adobe/data-prep.ts



const DATA_PREP_PATH = '/data/foundation/conversion';
class DataPrepClient {
    platform;
    base;
    constructor(platform) {
        this.platform = platform;
        this.base = `${platform.settings.platformUrl}${DATA_PREP_PATH}/mappingSets`;
    }
    async mappingSet(id, version) {
        const operation = (shown) => `read mapping set ${shown} version ${version}`;
        return this.platform.callUnlessNotFound({
            operation: operation(id),
            method: 'GET',
            url: `${this.base}/${(0,adobe_platform/* idSegment */.fn)(id, 'mapping-set', operation)}?version=${version}`
        }, { read: readMappingSet });
    }
    async writeMappingSet(request, id) {
        const operation = (shown) => `write a new version of mapping set ${shown}`;
        return this.platform.call({
            operation: id === undefined ? 'create the mapping set' : operation(id),
            method: id === undefined ? 'POST' : 'PUT',
            // The id is the one the dataflow names: from an answer, so checked.
            url: id === undefined ? this.base : `${this.base}/${(0,adobe_platform/* idSegment */.fn)(id, 'mapping-set', operation)}`,
            body: JSON.stringify(request)
        }, {
            read: response => {
                const { id: written, version } = (0,errors/* readJsonObject */.op)(response);
                if (typeof written !== 'string' || typeof version !== 'number')
                    throw (0,errors/* notDocumented */.kS)('no id and version');
                return { id: written, version };
            }
        });
    }
}
function readMappingSet(response) {
    const body = (0,errors/* readJsonObject */.op)(response);
    if (typeof body.id !== 'string' || typeof body.version !== 'number' || !Array.isArray(body.mappings)) {
        throw (0,errors/* notDocumented */.kS)('a mapping set without id, version or mappings');
    }
    // Data Prep's older answers name the schema at the top (schemaRef, xdmSchema) and the pairs
    // sourceAttribute / destinationXdmPath; the current ones outputSchema.schemaRef and source / destination.
    const schemaRef = body.outputSchema?.schemaRef;
    const olderRef = body.schemaRef;
    return {
        id: body.id,
        version: body.version,
        schemaId: (0,collection/* stringOf */.Je)(schemaRef?.id) ?? (0,collection/* stringOf */.Je)(olderRef?.id) ?? (0,collection/* stringOf */.Je)(body.xdmSchema),
        pairs: body.mappings.map(m => {
            const pair = (m ?? {});
            return {
                source: (0,collection/* stringOf */.Je)(pair.source) ?? (0,collection/* stringOf */.Je)(pair.sourceAttribute) ?? '',
                destination: (0,collection/* stringOf */.Je)(pair.destination) ?? (0,collection/* stringOf */.Je)(pair.destinationXdmPath) ?? ''
            };
        })
    };
}

// EXTERNAL MODULE: ./src/adobe/flow-service.ts
var flow_service = __webpack_require__(3377);
// EXTERNAL MODULE: ./src/runner/secrets.ts
var secrets = __webpack_require__(2995);
;// CONCATENATED MODULE: ./src/adobe/ims.ts


/** IMS's OAuth Server-to-Server token endpoint, under the IMS base URL. */
const IMS_TOKEN_PATH = '/ims/token/v3';
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
    wording;
    credentials = 'client';
    current;
    constructor(transport, imsUrl, client, wording) {
        this.transport = transport;
        this.imsUrl = imsUrl;
        this.client = client;
        this.wording = wording;
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
            url: `${this.imsUrl}${IMS_TOKEN_PATH}`,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body
        }, { read: readToken }, { service: 'ims', wording: this.wording });
    }
}
function readToken(response) {
    const token = (0,errors/* readJsonObject */.op)(response).access_token;
    if (typeof token !== 'string' || token === '')
        throw (0,errors/* notDocumented */.kS)('no access_token');
    (0,secrets/* maskSecret */.$l)(token, 'The access token from Adobe IMS'); // the moment it arrives
    return token;
}

;// CONCATENATED MODULE: ./src/adobe/schema-registry.ts

const SCHEMA_REGISTRY_PATH = '/data/foundation/schemaregistry';
/** The schema with `$ref` and `allOf` resolved: every field in one `properties` tree. */
const FULL_SCHEMA = 'application/vnd.adobe.xed-full+json; version=1';
class SchemaRegistryClient {
    platform;
    constructor(platform) {
        this.platform = platform;
    }
    fieldPaths(schemaId) {
        const base = `${this.platform.settings.platformUrl}${SCHEMA_REGISTRY_PATH}`;
        return this.platform.callUnlessNotFound({
            operation: `read schema ${schemaId} from the Schema Registry`,
            method: 'GET',
            url: `${base}/tenant/schemas/${encodeURIComponent(schemaId)}`,
            headers: { Accept: FULL_SCHEMA }
        }, { read: readFieldPaths });
    }
}
/** Fields nested deeper than this are not listed: XDM schemas nest far less, and the recursion stays bounded. */
const MAX_DEPTH = 64;
function readFieldPaths(response) {
    const properties = (0,errors/* readJsonObject */.op)(response).properties;
    if (typeof properties !== 'object' || properties === null)
        throw (0,errors/* notDocumented */.kS)('a schema without properties');
    return pathsIn(properties, '', 0);
}
/**
 * The path of each field: the leaves, which a mapping writes to (Data Prep refuses an object as a
 * destination); objects and arrays of objects are followed into.
 */
function pathsIn(properties, prefix, depth) {
    if (depth > MAX_DEPTH)
        return [];
    return Object.entries(properties).flatMap(([key, raw]) => {
        const path = `${prefix}${key}`;
        const field = (raw ?? {});
        const nested = field.properties ?? field.items?.properties;
        return typeof nested === 'object' && nested !== null
            ? pathsIn(nested, `${path}.`, depth + 1)
            : [path];
    });
}

;// CONCATENATED MODULE: ./src/adobe/connect.ts
// The clients for one run, from plain values (not inputs): one transport with its kept-alive
// connections, one token source, and one client per Adobe API on top. The main and post steps of
// every action build the same.









function connect(settings, { wording, sleep, cancelled, connections = 1 }) {
    const pacing = { ...(sleep && { sleep }), ...(cancelled && { stopped: () => cancelled() !== undefined }) };
    const transport = new http_transport/* Transport */.oK({ ...http_transport/* DEFAULT_RETRY */.vI, ...pacing, maxAttempts: settings.maxAttempts, timeoutMs: settings.timeoutMs }, log/* log */.Rm, errors/* describeAnswer */.O1);
    // The platform's TCP and TLS handshakes overlap the token request to IMS (another origin).
    transport.preconnect(settings.platformUrl, connections);
    const tokens = settings.credentials.kind === 'client'
        ? new ImsTokenSource(transport, settings.imsUrl, settings.credentials, wording)
        : new StaticTokenSource(settings.credentials.accessToken);
    const platform = new adobe_platform/* Platform */.OD(transport, settings, tokens, log/* log */.Rm, wording);
    return {
        flowService: new flow_service/* FlowServiceClient */.z(platform),
        catalog: new CatalogClient(platform),
        dataPrep: new DataPrepClient(platform),
        schemaRegistry: new SchemaRegistryClient(platform),
        close: () => transport.close()
    };
}


/***/ }),

/***/ 6452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ AdobeApiError),
/* harmony export */   H$: () => (/* binding */ isTokenRejection),
/* harmony export */   O1: () => (/* binding */ describeAnswer),
/* harmony export */   YA: () => (/* binding */ isUnknownSpec),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   gB: () => (/* binding */ safe),
/* harmony export */   j_: () => (/* binding */ isSourceRejection),
/* harmony export */   jt: () => (/* binding */ sendToAdobe),
/* harmony export */   kS: () => (/* binding */ notDocumented),
/* harmony export */   op: () => (/* binding */ readJsonObject),
/* harmony export */   rb: () => (/* binding */ adobeReference)
/* harmony export */ });
/* unused harmony exports ADVICE, PLATFORM, requestIdNote, requestIdOf, parseAdobeError, explainFailure, adviceFor, EXPLAINED */
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(657);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5507);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7708);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
// Adobe's side of failures: its error bodies (the gateway's, Flow Service's, IMS's, a bare
// errorMessage), its codes, and what they mean (an Advice, in Adobe's terms). Every failure of a
// request to Adobe leaves here as an ActionError whose message carries the status, Adobe's code
// and message, the request id, and a next step: the action words the advice (Wording), naming its
// own inputs; this layer knows no action and no input.




/**
 * What an answer or a failure means for the user, in Adobe's terms: who refused what. An action
 * turns each into a next step that names its inputs (its Wording).
 */
const ADVICE = (/* unused pure expression or super */ null && ([
    // IMS, the token endpoint
    'ims-client-rejected',
    'ims-scope-rejected',
    'ims-throttled',
    'ims-failed',
    'ims-not-found',
    'ims-refused',
    // The API gateway, for a token given ready, one IMS had just issued, or either
    'token-rejected-given',
    'token-rejected-issued',
    'token-rejected',
    'api-key-rejected',
    'no-product-profile',
    'no-region',
    'unknown-sandbox',
    // Flow Service, Data Prep and Catalog
    'unknown-connection-spec',
    'unknown-auth-spec',
    'if-match-missing',
    'changed-meanwhile',
    'base-connection-in-use',
    'in-use-by-dataflow',
    'unknown-mapping-version',
    'mapping-schema-mismatch',
    // Any of them, by status alone
    'throttled',
    'service-failed',
    'not-found',
    'forbidden',
    'unauthorized',
    'bad-request',
    // The way there
    'tls-untrusted',
    'answer-too-large',
    'proxy-refused',
    'proxy-auth',
    'proxy-failed',
    'network',
    'answer-unreadable'
]));
/** Experience Platform, the credentials not said. */
const PLATFORM = { service: 'platform' };
class AdobeApiError extends _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l {
    details;
    hint;
    name = 'AdobeApiError';
    constructor(details, hint = undefined, message = formatAdobeError(details, hint)) {
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
    return (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValue */ .Z)(response.headers['x-request-id']);
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
/** A text from Adobe's answer, made safe to show: secrets redacted, control characters escaped, clipped. */
function safe(text, max = MAX_MESSAGE) {
    return text === undefined ? undefined : clip((0,_runner_log_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeControlCharacters */ .F7)((0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .fp)(text)), max);
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
    return new _http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedAnswerError */ .Sz(`an answer that is not the JSON Adobe documents (${problem})`);
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
    if (!(error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$))
        return error;
    const note = error.gaveUp ? ` (gave up after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'})` : '';
    const word = (advice) => advice === undefined ? undefined : context.wording?.(advice);
    if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpStatusError */ .F9) {
        const { response } = error;
        const details = parseAdobeError(error.operation, response.status, response.text, requestIdOf(response));
        const hint = word(adviceFor(details, context));
        const [first = '', ...rest] = formatAdobeError(details, hint).split('\n');
        return new AdobeApiError(details, hint, [`${first}${note}`, ...rest].join('\n'));
    }
    if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreadableAnswerError */ .mP) {
        const first = `${error.message}${requestIdNote(requestIdOf(error.response))}${note}`;
        // Not given up: the request was not repeated because it took effect, and no result is listed yet.
        return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(error.gaveUp ? first : `${first}${nextStep(word('answer-unreadable'))}`);
    }
    if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX)
        return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`${error.message}${note}${nextStep(word(transportAdvice(error)))}`);
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`${error.message}${note}`);
}
function transportAdvice(error) {
    switch (error.failure) {
        case 'tls':
            return 'tls-untrusted';
        case 'too-large':
            return 'answer-too-large';
        case 'proxy-refused':
            return 'proxy-refused';
        case 'proxy-auth':
            return 'proxy-auth';
        case 'proxy':
            return 'proxy-failed';
        case 'other':
            return undefined;
        default:
            return 'network';
    }
}
/** What Adobe's answer means: IMS's OAuth codes, the gateway's six-digit codes, Flow Service's 1xxx, then the status. */
function adviceFor({ status, code, adobeMessage }, context) {
    const key = adviceKey(code);
    // 1403 means two things in Adobe's catalogues: a missing If-Match header (flow-service-errors.md)
    // and a schedule change to once after the start time (sources-errors.md). Only the first is a bug of ours.
    if (key === '1403' && /frequency|start time/i.test(adobeMessage ?? ''))
        return STATUS_ADVICE[status];
    // IMS's OAuth error codes say who answered by themselves.
    const byImsCode = IMS_CODES[key ?? ''];
    if (byImsCode !== undefined)
        return byImsCode;
    if (context.service === 'ims') {
        if (status === 429)
            return 'ims-throttled';
        if (status >= 500)
            return 'ims-failed';
        if (status === 404)
            return 'ims-not-found';
        return status >= 400 ? 'ims-refused' : undefined;
    }
    const byCode = PLATFORM_CODES[key ?? ''];
    if (byCode !== undefined)
        return byCode;
    if (key === TOKEN_REJECTED) {
        const { credentials } = context;
        return credentials === 'token'
            ? 'token-rejected-given'
            : credentials === 'client'
                ? 'token-rejected-issued'
                : 'token-rejected';
    }
    if (status === 429)
        return 'throttled';
    if (status >= 500)
        return 'service-failed';
    return STATUS_ADVICE[status];
}
/** IMS's OAuth error codes (RFC 6749) that say more than the status. */
const IMS_CODES = {
    invalid_client: 'ims-client-rejected',
    unauthorized_client: 'ims-client-rejected',
    invalid_scope: 'ims-scope-rejected'
};
/** The gateway's code for a token it no longer accepts: whose token it was decides the advice. */
const TOKEN_REJECTED = '401013';
/** A code without its status: Flow Service's "2101-404" is 2101. */
function adviceKey(code) {
    return code?.split('-')[0];
}
/** Flow Service's code for a sandbox that does not exist in the organization. */
const UNKNOWN_SANDBOX = '2101';
/** Experience Platform's codes: its API gateway (six digits) and Flow Service (FLOW-1403-400). */
const PLATFORM_CODES = {
    '403000': 'api-key-rejected',
    '403003': 'api-key-rejected',
    '403025': 'no-product-profile',
    // Adobe's Experience Platform troubleshooting guide: "User region is missing".
    '403027': 'no-region',
    [UNKNOWN_SANDBOX]: 'unknown-sandbox',
    '1413': 'unknown-connection-spec',
    '1415': 'unknown-auth-spec',
    '1403': 'if-match-missing',
    '1404': 'changed-meanwhile',
    '1418': 'base-connection-in-use',
    '1447': 'in-use-by-dataflow',
    '1412': 'unknown-mapping-version',
    '1419': 'unknown-mapping-version',
    '1425': 'mapping-schema-mismatch'
};
const STATUS_ADVICE = {
    404: 'not-found',
    403: 'forbidden',
    401: 'unauthorized',
    400: 'bad-request'
};
/**
 * Every code of Adobe's that adviceFor reads (IMS's, the gateway's, Flow Service's without the
 * status), and every status it reads alone (5xx for any of 500 to 599): docs/troubleshooting.md has
 * an entry for each.
 */
const EXPLAINED = {
    codes: [...Object.keys(IMS_CODES), TOKEN_REJECTED, ...Object.keys(PLATFORM_CODES)],
    statuses: [...Object.keys(STATUS_ADVICE), '429', '5xx']
};
/** Explore fails with a 4xx of Flow Service's own (not the gateway's) when the source says no. */
function isSourceRejection(error) {
    return error instanceof AdobeApiError && error.status === 400 && /^\d{4}-\d{3}$/.test(error.code ?? '');
}
/**
 * A 404 that says the object is not there; not one that says the sandbox is not (2101), which every
 * request of the run gets and which must fail the step naming "sandbox-name" instead of reading as
 * "nothing of that name yet".
 */
function isNotFound(error) {
    return error instanceof AdobeApiError && error.status === 404 && adviceKey(error.code) !== UNKNOWN_SANDBOX;
}
/** The gateway no longer accepts the token (it expired or was revoked): worth one fresh token. */
function isTokenRejection(error) {
    return error instanceof AdobeApiError && error.status === 401 && error.code === TOKEN_REJECTED;
}
/** The answer to a create that names an unknown connection spec. */
function isUnknownSpec(error) {
    return error instanceof AdobeApiError && error.code === '1413-400';
}


/***/ }),

/***/ 3377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DATA_LAKE_SPEC_ID),
/* harmony export */   z: () => (/* binding */ FlowServiceClient)
/* harmony export */ });
/* harmony import */ var _collection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7411);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8712);



/** The data lake: where a source's records land, in a dataset. */
const DATA_LAKE_SPEC_ID = 'c604ff05-7f1a-43c0-8e18-33bf874cb11c';
class FlowServiceClient {
    platform;
    connections;
    sources;
    targets;
    flows;
    base;
    constructor(platform) {
        this.platform = platform;
        this.base = `${platform.settings.platformUrl}${_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .FLOW_SERVICE_PATH */ .zz}`;
        const collection = (path, what, read) => new _collection_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowServiceCollection */ .cH(platform, this.base, path, what, read);
        this.connections = new _collection_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowServiceCollection */ .cH(platform, this.base, 'connections', 'base connection', readConnection, () => 'look up existing base connections');
        this.sources = collection('sourceConnections', 'source connection', readSource);
        this.targets = collection('targetConnections', 'target connection', readTarget);
        this.flows = collection('flows', 'dataflow', readFlow);
    }
    /** Read from the Date header of the platform's latest answer (whole seconds). */
    get serverClockOffsetMs() {
        return this.platform.serverClockOffsetMs;
    }
    async explore(connectionId) {
        const operation = (id) => `explore base connection ${id}`;
        return this.platform.call({
            operation: operation(connectionId),
            method: 'GET',
            url: `${this.base}/connections/${(0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .idSegment */ .fn)(connectionId, 'flow-service', operation)}/explore?objectType=root`
        }, { read: readTables });
    }
    async exploreTable(connectionId, path) {
        const query = `objectType=table&object=${encodeURIComponent(path)}`;
        const operation = (id) => `explore table "${path}" of base connection ${id}`;
        return this.platform.call({
            operation: operation(connectionId),
            method: 'GET',
            url: `${this.base}/connections/${(0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .idSegment */ .fn)(connectionId, 'flow-service', operation)}/explore?${query}`
        }, { read: readColumns });
    }
    async connectionSpecExists(id) {
        const found = await this.platform.callUnlessNotFound({
            operation: `read connection spec ${id}`,
            method: 'GET',
            url: `${this.base}/connectionSpecs/${encodeURIComponent(id)}`
        }, { read: () => true });
        return found ?? false;
    }
    /** A comma in a filter value means OR to Flow Service, so such a name is matched here only. */
    async flowSpec(name) {
        const all = `${this.base}/flowSpecs`;
        const url = name.includes(',') ? all : `${all}?property=${encodeURIComponent(`name==${name}`)}`;
        const specs = await this.platform.list(`look up flow spec "${name}"`, url, this.base, readFlowSpec);
        return specs.find(spec => spec.name === name);
    }
    runs(flowId) {
        return this.listRuns(flowId, [`flowId==${flowId}`]);
    }
    runsSince(flowId, since) {
        // Filtered on Flow Service's side as sort-and-filter.md filters runs by time (the run's start),
        // in as large pages as it gives.
        const filters = [`flowId==${flowId}`, `metrics.durationSummary.startedAtUTC>${Math.floor(since)}`];
        return this.listRuns(flowId, filters, [`limit=${_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .UNFILTERED_PAGE */ .Xf}`]);
    }
    listRuns(flowId, filters, more = []) {
        const query = [...filters.map(f => `property=${encodeURIComponent(f)}`), ...more].join('&');
        return this.platform.list(`read the runs of dataflow ${flowId}`, `${this.base}/runs?${query}`, this.base, readRun);
    }
}
function readConnection(raw) {
    const { named, item } = (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .readNamed */ .Mk)(raw, 'connection');
    const spec = item.connectionSpec;
    return {
        ...named,
        connectionSpecId: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(spec?.id),
        connectionSpecVersion: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(spec?.version)
    };
}
function readSource(raw) {
    const { named, item } = (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .readNamed */ .Mk)(raw, 'source connection');
    const params = (item.params ?? {});
    return {
        ...named,
        baseConnectionId: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(item.baseConnectionId),
        // The older tutorial's params.path names the table too.
        tableName: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(params.tableName) ?? (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(params.path),
        // Columns are sent as explore's {name, type, xdm} objects (older answers hold names): read by name.
        columns: Array.isArray(params.columns)
            ? params.columns.flatMap(c => (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(c) ?? (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(c?.name) ?? [])
            : undefined
    };
}
function readTarget(raw) {
    const { named, item } = (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .readNamed */ .Mk)(raw, 'target connection');
    const params = (item.params ?? {});
    const schema = (item.data ?? {}).schema;
    return { ...named, datasetId: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(params.dataSetId), schemaId: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(schema?.id) };
}
function readFlow(raw) {
    const { named, item } = (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .readNamed */ .Mk)(raw, 'dataflow');
    const transformations = Array.isArray(item.transformations)
        ? item.transformations.map(t => {
            const { name, params } = (t ?? {});
            return { name: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(name) ?? '', params: (params ?? {}) };
        })
        : [];
    const lastRun = item.lastRunDetails?.startedAtUTC;
    return {
        ...named,
        ...(typeof lastRun === 'number' && { lastRunAt: lastRun }),
        flowSpecId: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(item.flowSpec?.id),
        sourceConnectionIds: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringsOf */ .iw)(item.sourceConnectionIds),
        targetConnectionIds: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringsOf */ .iw)(item.targetConnectionIds),
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
        version: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(item.version) ?? '1.0',
        name: item.name,
        sourceConnectionSpecIds: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringsOf */ .iw)(item.sourceConnectionSpecIds),
        draftMode: item.attributes?.isDraftModeSupported === true,
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
function readRun(raw) {
    const item = (raw ?? {});
    if (typeof item.id !== 'string')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('a run without id');
    const metrics = (item.metrics ?? {});
    const count = (value) => (typeof value === 'number' ? value : undefined);
    const written = metrics.recordSummary?.outputRecordCount;
    const errors = Array.isArray(metrics.statusSummary?.errors) ? metrics.statusSummary.errors : [];
    return {
        id: item.id,
        status: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(metrics.statusSummary?.status) ?? 'unknown',
        createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
        startedAt: count(metrics.durationSummary?.startedAtUTC) ?? count(item.createdAt),
        completedAt: count(metrics.durationSummary?.completedAtUTC),
        recordsRead: count(metrics.recordSummary?.inputRecordCount),
        recordsWritten: typeof written === 'number' ? written : undefined,
        recordsFailed: count(metrics.recordSummary?.failedRecordCount),
        errors: errors.flatMap(raw => {
            const error = (raw ?? {});
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .safe */ .gB)((0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(error.code), 100);
            const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .safe */ .gB)((0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(error.message));
            return code === undefined && message === undefined ? [] : [{ code, message }];
        })
    };
}
/** Explore's root: a JSON array of objects; the tables among them (explore/tabular.md). */
function readTables(response) {
    let body;
    try {
        body = JSON.parse(response.text);
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('not JSON');
    }
    if (!Array.isArray(body))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('explore did not answer a list');
    return body.flatMap(raw => {
        const item = (raw ?? {});
        const path = (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(item.path);
        if (path === undefined || (item.type !== undefined && item.type !== 'table'))
            return [];
        return [{ name: (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(item.name) ?? path, path }];
    });
}
/** Explore of one table: `{schema: {columns: [{name, type, xdm}]}}` (explore/tabular.md). */
function readColumns(response) {
    const schema = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonObject */ .op)(response).schema;
    if (!Array.isArray(schema?.columns))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('no schema.columns');
    return schema.columns.map(raw => {
        const column = (raw ?? {});
        const name = (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(column.name);
        const type = (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(column.type);
        // Sent back as they are in the source connection: nothing is made up for a column explore left bare.
        if (name === undefined || type === undefined || typeof column.xdm !== 'object' || column.xdm === null)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('a column without name, type or xdm');
        const xdmType = (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .stringOf */ .Je)(column['meta:xdmType']);
        return {
            name,
            type,
            ...(xdmType === undefined ? {} : { 'meta:xdmType': xdmType }),
            xdm: column.xdm
        };
    });
}


/***/ }),

/***/ 8712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ readItems),
/* harmony export */   OD: () => (/* binding */ Platform),
/* harmony export */   fn: () => (/* binding */ idSegment),
/* harmony export */   zz: () => (/* binding */ FLOW_SERVICE_PATH)
/* harmony export */ });
/* unused harmony export LIST_LIMITS */
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(657);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
// Experience Platform's API gateway, as every service behind it is called: the token, the API key,
// the organization and the sandbox on each request, one repeat with a new token when the gateway
// rejects it, and the server's clock read off each answer. Flow Service, Data Prep and Catalog share it.



/** Flow Service lives under this path of the platform's URL. */
const FLOW_SERVICE_PATH = '/data/foundation/flowservice';
class Platform {
    transport;
    settings;
    tokens;
    log;
    wording;
    clockOffsetMs;
    constructor(transport, settings, tokens, log, wording) {
        this.transport = transport;
        this.settings = settings;
        this.tokens = tokens;
        this.log = log;
        this.wording = wording;
    }
    /** How far the platform's clock is ahead of ours (negative: behind), from its latest Date header. */
    get serverClockOffsetMs() {
        return this.clockOffsetMs;
    }
    /**
     * Every item of a paged list (`items` and `_links.next.href`), page after page, that `keep` keeps.
     * A list that does not end is a failure, not a hang; one that goes on past LIST_LIMITS fails too,
     * before it fills the runner's memory.
     */
    async list(operation, firstUrl, serviceBase, readItem, { keep, name, settled } = {}) {
        const seen = new Set();
        const found = [];
        const read = { bytes: 0, items: 0 };
        let url = firstUrl;
        while (url !== undefined) {
            if (seen.has(url) || seen.size >= LIST_LIMITS.pages) {
                throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Could not ${operation}: the list did not end after ${seen.size} pages.`);
            }
            seen.add(url);
            const page = await this.call({ operation, method: 'GET', url }, { read: r => ({ ...readItems(r, readItem), bytes: Buffer.byteLength(r.text) }) });
            read.bytes += page.bytes;
            read.items += page.items.length;
            const over = read.bytes > LIST_LIMITS.bytes
                ? `${megabytes(LIST_LIMITS.bytes)} MB`
                : read.items > LIST_LIMITS.items
                    ? `${LIST_LIMITS.items.toLocaleString('en-US')} items`
                    : undefined;
            if (over !== undefined)
                throw this.unending(operation, name, over, seen.size, read);
            for (const item of page.items)
                if (keep === undefined || keep(item))
                    found.push(item);
            if (settled?.(found, page.items) === true)
                break;
            url = page.next === undefined ? undefined : this.resolveLink(operation, page.next, serviceBase);
        }
        return found;
    }
    /** A list past LIST_LIMITS: what was looked up, where, and how much was read. */
    unending(operation, name, over, pages, read) {
        const forName = name === undefined || operation.includes(`"${name}"`) ? '' : ` for the name "${name}"`;
        const items = (n) => n.toLocaleString('en-US');
        return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Could not ${operation}: the list${forName} in sandbox "${this.settings.sandboxName}" went past ${over} without ending (${pages} pages, ${items(read.items)} items, ${megabytes(read.bytes)} MB read); one look-up reads at most ${megabytes(LIST_LIMITS.bytes)} MB and ${items(LIST_LIMITS.items)} items.\nNext step: run again later; if the list still does not end, report it to Adobe support.`);
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
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Could not ${operation}: the answer gave a next-page link to another origin than ${platformUrl}.`);
    }
    /** The request's answer, or undefined when the platform answers that it is not there (isNotFound); other errors are thrown. */
    async callUnlessNotFound(request, options) {
        try {
            return await this.call(request, options);
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
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
        }, { ...options, read }, { service: 'platform', credentials: this.tokens.credentials, wording: this.wording });
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
/**
 * What one look-up reads at most, all its pages together (each answer is capped by the transport):
 * far past any real list, and low enough that the step stays under 150 MB of memory (the items
 * read are what a look-up may keep; 100,000 of them would not).
 */
const LIST_LIMITS = { pages: 1000, bytes: 50 * 1024 * 1024, items: 25_000 };
const megabytes = (bytes) => (bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1);
/** The shapes of Adobe's ids, as each service issues them. */
const ID_SHAPES = {
    'flow-service': {
        pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
        what: 'a Flow Service id (a UUID)'
    },
    'mapping-set': { pattern: /^[0-9a-f]{32}$/i, what: 'a Data Prep mapping set id (32 hexadecimal digits)' },
    dataset: { pattern: /^[0-9a-f]{24}$/i, what: 'a Catalog dataset id (24 hexadecimal digits)' }
};
/**
 * The id as a segment of a URL's path, once it has the shape of its kind: ids come from answers,
 * and one such as `../flows/x` or `a%2Fb` would send the request (and the token) to another
 * object. `operation` words the request for the id, which the message shows made safe.
 */
function idSegment(id, kind, operation) {
    const { pattern, what } = ID_SHAPES[kind];
    if (!pattern.test(id))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`Could not ${operation((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .safe */ .gB)(id, 100) ?? '')}: the id is not ${what}.`);
    return id;
}
/** A page of a list: `items`, and the link to the next page when there is one. */
function readItems(response, readItem) {
    const body = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonObject */ .op)(response);
    if (!Array.isArray(body.items))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notDocumented */ .kS)('no items list');
    const next = body._links?.next?.href;
    return { items: body.items.map(readItem), next: typeof next === 'string' && next !== '' ? next : undefined };
}


/***/ }),

/***/ 657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vI: () => (/* binding */ DEFAULT_RETRY),
  j$: () => (/* binding */ HttpError),
  F9: () => (/* binding */ HttpStatusError),
  Sz: () => (/* binding */ MalformedAnswerError),
  oK: () => (/* binding */ Transport),
  wX: () => (/* binding */ TransportError),
  mP: () => (/* binding */ UnreadableAnswerError),
  Z: () => (/* binding */ headerValue)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/http/preconnect.ts
/**
 * Opens `count` connections to `url`'s origin through `agent`. Best effort: a handshake that
 * fails, or hangs past `timeoutMs`, is given up.
 *
 * A TLS 1.3 server sends its session tickets after the handshake. Arriving on an idle pooled
 * connection they are unread data, for which Node's agent discards the connection when a request
 * takes it. So a connection joins the pool at once only when a request is waiting for it (the
 * request takes it at once, and the tickets are read with the answer); otherwise once its tickets
 * are read, or after as long again as the handshake took (tickets follow it by a round trip).
 */
function preconnect(agent, url, count, timeoutMs) {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const options = { host: target.hostname, port: Number(target.port || (secure ? 443 : 80)) };
    const waiting = [];
    /** Connections still opening; those in the pool that no request has had its turn on. */
    let open = count;
    let unclaimed = 0;
    /** One connection is in the pool (or given up): the next waiting request goes; after the last, all. */
    const settled = (pooled) => {
        open -= 1;
        const next = waiting.shift();
        if (next !== undefined)
            next();
        else if (pooled)
            unclaimed += 1;
        if (open === 0)
            for (const go of waiting.splice(0))
                go();
    };
    for (let i = 0; i < count; i++) {
        const started = Date.now();
        let opened;
        let finished = false;
        const done = (pooled = false) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            settled(pooled);
        };
        // Unref'd: a handshake still under way never keeps the step alive once its work is done.
        const timer = setTimeout(() => {
            opened?.destroy();
            done();
        }, timeoutMs).unref();
        const free = () => {
            if (opened === undefined || opened.destroyed || finished)
                return done();
            opened._httpMessage = { shouldKeepAlive: true };
            opened.emit('free');
            done(true);
        };
        try {
            ;
            agent.createSocket({ getHeader: () => undefined }, options, (error, socket) => {
                if (error || socket === undefined)
                    return done();
                opened = socket;
                socket.once('error', () => done());
                // Closed before it was pooled (the transport closed it, or the server did): given up.
                socket.once('close', () => done());
                socket.once(secure ? 'secureConnect' : 'connect', () => {
                    if (waiting.length > 0 || !secure || socket.getProtocol() !== 'TLSv1.3')
                        return free();
                    const wait = setTimeout(free, Date.now() - started).unref();
                    socket.once('session', () => {
                        clearTimeout(wait);
                        setImmediate(free); // a second ticket of the same flight is read meanwhile
                    });
                });
            });
        }
        catch {
            done();
        }
    }
    return {
        turn: () => {
            if (unclaimed > 0 || open === 0) {
                unclaimed = Math.max(0, unclaimed - 1);
                return Promise.resolve();
            }
            return new Promise(go => waiting.push(go));
        }
    };
}

;// CONCATENATED MODULE: ./src/http/transport.ts



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
     * Opens `count` connections to `url`'s origin now (TCP and TLS, no HTTP request), so that their
     * handshakes overlap other work such as fetching a token: as many as the requests that will go
     * out together first. Skipped behind a proxy, where the tunnel is made per request.
     */
    preconnect(url, count = 1) {
        const { origin } = new URL(url);
        if (this.opening.has(origin) || this.clients.has(origin) || (0,lib/* getProxyUrl */.s_)(url) !== '')
            return;
        this.opening.set(origin, preconnect(this.clientFor(origin).getAgent(url), url, count, this.policy.timeoutMs));
    }
    /** Closes every connection; the transport may be used again afterwards. */
    close() {
        for (const client of this.clients.values())
            client.dispose();
        this.clients.clear();
        this.opening.clear();
    }
    clientFor(origin) {
        let client = this.clients.get(origin);
        if (client === undefined) {
            client = new lib/* HttpClient */.Qq(USER_AGENT, [], {
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
    /** Sends a request until it succeeds, fails for good, or runs out of attempts. */
    async send(request, options) {
        const { maxAttempts } = this.policy;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.try(request, options.read);
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
            await Promise.race([this.opening.get(origin)?.turn(), deadline]);
            const client = this.clientFor(origin);
            const answer = await Promise.race([
                client.request(request.method, request.url, request.body ?? null, { ...request.headers }),
                deadline
            ]);
            message = answer.message;
            const { socket } = message;
            const text = await Promise.race([readLimited(message, this.policy.maxBodyBytes), deadline]);
            const response = { status: message.statusCode ?? 0, headers: message.headers, text };
            // A server that failed (5xx) gets a new connection for the next attempt (behind a load
            // balancer, perhaps another server); the connections of requests sent beside it stay.
            if (response.status >= 500)
                socket.destroy();
            this.log.debug(`${request.method} ${path}: ${response.status < 300 ? `HTTP ${response.status}` : this.describe(response)}`);
            return response;
        }
        catch (error) {
            // A failed exchange is dropped with its connection, and with it only: requests sent beside it
            // go on on theirs. (A request that timed out before an answer keeps its connection busy until
            // close(); the agent never hands it to another request.)
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
    const tunnel = external_node_util_.types.isNativeError(error) ? TUNNEL_FAILURE.exec(error.message) : null;
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
    const message = external_node_util_.types.isNativeError(error) ? error.message : String(error);
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
        const href = (0,lib/* getProxyUrl */.s_)(url);
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

/***/ 4099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ listed)
/* harmony export */ });
/* unused harmony export MAX_LISTED */
// Lists in messages: ids and names come from Adobe's answers, which may hold thousands of them.
/** How many items a message lists before it only counts the rest. */
const MAX_LISTED = 10;
/** "a, b, c" (or "a, b and c"), and past MAX_LISTED items "a, b, …, j and 15 more". */
function listed(items, { and = false, show = item => item } = {}) {
    const shown = items.slice(0, MAX_LISTED).map(show);
    const more = items.length - shown.length;
    if (more > 0)
        return `${shown.join(', ')} and ${more} more`;
    if (!and || shown.length < 2)
        return shown.join(', ');
    return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}


/***/ })

};
