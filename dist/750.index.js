export const id = 750;
export const ids = [750];
export const modules = {

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ connect)
});

// EXTERNAL MODULE: ./src/http/transport.ts
var http_transport = __webpack_require__(517);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(708);
// EXTERNAL MODULE: ./src/adobe/errors.ts
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./src/runner/errors.ts
var runner_errors = __webpack_require__(507);
;// CONCATENATED MODULE: ./src/adobe/platform.ts
// Experience Platform's API gateway, as every service behind it is called: the token, the API key,
// the organization and the sandbox on each request, one repeat with a new token when the gateway
// rejects it, and the server's clock read off each answer. Flow Service, Data Prep and Catalog share it.



/** Flow Service lives under this path of `platform-url`. */
const FLOW_SERVICE_PATH = '/data/foundation/flowservice';
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
                throw new runner_errors/* ActionError */.l(`Could not ${operation}: the list did not end after ${seen.size} pages.`);
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
        throw new runner_errors/* ActionError */.l(`Could not ${operation}: the answer gave a next-page link outside "platform-url".`);
    }
    /** The request's answer, or undefined when the platform answers 404 (not there); other errors are thrown. */
    async callUnlessNotFound(request, options) {
        try {
            return await this.call(request, options);
        }
        catch (error) {
            if (error instanceof errors/* AdobeApiError */.Eg && error.status === 404)
                return undefined;
            throw error;
        }
    }
    /** Repeats a request once with a new token when the gateway says the token is no longer valid. */
    async call(request, options) {
        const read = (response) => {
            const serverDate = Date.parse((0,http_transport/* headerValue */.Z)(response.headers.date) ?? '');
            if (!Number.isNaN(serverDate))
                this.clockOffsetMs = serverDate - Date.now();
            return options.read(response);
        };
        const send = (token) => (0,errors/* sendToAdobe */.jt)(this.transport, {
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
            if (!(0,errors/* isTokenRejection */.H$)(error))
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
    const body = (0,errors/* readJsonObject */.op)(response);
    if (!Array.isArray(body.items))
        throw (0,errors/* notDocumented */.kS)('no items list');
    const next = body._links?.next?.href;
    return { items: body.items.map(readItem), next: typeof next === 'string' && next !== '' ? next : undefined };
}

;// CONCATENATED MODULE: ./src/adobe/flow-service.ts


class FlowServiceClient {
    base;
    /** The gateway calls, shared with the clients of the rest of the chain (chain.ts). */
    platform;
    constructor(transport, settings, tokens, log) {
        this.platform = new Platform(transport, settings, tokens, log);
        this.base = `${settings.platformUrl}${FLOW_SERVICE_PATH}`;
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
                const { items } = readItems(response, readConnection);
                const [connection] = items;
                if (items.length !== 1 || connection === undefined)
                    throw (0,errors/* notDocumented */.kS)('not a one-item list');
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
    const { id, etag } = (0,errors/* readJsonObject */.op)(response);
    if (typeof id !== 'string' || id === '' || typeof etag !== 'string')
        throw (0,errors/* notDocumented */.kS)('no id and etag');
    return { id, etag };
}
function readConnection(raw) {
    const item = (raw ?? {});
    const etag = typeof item.etag === 'string' ? item.etag : item.version;
    if (typeof item.id !== 'string' || typeof item.name !== 'string' || typeof etag !== 'string') {
        throw (0,errors/* notDocumented */.kS)('a connection without id, name or etag');
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

// EXTERNAL MODULE: ./src/runner/secrets.ts
var secrets = __webpack_require__(995);
;// CONCATENATED MODULE: ./src/adobe/ims.ts


/** IMS's OAuth Server-to-Server token endpoint, under `ims-url`. */
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
            url: `${this.imsUrl}${IMS_TOKEN_PATH}`,
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

;// CONCATENATED MODULE: ./src/adobe/connect.ts
// The clients for one run, built from the configuration; the main and post steps build the same.





function connect(config, pacing = {}) {
    const transport = new http_transport/* Transport */.oK({ ...http_transport/* DEFAULT_RETRY */.vI, ...pacing, maxAttempts: config.maxAttempts, timeoutMs: config.timeoutMs }, log/* log */.Rm, errors/* describeAnswer */.O1);
    // Flow Service's TCP and TLS handshakes overlap the token request to IMS (another origin).
    transport.preconnect(config.platformUrl);
    const tokens = config.credentials.kind === 'client'
        ? new ImsTokenSource(transport, config.imsUrl, config.credentials)
        : new StaticTokenSource(config.credentials.accessToken);
    return { flow: new FlowServiceClient(transport, config, tokens, log/* log */.Rm), close: () => transport.close() };
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ AdobeApiError),
/* harmony export */   H$: () => (/* binding */ isTokenRejection),
/* harmony export */   O1: () => (/* binding */ describeAnswer),
/* harmony export */   WE: () => (/* binding */ unknownSpecError),
/* harmony export */   YA: () => (/* binding */ isUnknownSpec),
/* harmony export */   j_: () => (/* binding */ isSourceRejection),
/* harmony export */   jt: () => (/* binding */ sendToAdobe),
/* harmony export */   kS: () => (/* binding */ notDocumented),
/* harmony export */   op: () => (/* binding */ readJsonObject),
/* harmony export */   rb: () => (/* binding */ adobeReference)
/* harmony export */ });
/* unused harmony exports PLATFORM, requestIdNote, requestIdOf, parseAdobeError, explainFailure */
/* harmony import */ var _base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(252);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(517);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(507);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(708);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(995);
// Adobe's side of failures: its error bodies (the gateway's, Flow Service's, IMS's, a bare
// errorMessage), its codes, and what the user should do next. Every failure of a request to
// Adobe leaves here as an ActionError whose message carries the status, Adobe's code and
// message, the request id, and a next step.





/** Experience Platform, the credentials not said. */
const PLATFORM = { service: 'platform' };
class AdobeApiError extends _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l {
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
    return (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .headerValue */ .Z)(response.headers['x-request-id']);
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
    return text === undefined ? undefined : clip((0,_runner_log_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeControlCharacters */ .F7)((0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(text)), max);
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
    return new _http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedAnswerError */ .Sz(`an answer that is not the JSON Adobe documents (${problem})`);
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
    if (!(error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$))
        return error;
    const note = error.gaveUp ? ` (gave up after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'})` : '';
    if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpStatusError */ .F9) {
        const { response } = error;
        const details = parseAdobeError(error.operation, response.status, response.text, requestIdOf(response));
        const hint = hintFor(details, context);
        const [first = '', ...rest] = formatAdobeError(details, hint).split('\n');
        return new AdobeApiError(details, hint, [`${first}${note}`, ...rest].join('\n'));
    }
    if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableAnswerError */ .mP) {
        const first = `${error.message}${requestIdNote(requestIdOf(error.response))}${note}`;
        // Not given up: the request was not repeated because it took effect, and no result is listed yet.
        return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(error.gaveUp
            ? first
            : `${first}${nextStep('Adobe accepted the request, but its answer could not be read and the result is not listed yet. Look in Experience Platform (Sources) or run the workflow again: the re-run finds it by name instead of creating another (except the base connection action with if-exists=create, which would create another).')}`);
    }
    if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX)
        return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(`${error.message}${note}${nextStep(transportHint(error))}`);
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(`${error.message}${note}`);
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
            return `check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY); raise ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.timeoutSeconds)} if Adobe is slow.`;
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
            return `Adobe IMS rejected the client credentials: check ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)} and ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} (was the secret rotated?) and that the credential is OAuth Server-to-Server.`;
        case 'invalid_scope':
            return `Adobe IMS rejected the scopes: copy ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.scopes)} from the credential in Adobe Developer Console.`;
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
        return `${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.imsUrl)} does not look like Adobe IMS (no token endpoint there): leave it out, or use https://ims-na1.adobelogin.com.`;
    if (status >= 400)
        return `Adobe IMS did not issue a token: check ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)}, ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} and ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.scopes)} against the OAuth Server-to-Server credential in Adobe Developer Console.`;
    return undefined;
}
/** Experience Platform: its API gateway (six-digit codes) and Flow Service (FLOW-1403-400). */
function platformHint(status, key, credentials) {
    switch (key) {
        case '401013':
            return tokenRejectedHint(credentials);
        case '403000':
        case '403003':
            return `the API key was not accepted: ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.apiKey)} (or ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)}) must be the client ID of the credential that issued the token.`;
        case '403025':
            return `the credential has no Experience Platform product profile in this organization, or ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)} is not its organization. In Adobe Developer Console add the Experience Platform API with a product profile to the project, and check ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)}.`;
        case '403027':
            // Adobe's Experience Platform troubleshooting guide names these two causes.
            return `Adobe found no region for this credential ("User region is missing"): either ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)} is not the organization ID of the credential (copy it from the project in Adobe Developer Console), or the credential is not in an Experience Platform product profile: add the Experience Platform API with a product profile to the project in Adobe Developer Console, then run again.`;
        case '2101':
            return `the sandbox does not exist in this organization: check ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.sandboxName)} (lowercase, as shown in the sandbox list of Experience Platform).`;
        case '1413':
            return `Flow Service does not offer this connection spec to the organization: check ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.connectionSpecId)}.`;
        case '1415':
            return `${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.authSpecName)} is not an authentication spec of this connection spec: use the name listed under authSpec in GET /connectionSpecs/{id} (for Oracle Service Cloud: Basic Authentication).`;
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
        return `the resource was not found in this organization and sandbox: check ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)} and ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.sandboxName)}.`;
    if (status === 403)
        return `the credential's product profile may lack the Sources permissions (View Sources, Manage Sources) or access to the sandbox named in ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.sandboxName)}: in Adobe Admin Console, add them to the Experience Platform product profile of the credential.`;
    if (status === 401)
        return `check the Adobe credentials (${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)}, ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} or ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.accessToken)}) and ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)}.`;
    if (status === 400)
        return 'Flow Service rejected the request: check the inputs named in the message.';
    return undefined;
}
/** 401013: the gateway did not accept the token. Whose token it was decides what to do. */
function tokenRejectedHint(credentials) {
    switch (credentials) {
        case 'token':
            return `the access token was not accepted: the given ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.accessToken)} expired, or it was issued for another Adobe environment or organization. Get a fresh one for ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId)} (or give ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId)} and ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} so that the action gets its own).`;
        case 'client':
            return `the access token was not accepted, though Adobe IMS had just issued it: ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.imsUrl)} must be the IMS of the Adobe environment of ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.platformUrl)} (https://ims-na1.adobelogin.com for https://platform.adobe.io).`;
        case undefined:
            return `the access token was not accepted: it expired, or it was issued for another Adobe environment or organization. Pass a fresh ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.accessToken)}, or with ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret)} check that ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.imsUrl)} is the IMS of the environment of ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.platformUrl)}.`;
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
    const why = connectionSpecId === _base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ORACLE_SERVICE_CLOUD_SPEC_ID */ .pv
        ? 'Adobe deprecated the Oracle Service Cloud source at the end of May 2025, and this organization no longer has it. Adobe points to Data Landing Zone instead: export from Oracle Service Cloud to files and ingest them through the Data Landing Zone source (https://experienceleague.adobe.com/en/docs/experience-platform/sources/connectors/cloud-storage/data-landing-zone).'
        : `Check ${quoted(_base_connection_names_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.connectionSpecId)}: GET /connectionSpecs lists the sources this organization has.`;
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(`Flow Service does not know connection spec ${connectionSpecId}${adobe}. ${why}`);
}
/** The answer to a create that names an unknown connection spec. */
function isUnknownSpec(error) {
    return error instanceof AdobeApiError && error.code === '1413-400';
}


/***/ }),

/***/ 331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readConfig)
/* harmony export */ });
/* unused harmony export INPUT_DEFAULTS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79);
/* harmony import */ var _runner_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(982);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(205);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(995);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(252);
// The base connection action's inputs (action.yml): read, validated and frozen into one typed
// config before any request is sent. Secrets are masked before anything else is looked at.





