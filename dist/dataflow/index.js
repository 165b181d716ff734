import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5538:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 1472:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _runner_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6510);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1720);
// The dataflow action's bundle (dataflow/action.yml's `main` and `post`).


await (0,_runner_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .runEntry */ .C)({
    main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(143), __nccwpck_require__.e(220), __nccwpck_require__.e(11)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6011))).run(),
    post: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(143), __nccwpck_require__.e(253), __nccwpck_require__.e(220), __nccwpck_require__.e(716)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8716))).runPost(),
    idle: _names_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTHING_TO_DELETE */ .k$
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1720:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zt: () => (/* binding */ SOURCE_CONNECTION_SUFFIX),
/* harmony export */   ik: () => (/* binding */ JOB_KINDS),
/* harmony export */   k$: () => (/* binding */ NOTHING_TO_DELETE),
/* harmony export */   ks: () => (/* binding */ DATAFLOW_INPUT),
/* harmony export */   l3: () => (/* binding */ DATAFLOW_OUTPUT),
/* harmony export */   xf: () => (/* binding */ TARGET_CONNECTION_SUFFIX)
/* harmony export */ });
/* harmony import */ var _access_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5538);
// Names of the dataflow action (dataflow/action.yml): its inputs, outputs and post-step state.

/** The dataflow action's inputs (dataflow/action.yml), by the names messages and hints quote. */
const DATAFLOW_INPUT = {
    clientId: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.clientId,
    clientSecret: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.clientSecret,
    scopes: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.scopes,
    accessToken: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.accessToken,
    apiKey: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.apiKey,
    orgId: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.orgId,
    sandboxName: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.sandboxName,
    baseConnectionId: 'base-connection-id',
    name: 'name',
    table: 'table',
    columns: 'columns',
    datasetId: 'dataset-id',
    mapping: 'mapping',
    frequency: 'frequency',
    interval: 'interval',
    startTime: 'start-time',
    deltaColumn: 'delta-column',
    flowSpecName: 'flow-spec-name',
    ifExists: 'if-exists',
    wait: 'wait',
    waitTimeoutSeconds: 'wait-timeout-seconds',
    dryRun: 'dry-run',
    deleteOnCompletion: 'delete-on-completion',
    platformUrl: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.platformUrl,
    imsUrl: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.imsUrl,
    timeoutSeconds: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.timeoutSeconds,
    maxAttempts: _access_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_INPUT */ .I.maxAttempts
};
/** The dataflow action's outputs (dataflow/action.yml). */
const DATAFLOW_OUTPUT = {
    dataflowId: 'dataflow-id',
    sourceConnectionId: 'source-connection-id',
    targetConnectionId: 'target-connection-id',
    mappingId: 'mapping-id',
    mappingVersion: 'mapping-version',
    state: 'state',
    outcome: 'outcome',
    /** With `wait: first-run` only. */
    runStatus: 'run-status',
    /** With `wait: first-run` only. */
    recordsWritten: 'records-written'
};
/** The kinds of object this action records in the job state (runner/job-state.ts), in the order the post step deletes them. */
const JOB_KINDS = ['flow', 'target', 'source'];
/** The connections' names are the dataflow's name with these suffixes. */
const SOURCE_CONNECTION_SUFFIX = ' (source)';
const TARGET_CONNECTION_SUFFIX = ' (target)';
/** The post step's debug line when the main step left nothing to delete. */
const NOTHING_TO_DELETE = 'delete-on-completion: this job created no part of the dataflow chain';


/***/ }),

/***/ 6510:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runEntry)
/* harmony export */ });
/* harmony import */ var _job_state_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4665);
// The switch every action's index.ts makes: one bundle serves both steps of its action.yml (`main`
// and `post`), told apart by a state the main step saves first thing. A post step whose main step
// recorded nothing for it ends at once, loading nothing (not even @actions/core): as cheap as a
// bare Node start.

/** A state the main step saved, as the runner passes it to the post step. */
function savedState(key) {
    return process.env[`STATE_${key}`] ?? '';
}
/** Runs the main step, the post step, or (a post step with nothing to do) nothing at all. */
async function runEntry(entry) {
    if (savedState(_job_state_js__WEBPACK_IMPORTED_MODULE_0__/* .IS_POST_STATE */ .Od) !== 'true')
        await entry.main();
    else if (savedState(_job_state_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_STATE */ .EW.created) !== '' || savedState(_job_state_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_STATE */ .EW.pending) !== '')
        await entry.post();
    // The runner's debug command, written directly: @actions/core is not worth loading for it.
    else
        process.stdout.write(`::debug::${entry.idle}\n`);
}


/***/ }),

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1472);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
