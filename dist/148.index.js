export const id = 148;
export const ids = [148];
export const modules = {

/***/ 595:
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
var adobe_errors = __webpack_require__(452);
// EXTERNAL MODULE: ./src/runner/errors.ts
var errors = __webpack_require__(507);
;// CONCATENATED MODULE: ./src/adobe/platform.ts
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
    async list(operation, firstUrl, serviceBase, readItem, { keep, name } = {}) {
        const seen = new Set();
        const found = [];
        const read = { bytes: 0, items: 0 };
        let url = firstUrl;
        while (url !== undefined) {
            if (seen.has(url) || seen.size >= LIST_LIMITS.pages) {
                throw new errors/* ActionError */.l(`Could not ${operation}: the list did not end after ${seen.size} pages.`);
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
            url = page.next === undefined ? undefined : this.resolveLink(operation, page.next, serviceBase);
        }
        return found;
    }
    /** A list past LIST_LIMITS: what was looked up, where, and how much was read. */
    unending(operation, name, over, pages, read) {
        const forName = name === undefined || operation.includes(`"${name}"`) ? '' : ` for the name "${name}"`;
        const items = (n) => n.toLocaleString('en-US');
        return new errors/* ActionError */.l(`Could not ${operation}: the list${forName} in sandbox "${this.settings.sandboxName}" went past ${over} without ending (${pages} pages, ${items(read.items)} items, ${megabytes(read.bytes)} MB read); one look-up reads at most ${megabytes(LIST_LIMITS.bytes)} MB and ${items(LIST_LIMITS.items)} items.\nNext step: run again later; if the list still does not end, report it to Adobe support.`);
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
        throw new errors/* ActionError */.l(`Could not ${operation}: the answer gave a next-page link to another origin than ${platformUrl}.`);
    }
    /** The request's answer, or undefined when the platform answers 404 (not there); other errors are thrown. */
    async callUnlessNotFound(request, options) {
        try {
            return await this.call(request, options);
        }
        catch (error) {
            if (error instanceof adobe_errors/* AdobeApiError */.Eg && error.status === 404)
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
        const send = (token) => (0,adobe_errors/* sendToAdobe */.jt)(this.transport, {
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
            if (!(0,adobe_errors/* isTokenRejection */.H$)(error))
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
        throw new errors/* ActionError */.l(`Could not ${operation((0,adobe_errors/* safe */.gB)(id, 100) ?? '')}: the id is not ${what}.`);
    return id;
}
/** A page of a list: `items`, and the link to the next page when there is one. */
function readItems(response, readItem) {
    const body = (0,adobe_errors/* readJsonObject */.op)(response);
    if (!Array.isArray(body.items))
        throw (0,adobe_errors/* notDocumented */.kS)('no items list');
    const next = body._links?.next?.href;
    return { items: body.items.map(readItem), next: typeof next === 'string' && next !== '' ? next : undefined };
}

;// CONCATENATED MODULE: ./src/adobe/collection.ts


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
     * A comma in a filter value means OR to Flow Service, so such a name is matched here only; an
     * object of another sandbox (as a gateway that ignores the header would list it) is never one.
     */
    async findByName(name, filters = []) {
        const all = name.includes(',') ? filters : [`name==${name}`, ...filters];
        const query = all.map(f => `property=${encodeURIComponent(f)}`).join('&');
        const url = query === '' ? this.base : `${this.base}?${query}`;
        const { sandboxName } = this.platform.settings;
        // Only the matches are kept: the others of a long list are read, counted and dropped.
        return this.platform.list(this.lookingUp(name), url, this.serviceBase, this.read, {
            keep: item => item.name === name && (item.sandboxName ?? sandboxName) === sandboxName,
            name
        });
    }
    async get(id) {
        const operation = (shown) => `read ${this.what} ${shown}`;
        return this.platform.callUnlessNotFound({ operation: operation(id), method: 'GET', url: this.itemUrl(id, operation) }, {
            // Flow Service answers a one-item list.
            read: response => {
                const { items } = readItems(response, this.read);
                const [item] = items;
                if (items.length !== 1 || item === undefined)
                    throw (0,adobe_errors/* notDocumented */.kS)('not a one-item list');
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
        return `${this.base}/${idSegment(id, 'flow-service', operation)}`;
    }
}
function readWritten(response) {
    const { id, etag } = (0,adobe_errors/* readJsonObject */.op)(response);
    if (typeof id !== 'string' || id === '' || typeof etag !== 'string')
        throw (0,adobe_errors/* notDocumented */.kS)('no id and etag');
    return { id, etag };
}
/** The fields every object found by name has, and the raw item for the reader of its kind. */
function readNamed(raw, what) {
    const item = (raw ?? {});
    // Flow Service calls the etag `version` in some answers (update-dataflows.md).
    const etag = typeof item.etag === 'string' ? item.etag : item.version;
    if (typeof item.id !== 'string' || typeof item.name !== 'string' || typeof etag !== 'string') {
        throw (0,adobe_errors/* notDocumented */.kS)(`a ${what} without id, name or etag`);
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
        const url = `${this.platform.settings.platformUrl}${CATALOG_PATH}/dataSets/${idSegment(id, 'dataset', operation)}`;
        return this.platform.callUnlessNotFound({ operation: operation(id), method: 'GET', url }, {
            read: response => {
                // Catalog keys the answer by the dataset's id.
                const item = (0,adobe_errors/* readJsonObject */.op)(response)[id];
                if (item === undefined)
                    return undefined; // an empty answer: no such dataset
                const ref = item?.schemaRef;
                if (typeof ref?.id !== 'string')
                    throw (0,adobe_errors/* notDocumented */.kS)('a dataset without schemaRef.id');
                return { id, name: stringOf(item?.name), schemaId: ref.id };
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
            url: `${this.base}/${idSegment(id, 'mapping-set', operation)}?version=${version}`
        }, { read: readMappingSet });
    }
    async writeMappingSet(request, id) {
        const operation = (shown) => `write a new version of mapping set ${shown}`;
        return this.platform.call({
            operation: id === undefined ? 'create the mapping set' : operation(id),
            method: id === undefined ? 'POST' : 'PUT',
            // The id is the one the dataflow names: from an answer, so checked.
            url: id === undefined ? this.base : `${this.base}/${idSegment(id, 'mapping-set', operation)}`,
            body: JSON.stringify(request)
        }, {
            read: response => {
                const { id: written, version } = (0,adobe_errors/* readJsonObject */.op)(response);
                if (typeof written !== 'string' || typeof version !== 'number')
                    throw (0,adobe_errors/* notDocumented */.kS)('no id and version');
                return { id: written, version };
            }
        });
    }
}
function readMappingSet(response) {
    const body = (0,adobe_errors/* readJsonObject */.op)(response);
    if (typeof body.id !== 'string' || typeof body.version !== 'number' || !Array.isArray(body.mappings)) {
        throw (0,adobe_errors/* notDocumented */.kS)('a mapping set without id, version or mappings');
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

;// CONCATENATED MODULE: ./src/adobe/flow-service.ts



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
        this.base = `${platform.settings.platformUrl}${FLOW_SERVICE_PATH}`;
        const collection = (path, what, read) => new FlowServiceCollection(platform, this.base, path, what, read);
        this.connections = new FlowServiceCollection(platform, this.base, 'connections', 'base connection', readConnection, () => 'look up existing base connections');
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
            url: `${this.base}/connections/${idSegment(connectionId, 'flow-service', operation)}/explore?objectType=root`
        }, { read: readTables });
    }
    async exploreTable(connectionId, path) {
        const query = `objectType=table&object=${encodeURIComponent(path)}`;
        const operation = (id) => `explore table "${path}" of base connection ${id}`;
        return this.platform.call({
            operation: operation(connectionId),
            method: 'GET',
            url: `${this.base}/connections/${idSegment(connectionId, 'flow-service', operation)}/explore?${query}`
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
}
function readConnection(raw) {
    const { named, item } = readNamed(raw, 'connection');
    const spec = item.connectionSpec;
    return {
        ...named,
        connectionSpecId: stringOf(spec?.id),
        connectionSpecVersion: stringOf(spec?.version)
    };
}
function readSource(raw) {
    const { named, item } = readNamed(raw, 'source connection');
    const params = (item.params ?? {});
    return {
        ...named,
        baseConnectionId: stringOf(item.baseConnectionId),
        // The older tutorial's params.path names the table too.
        tableName: stringOf(params.tableName) ?? stringOf(params.path),
        // Columns are sent as explore's {name, type, xdm} objects (older answers hold names): read by name.
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
        throw (0,adobe_errors/* notDocumented */.kS)('a flow spec without id or name');
    const schedule = item.scheduleSpec?.spec;
    return {
        id: item.id,
        version: stringOf(item.version) ?? '1.0',
        name: item.name,
        sourceConnectionSpecIds: stringsOf(item.sourceConnectionSpecIds),
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
        throw (0,adobe_errors/* notDocumented */.kS)('a run without id');
    const metrics = (item.metrics ?? {});
    const written = metrics.recordSummary?.outputRecordCount;
    const errors = Array.isArray(metrics.statusSummary?.errors) ? metrics.statusSummary.errors : [];
    return {
        id: item.id,
        status: stringOf(metrics.statusSummary?.status) ?? 'unknown',
        createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
        recordsWritten: typeof written === 'number' ? written : undefined,
        errors: errors.flatMap(raw => {
            const error = (raw ?? {});
            const code = (0,adobe_errors/* safe */.gB)(stringOf(error.code), 100);
            const message = (0,adobe_errors/* safe */.gB)(stringOf(error.message));
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
        throw (0,adobe_errors/* notDocumented */.kS)('not JSON');
    }
    if (!Array.isArray(body))
        throw (0,adobe_errors/* notDocumented */.kS)('explore did not answer a list');
    return body.flatMap(raw => {
        const item = (raw ?? {});
        const path = stringOf(item.path);
        if (path === undefined || (item.type !== undefined && item.type !== 'table'))
            return [];
        return [{ name: stringOf(item.name) ?? path, path }];
    });
}
/** Explore of one table: `{schema: {columns: [{name, type, xdm}]}}` (explore/tabular.md). */
function readColumns(response) {
    const schema = (0,adobe_errors/* readJsonObject */.op)(response).schema;
    if (!Array.isArray(schema?.columns))
        throw (0,adobe_errors/* notDocumented */.kS)('no schema.columns');
    return schema.columns.map(raw => {
        const column = (raw ?? {});
        const name = stringOf(column.name);
        const type = stringOf(column.type);
        // Sent back as they are in the source connection: nothing is made up for a column explore left bare.
        if (name === undefined || type === undefined || typeof column.xdm !== 'object' || column.xdm === null)
            throw (0,adobe_errors/* notDocumented */.kS)('a column without name, type or xdm');
        const xdmType = stringOf(column['meta:xdmType']);
        return {
            name,
            type,
            ...(xdmType === undefined ? {} : { 'meta:xdmType': xdmType }),
            xdm: column.xdm
        };
    });
}

// EXTERNAL MODULE: ./src/runner/secrets.ts
var secrets = __webpack_require__(995);
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
        return (0,adobe_errors/* sendToAdobe */.jt)(this.transport, {
            operation: 'get an access token from Adobe IMS',
            method: 'POST',
            url: `${this.imsUrl}${IMS_TOKEN_PATH}`,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body
        }, { read: readToken }, { service: 'ims', wording: this.wording });
    }
}
function readToken(response) {
    const token = (0,adobe_errors/* readJsonObject */.op)(response).access_token;
    if (typeof token !== 'string' || token === '')
        throw (0,adobe_errors/* notDocumented */.kS)('no access_token');
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
    const properties = (0,adobe_errors/* readJsonObject */.op)(response).properties;
    if (typeof properties !== 'object' || properties === null)
        throw (0,adobe_errors/* notDocumented */.kS)('a schema without properties');
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









function connect(settings, { wording, sleep, cancelled }) {
    const pacing = { ...(sleep && { sleep }), ...(cancelled && { stopped: () => cancelled() !== undefined }) };
    const transport = new http_transport/* Transport */.oK({ ...http_transport/* DEFAULT_RETRY */.vI, ...pacing, maxAttempts: settings.maxAttempts, timeoutMs: settings.timeoutMs }, log/* log */.Rm, adobe_errors/* describeAnswer */.O1);
    // The platform's TCP and TLS handshakes overlap the token request to IMS (another origin).
    transport.preconnect(settings.platformUrl);
    const tokens = settings.credentials.kind === 'client'
        ? new ImsTokenSource(transport, settings.imsUrl, settings.credentials, wording)
        : new StaticTokenSource(settings.credentials.accessToken);
    const platform = new Platform(transport, settings, tokens, log/* log */.Rm, wording);
    return {
        flowService: new FlowServiceClient(platform),
        catalog: new CatalogClient(platform),
        dataPrep: new DataPrepClient(platform),
        schemaRegistry: new SchemaRegistryClient(platform),
        close: () => transport.close()
    };
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ AdobeApiError),
/* harmony export */   H$: () => (/* binding */ isTokenRejection),
/* harmony export */   O1: () => (/* binding */ describeAnswer),
/* harmony export */   YA: () => (/* binding */ isUnknownSpec),
/* harmony export */   gB: () => (/* binding */ safe),
/* harmony export */   j_: () => (/* binding */ isSourceRejection),
/* harmony export */   jt: () => (/* binding */ sendToAdobe),
/* harmony export */   kS: () => (/* binding */ notDocumented),
/* harmony export */   op: () => (/* binding */ readJsonObject),
/* harmony export */   rb: () => (/* binding */ adobeReference)
/* harmony export */ });
/* unused harmony exports ADVICE, PLATFORM, requestIdNote, requestIdOf, parseAdobeError, explainFailure, adviceFor */
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(517);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(507);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(708);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(995);
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
    const key = code?.split('-')[0];
    // 1403 means two things in Adobe's catalogues: a missing If-Match header (flow-service-errors.md)
    // and a schedule change to once after the start time (sources-errors.md). Only the first is a bug of ours.
    if (key === '1403' && /frequency|start time/i.test(adobeMessage ?? ''))
        return STATUS_ADVICE[status];
    // IMS's OAuth error codes say who answered by themselves.
    switch (key) {
        case 'invalid_client':
        case 'unauthorized_client':
            return 'ims-client-rejected';
        case 'invalid_scope':
            return 'ims-scope-rejected';
    }
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
    if (key === '401013') {
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
/** Experience Platform's codes: its API gateway (six digits) and Flow Service (FLOW-1403-400). */
const PLATFORM_CODES = {
    '403000': 'api-key-rejected',
    '403003': 'api-key-rejected',
    '403025': 'no-product-profile',
    // Adobe's Experience Platform troubleshooting guide: "User region is missing".
    '403027': 'no-region',
    '2101': 'unknown-sandbox',
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
/** Explore fails with a 4xx of Flow Service's own (not the gateway's) when the source says no. */
function isSourceRejection(error) {
    return error instanceof AdobeApiError && error.status === 400 && /^\d{4}-\d{3}$/.test(error.code ?? '');
}
/** The gateway no longer accepts the token (it expired or was revoked): worth one fresh token. */
function isTokenRejection(error) {
    return error instanceof AdobeApiError && error.status === 401 && error.code === '401013';
}
/** The answer to a create that names an unknown connection spec. */
function isUnknownSpec(error) {
    return error instanceof AdobeApiError && error.code === '1413-400';
}


/***/ }),

/***/ 939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   V4: () => (/* binding */ outputs),
/* harmony export */   WE: () => (/* binding */ unknownSpecError),
/* harmony export */   YD: () => (/* binding */ runLog),
/* harmony export */   _5: () => (/* binding */ describeDryRun),
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   z: () => (/* binding */ summary),
/* harmony export */   z4: () => (/* binding */ wording)
/* harmony export */ });
/* unused harmony exports redactConnectionRequest, dryRunText, dryRunFailure, dryRunResult, outcome */
/* harmony import */ var _access_hints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(412);
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(507);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(995);
/* harmony import */ var _runner_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(252);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(540);
// Every sentence of the base connection action: log lines, the dry run's text, the job summary,
// the outputs, why a plan fails, and Adobe's advice in the words of this action's inputs (with the
// retired Oracle Service Cloud source named as such). Each is derived from the plan, a result or
// Adobe's answer; nothing here decides anything.







const quoted = (input) => `"${input}"`;
/** Adobe's advice in this action's words: the shared inputs', and those of its own inputs. */
const wording = (0,_access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .wordingWith */ .d9)({
    'base-connection-in-use': 'dataflows still use this base connection: delete them first (Sources > Dataflows, or the dataflow action with delete-on-completion), then the base connection.',
    'answer-unreadable': `${_access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .ANSWER_UNREADABLE */ .xl} (except with ${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT */ .bO.ifExists}=create, which would create another).`,
    'unknown-connection-spec': `Flow Service does not offer this connection spec to the organization: check ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT */ .bO.connectionSpecId)}.`,
    'unknown-auth-spec': `${quoted(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT */ .bO.authSpecName)} is not an authentication spec of this connection spec: use the name listed under authSpec in GET /connectionSpecs/{id} (for Oracle Service Cloud: Basic Authentication).`
});
/** Adobe retired the Oracle Service Cloud source; an org without the spec gets told so plainly. */
function unknownSpecError(connectionSpecId, cause) {
    const adobe = cause ? ` (${(0,_adobe_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .adobeReference */ .rb)(cause)})` : '';
    const why = connectionSpecId === _names_js__WEBPACK_IMPORTED_MODULE_3__/* .ORACLE_SERVICE_CLOUD_SPEC_ID */ .pv
        ? _access_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .ORACLE_SERVICE_CLOUD_RETIRED */ .$w
        : `Check ${quoted(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT */ .bO.connectionSpecId)}: GET /connectionSpecs lists the sources this organization has.`;
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(`Flow Service does not know connection spec ${connectionSpecId}${adobe}. ${why}`);
}
/** auth.params keys that are not secrets; every other value is. */
const PLAIN_PARAMS = new Set(['host', 'username']);
/** The body with every secret (password, auth-params values) replaced, for printing. */
function redactConnectionRequest(request) {
    const params = Object.fromEntries(Object.entries(request.auth.params).map(([key, value]) => [key, PLAIN_PARAMS.has(key) ? value : _runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .REDACTED */ .XF]));
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
        const ids = (0,_runner_text_js__WEBPACK_IMPORTED_MODULE_5__/* .listed */ .K)(failure.matches.map(m => m.id));
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
                ? ` (besides ${(0,_runner_text_js__WEBPACK_IMPORTED_MODULE_5__/* .listed */ .K)(plan.matches.map(m => m.id))}, as if-exists is create)`
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
    return connection !== undefined && !(0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .isEnabled */ .Ol)(connection) ? { state: connection.state } : {};
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
/** The step outputs. */
function outputs(plan, result) {
    return {
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.baseConnectionId]: result.id ?? '',
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.etag]: result.etag ?? '',
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.created]: String(result.outcome === 'created'),
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.outcome]: outcome(plan, result)
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
/** The job summary, built only from non-secret values. */
function summary(plan, result) {
    const { subject } = plan;
    const table = [
        ['Field', 'Value'],
        ['Outcome', OUTCOME_TEXT[outcome(plan, result)] ?? outcome(plan, result)],
        ['Base connection id', result.id ?? '(none yet)'],
        ['Name', subject.name],
        ['Sandbox', subject.sandboxName],
        ['Connection spec', `${subject.connectionSpecId} v${subject.connectionSpecVersion}`],
        ...(result.state === undefined ? [] : [['State', `${result.state} (not enabled)`]])
    ];
    const heading = 'Adobe Experience Platform base connection';
    return plan.dryRun ? { heading, table, text: dryRunText(plan).join('\n') } : { heading, table };
}
/** A dry run: the plan and the request body, one log line per line (the body is multi-line JSON). */
function describeDryRun(plan) {
    const result = dryRunResult(plan);
    return {
        lines: dryRunText(plan).flatMap(text => text.split('\n')),
        outputs: outputs(plan, result),
        summary: summary(plan, result),
        failure: dryRunFailure(plan)
    };
}


/***/ }),

/***/ 722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g7: () => (/* binding */ execute),
  NT: () => (/* binding */ findConnections),
  TE: () => (/* binding */ lookUp)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: ./src/adobe/errors.ts
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./src/converge/create.ts
var create = __webpack_require__(749);
;// CONCATENATED MODULE: ./src/converge/look-up.ts
// Reading what exists by name, when other runs may be settling at this very moment: each of them
// deletes its losing object within a round trip, so two objects of one name are read again, a
// second apart, before they count as real duplicates.

/** How many times duplicates are read again before they count. */
const DUPLICATE_RECHECKS = 3;
/** Reads, and reads again while `hasDuplicates` says the answer may be runs settling. */
async function readSettled(read, hasDuplicates, sleep) {
    let found = await read();
    for (let check = 0; check < DUPLICATE_RECHECKS && hasDuplicates(found); check++) {
        await sleep(create/* POLL_MS */.JO);
        found = await read();
    }
    return found;
}

// EXTERNAL MODULE: ./src/runner/errors.ts
var runner_errors = __webpack_require__(507);
// EXTERNAL MODULE: ./src/runner/job-state.ts
var job_state = __webpack_require__(665);
// EXTERNAL MODULE: ./src/base-connection/describe.ts
var describe = __webpack_require__(939);
// EXTERNAL MODULE: ./src/base-connection/names.ts
var names = __webpack_require__(252);
// EXTERNAL MODULE: ./src/base-connection/plan.ts + 1 modules
var base_connection_plan = __webpack_require__(540);
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
        throw (0,describe/* unknownSpecError */.WE)(subject.connectionSpecId);
    }
    if (!needs.byName)
        return undefined;
    return readSettled(() => findConnections(flow, subject.name, subject.connectionSpecId), found => needs.recheckDuplicates && found.length > 1, sleep);
}
/** Every base connection of the sandbox with this name and connection spec. */
async function findConnections(flow, name, connectionSpecId) {
    const found = await flow.connections.findByName(name, [`connectionSpec.id==${connectionSpecId}`]);
    return found.filter(c => (c.connectionSpecId ?? connectionSpecId) === connectionSpecId);
}
async function execute(plan, deps) {
    const { steps, subject } = plan;
    stopIfCancelled(deps, undefined);
    if (failsFirst(steps))
        throw new runner_errors/* ActionError */.l((0,describe/* failureMessage */.oh)(steps[0].failure, subject));
    let done;
    if (probesFirst(steps)) {
        await probe(plan, steps[0], deps);
        stopIfCancelled(deps, undefined);
        done = await carryOut(plan, steps[1], deps);
    }
    else {
        const [main, check] = steps;
        done = await carryOut(plan, main, deps);
        if (check !== undefined) {
            stopIfCancelled(deps, done);
            await verify(deps, done.id, done.outcome);
        }
    }
    // A cancelled job fails even when its last step got through (the post step cleans up).
    stopIfCancelled(deps, done);
    return done;
}
function failsFirst(steps) {
    return steps[0].kind === 'fail';
}
function probesFirst(steps) {
    return steps[0].kind === 'probe';
}
function stopIfCancelled(deps, done) {
    const signal = deps.cancelled?.();
    if (signal === undefined)
        return;
    const what = done === undefined ? 'nothing was changed' : `base connection ${done.id} was ${done.outcome}`;
    throw new runner_errors/* ActionError */.l(`The job was cancelled (${signal}); stopped here: ${what}.`);
}
/** The step that ends with a connection. */
async function carryOut(plan, step, deps) {
    const { subject } = plan;
    switch (step.kind) {
        case 'reuse': {
            const { connection } = step;
            deps.log.info(describe/* runLog */.YD.reusing(subject, connection.id));
            const state = (0,describe/* stateOf */.L4)(connection);
            if (state.state !== undefined)
                deps.log.warning(describe/* runLog */.YD.notEnabled(subject, connection.id, state.state));
            return { outcome: 'reused', id: connection.id, etag: connection.etag, ...state };
        }
        case 'update': {
            const written = await update(deps, step.connection, step.operations);
            deps.log.info(describe/* runLog */.YD.updated(subject, written.id));
            return { outcome: 'updated', ...written };
        }
        case 'create':
            if (plan.matches !== undefined)
                deps.log.info(describe/* runLog */.YD.creating(subject));
            return execute_create(plan, step, deps);
    }
}
function update(deps, connection, operations) {
    const { flow } = deps;
    return (0,create/* patchLatest */.ss)({
        what: 'base connection',
        found: connection,
        get: id => flow.connections.get(id),
        patch: (id, etag, changes) => flow.connections.patch(id, etag, changes),
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
        sentAt: deps.now(),
        before: plan.matches === undefined ? null : plan.matches.map(c => c.id),
        waitMs: deps.commitWaitMs
    };
    const record = (0,job_state/* recorderOf */.MU)(deps.record, names/* JOB_KIND */.Xw);
    let sent;
    try {
        sent = await (0,create/* createOnce */.Ur)({
            what: 'base connection',
            unproven: 'reports created=false',
            pending,
            record,
            find: () => findConnections(flow, subject.name, subject.connectionSpecId),
            serverClockOffsetMs: () => flow.serverClockOffsetMs,
            post: recover => flow.connections.create(step.request, recover, { operation: 'create the base connection' })
        }, deps);
    }
    catch (error) {
        if ((0,errors/* isUnknownSpec */.YA)(error))
            throw (0,describe/* unknownSpecError */.WE)(subject.connectionSpecId, error);
        throw error;
    }
    const { written, proven } = sent;
    if (proven)
        deps.log.info(describe/* runLog */.YD.created(subject, written.id));
    const kept = () => (proven ? { outcome: 'created', ...written } : adopted(subject, written, deps));
    if (step.onLoss === 'none')
        return kept();
    const { winner, lost } = await (0,create/* settle */.G9)({
        what: 'base connection',
        name: subject.name,
        written,
        proven,
        find: () => findConnections(flow, subject.name, subject.connectionSpecId),
        remove: id => flow.connections.delete(id),
        record,
        pending: sent.pending,
        landsBy: sent.landsBy
    }, deps);
    if (!lost || winner === undefined)
        return kept();
    if (step.onLoss === 'fail')
        throw new runner_errors/* ActionError */.l((0,describe/* failureMessage */.oh)({ why: 'exists', match: winner }, subject));
    return adopted(subject, winner, deps);
}
/** A connection this run cannot prove it made: reused, never reported as created or deleted. */
function adopted(subject, connection, deps) {
    deps.log.info(describe/* runLog */.YD.reusing(subject, connection.id));
    return { outcome: 'reused', id: connection.id, etag: connection.etag };
}
/** What happened to a connection after the source rejected its credentials. */
const AFTER_REJECTION = {
    created: 'The connection this run created was deleted again.',
    reused: 'The connection was not changed: run again with if-exists=update and the right credentials.',
    updated: 'The connection now holds these credentials; fix them and run again with if-exists=update.'
};
async function verify(deps, id, outcome) {
    try {
        await deps.flow.explore(id);
    }
    catch (error) {
        if (!(0,errors/* isSourceRejection */.j_)(error))
            throw error;
        let consequence = AFTER_REJECTION[outcome];
        if (outcome === 'created' && !(await deleteAgain(deps, id, 'after it failed verification'))) {
            consequence = `The connection this run created (${id}) could not be deleted: delete it by hand.`;
        }
        throw rejectedCredentials(`base connection ${id}`, error, consequence);
    }
    deps.log.info(describe/* runLog */.YD.verified(id));
}
function rejectedCredentials(what, error, consequence) {
    return new runner_errors/* ActionError */.l(`Oracle Service Cloud rejected the credentials of ${what}: ${error.details.adobeMessage ?? 'no message'} (${(0,errors/* adobeReference */.rb)(error)}).\nNext step: check "host", "username" and "password". ${consequence}`);
}
/** Deletes a connection this run made; false (and a warning) when that fails. */
async function deleteAgain(deps, id, why, recorded = true) {
    try {
        await deps.flow.connections.delete(id);
    }
    catch (error) {
        deps.log.warning(`Could not delete base connection ${id} ${why}: ${error.message}`);
        return false;
    }
    if (recorded)
        (0,job_state/* recorderOf */.MU)(deps.record, names/* JOB_KIND */.Xw)?.deleted();
    return true;
}
/**
 * New credentials are tried on a temporary connection before they replace those of the live one:
 * rejected credentials fail the step and leave the live connection (and its dataflows) untouched.
 */
async function probe(plan, step, deps) {
    const live = plan.steps.find(s => s.kind === 'update');
    const liveId = live?.kind === 'update' ? live.connection.id : '(none)';
    const request = (0,base_connection_plan/* withProbeToken */.cc)(step.request, (0,external_node_crypto_.randomBytes)(4).toString('hex'));
    // A lost answer: the probe is found by its name, which is this run's alone.
    const recover = async () => (await findConnections(deps.flow, request.name, request.connectionSpec.id)).find(c => c.name === request.name);
    const { id } = await deps.flow.connections.create(request, recover, {
        operation: 'create a temporary connection to check the new credentials'
    });
    try {
        await deps.flow.explore(id);
    }
    catch (error) {
        if (!(0,errors/* isSourceRejection */.j_)(error))
            throw error;
        throw rejectedCredentials('a temporary connection', error, `Base connection ${liveId} was not changed (it keeps its current credentials).`);
    }
    finally {
        await deleteAgain(deps, id, '(the temporary connection that checked the new credentials)', false);
    }
    deps.log.info(describe/* runLog */.YD.probeAccepted(liveId));
}


/***/ }),

/***/ 973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ readConfig)
});

