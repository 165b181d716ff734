export const id = 518;
export const ids = [518];
export const modules = {

/***/ 1949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ readAdobeIdentity),
/* harmony export */   SX: () => (/* binding */ finishReading),
/* harmony export */   V8: () => (/* binding */ readAdobeSecrets),
/* harmony export */   dp: () => (/* binding */ readIdentityFirst),
/* harmony export */   wQ: () => (/* binding */ readAdobeEndpoints)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9205);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5538);
// The Adobe-access inputs every action reads alike (credentials, API key, organization, sandbox,
// endpoints, time limit and attempts): one set of names, defaults, rules and messages. An action
// reads them in three steps, so that its problems are listed in the order of its action.yml
// (credentials first, endpoints last): readAdobeSecrets() before anything else,
// readAdobeIdentity() with its other credentials, and readAdobeEndpoints() after its own inputs.
// Each pushes its problems into the action's one list.




const SANDBOX_NAME = /^[a-z][a-z0-9-]{0,255}$/;
const SANDBOX_RULE = 'lowercase letters, digits and hyphens, starting with a letter, at most 256 characters';
// What each credential input expects, said when it is empty.
const SECRET_RULE = `the OAuth Server-to-Server client secret, with "${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientId}" (or a ready "${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.accessToken}" instead).`;
const TOKEN_RULE = `a ready IMS access token (or "${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientSecret}" with "${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientId}" instead).`;
const CLIENT_ID_RULE = `the OAuth Server-to-Server client ID, with "${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientSecret}"`;
const ORG_ID = /^[A-Za-z0-9]+@AdobeOrg$/;
const BASE_URL_RULE = 'an https:// URL (http:// only on 127.0.0.1, localhost or [::1]) with no query';
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
// Values sent in headers; empty passes here (required-ness is checked on its own).
const HEADER_SAFE = /^[\x21-\x7E]*$/;
/** Reads "client-secret" and "access-token" and masks them: before anything else is looked at. */
function readAdobeSecrets() {
    const clientSecret = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientSecret);
    const accessToken = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.accessToken);
    (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskSecret */ .$l)(clientSecret, '"client-secret"');
    (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskSecret */ .$l)(accessToken, '"access-token"');
    return { clientSecret, accessToken };
}
/** "client-id", the secrets, "api-key", "scopes", "org-id" and "sandbox-name". */
function readAdobeIdentity(secrets, input, problems) {
    const { clientSecret, accessToken } = secrets;
    const clientId = input(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientId);
    const clientIdPrintable = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientId, clientId, problems);
    const apiKeyInput = input(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.apiKey);
    if (clientSecret !== '' && accessToken !== '')
        problems.push('give exactly one of "client-secret" and "access-token", not both');
    else if (clientSecret === '' && accessToken === '') {
        // On the runner both are "" when neither is set: "api-key" without "client-id" means a ready
        // token, anything else a client secret.
        const tokenMeant = clientId === '' && apiKeyInput !== '';
        const empty = tokenMeant
            ? (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.accessToken, TOKEN_RULE)
            : (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientSecret, SECRET_RULE);
        problems.push(`${empty}${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .forkNote */ .VQ)()}`);
    }
    else if (clientSecret !== '' && clientId === '')
        problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientId, CLIENT_ID_RULE));
    // A client-id with a control character is reported once, above.
    for (const [name, value] of [
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientId, clientIdPrintable ? clientId : ''],
        [_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.accessToken, accessToken]
    ]) {
        if (!HEADER_SAFE.test(value))
            problems.push(`"${name}" must be printable ASCII without spaces (it is sent in a header)`);
    }
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.apiKey, apiKeyInput, problems) && !HEADER_SAFE.test(apiKeyInput))
        problems.push('"api-key" must be printable ASCII without spaces (it is sent as x-api-key)');
    const apiKey = apiKeyInput || clientId;
    if (apiKey === '' && accessToken !== '')
        problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.apiKey, `the client ID of the credential that issued "${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.accessToken}", sent as x-api-key (or set "${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.clientId}")`));
    // Comma-separated; line breaks and spaces between scopes (a YAML block, one per line) are separators too.
    const scopesInput = input(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.scopes);
    const scopes = scopesInput.split(/[\s,]+/).filter(scope => scope !== '');
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.scopes, scopes.join(','), problems) && clientSecret !== '' && scopes.length === 0)
        problems.push(scopesInput === ''
            ? (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.scopes, 'the IMS scopes of the credential in Adobe Developer Console, comma-separated')
            : `"scopes" must list at least one IMS scope, comma-separated`);
    const orgId = input(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.orgId);
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.orgId, orgId, problems)) {
        if (orgId === '')
            problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.orgId, 'the IMS organization ID, ending in @AdobeOrg'));
        else if (!ORG_ID.test(orgId))
            problems.push(`"org-id" must look like 0123456789ABCDEF01234567@AdobeOrg, got "${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(orgId)}"`);
    }
    const sandboxName = input(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.sandboxName);
    if (sandboxName === '')
        problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyInput */ .Wb)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.sandboxName, `a sandbox name: ${SANDBOX_RULE} (e.g. ${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_DEFAULTS */ .C[_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.sandboxName]})`));
    else if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.sandboxName, sandboxName, problems) && !SANDBOX_NAME.test(sandboxName))
        problems.push(`"sandbox-name" must be lowercase letters, digits and hyphens, start with a letter and be at most 256 characters, got "${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(sandboxName)}"`);
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
    const input = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputReader */ .cN)(defaults);
    return { input, problems, identity: readAdobeIdentity(secrets, input, problems) };
}
/**
 * The last reads of such an action: the endpoint inputs; then every problem at once, or the config
 * of its own values and Adobe access, frozen.
 */
