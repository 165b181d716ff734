export const id = 337;
export const ids = [337];
export const modules = {

/***/ 6337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BV: () => (/* binding */ readDataflowConfig),
  tP: () => (/* binding */ readTeardownConfig)
});

// UNUSED EXPORTS: DATAFLOW_INPUT_DEFAULTS

// EXTERNAL MODULE: ./src/access/inputs.ts
var inputs = __webpack_require__(1949);
// EXTERNAL MODULE: ./src/access/names.ts
var names = __webpack_require__(5538);
// EXTERNAL MODULE: ./src/runner/inputs.ts
var runner_inputs = __webpack_require__(9205);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/dataflow/names.ts
var dataflow_names = __webpack_require__(1720);
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
const NAME = dataflow_names/* DATAFLOW_INPUT */.ks.mapping;
const EXPECTED = 'a list of {source, destination} pairs';
const SOURCE_RULE = 'a column of the table';
const DESTINATION_RULE = 'an XDM path such as person.name.fullName';
const KEYS = ['source', 'destination'];
/**
 * The pairs of the "mapping" file `value` (as the input gives it), resolved against `workspace`,
 * which it must not leave (not even through a symbolic link). [] when there is a problem, with each
 * problem pushed into `problems`.
 */
async function readMappingFile(value, workspace, problems) {
    if (!(0,runner_inputs/* printable */.g$)(NAME, value, problems))
        return [];
    if (value === '') {
        problems.push((0,runner_inputs/* emptyInput */.Wb)(NAME, `the path (in the workspace) of a JSON or YAML file, ${EXPECTED}`));
        return [];
    }
    const text = readText(value, workspace, problems);
    if (text === undefined)
        return [];
    const parsed = await parse(value, text, problems);
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
        // Opening a named pipe waits for a writer, and a blocked read holds off signals and time limits:
        // only a regular file is opened, without blocking (in case it is swapped meanwhile), and checked again.
        if (!isRegularFile(file, (0,external_node_fs_.statSync)(real), problems))
            return undefined;
        fd = (0,external_node_fs_.openSync)(real, external_node_fs_.constants.O_RDONLY | NON_BLOCKING);
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!isRegularFile(file, stat, problems))
            return undefined;
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
/** Not defined on Windows, where opening a file does not wait for a writer. */
const NON_BLOCKING = external_node_fs_.constants.O_NONBLOCK ?? 0;
/** A regular file; anything else noted in `problems` by what it is. */
function isRegularFile(file, stat, problems) {
    if (stat.isFile())
        return true;
    const what = stat.isDirectory()
        ? 'a directory'
        : stat.isFIFO()
            ? 'a named pipe (FIFO)'
            : stat.isSocket()
                ? 'a socket'
                : stat.isCharacterDevice() || stat.isBlockDevice()
                    ? 'a device'
                    : 'not a regular file';
    problems.push(`"${NAME}" must be a file: ${file} is ${what}`);
    return false;
}
/** Is `file` (absolute) `root` or below it? */
function isInside(root, file) {
    const relative = external_node_path_default().relative(root, file);
    return relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative);
}
/**
 * The file's data, as YAML 1.2 (which JSON is); undefined (with the problem noted) when it does not
 * parse. The parser is loaded only here: a step that fails on another input does not load it.
 */
async function parse(file, text, problems) {
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
    return `"${(0,log/* escapeControlCharacters */.F7)((0,runner_inputs/* shown */.SP)(value))}"`;
}

;// CONCATENATED MODULE: ./src/dataflow/inputs.ts
// The dataflow action's inputs (dataflow/action.yml): read, validated and frozen into one typed
// config before any request is sent. The Adobe-access inputs are read by access/inputs.ts, as in
// every action; secrets are masked before anything else is looked at.