// UNUSED EXPORTS: INPUT_DEFAULTS

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: ./src/runner/errors.ts
var errors = __webpack_require__(507);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(708);
;// CONCATENATED MODULE: ./src/runner/inputs.ts
// The rules every action applies to its inputs: how an input is read (a default only when it is
// absent), which characters a printed input may hold, booleans, positive numbers, and how a value
// is echoed in a message. Each action's inputs.ts builds its config from these.



/** Every problem with the inputs, reported at once. */
class inputs_InputError extends errors/* ActionError */.l {
    problems;
    name = 'InputError';
    constructor(problems) {
        super(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n${problems.map(p => `- ${p}`).join('\n')}`);
        this.problems = problems;
    }
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BOOLEAN_TRUE = ['true', 'True', 'TRUE'];
const BOOLEAN_FALSE = ['false', 'False', 'FALSE'];
/**
 * Reads inputs with these fallback defaults. A default applies when the input is absent; an explicit
 * empty value (an unset `vars.X`, say) is refused rather than silently replaced, so that nothing
 * lands in prod by accident.
 */
function inputs_inputReader(defaults) {
    return name => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
        ? (defaults[name] ?? '')
        : core/* getInput */.V4(name);
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
/** Events on which a pull request from a fork runs without the repository's secrets. */
const SECRETLESS_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/** Why a secret may be missing: said where it is the likely reason. */
function forkNote() {
    return SECRETLESS_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '')
        ? ' On a pull request from a fork, GitHub passes no secrets to the workflow.'
        : '';
}
/** True in a spelling core.getBooleanInput takes as true (whether the rest is valid is readBoolean's to say). */
function isTrue(value) {
    return BOOLEAN_TRUE.includes(value);
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
function parseUrl(value) {
    try {
        return new URL(value);
    }
    catch {
        return undefined;
    }
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

// EXTERNAL MODULE: ./src/runner/secrets.ts
var runner_secrets = __webpack_require__(995);
// EXTERNAL MODULE: ./src/access/names.ts
var names = __webpack_require__(538);
;// CONCATENATED MODULE: ./src/access/inputs.ts
// The Adobe-access inputs every action reads alike (credentials, API key, organization, sandbox,
// endpoints, time limit and attempts): one set of names, defaults, rules and messages. An action
// reads them in three steps, so that its problems are listed in the order of its action.yml
// (credentials first, endpoints last): readAdobeSecrets() before anything else,
// readAdobeIdentity() with its other credentials, and readAdobeEndpoints() after its own inputs.
// Each pushes its problems into the action's one list.




const SANDBOX_NAME = /^[a-z][a-z0-9-]{0,255}$/;
const ORG_ID = /^[A-Za-z0-9]+@AdobeOrg$/;
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
// Values sent in headers; empty passes here (required-ness is checked on its own).
const HEADER_SAFE = /^[\x21-\x7E]*$/;
/** Reads "client-secret" and "access-token" and masks them: before anything else is looked at. */
function readAdobeSecrets() {
    const clientSecret = core/* getInput */.V4(names/* ACCESS_INPUT */.I.clientSecret);
    const accessToken = core/* getInput */.V4(names/* ACCESS_INPUT */.I.accessToken);
    (0,runner_secrets/* maskSecret */.$l)(clientSecret, '"client-secret"');
    (0,runner_secrets/* maskSecret */.$l)(accessToken, '"access-token"');
    return { clientSecret, accessToken };
}
/** "client-id", the secrets, "api-key", "scopes", "org-id" and "sandbox-name". */
function readAdobeIdentity(secrets, input, problems) {
    const { clientSecret, accessToken } = secrets;
    const clientId = input(names/* ACCESS_INPUT */.I.clientId);
    const clientIdPrintable = printable(names/* ACCESS_INPUT */.I.clientId, clientId, problems);
    if (clientSecret !== '' && accessToken !== '')
        problems.push('give exactly one of "client-secret" and "access-token", not both');
    else if (clientSecret === '' && accessToken === '')
        problems.push(`one of "client-secret" (with "client-id") or "access-token" is required to authenticate with Adobe.${forkNote()}`);
    else if (clientSecret !== '' && clientId === '')
        problems.push('"client-id" is required with "client-secret": the OAuth Server-to-Server client ID');
    // A client-id with a control character is reported once, above.
    for (const [name, value] of [
        [names/* ACCESS_INPUT */.I.clientId, clientIdPrintable ? clientId : ''],
        [names/* ACCESS_INPUT */.I.accessToken, accessToken]
    ]) {
        if (!HEADER_SAFE.test(value))
            problems.push(`"${name}" must be printable ASCII without spaces (it is sent in a header)`);
    }
    const apiKeyInput = input(names/* ACCESS_INPUT */.I.apiKey);
    if (printable(names/* ACCESS_INPUT */.I.apiKey, apiKeyInput, problems) && !HEADER_SAFE.test(apiKeyInput))
        problems.push('"api-key" must be printable ASCII without spaces (it is sent as x-api-key)');
    const apiKey = apiKeyInput || clientId;
    if (apiKey === '' && accessToken !== '')
        problems.push('"api-key" (or "client-id") is required with "access-token": it is sent as x-api-key');
    // Comma-separated; line breaks and spaces between scopes (a YAML block, one per line) are separators too.
    const scopes = input(names/* ACCESS_INPUT */.I.scopes)
        .split(/[\s,]+/)
        .filter(scope => scope !== '');
    if (printable(names/* ACCESS_INPUT */.I.scopes, scopes.join(','), problems) && clientSecret !== '' && scopes.length === 0)
        problems.push('"scopes" must list at least one IMS scope, comma-separated');
    const orgId = input(names/* ACCESS_INPUT */.I.orgId);
    if (printable(names/* ACCESS_INPUT */.I.orgId, orgId, problems)) {
        if (orgId === '')
            problems.push('"org-id" is required: the IMS organization ID, ending in @AdobeOrg');
        else if (!ORG_ID.test(orgId))
            problems.push(`"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "${shown(orgId)}"`);
    }
    const sandboxName = input(names/* ACCESS_INPUT */.I.sandboxName);
    if (printable(names/* ACCESS_INPUT */.I.sandboxName, sandboxName, problems) && !SANDBOX_NAME.test(sandboxName))
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
/**
 * The first reads of an action whose only secrets are Adobe's: the secrets (masked before anything
 * else), a reader with the action's defaults, its one list of problems, and the identity inputs.
 */
function readIdentityFirst(defaults) {
    const secrets = readAdobeSecrets();
    const problems = [];
    const input = inputReader(defaults);
    return { input, problems, identity: readAdobeIdentity(secrets, input, problems) };
}
/**
 * The last reads of such an action: the endpoint inputs; then every problem at once, or the config
 * of its own values and Adobe access, frozen.
 */
function finishReading({ input, problems, identity }, own) {
    const endpoints = readAdobeEndpoints(input, problems);
    if (problems.length > 0)
        throw new InputError(problems);
    return Object.freeze({ ...identity, ...endpoints, ...own });
}
/** "platform-url", "ims-url", "timeout-seconds" and "max-attempts". */
function readAdobeEndpoints(input, problems) {
    return {
        platformUrl: readBaseUrl(names/* ACCESS_INPUT */.I.platformUrl, input(names/* ACCESS_INPUT */.I.platformUrl), problems),
        imsUrl: readBaseUrl(names/* ACCESS_INPUT */.I.imsUrl, input(names/* ACCESS_INPUT */.I.imsUrl), problems),
        timeoutMs: readPositive(names/* ACCESS_INPUT */.I.timeoutSeconds, input(names/* ACCESS_INPUT */.I.timeoutSeconds), { integer: false, max: 3600 }, problems) * 1000,
        maxAttempts: readPositive(names/* ACCESS_INPUT */.I.maxAttempts, input(names/* ACCESS_INPUT */.I.maxAttempts), { integer: true, max: 20 }, problems)
    };
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

// EXTERNAL MODULE: ./src/base-connection/names.ts
var base_connection_names = __webpack_require__(252);
;// CONCATENATED MODULE: ./src/base-connection/inputs.ts
// The base connection action's inputs (action.yml): read, validated and frozen into one typed
// config before any request is sent. Secrets are masked before anything else is looked at.






const IF_EXISTS_MODES = ['reuse', 'update', 'fail', 'create'];
/** The defaults of action.yml (a test keeps them equal), for runs outside the runner. */
const INPUT_DEFAULTS = {
    ...names/* ACCESS_DEFAULTS */.C,
    [base_connection_names/* INPUT */.bO.name]: 'Base connection for Oracle Service Cloud',
    [base_connection_names/* INPUT */.bO.description]: '',
    [base_connection_names/* INPUT */.bO.connectionSpecId]: base_connection_names/* ORACLE_SERVICE_CLOUD_SPEC_ID */.pv,
    [base_connection_names/* INPUT */.bO.connectionSpecVersion]: '1.0',
    [base_connection_names/* INPUT */.bO.authSpecName]: 'Basic Authentication',
    [base_connection_names/* INPUT */.bO.authParams]: '',
    [base_connection_names/* INPUT */.bO.ifExists]: 'reuse',
    [base_connection_names/* INPUT */.bO.verify]: 'false',
    [base_connection_names/* INPUT */.bO.dryRun]: 'false',
    [base_connection_names/* INPUT */.bO.deleteOnCompletion]: 'false'
};
/** A host name with an optional port: `acme.custhelp.com`, `acme.custhelp.com:8443`. */
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/;
const HOST_EXAMPLE = 'https://acme.custhelp.com';
const RESERVED_AUTH_PARAMS = ['host', 'username', 'password'];
function readConfig() {
    // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
    const password = core/* getInput */.V4(base_connection_names/* INPUT */.bO.password, { trimWhitespace: false });
    (0,runner_secrets/* maskSecret */.$l)(password, '"password"');
    const secrets = readAdobeSecrets();
    const authParamsText = core/* getInput */.V4(base_connection_names/* INPUT */.bO.authParams);
    (0,runner_secrets/* maskSecret */.$l)(authParamsText, '"auth-params"');
    const problems = [];
    const input = inputs_inputReader(INPUT_DEFAULTS);
    const authParams = parseAuthParams(authParamsText, problems);
    const host = input(base_connection_names/* INPUT */.bO.host);
    if (printable(base_connection_names/* INPUT */.bO.host, host, problems)) {
        if (host === '')
            problems.push(`"host" is required: the Oracle Service Cloud host, e.g. ${HOST_EXAMPLE}`);
        else if (!isValidHost(host))
            problems.push(`"host" must be the Oracle Service Cloud host: a host name or an https:// URL without path, query or fragment (e.g. ${HOST_EXAMPLE}), got ${shownUrl(host, { bare: true })}`);
    }
    const username = input(base_connection_names/* INPUT */.bO.username);
    if (printable(base_connection_names/* INPUT */.bO.username, username, problems) && username === '')
        problems.push('"username" is required: the Oracle Service Cloud user name');
    if (password === '')
        problems.push(`"password" is required: the Oracle Service Cloud password (pass it from a secret).${forkNote()}`);
    const identity = readAdobeIdentity(secrets, input, problems);
    const name = input(base_connection_names/* INPUT */.bO.name);
    if (printable(base_connection_names/* INPUT */.bO.name, name, problems) && (name.length < 1 || name.length > 256))
        problems.push(`"name" must be 1 to 256 characters, got ${name.length}`);
    const description = input(base_connection_names/* INPUT */.bO.description);
    printable(base_connection_names/* INPUT */.bO.description, description, problems);
    const connectionSpecId = input(base_connection_names/* INPUT */.bO.connectionSpecId);
    if (printable(base_connection_names/* INPUT */.bO.connectionSpecId, connectionSpecId, problems) && !UUID.test(connectionSpecId))
        problems.push(`"connection-spec-id" must be a UUID (e.g. ${base_connection_names/* ORACLE_SERVICE_CLOUD_SPEC_ID */.pv}), got "${shown(connectionSpecId)}"`);
    const connectionSpecVersion = input(base_connection_names/* INPUT */.bO.connectionSpecVersion);
    if (printable(base_connection_names/* INPUT */.bO.connectionSpecVersion, connectionSpecVersion, problems) && !/^\S+$/.test(connectionSpecVersion))
        problems.push(`"connection-spec-version" must be a version such as 1.0, got "${shown(connectionSpecVersion)}"`);
    const authSpecName = input(base_connection_names/* INPUT */.bO.authSpecName);
    if (printable(base_connection_names/* INPUT */.bO.authSpecName, authSpecName, problems) && authSpecName === '')
        problems.push('"auth-spec-name" must not be empty (e.g. Basic Authentication)');
    const ifExists = input(base_connection_names/* INPUT */.bO.ifExists);
    if (printable(base_connection_names/* INPUT */.bO.ifExists, ifExists, problems) && !IF_EXISTS_MODES.includes(ifExists))
        problems.push(`"if-exists" must be one of ${IF_EXISTS_MODES.join(', ')}, got "${shown(ifExists)}"`);
    const verify = readBoolean(base_connection_names/* INPUT */.bO.verify, input(base_connection_names/* INPUT */.bO.verify), problems);
    const dryRun = readBoolean(base_connection_names/* INPUT */.bO.dryRun, input(base_connection_names/* INPUT */.bO.dryRun), problems);
    const deleteOnCompletion = readBoolean(base_connection_names/* INPUT */.bO.deleteOnCompletion, input(base_connection_names/* INPUT */.bO.deleteOnCompletion), problems);
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
        throw new inputs_InputError(problems);
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
            (0,runner_secrets/* maskSecret */.$l)(String(value), `"auth-params" value of "${key}"`);
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

/***/ 540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ol: () => (/* binding */ isEnabled),
  ew: () => (/* binding */ lookUps),
  Cs: () => (/* binding */ makePlan),
  cc: () => (/* binding */ withProbeToken)
});

// UNUSED EXPORTS: buildConnectionRequest

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
    const checked = (main, deleteOnRejection) => config.verify ? [main, { kind: 'verify', deleteOnRejection }] : [main];
    const decision = decide(config.ifExists, matches);
    switch (decision.kind) {
        case 'create': {
            const onLoss = config.ifExists === 'create' ? 'none' : config.ifExists === 'fail' ? 'fail' : 'adopt';
            return plan('create', checked({ kind: 'create', request, onLoss }, true));
        }
        case 'fail': {
            const [match] = decision.matches;
            const failure = decision.why === 'exists' && match !== undefined
                ? { why: 'exists', match }
                : { why: 'duplicates', matches: decision.matches };
            return plan('fail', [{ kind: 'fail', failure }]);
        }
        case 'update': {
            const update = {
                kind: 'update',
                connection: decision.match,
                operations: updateOperations(request)
            };
            return plan('update', config.verify ? [{ kind: 'probe', request: probeRequest(request) }, update] : [update]);
        }
        case 'reuse':
            if (config.verify && !isEnabled(decision.match))
                return plan('fail', [{ kind: 'fail', failure: { why: 'not-enabled', match: decision.match } }]);
            return plan('reuse', checked({ kind: 'reuse', connection: decision.match }, false));
    }
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
/** The create request's body (as README documents it); description only when given. */
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
/* harmony import */ var _adobe_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _runner_job_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(665);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(708);
/* harmony import */ var _runner_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(389);




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
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(942);


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


/***/ }),