function finishReading({ input, problems, identity }, own) {
    const endpoints = readAdobeEndpoints(input, problems);
    if (problems.length > 0)
        throw new _runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(problems);
    return Object.freeze({ ...identity, ...endpoints, ...own });
}
/** "platform-url", "ims-url", "timeout-seconds" and "max-attempts". */
function readAdobeEndpoints(input, problems) {
    return {
        platformUrl: readBaseUrl(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.platformUrl, input(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.platformUrl), problems),
        imsUrl: readBaseUrl(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.imsUrl, input(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.imsUrl), problems),
        timeoutMs: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readPositive */ .S7)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.timeoutSeconds, input(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.timeoutSeconds), { integer: false, max: 3600 }, problems) * 1000,
        maxAttempts: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readPositive */ .S7)(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.maxAttempts, input(_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_INPUT */ .I.maxAttempts), { integer: true, max: 20 }, problems)
    };
}
function readBaseUrl(name, value, problems) {
    if (value === '') {
        problems.push((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyInput */ .Wb)(name, `${BASE_URL_RULE}, e.g. ${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCESS_DEFAULTS */ .C[name] ?? ''}`));
        return '';
    }
    if (!(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(name, value, problems))
        return '';
    const url = /\s/.test(value) ? undefined : (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUrl */ .Dl)(value);
    const loopback = url !== undefined && (LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname));
    const scheme = url?.protocol;
    if (url === undefined ||
        url.username !== '' ||
        url.password !== '' ||
        // An empty query or fragment ("…/?") parses as none, but would still end up in every request.
        /[?#]/.test(value) ||
        !(scheme === 'https:' || (scheme === 'http:' && loopback))) {
        problems.push(`"${name}" must be ${BASE_URL_RULE}, got ${(0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .shownUrl */ .zA)(value)}`);
        return '';
    }
    return url.href.replace(/\/+$/, '');
}


/***/ }),

/***/ 5507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/** An expected failure: its message is the whole story, so no stack trace is shown. */
class ActionError extends Error {
    name = 'ActionError';
}


/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   S7: () => (/* binding */ readPositive),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   VQ: () => (/* binding */ forkNote),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   Wb: () => (/* binding */ emptyInput),
/* harmony export */   cN: () => (/* binding */ inputReader),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   kk: () => (/* binding */ UUID),
/* harmony export */   mt: () => (/* binding */ ISO_8601),
/* harmony export */   zA: () => (/* binding */ shownUrl)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5507);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7708);
// The rules every action applies to its inputs: how an input is read (a default only when it is
// absent), which characters a printed input may hold, booleans, positive numbers, and how a value
// is echoed in a message. Each action's inputs.ts builds its config from these.



/** Every problem with the inputs, reported at once. */
class InputError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l {
    problems;
    name = 'InputError';
    constructor(problems) {
        super(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n${problems.map(p => `- ${p}`).join('\n')}`);
        this.problems = problems;
    }
}
/** An ISO 8601 date and time with a time zone: 2025-01-31T06:00:00Z, 2025-01-31T07:00+01:00, …. Groups: year, month, day, hour, minute, second, sign, zone hours, zone minutes. */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/i;
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
        : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
}
/**
 * Every input that may be printed is refused with a control character (a line break would let it
 * write a workflow command into the log), before any other rule, and is then never echoed. Secrets
 * are sent exactly as given and never printed, so they are not refused for that. False (with the
 * problem noted) when the value holds one.
 */
function printable(name, value, problems) {
    const found = (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .findControlCharacter */ .Am)(value);
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
    return extras.length === 0 ? shownHost : `${shownHost} with ${listed(extras)}`;
}
/** "a path, a query and a fragment". */
function listed(items) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}


/***/ }),

/***/ 7708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ findControlCharacter),
/* harmony export */   F7: () => (/* binding */ escapeControlCharacters),
/* harmony export */   Rm: () => (/* binding */ log)
/* harmony export */ });
/* unused harmony export safeLine */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2995);
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

/***/ 2995:
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

/***/ 7770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X7: () => (/* binding */ runMainStep),
/* harmony export */   d: () => (/* binding */ jobState),
/* harmony export */   v7: () => (/* binding */ pause)
/* harmony export */ });
/* unused harmony exports watchForCancellation, fail */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5507);
/* harmony import */ var _job_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4665);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7708);
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
