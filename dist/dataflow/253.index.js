export const id = 253;
export const ids = [253];
export const modules = {

/***/ 2412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ ORACLE_SERVICE_CLOUD_RETIRED),
/* harmony export */   MP: () => (/* binding */ seeEntry),
/* harmony export */   Py: () => (/* binding */ ENTRY),
/* harmony export */   d9: () => (/* binding */ wordingWith),
/* harmony export */   pv: () => (/* binding */ ORACLE_SERVICE_CLOUD_SPEC_ID)
/* harmony export */ });
/* unused harmony exports ANSWER_UNREADABLE, ACCESS_HINTS, TROUBLESHOOTING_URL, TROUBLESHOOTING_ENTRY */
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
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   gB: () => (/* binding */ safe),
/* harmony export */   jt: () => (/* binding */ sendToAdobe),
/* harmony export */   kS: () => (/* binding */ notDocumented),
/* harmony export */   op: () => (/* binding */ readJsonObject)
/* harmony export */ });
/* unused harmony exports ADVICE, PLATFORM, requestIdNote, adobeReference, requestIdOf, parseAdobeError, explainFailure, adviceFor, EXPLAINED, isSourceRejection, isUnknownSpec */
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
        const url = `${this.base}/runs?property=${encodeURIComponent(`flowId==${flowId}`)}`;
        return this.platform.list(`read the runs of dataflow ${flowId}`, url, this.base, readRun);
    }
    runsSince(flowId, since) {
        // Filtered on Flow Service's side as sort-and-filter.md filters runs by time (the run's start),
        // in as large pages as it gives.
        const filters = [`flowId==${flowId}`, `metrics.durationSummary.startedAtUTC>${Math.floor(since)}`];
        const query = [...filters.map(f => `property=${encodeURIComponent(f)}`), `limit=${_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .UNFILTERED_PAGE */ .Xf}`].join('&');
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

/***/ 767:
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
;// CONCATENATED MODULE: ./src/converge/decide.ts
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
    const flowDecision = decide(config.ifExists, found.flows);
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
        const timer = setTimeout(() => {
            opened?.destroy();
            done();
        }, timeoutMs);
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
                socket.once(secure ? 'secureConnect' : 'connect', () => {
                    if (waiting.length > 0 || !secure || socket.getProtocol() !== 'TLSv1.3')
                        return free();
                    const wait = setTimeout(free, Date.now() - started);
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