/***/ 507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/** An expected failure: its message is the whole story, so no stack trace is shown. */
class ActionError extends Error {
    name = 'ActionError';
}


/***/ }),

/***/ 708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ findControlCharacter),
/* harmony export */   F7: () => (/* binding */ escapeControlCharacters),
/* harmony export */   Rm: () => (/* binding */ log)
/* harmony export */ });
/* unused harmony export safeLine */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(995);
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
// Every text is also redacted of registered secrets first (secrets.ts), as the runner would,
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

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
// Every secret of the run, registered with the runner (`::add-mask::`) and kept here, so that a text
// of our own making (a message from Adobe, clipped to a length) can be redacted before anything
// cuts it: the runner masks only a whole registered value, never its prefix.

/** Shorter pieces than this are not masked on their own: they would hide ids and outputs too. */
const MIN_PIECE_LENGTH = 4;
/**
 * A base64 part (the secret inside a longer base64 text) shorter than this is not masked: so short a
 * run of letters and digits could match part of an id, and GitHub drops an output holding a mask.
 */
const MIN_FRAGMENT_LENGTH = 8;
const REDACTED = '***';
/** Every secret, the longest value first (as redactSecrets takes them). */
let secrets = [];
/**
 * Registers a secret with the runner, before it can appear anywhere. Also the forms in which a
 * service may echo it: JSON-escaped (inside an echoed JSON request), form-encoded (inside an echoed
 * `application/x-www-form-urlencoded` body, `+` for a space) and percent-encoded (inside an echoed
 * URL), each with upper- and lower-case hex; HTML-escaped (an HTML error page), with named and with
 * numeric entities; base64 and base64url (an echoed header or token), with and without padding, and
 * the parts of it that stay the same inside a longer base64 text (`user:password`); and, for a
 * multi-line value, each line of 4 characters or more, in the same forms: the runner masks a value
 * only whole.
 */