const IF_EXISTS_MODES = ['reuse', 'update', 'fail', 'create'];
/** The defaults of action.yml (a test keeps them equal), for runs outside the runner. */
const INPUT_DEFAULTS = {
    ..._runner_access_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCESS_DEFAULTS */ .CP,
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.name]: 'Base connection for Oracle Service Cloud',
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.description]: '',
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.connectionSpecId]: _names_js__WEBPACK_IMPORTED_MODULE_4__/* .ORACLE_SERVICE_CLOUD_SPEC_ID */ .pv,
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.connectionSpecVersion]: '1.0',
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.authSpecName]: 'Basic Authentication',
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.authParams]: '',
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.ifExists]: 'reuse',
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.verify]: 'false',
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.dryRun]: 'false',
    [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.deleteOnCompletion]: 'false'
};
/** A host name with an optional port: `acme.custhelp.com`, `acme.custhelp.com:8443`. */
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/;
const HOST_EXAMPLE = 'https://acme.custhelp.com';
const RESERVED_AUTH_PARAMS = ['host', 'username', 'password'];
function readConfig() {
    // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
    const password = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.password, { trimWhitespace: false });
    (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(password, '"password"');
    const secrets = (0,_runner_access_js__WEBPACK_IMPORTED_MODULE_1__/* .readAdobeSecrets */ .V8)();
    const authParamsText = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.authParams);
    (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(authParamsText, '"auth-params"');
    const problems = [];
    const input = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputReader */ .cN)(INPUT_DEFAULTS);
    const authParams = parseAuthParams(authParamsText, problems);
    const host = input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.host);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.host, host, problems)) {
        if (host === '')
            problems.push(`"host" is required: the Oracle Service Cloud host, e.g. ${HOST_EXAMPLE}`);
        else if (!isValidHost(host))
            problems.push(`"host" must be the Oracle Service Cloud host: a host name or an https:// URL without path, query or fragment (e.g. ${HOST_EXAMPLE}), got ${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA)(host, { bare: true })}`);
    }
    const username = input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.username);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.username, username, problems) && username === '')
        problems.push('"username" is required: the Oracle Service Cloud user name');
    if (password === '')
        problems.push(`"password" is required: the Oracle Service Cloud password (pass it from a secret).${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .forkNote */ .VQ)()}`);
    const identity = (0,_runner_access_js__WEBPACK_IMPORTED_MODULE_1__/* .readAdobeIdentity */ .QA)(secrets, input, problems);
    const name = input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.name);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.name, name, problems) && (name.length < 1 || name.length > 256))
        problems.push(`"name" must be 1 to 256 characters, got ${name.length}`);
    const description = input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.description);
    (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.description, description, problems);
    const connectionSpecId = input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.connectionSpecId);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.connectionSpecId, connectionSpecId, problems) && !_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .UUID */ .kk.test(connectionSpecId))
        problems.push(`"connection-spec-id" must be a UUID (e.g. ${_names_js__WEBPACK_IMPORTED_MODULE_4__/* .ORACLE_SERVICE_CLOUD_SPEC_ID */ .pv}), got "${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(connectionSpecId)}"`);
    const connectionSpecVersion = input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.connectionSpecVersion);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.connectionSpecVersion, connectionSpecVersion, problems) && !/^\S+$/.test(connectionSpecVersion))
        problems.push(`"connection-spec-version" must be a version such as 1.0, got "${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(connectionSpecVersion)}"`);
    const authSpecName = input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.authSpecName);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.authSpecName, authSpecName, problems) && authSpecName === '')
        problems.push('"auth-spec-name" must not be empty (e.g. Basic Authentication)');
    const ifExists = input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.ifExists);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.ifExists, ifExists, problems) && !IF_EXISTS_MODES.includes(ifExists))
        problems.push(`"if-exists" must be one of ${IF_EXISTS_MODES.join(', ')}, got "${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(ifExists)}"`);
    const verify = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.verify, input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.verify), problems);
    const dryRun = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.dryRun, input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.dryRun), problems);
    const deleteOnCompletion = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.deleteOnCompletion, input(_names_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT */ .bO.deleteOnCompletion), problems);
    const endpoints = (0,_runner_access_js__WEBPACK_IMPORTED_MODULE_1__/* .readAdobeEndpoints */ .wQ)(input, problems);
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
        throw new _runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problems);
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
            (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(String(value), `"auth-params" value of "${key}"`);
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

/***/ 749:
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
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
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

/***/ 517:
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
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(717);


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
        if (this.opening.has(target.origin) || this.clients.has(target.origin) || (0,_actions_http_client__WEBPACK_IMPORTED_MODULE_1__/* .getProxyUrl */ .s_)(url) !== '')
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
            client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq(USER_AGENT, [], {
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
    const tunnel = node_util__WEBPACK_IMPORTED_MODULE_0__.types.isNativeError(error) ? TUNNEL_FAILURE.exec(error.message) : null;
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
    const message = node_util__WEBPACK_IMPORTED_MODULE_0__.types.isNativeError(error) ? error.message : String(error);
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
        const href = (0,_actions_http_client__WEBPACK_IMPORTED_MODULE_1__/* .getProxyUrl */ .s_)(url);
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


/***/ })

};