const FREQUENCIES = ['once', 'minute', 'hour', 'day', 'week'];
const IF_EXISTS_MODES = ['update', 'reuse', 'fail'];
const WAIT_MODES = ['none', 'enabled', 'first-run'];
/** The defaults of dataflow/action.yml (a test keeps them equal), for runs outside the runner. */
const DATAFLOW_INPUT_DEFAULTS = {
    ...names/* ACCESS_DEFAULTS */.C,
    [dataflow_names/* DATAFLOW_INPUT */.ks.columns]: '',
    [dataflow_names/* DATAFLOW_INPUT */.ks.frequency]: 'hour',
    [dataflow_names/* DATAFLOW_INPUT */.ks.interval]: '1',
    [dataflow_names/* DATAFLOW_INPUT */.ks.deltaColumn]: '',
    [dataflow_names/* DATAFLOW_INPUT */.ks.flowSpecName]: 'CRMToAEP',
    [dataflow_names/* DATAFLOW_INPUT */.ks.ifExists]: 'update',
    [dataflow_names/* DATAFLOW_INPUT */.ks.wait]: 'enabled',
    [dataflow_names/* DATAFLOW_INPUT */.ks.waitTimeoutSeconds]: '900',
    [dataflow_names/* DATAFLOW_INPUT */.ks.dryRun]: 'false',
    [dataflow_names/* DATAFLOW_INPUT */.ks.deleteOnCompletion]: 'false'
};
/** Flow Service's limit on a connection's name, which is the dataflow's name and a suffix. */
const CONNECTION_NAME_MAX = 256;
const NAME_MAX = CONNECTION_NAME_MAX - Math.max(dataflow_names/* SOURCE_CONNECTION_SUFFIX */.Zt.length, dataflow_names/* TARGET_CONNECTION_SUFFIX */.xf.length);
const UUID_EXAMPLE = '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a';
/** Catalog's dataset ids are 24 hexadecimal digits, the shape the Catalog client checks before a URL. */
const DATASET_ID = /^[0-9a-f]{24}$/i;
const DATASET_ID_EXAMPLE = '5f1e2d3c4b5a69788f9e0d1c';
const WAIT_TIMEOUT_MAX_SECONDS = 21600;
const START_TIME_RULE = 'an ISO 8601 date and time with a time zone (e.g. 2025-01-31T06:00:00Z) or epoch seconds (e.g. 1738303200)';
async function readDataflowConfig() {
    // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
    const reading = (0,inputs/* readIdentityFirst */.dp)(DATAFLOW_INPUT_DEFAULTS);
    const { input, problems } = reading;
    const baseConnectionId = input(dataflow_names/* DATAFLOW_INPUT */.ks.baseConnectionId);
    // A dry run for a new environment has no base connection yet (its dry run gave no id).
    const dryRunAsked = (0,runner_inputs/* isTrue */.Hn)(input(dataflow_names/* DATAFLOW_INPUT */.ks.dryRun));
    if ((0,runner_inputs/* printable */.g$)(dataflow_names/* DATAFLOW_INPUT */.ks.baseConnectionId, baseConnectionId, problems)) {
        if (baseConnectionId === '' && !dryRunAsked)
            problems.push((0,runner_inputs/* emptyInput */.Wb)(dataflow_names/* DATAFLOW_INPUT */.ks.baseConnectionId, `the base connection's id (a UUID), such as the base connection action's output base-connection-id (only a dry run may leave it empty)`));
        else if (baseConnectionId !== '' && !runner_inputs/* UUID */.kk.test(baseConnectionId))
            problems.push(`"base-connection-id" must be a UUID (e.g. ${UUID_EXAMPLE}), got "${(0,runner_inputs/* shown */.SP)(baseConnectionId)}"`);
    }
    const name = input(dataflow_names/* DATAFLOW_INPUT */.ks.name);
    if ((0,runner_inputs/* printable */.g$)(dataflow_names/* DATAFLOW_INPUT */.ks.name, name, problems)) {
        if (name === '')
            problems.push((0,runner_inputs/* emptyInput */.Wb)(dataflow_names/* DATAFLOW_INPUT */.ks.name, `the dataflow's name, by which a re-run finds the dataflow and its connections`));
        else if (name.length > NAME_MAX)
            problems.push(`"name" must be at most ${NAME_MAX} characters (the connections are named "{name}${dataflow_names/* SOURCE_CONNECTION_SUFFIX */.Zt}" and "{name}${dataflow_names/* TARGET_CONNECTION_SUFFIX */.xf}", at most ${CONNECTION_NAME_MAX}), got ${name.length}`);
    }
    const table = input(dataflow_names/* DATAFLOW_INPUT */.ks.table);
    if ((0,runner_inputs/* printable */.g$)(dataflow_names/* DATAFLOW_INPUT */.ks.table, table, problems) && table === '')
        problems.push((0,runner_inputs/* emptyInput */.Wb)(dataflow_names/* DATAFLOW_INPUT */.ks.table, 'the source table (params.tableName), as explore lists it'));
    const columns = readColumns(input(dataflow_names/* DATAFLOW_INPUT */.ks.columns), problems);
    const datasetId = input(dataflow_names/* DATAFLOW_INPUT */.ks.datasetId);
    if ((0,runner_inputs/* printable */.g$)(dataflow_names/* DATAFLOW_INPUT */.ks.datasetId, datasetId, problems)) {
        if (datasetId === '')
            problems.push((0,runner_inputs/* emptyInput */.Wb)(dataflow_names/* DATAFLOW_INPUT */.ks.datasetId, `the target dataset's Catalog id (e.g. ${DATASET_ID_EXAMPLE})`));
        else if (!DATASET_ID.test(datasetId))
            problems.push(`"dataset-id" must be a Catalog dataset id: 24 hexadecimal digits such as ${DATASET_ID_EXAMPLE}, got "${(0,runner_inputs/* shown */.SP)(datasetId)}"`);
    }
    const mappingPath = input(dataflow_names/* DATAFLOW_INPUT */.ks.mapping);
    // The workspace as the runner checks the repository out into it (the current directory elsewhere).
    const mapping = await readMappingFile(mappingPath, process.env.GITHUB_WORKSPACE || process.cwd(), problems);
    if (columns.length > 0)
        for (const [index, pair] of mapping.entries())
            if (!columns.includes(pair.source))
                problems.push(`"mapping": item ${index + 1} of ${mappingPath} reads column "${(0,runner_inputs/* shown */.SP)(pair.source)}", which "columns" does not list`);
    const frequency = (0,runner_inputs/* readChoice */.Kf)(dataflow_names/* DATAFLOW_INPUT */.ks.frequency, input(dataflow_names/* DATAFLOW_INPUT */.ks.frequency), FREQUENCIES, problems);
    const interval = (0,runner_inputs/* readPositive */.S7)(dataflow_names/* DATAFLOW_INPUT */.ks.interval, input(dataflow_names/* DATAFLOW_INPUT */.ks.interval), { integer: true }, problems);
    const startTime = readStartTime(input(dataflow_names/* DATAFLOW_INPUT */.ks.startTime), problems);
    const deltaColumn = input(dataflow_names/* DATAFLOW_INPUT */.ks.deltaColumn);
    if ((0,runner_inputs/* printable */.g$)(dataflow_names/* DATAFLOW_INPUT */.ks.deltaColumn, deltaColumn, problems) &&
        deltaColumn !== '' &&
        columns.length > 0 &&
        !columns.includes(deltaColumn))
        problems.push(`"delta-column" must be one of the columns that "columns" lists, got "${(0,runner_inputs/* shown */.SP)(deltaColumn)}"`);
    // Flow Service refuses a delta column with a schedule that runs once (sources-errors.md, 1369-400).
    if (deltaColumn !== '' && frequency === 'once')
        problems.push('"delta-column" is not allowed with "frequency" once: a dataflow that runs once reads everything');
    const flowSpecName = input(dataflow_names/* DATAFLOW_INPUT */.ks.flowSpecName);
    if (flowSpecName === '')
        problems.push((0,runner_inputs/* emptyInput */.Wb)(dataflow_names/* DATAFLOW_INPUT */.ks.flowSpecName, `the name of a Flow Service flow spec (e.g. ${DATAFLOW_INPUT_DEFAULTS[dataflow_names/* DATAFLOW_INPUT */.ks.flowSpecName]})`));
    else
        (0,runner_inputs/* printable */.g$)(dataflow_names/* DATAFLOW_INPUT */.ks.flowSpecName, flowSpecName, problems);
    const ifExists = (0,runner_inputs/* readChoice */.Kf)(dataflow_names/* DATAFLOW_INPUT */.ks.ifExists, input(dataflow_names/* DATAFLOW_INPUT */.ks.ifExists), IF_EXISTS_MODES, problems);
    const wait = (0,runner_inputs/* readChoice */.Kf)(dataflow_names/* DATAFLOW_INPUT */.ks.wait, input(dataflow_names/* DATAFLOW_INPUT */.ks.wait), WAIT_MODES, problems);
    const waitTimeoutSeconds = (0,runner_inputs/* readPositive */.S7)(dataflow_names/* DATAFLOW_INPUT */.ks.waitTimeoutSeconds, input(dataflow_names/* DATAFLOW_INPUT */.ks.waitTimeoutSeconds), { integer: true, max: WAIT_TIMEOUT_MAX_SECONDS }, problems);
    const dryRun = (0,runner_inputs/* readBoolean */.Vf)(dataflow_names/* DATAFLOW_INPUT */.ks.dryRun, input(dataflow_names/* DATAFLOW_INPUT */.ks.dryRun), problems);
    const deleteOnCompletion = (0,runner_inputs/* readBoolean */.Vf)(dataflow_names/* DATAFLOW_INPUT */.ks.deleteOnCompletion, input(dataflow_names/* DATAFLOW_INPUT */.ks.deleteOnCompletion), problems);
    return (0,inputs/* finishReading */.SX)(reading, {
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
    const reading = (0,inputs/* readIdentityFirst */.dp)(DATAFLOW_INPUT_DEFAULTS);
    const { input, problems } = reading;
    const name = input(dataflow_names/* DATAFLOW_INPUT */.ks.name);
    (0,runner_inputs/* printable */.g$)(dataflow_names/* DATAFLOW_INPUT */.ks.name, name, problems);
    const deleteOnCompletion = (0,runner_inputs/* readBoolean */.Vf)(dataflow_names/* DATAFLOW_INPUT */.ks.deleteOnCompletion, input(dataflow_names/* DATAFLOW_INPUT */.ks.deleteOnCompletion), problems);
    return (0,inputs/* finishReading */.SX)(reading, { name, deleteOnCompletion });
}
/** Comma-separated; line breaks between columns (a YAML block, one per line) are separators too. */
function readColumns(value, problems) {
    const columns = value
        .split(/,|\r?\n|\r/)
        .map(column => column.trim())
        .filter(column => column !== '');
    if (!(0,runner_inputs/* printable */.g$)(dataflow_names/* DATAFLOW_INPUT */.ks.columns, columns.join(','), problems))
        return [];
    const twice = columns.filter((column, index) => columns.indexOf(column) !== index);
    for (const column of new Set(twice))
        problems.push(`"columns" lists "${(0,runner_inputs/* shown */.SP)(column)}" more than once`);
    return columns;
}
/** Epoch seconds; undefined when empty (= now). */
function readStartTime(value, problems) {
    if (value === '' || !(0,runner_inputs/* printable */.g$)(dataflow_names/* DATAFLOW_INPUT */.ks.startTime, value, problems))
        return undefined;
    const seconds = /^\d{1,10}$/.test(value) ? Number(value) : isoSeconds(value);
    if (seconds === undefined) {
        const milliseconds = /^\d{11,}$/.test(value) ? ' (epoch seconds, not milliseconds)' : '';
        problems.push(`"start-time" must be ${START_TIME_RULE}, got "${(0,runner_inputs/* shown */.SP)(value)}"${milliseconds}`);
    }
    return seconds;
}
/** An ISO 8601 date and time with a time zone as epoch seconds (a fraction dropped); undefined when it is not one. */
function isoSeconds(value) {
    const match = runner_inputs/* ISO_8601 */.mt.exec(value);
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


/***/ })

};