function maskSecret(value, label) {
    if (value === '')
        return;
    const lines = value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line.length >= MIN_PIECE_LENGTH && line !== value);
    const told = new Set();
    for (const piece of [value, ...lines]) {
        const forms = [...new Set([...escapes(piece), ...base64Forms(piece)])];
        for (const form of forms) {
            if (told.has(form))
                continue;
            told.add(form);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(form);
        }
        keep(piece, forms);
    }
    if (value.length < MIN_PIECE_LENGTH) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${label} is shorter than ${MIN_PIECE_LENGTH} characters: masking it also hides those characters wherever they appear in the log, and GitHub drops job outputs that contain them.`);
    }
}
/**
 * The value as it is and escaped: never shorter than the value, so they hide no more than it does.
 * (A lone surrogate has no percent-encoded form.)
 */
function escapes(value) {
    const percent = percentEncoded(value);
    const form = new URLSearchParams({ v: value }).toString().slice('v='.length);
    const forms = [value, JSON.stringify(value).slice(1, -1), form, percent];
    forms.push(lowerHex(form), percent === undefined ? undefined : lowerHex(percent));
    forms.push(htmlEscaped(value, HTML_NAMED), htmlEscaped(value, HTML_NUMERIC));
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
const lowerHex = (encoded) => encoded.replace(/%[0-9A-F]{2}/g, escape => escape.toLowerCase());
/** The characters HTML escapes, by entity: named (as most libraries write them, `'` has no HTML 4 name) and numeric. */
const HTML_NAMED = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
const HTML_NUMERIC = {
    '&': '&#38;',
    '<': '&#60;',
    '>': '&#62;',
    '"': '&#34;',
    "'": '&#39;'
};
const htmlEscaped = (value, entities) => value.replace(/[&<>"']/g, character => entities[character] ?? character);
/**
 * Base64 and base64url of the value (UTF-8), with and without padding, for a value of
 * MIN_PIECE_LENGTH characters or more; and, from MIN_FRAGMENT_LENGTH, the characters that the value alone decides when it
 * starts 0, 1 or 2 bytes into a group of 3 of a longer base64 text (such as `user:password`).
 */
function base64Forms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const standard = bytes.toString('base64');
    const url = standard.replace(/\+/g, '-').replace(/\//g, '_');
    const whole = [standard, standard.replace(/=+$/, ''), url, url.replace(/=+$/, '')];
    const fragments = [];
    for (let skip = 0; skip < 3 && skip < bytes.length; skip++) {
        const rest = bytes.subarray(skip);
        // Each character holds 6 bits: the last one of a partial group also holds bits of the next byte.
        const decided = Math.floor((rest.length * 8) / 6);
        for (const encoding of ['base64', 'base64url'])
            fragments.push(rest.toString(encoding).slice(0, decided));
    }
    // A value shorter than a piece gets no encoded form: it would only hide more of other text.
    return value.length < MIN_PIECE_LENGTH
        ? []
        : [...whole, ...fragments.filter(form => form.length >= MIN_FRAGMENT_LENGTH)];
}
/** Keeps the secret for redactSecrets (once: a step may run more than once in a process, as in tests). */
function keep(value, forms) {
    if (secrets.some(secret => secret.value === value))
        return;
    const secret = { value, forms: [...forms].sort((a, b) => b.length - a.length), pattern: mixedForms(value) };
    secrets = [...secrets, secret].sort((a, b) => b.value.length - a.value.length);
}
/**
 * Matches the value with each of its characters as it is or escaped in any way a service may mix:
 * percent-encoded in either case, `+` for a space, JSON's `\"` and `\u0022`, HTML's `&quot;`,
 * `&#34;` and `&#x22;`. No encoder escapes letters and digits: they are matched as they are.
 */
function mixedForms(value) {
    const parts = [...value].map(character => {
        if (/^[A-Za-z0-9]$/.test(character))
            return character;
        const ways = new Set([regExpEscaped(character)]);
        if (character === ' ')
            ways.add('\\+');
        const lone = character.length === 1 && /[\ud800-\udfff]/.test(character);
        if (!lone)
            ways.add([...Buffer.from(character, 'utf8')].map(byte => `%${hex(byte, 2)}`).join(''));
        const json = JSON.stringify(character).slice(1, -1);
        if (json !== character)
            ways.add(regExpEscaped(json));
        if (character === '/')
            ways.add('\\\\/');
        const units = Array.from({ length: character.length }, (_, index) => character.charCodeAt(index));
        ways.add(units.map(unit => `\\\\u${hex(unit, 4)}`).join(''));
        const named = HTML_NAMED[character];
        if (named !== undefined)
            ways.add(named);
        if (character === "'")
            ways.add('&apos;');
        const codePoint = character.codePointAt(0) ?? 0;
        ways.add(`&#0*${codePoint};`).add(`&#[xX]0*${hex(codePoint, 1)};`);
        return `(?:${[...ways].join('|')})`;
    });
    return new RegExp(parts.join(''), 'g');
}
/** Hexadecimal digits of `n` (at least `width`), each letter matching either case. */
function hex(n, width) {
    return n
        .toString(16)
        .padStart(width, '0')
        .replace(/[a-f]/g, digit => `[${digit}${digit.toUpperCase()}]`);
}
const regExpEscaped = (text) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
/**
 * The text with every registered form of every secret, and any mix of its escapes, replaced by
 * `***`: the longest secret first, each one's longest form first.
 */
function redactSecrets(text) {
    let redacted = text;
    for (const { forms, pattern } of secrets) {
        for (const form of forms)
            if (redacted.includes(form))
                redacted = redacted.split(form).join(REDACTED);
        redacted = redacted.replace(pattern, REDACTED);
    }
    return redacted;
}


/***/ }),

