export const id = 340;
export const ids = [340];
export const modules = {

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(942);
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/runner/secrets.ts
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
            core/* setSecret */.Pq(form);
        }
        keep(piece, forms);
    }
    if (value.length < MIN_PIECE_LENGTH) {
        core/* warning */.$e(`${label} is shorter than ${MIN_PIECE_LENGTH} characters: masking it also hides those characters wherever they appear in the log, and GitHub drops job outputs that contain them.`);
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

;// CONCATENATED MODULE: ./src/runner/log.ts
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
function log_escape(character) {
    return SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** The text with every control character shown as an escape (`\n`, `\u0085`), on one line. */
function escapeControlCharacters(text) {
    return text.replace(CONTROL, log_escape);
}
/** The text as one log line that the runner cannot take for a command (the rule above). */
function safeLine(text) {
    return neutralizeCommands(escapeControlCharacters(redactSecrets(text)));
}
/** The text as the data of a command of @actions/core: line breaks kept (core escapes them), other control characters escaped. */
function safeCommandData(text) {
    return redactSecrets(text).replace(CONTROL_BUT_LF, log_escape);
}
function neutralizeCommands(line) {
    return line.replace(/##\[/g, '##\\u005b').replace(/^(\s*):(?=:)/, '$1\\u003a');
}
/** The runner's log, as the clients, the executor and the entries use it. */
const log_log = {
    /** Writes exactly one line (the rule above). */
    info: (message) => core/* info */.pq(safeLine(message)),
    debug: (message) => core/* debug */.Yz(safeCommandData(message)),
    warning: (message) => core/* warning */.$e(safeCommandData(message)),
    /** Fails the step with this message (as `core.setFailed`, with the same care as `warning`). */
    failed: (message) => core/* setFailed */.C1(safeCommandData(message))
};

;// CONCATENATED MODULE: ./src/runner/errors.ts
/** An expected failure: its message is the whole story, so no stack trace is shown. */
class errors_ActionError extends Error {
    name = 'ActionError';
}

;// CONCATENATED MODULE: ./src/adobe/errors.ts
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
class AdobeApiError extends errors_ActionError {
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
    return headerValue(response.headers['x-request-id']);
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
    return text === undefined ? undefined : clip(escapeControlCharacters(redactSecrets(text)), max);
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
    return new MalformedAnswerError(`an answer that is not the JSON Adobe documents (${problem})`);
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
    if (!(error instanceof HttpError))
        return error;
    const note = error.gaveUp ? ` (gave up after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'})` : '';
    const word = (advice) => advice === undefined ? undefined : context.wording?.(advice);
    if (error instanceof HttpStatusError) {
        const { response } = error;
        const details = parseAdobeError(error.operation, response.status, response.text, requestIdOf(response));
        const hint = word(adviceFor(details, context));
        const [first = '', ...rest] = formatAdobeError(details, hint).split('\n');
        return new AdobeApiError(details, hint, [`${first}${note}`, ...rest].join('\n'));
    }
    if (error instanceof UnreadableAnswerError) {
        const first = `${error.message}${requestIdNote(requestIdOf(error.response))}${note}`;
        // Not given up: the request was not repeated because it took effect, and no result is listed yet.
        return new errors_ActionError(error.gaveUp ? first : `${first}${nextStep(word('answer-unreadable'))}`);
    }
    if (error instanceof TransportError)
        return new errors_ActionError(`${error.message}${note}${nextStep(word(transportAdvice(error)))}`);
    return new errors_ActionError(`${error.message}${note}`);
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
    async list(operation, firstUrl, serviceBase, readItem, { keep, name, settled } = {}) {
        const seen = new Set();
        const found = [];
        const read = { bytes: 0, items: 0 };
        let url = firstUrl;
        while (url !== undefined) {
            if (seen.has(url) || seen.size >= LIST_LIMITS.pages) {
                throw new errors_ActionError(`Could not ${operation}: the list did not end after ${seen.size} pages.`);
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
        return new errors_ActionError(`Could not ${operation}: the list${forName} in sandbox "${this.settings.sandboxName}" went past ${over} without ending (${pages} pages, ${items(read.items)} items, ${megabytes(read.bytes)} MB read); one look-up reads at most ${megabytes(LIST_LIMITS.bytes)} MB and ${items(LIST_LIMITS.items)} items.\nNext step: run again later; if the list still does not end, report it to Adobe support.`);
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
        throw new errors_ActionError(`Could not ${operation}: the answer gave a next-page link to another origin than ${platformUrl}.`);
    }
    /** The request's answer, or undefined when the platform answers that it is not there (isNotFound); other errors are thrown. */
    async callUnlessNotFound(request, options) {
        try {
            return await this.call(request, options);
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    /** Repeats a request once with a new token when the gateway says the token is no longer valid. */
    async call(request, options) {
        const read = (response) => {
            const serverDate = Date.parse(headerValue(response.headers.date) ?? '');
            if (!Number.isNaN(serverDate))
                this.clockOffsetMs = serverDate - Date.now();
            return options.read(response);
        };
        const send = (token) => sendToAdobe(this.transport, {
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
            if (!isTokenRejection(error))
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
        throw new errors_ActionError(`Could not ${operation(safe(id, 100) ?? '')}: the id is not ${what}.`);
    return id;
}
/** A page of a list: `items`, and the link to the next page when there is one. */
function readItems(response, readItem) {
    const body = readJsonObject(response);
    if (!Array.isArray(body.items))
        throw notDocumented('no items list');
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
                const { items } = readItems(response, this.read);
                const [item] = items;
                if (items.length !== 1 || item === undefined)
                    throw notDocumented('not a one-item list');
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
    const { id, etag } = readJsonObject(response);
    if (typeof id !== 'string' || id === '' || typeof etag !== 'string')
        throw notDocumented('no id and etag');
    return { id, etag };
}
/** The fields every object found by name has, and the raw item for the reader of its kind. */
function readNamed(raw, what) {
    const item = (raw ?? {});
    // Flow Service calls the etag `version` in some answers (update-dataflows.md).
    const etag = typeof item.etag === 'string' ? item.etag : item.version;
    if (typeof item.id !== 'string' || typeof item.name !== 'string' || typeof etag !== 'string') {
        throw notDocumented(`a ${what} without id, name or etag`);
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
                const item = readJsonObject(response)[id];
                if (item === undefined)
                    return undefined; // an empty answer: no such dataset
                const ref = item?.schemaRef;
                if (typeof ref?.id !== 'string')
                    throw notDocumented('a dataset without schemaRef.id');
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
                const { id: written, version } = readJsonObject(response);
                if (typeof written !== 'string' || typeof version !== 'number')
                    throw notDocumented('no id and version');
                return { id: written, version };
            }
        });
    }
}
function readMappingSet(response) {
    const body = readJsonObject(response);
    if (typeof body.id !== 'string' || typeof body.version !== 'number' || !Array.isArray(body.mappings)) {
        throw notDocumented('a mapping set without id, version or mappings');
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
    runsSince(flowId, since) {
        // Filtered on Flow Service's side as sort-and-filter.md filters runs by time (the run's start),
        // in as large pages as it gives.
        const filters = [`flowId==${flowId}`, `metrics.durationSummary.startedAtUTC>${Math.floor(since)}`];
        const query = [...filters.map(f => `property=${encodeURIComponent(f)}`), `limit=${UNFILTERED_PAGE}`].join('&');
        return this.platform.list(`read the runs of dataflow ${flowId}`, `${this.base}/runs?${query}`, this.base, readRun);
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
    const lastRun = item.lastRunDetails?.startedAtUTC;
    return {
        ...named,
        ...(typeof lastRun === 'number' && { lastRunAt: lastRun }),
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
        throw notDocumented('a flow spec without id or name');
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
        throw notDocumented('a run without id');
    const metrics = (item.metrics ?? {});
    const count = (value) => (typeof value === 'number' ? value : undefined);
    const written = metrics.recordSummary?.outputRecordCount;
    const errors = Array.isArray(metrics.statusSummary?.errors) ? metrics.statusSummary.errors : [];
    return {
        id: item.id,
        status: stringOf(metrics.statusSummary?.status) ?? 'unknown',
        createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
        startedAt: count(metrics.durationSummary?.startedAtUTC) ?? count(item.createdAt),
        completedAt: count(metrics.durationSummary?.completedAtUTC),
        recordsRead: count(metrics.recordSummary?.inputRecordCount),
        recordsWritten: typeof written === 'number' ? written : undefined,
        recordsFailed: count(metrics.recordSummary?.failedRecordCount),
        errors: errors.flatMap(raw => {
            const error = (raw ?? {});
            const code = safe(stringOf(error.code), 100);
            const message = safe(stringOf(error.message));
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
        throw notDocumented('not JSON');
    }
    if (!Array.isArray(body))
        throw notDocumented('explore did not answer a list');
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
    const schema = readJsonObject(response).schema;
    if (!Array.isArray(schema?.columns))
        throw notDocumented('no schema.columns');
    return schema.columns.map(raw => {
        const column = (raw ?? {});
        const name = stringOf(column.name);
        const type = stringOf(column.type);
        // Sent back as they are in the source connection: nothing is made up for a column explore left bare.
        if (name === undefined || type === undefined || typeof column.xdm !== 'object' || column.xdm === null)
            throw notDocumented('a column without name, type or xdm');
        const xdmType = stringOf(column['meta:xdmType']);
        return {
            name,
            type,
            ...(xdmType === undefined ? {} : { 'meta:xdmType': xdmType }),
            xdm: column.xdm
        };
    });
}

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
        return sendToAdobe(this.transport, {
            operation: 'get an access token from Adobe IMS',
            method: 'POST',
            url: `${this.imsUrl}${IMS_TOKEN_PATH}`,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body
        }, { read: readToken }, { service: 'ims', wording: this.wording });
    }
}
function readToken(response) {
    const token = readJsonObject(response).access_token;
    if (typeof token !== 'string' || token === '')
        throw notDocumented('no access_token');
    maskSecret(token, 'The access token from Adobe IMS'); // the moment it arrives
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
    const properties = readJsonObject(response).properties;
    if (typeof properties !== 'object' || properties === null)
        throw notDocumented('a schema without properties');
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
    const transport = new Transport({ ...DEFAULT_RETRY, ...pacing, maxAttempts: settings.maxAttempts, timeoutMs: settings.timeoutMs }, log_log, describeAnswer);
    // The platform's TCP and TLS handshakes overlap the token request to IMS (another origin).
    transport.preconnect(settings.platformUrl, connections);
    const tokens = settings.credentials.kind === 'client'
        ? new ImsTokenSource(transport, settings.imsUrl, settings.credentials, wording)
        : new StaticTokenSource(settings.credentials.accessToken);
    const platform = new Platform(transport, settings, tokens, log_log, wording);
    return {
        flowService: new FlowServiceClient(platform),
        catalog: new CatalogClient(platform),
        dataPrep: new DataPrepClient(platform),
        schemaRegistry: new SchemaRegistryClient(platform),
        close: () => transport.close()
    };
}

;// CONCATENATED MODULE: ./src/runner/report.ts
// What a step hands the runner besides its log: outputs, and the job summary. Every text of the
// summary is escaped here, once: names and messages come from inputs and from Adobe's answers.



/** The step's outputs. Never masked: later jobs must be able to read them. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
}
/** Writes the summary (on a runner; outside one there is no summary file). */
async function writeSummary(summary) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    addSection(summary, 3);
    for (const section of summary.sections ?? [])
        addSection(section, 4);
    await core/* summary */.z.write();
}
function addSection(section, level) {
    const [header, ...rows] = section.table;
    const report = core/* summary */.z.addHeading(escapeSummary(section.heading), level);
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
        log.info(line);
    setOutputs(report.outputs);
    await writeSummary(report.summary);
    if (report.failure !== undefined)
        throw new ActionError(report.failure);
}

;// CONCATENATED MODULE: ./src/runner/job-state.ts
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

;// CONCATENATED MODULE: ./src/runner/step.ts
// What every action's steps share with the runner: cancellation signals, how a step fails, and
// the job state the runner keeps between a main step and its post step.





/**
 * Every action's main step: marks the job state as its own (so the bundle knows its post step
 * later), watches for cancellation, and turns any failure into the step's result.
 */
async function runMainStep(body) {
    core/* saveState */.LZ(IS_POST_STATE, 'true');
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
            log_log.failed(`The job was cancelled (${signal}, then ${name}).`);
            process.exit(1);
        }
        signal = name;
        wakeUp.abort();
        log_log.warning(`Cancelled (${name}): finishing the request in flight, then stopping.`);
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
    if (error instanceof errors_ActionError) {
        log_log.failed(error.message);
        return;
    }
    // isNativeError: an Error from another realm (Node's own, under a test runner) is one too.
    const err = external_node_util_.types.isNativeError(error) ? error : new Error(String(error));
    log_log.debug(err.stack ?? err.message);
    log_log.failed(`Unexpected error (please report it): ${err.message}`);
}
/** The job state, as the runner keeps it for the post step of the same action. */
const jobState = { save: core/* saveState */.LZ, load: core/* getState */.Gu };
/** Waits, uncut by signals: for a post step, which the runner gives its own time. */
function pause(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

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
/**
 * When the dataflow's schedule says it should have run next: a period after its last run (or its
 * start time). Undefined when it runs once, or its schedule says nothing usable.
 */
function nextDue(flow, lastRunAt) {
    const period = PERIOD_MS[flow.frequency ?? ''];
    if (period === undefined || flow.startTime === undefined)
        return undefined;
    const interval = flow.interval !== undefined && flow.interval > 0 ? flow.interval : 1;
    return lastRunAt === undefined ? flow.startTime : lastRunAt + period * interval;
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
        if (due !== undefined && due >= window.since && window.now > due + graceMs(flow)) {
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

;// CONCATENATED MODULE: ./src/runner/text.ts
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

;// CONCATENATED MODULE: ./src/access/names.ts
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

;// CONCATENATED MODULE: ./src/monitor/names.ts
// Names of the monitor action (monitor/action.yml): its inputs and outputs.

/** The monitor's inputs (monitor/action.yml), by the names messages quote. */
const MONITOR_INPUT = {
    clientId: ACCESS_INPUT.clientId,
    clientSecret: ACCESS_INPUT.clientSecret,
    scopes: ACCESS_INPUT.scopes,
    accessToken: ACCESS_INPUT.accessToken,
    apiKey: ACCESS_INPUT.apiKey,
    orgId: ACCESS_INPUT.orgId,
    sandboxName: ACCESS_INPUT.sandboxName,
    dataflows: 'dataflows',
    since: 'since',
    failOn: 'fail-on',
    checkConnection: 'check-connection',
    expectRuns: 'expect-runs',
    platformUrl: ACCESS_INPUT.platformUrl,
    imsUrl: ACCESS_INPUT.imsUrl,
    timeoutSeconds: ACCESS_INPUT.timeoutSeconds,
    maxAttempts: ACCESS_INPUT.maxAttempts
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
const newestFirst = (runs) => [...runs].sort((a, b) => (b.startedAt ?? 0) - (a.startedAt ?? 0));
function findingTexts(findings) {
    const texts = findings.slice(0, REPORT_FINDINGS).map(findingText);
    const more = findings.length - REPORT_FINDINGS;
    return more > 0 ? [...texts, `… and ${more} more findings`] : texts;
}
/** The `report` output: per line of `dataflows`, what was found. */
function reportOf(assessed) {
    return assessed.map(({ watched, findings }) => {
        const base = { entry: watched.entry, findings: findingTexts(findings) };
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
                .slice(0, REPORT_RUNS)
                .map(run => ({
                id: run.id,
                status: run.status,
                start: iso(run.startedAt),
                end: iso(run.completedAt),
                recordsRead: run.recordsRead ?? null,
                recordsWritten: run.recordsWritten ?? null,
                recordsFailed: run.recordsFailed ?? null,
                errors: run.errors.map(error => ({ code: error.code ?? null, message: error.message ?? null }))
            }))
        };
    });
}
function outputsOf(assessed, failOn) {
    const findings = assessed.flatMap(a => a.findings);
    return {
        [MONITOR_OUTPUT.status]: statusOf(findings, failOn),
        [MONITOR_OUTPUT.failedRuns]: String(findings.filter(f => f.kind === 'failed-run').length),
        [MONITOR_OUTPUT.report]: JSON.stringify(reportOf(assessed))
    };
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
        case 'missed-run':
            return `no run since ${new Date(finding.dueAt).toISOString()}, when the schedule said it should have run`;
        case 'not-found':
            return `no dataflow of this id or name in the sandbox: check "${MONITOR_INPUT.dataflows}" and "${MONITOR_INPUT.sandboxName}"`;
        case 'ambiguous':
            return `${finding.ids.length} dataflows have this name (${listed(finding.ids)}): give the id instead`;
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
                        .map(run => `${run.id}:\n${run.errors.map(e => `  ${e.code ?? 'no code'}: ${e.message ?? ''}`).join('\n')}`)
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
    return `Unhealthy (fail-on: ${failOn}): ${listed(names, { and: true })}. The report output and the job summary list each finding.`;
}

;// CONCATENATED MODULE: ./src/runner/inputs.ts
// The rules every action applies to its inputs: how an input is read (a default only when it is
// absent), which characters a printed input may hold, booleans, positive numbers, and how a value
// is echoed in a message. Each action's inputs.ts builds its config from these.



/** Every problem with the inputs, reported at once. */
class InputError extends errors_ActionError {
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
function inputReader(defaults) {
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
    const found = findControlCharacter(value);
    if (found === undefined)
        return true;
    problems.push(`"${name}" must not contain control characters such as line breaks (found ${found.codePoint} at position ${found.position})`);
    return false;
}
/**
 * What an input left empty is told, for every input that must have a value (a required one, or one
 * with a default given explicitly empty): on the runner an unset `vars.X` or `secrets.X` (one not
 * defined for the job's GitHub environment, say) arrives as "", so that is asked first; `expected`
 * then says what the input takes. Nothing of the value is shown (it is empty).
 */
function emptyInput(name, expected) {
    return `"${name}" is empty: is the variable or secret that sets it defined for this GitHub environment? Expected ${expected}`;
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
    if (value === '')
        problems.push(emptyInput(name, 'true or false'));
    else if (printable(name, value, problems) && !BOOLEAN_FALSE.includes(value))
        problems.push(`"${name}" must be true or false, got "${shown(value)}"`);
    return false;
}
/** One of `choices` (the first, with the problem noted, when it is not). */
function readChoice(name, value, choices, problems) {
    if (choices.includes(value))
        return value;
    const expected = `one of ${choices.join(', ')}`;
    if (value === '')
        problems.push(emptyInput(name, expected));
    else if (printable(name, value, problems))
        problems.push(`"${name}" must be ${expected}, got "${shown(value)}"`);
    return choices[0];
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
        if (value === '')
            problems.push(emptyInput(name, expected));
        else if (printable(name, value, problems))
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
    return extras.length === 0 ? shownHost : `${shownHost} with ${inputs_listed(extras)}`;
}
/** "a path, a query and a fragment". */
function inputs_listed(items) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/access/inputs.ts
// The Adobe-access inputs every action reads alike (credentials, API key, organization, sandbox,
// endpoints, time limit and attempts): one set of names, defaults, rules and messages. An action
// reads them in three steps, so that its problems are listed in the order of its action.yml
// (credentials first, endpoints last): readAdobeSecrets() before anything else,
// readAdobeIdentity() with its other credentials, and readAdobeEndpoints() after its own inputs.
// Each pushes its problems into the action's one list.




const SANDBOX_NAME = /^[a-z][a-z0-9-]{0,255}$/;
const SANDBOX_RULE = 'lowercase letters, digits and hyphens, starting with a letter, at most 256 characters';
// What each credential input expects, said when it is empty.
const SECRET_RULE = `the OAuth Server-to-Server client secret, with "${ACCESS_INPUT.clientId}" (or a ready "${ACCESS_INPUT.accessToken}" instead).`;
const TOKEN_RULE = `a ready IMS access token (or "${ACCESS_INPUT.clientSecret}" with "${ACCESS_INPUT.clientId}" instead).`;
const CLIENT_ID_RULE = `the OAuth Server-to-Server client ID, with "${ACCESS_INPUT.clientSecret}"`;
const ORG_ID = /^[A-Za-z0-9]+@AdobeOrg$/;
const BASE_URL_RULE = 'an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query';
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
// Values sent in headers; empty passes here (required-ness is checked on its own).
const HEADER_SAFE = /^[\x21-\x7E]*$/;
/** Reads "client-secret" and "access-token" and masks them: before anything else is looked at. */
function readAdobeSecrets() {
    const clientSecret = core/* getInput */.V4(ACCESS_INPUT.clientSecret);
    const accessToken = core/* getInput */.V4(ACCESS_INPUT.accessToken);
    maskSecret(clientSecret, '"client-secret"');
    maskSecret(accessToken, '"access-token"');
    return { clientSecret, accessToken };
}
/** "client-id", the secrets, "api-key", "scopes", "org-id" and "sandbox-name". */
function readAdobeIdentity(secrets, input, problems) {
    const { clientSecret, accessToken } = secrets;
    const clientId = input(ACCESS_INPUT.clientId);
    const clientIdPrintable = printable(ACCESS_INPUT.clientId, clientId, problems);
    const apiKeyInput = input(ACCESS_INPUT.apiKey);
    if (clientSecret !== '' && accessToken !== '')
        problems.push('give exactly one of "client-secret" and "access-token", not both');
    else if (clientSecret === '' && accessToken === '') {
        // On the runner both are "" when neither is set: "api-key" without "client-id" means a ready
        // token, anything else a client secret.
        const tokenMeant = clientId === '' && apiKeyInput !== '';
        const empty = tokenMeant
            ? emptyInput(ACCESS_INPUT.accessToken, TOKEN_RULE)
            : emptyInput(ACCESS_INPUT.clientSecret, SECRET_RULE);
        problems.push(`${empty}${forkNote()}`);
    }
    else if (clientSecret !== '' && clientId === '')
        problems.push(emptyInput(ACCESS_INPUT.clientId, CLIENT_ID_RULE));
    // A client-id with a control character is reported once, above.
    for (const [name, value] of [
        [ACCESS_INPUT.clientId, clientIdPrintable ? clientId : ''],
        [ACCESS_INPUT.accessToken, accessToken]
    ]) {
        if (!HEADER_SAFE.test(value))
            problems.push(`"${name}" must be printable ASCII without spaces (it is sent in a header)`);
    }
    if (printable(ACCESS_INPUT.apiKey, apiKeyInput, problems) && !HEADER_SAFE.test(apiKeyInput))
        problems.push('"api-key" must be printable ASCII without spaces (it is sent as x-api-key)');
    const apiKey = apiKeyInput || clientId;
    if (apiKey === '' && accessToken !== '')
        problems.push(emptyInput(ACCESS_INPUT.apiKey, `the client ID of the credential that issued "${ACCESS_INPUT.accessToken}", sent as x-api-key (or set "${ACCESS_INPUT.clientId}")`));
    // Comma-separated; line breaks and spaces between scopes (a YAML block, one per line) are separators too.
    const scopesInput = input(ACCESS_INPUT.scopes);
    const scopes = scopesInput.split(/[\s,]+/).filter(scope => scope !== '');
    if (printable(ACCESS_INPUT.scopes, scopes.join(','), problems) && clientSecret !== '' && scopes.length === 0)
        problems.push(scopesInput === ''
            ? emptyInput(ACCESS_INPUT.scopes, 'the IMS scopes of the credential in Adobe Developer Console, comma-separated')
            : `"scopes" must list at least one IMS scope, comma-separated`);
    const orgId = input(ACCESS_INPUT.orgId);
    if (printable(ACCESS_INPUT.orgId, orgId, problems)) {
        if (orgId === '')
            problems.push(emptyInput(ACCESS_INPUT.orgId, 'the IMS organization ID, ending in @AdobeOrg'));
        else if (!ORG_ID.test(orgId))
            problems.push(`"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "${shown(orgId)}"`);
    }
    const sandboxName = input(ACCESS_INPUT.sandboxName);
    if (sandboxName === '')
        problems.push(emptyInput(ACCESS_INPUT.sandboxName, `a sandbox name: ${SANDBOX_RULE} (e.g. ${ACCESS_DEFAULTS[ACCESS_INPUT.sandboxName]})`));
    else if (printable(ACCESS_INPUT.sandboxName, sandboxName, problems) && !SANDBOX_NAME.test(sandboxName))
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
        platformUrl: readBaseUrl(ACCESS_INPUT.platformUrl, input(ACCESS_INPUT.platformUrl), problems),
        imsUrl: readBaseUrl(ACCESS_INPUT.imsUrl, input(ACCESS_INPUT.imsUrl), problems),
        timeoutMs: readPositive(ACCESS_INPUT.timeoutSeconds, input(ACCESS_INPUT.timeoutSeconds), { integer: false, max: 3600 }, problems) * 1000,
        maxAttempts: readPositive(ACCESS_INPUT.maxAttempts, input(ACCESS_INPUT.maxAttempts), { integer: true, max: 20 }, problems)
    };
}
function readBaseUrl(name, value, problems) {
    if (value === '') {
        problems.push(emptyInput(name, `${BASE_URL_RULE}, e.g. ${ACCESS_DEFAULTS[name] ?? ''}`));
        return '';
    }
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
        problems.push(`"${name}" must be ${BASE_URL_RULE}, got ${shownUrl(value)}`);
        return '';
    }
    return url.href.replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./src/monitor/inputs.ts
// The monitor's inputs (monitor/action.yml): read, validated and frozen into one typed config
// before any request is sent, by the same rules as the other actions (secrets masked first).




/** The defaults of monitor/action.yml (a test keeps them equal), for runs outside the runner. */
const MONITOR_INPUT_DEFAULTS = {
    ...ACCESS_DEFAULTS,
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
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const SINCE_RULE = 'a duration back from now (90m, 24h, 7d; at most 90d) or an ISO 8601 date and time with a time zone (e.g. 2026-12-01T06:00:00Z)';
function readMonitorConfig(now = Date.now()) {
    // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
    const reading = readIdentityFirst(MONITOR_INPUT_DEFAULTS);
    const { input, problems } = reading;
    const dataflows = readDataflows(input(MONITOR_INPUT.dataflows), problems);
    const since = readSince(input(MONITOR_INPUT.since), now, problems);
    const failOn = readChoice(MONITOR_INPUT.failOn, input(MONITOR_INPUT.failOn), FAIL_ON, problems) ?? 'failed';
    const checkConnection = readBoolean(MONITOR_INPUT.checkConnection, input(MONITOR_INPUT.checkConnection), problems);
    const expectRuns = readBoolean(MONITOR_INPUT.expectRuns, input(MONITOR_INPUT.expectRuns), problems);
    return finishReading(reading, { dataflows, since, failOn, checkConnection, expectRuns });
}
/** One id or name per line; blank lines skipped; ids lower-cased; each once. */
function readDataflows(value, problems) {
    const lines = value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
    if (lines.length === 0) {
        problems.push(emptyInput(MONITOR_INPUT.dataflows, 'dataflow ids or names, one per line'));
        return [];
    }
    const seen = new Set();
    for (const [index, line] of lines.entries()) {
        const where = `${MONITOR_INPUT.dataflows}" line ${index + 1}`;
        if (!printable(MONITOR_INPUT.dataflows, line, problems))
            continue;
        if (line.length > NAME_MAX)
            problems.push(`"${where} must be at most ${NAME_MAX} characters, got ${line.length}`);
        seen.add(UUID.test(line) ? line.toLowerCase() : line);
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
    else if (ISO_8601.test(value) && !Number.isNaN(Date.parse(value)))
        since = Date.parse(value);
    if (since === undefined || Number.isNaN(since)) {
        problems.push(value === ''
            ? emptyInput(MONITOR_INPUT.since, SINCE_RULE)
            : `"${MONITOR_INPUT.since}" must be ${SINCE_RULE}, got "${shown(value)}"`);
        return now;
    }
    if (since >= now)
        problems.push(`"${MONITOR_INPUT.since}" must lie in the past, got "${shown(value)}"`);
    else if (now - since > SINCE_MAX_MS)
        problems.push(`"${MONITOR_INPUT.since}" may go back at most 90 days, got "${shown(value)}"`);
    return since;
}

;// CONCATENATED MODULE: ./src/runner/together.ts
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

;// CONCATENATED MODULE: ./src/monitor/watch.ts



/** Platform connections to open while the token is fetched: the widest wave sends two reads a dataflow. */
const connectionsFor = (dataflows) => Math.min(2 * dataflows, 100);
function watch(adobe, config) {
    return together(...config.dataflows.map(entry => watchOne(adobe, config, entry)));
}
async function watchOne(adobe, config, entry) {
    const { flows } = adobe.flowService;
    const found = UUID.test(entry) ? [await flows.get(entry)].flatMap(flow => flow ?? []) : await flows.findByName(entry);
    const [flow, ...others] = found;
    if (flow === undefined)
        return { entry, kind: 'not-found' };
    if (others.length > 0)
        return { entry, kind: 'ambiguous', ids: found.map(f => f.id).sort() };
    const [runs, connection] = await together(adobe.flowService.runsSince(flow.id, config.since), config.checkConnection ? connectionOf(adobe, flow) : Promise.resolve(undefined));
    return { entry, kind: 'found', flow: flowSeen(flow), runs: runs.map(runSeen), ...(connection && { connection }) };
}
/** The base connection the dataflow reads through, and whether the source still accepts its credentials. */
async function connectionOf(adobe, flow) {
    const sourceId = flow.sourceConnectionIds[0];
    const source = sourceId === undefined ? undefined : await adobe.flowService.sources.get(sourceId);
    const id = source?.baseConnectionId;
    if (id === undefined)
        return undefined;
    const [base, rejected] = await together(adobe.flowService.connections.get(id), refusal(adobe, id));
    return {
        id,
        ...(base?.name !== undefined && { name: base.name }),
        ...(base?.state !== undefined && { state: base.state }),
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
        if (!isSourceRejection(error))
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
function runSeen(run) {
    return run;
}

;// CONCATENATED MODULE: ./src/access/hints.ts

const quoted = (input) => `"${input}"`;
const { accessToken, apiKey, clientId, clientSecret, imsUrl, orgId, platformUrl, sandboxName, scopes, timeoutSeconds } = ACCESS_INPUT;
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

;// CONCATENATED MODULE: ./src/monitor/wording.ts
// Adobe's advice in the monitor's words: the shared inputs' sentences, and its own for what a
// monitor meets (a dataflow's base connection, not one of its inputs).

const wording = wordingWith({
    'unknown-connection-spec': `Flow Service does not offer the source of a watched dataflow's base connection to this organization any more.`
});

;// CONCATENATED MODULE: ./src/monitor/main.ts
// The monitor's main step: inputs → clients → watch (reads only) → outputs and summary → the
// verdict. The step fails only after the outputs and the summary are written, so that a red
// scheduled run still carries its report.










function run() {
    return runMainStep(async (cancellation) => {
        const now = Date.now();
        const config = readMonitorConfig(now);
        const clients = connect(config, { wording: wording, ...cancellation, connections: connectionsFor(config.dataflows.length) });
        try {
            const window = { since: config.since, now };
            const assessed = assess(await watch(clients, config), window, config);
            for (const line of logLines(assessed))
                log_log.info(line);
            setOutputs(outputsOf(assessed, config.failOn));
            await writeSummary(summaryOf(assessed, window, config.failOn));
            if (failsOn(assessed.flatMap(a => a.findings), config.failOn)) {
                throw new errors_ActionError(failureOf(assessed, config.failOn));
            }
        }
        finally {
            clients.close();
        }
    });
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