/***/ 389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X7: () => (/* binding */ runMainStep),
/* harmony export */   d: () => (/* binding */ jobState),
/* harmony export */   v7: () => (/* binding */ pause)
/* harmony export */ });
/* unused harmony exports watchForCancellation, fail */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(507);
/* harmony import */ var _job_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(665);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(708);
// What every action's steps share with the runner: cancellation signals, how a step fails, and
// the job state the runner keeps between a main step and its post step.





/**
 * Every action's main step: marks the job state as its own (so the bundle knows its post step
 * later), watches for cancellation, and turns any failure into the step's result.
 */
async function runMainStep(body) {
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ(_job_state_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_POST_STATE */ .Od, 'true');
    const { stop, ...cancellation } = watchForCancellation();
    try {
        await body(cancellation);
    }
    catch (error) {
        fail(error);
    }
    finally {
        stop();
    }
}
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
            _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.failed(`The job was cancelled (${signal}, then ${name}).`);
            process.exit(1);
        }
        signal = name;
        wakeUp.abort();
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.warning(`Cancelled (${name}): finishing the request in flight, then stopping.`);
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.failed(error.message);
        return;
    }
    // isNativeError: an Error from another realm (Node's own, under a test runner) is one too.
    const err = node_util__WEBPACK_IMPORTED_MODULE_0__.types.isNativeError(error) ? error : new Error(String(error));
    _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.debug(err.stack ?? err.message);
    _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.failed(`Unexpected error (please report it): ${err.message}`);
}
/** The job state, as the runner keeps it for the post step of the same action. */
const jobState = { save: _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ, load: _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu };
/** Waits, uncut by signals: for a post step, which the runner gives its own time. */
function pause(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}


/***/ }),

/***/ 99:
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


/***/ }),

/***/ 95:
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
