import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bO: () => (/* binding */ INPUT),
/* harmony export */   c4: () => (/* binding */ STATE),
/* harmony export */   eQ: () => (/* binding */ IMS_TOKEN_PATH),
/* harmony export */   pv: () => (/* binding */ ORACLE_SERVICE_CLOUD_SPEC_ID),
/* harmony export */   zz: () => (/* binding */ FLOW_SERVICE_PATH)
/* harmony export */ });
/* unused harmony exports NOTHING_TO_DELETE, OUTPUT */
// Names, ids and paths that several modules use: one place each.
/** Flow Service's connection spec for Oracle Service Cloud (INTERFACE.md, the `connection-spec-id` default). */
const ORACLE_SERVICE_CLOUD_SPEC_ID = 'ba5126ec-c9ac-11eb-b8bc-0242ac130003';
/** Flow Service lives under this path of `platform-url`. */
const FLOW_SERVICE_PATH = '/data/foundation/flowservice';
/** IMS's OAuth Server-to-Server token endpoint, under `ims-url`. */
const IMS_TOKEN_PATH = '/ims/token/v3';
/** What the main step leaves for the post step (core.saveState / core.getState). */
const STATE = {
    /** Set by the main step, so that the one bundle knows it runs as the post step. */
    isPost: 'isPost',
    /** The id of a connection this run created, when delete-on-completion asks for it to go. */
    createdConnectionId: 'created-base-connection-id',
    /**
     * Written just before the POST, so that a post step after a kill mid-POST can still find what the
     * POST made: JSON of PendingCreate (src/execute.ts).
     */
    pendingCreate: 'pending-base-connection'
};
/** The post step's debug line when the main step left nothing to delete. */
const NOTHING_TO_DELETE = 'delete-on-completion: this job created no base connection to delete';
/** The action's inputs (action.yml), by the names messages and hints quote. */
const INPUT = {
    host: 'host',
    username: 'username',
    password: 'password',
    clientId: 'client-id',
    clientSecret: 'client-secret',
    scopes: 'scopes',
    accessToken: 'access-token',
    apiKey: 'api-key',
    orgId: 'org-id',
    sandboxName: 'sandbox-name',
    name: 'name',
    description: 'description',
    connectionSpecId: 'connection-spec-id',
    connectionSpecVersion: 'connection-spec-version',
    authSpecName: 'auth-spec-name',
    authParams: 'auth-params',
    ifExists: 'if-exists',
    verify: 'verify',
    dryRun: 'dry-run',
    deleteOnCompletion: 'delete-on-completion',
    platformUrl: 'platform-url',
    imsUrl: 'ims-url',
    timeoutSeconds: 'timeout-seconds',
    maxAttempts: 'max-attempts'
};
/** The action's outputs (action.yml). */
const OUTPUT = {
    baseConnectionId: 'base-connection-id',
    etag: 'etag',
    created: 'created',
    outcome: 'outcome'
};


/***/ }),

/***/ 29:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zt: () => (/* binding */ SOURCE_CONNECTION_SUFFIX),
/* harmony export */   fg: () => (/* binding */ DATAFLOW_STATE),
/* harmony export */   ks: () => (/* binding */ DATAFLOW_INPUT),
/* harmony export */   l3: () => (/* binding */ DATAFLOW_OUTPUT),
/* harmony export */   xf: () => (/* binding */ TARGET_CONNECTION_SUFFIX)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7242);
// Names of the dataflow action (dataflow/action.yml): its inputs, outputs and post-step state.

/** The dataflow action's inputs (dataflow/action.yml), by the names messages and hints quote. */
const DATAFLOW_INPUT = {
    // Adobe access: the same inputs as the base connection action's.
    clientId: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientId,
    clientSecret: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.clientSecret,
    scopes: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.scopes,
    accessToken: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.accessToken,
    apiKey: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.apiKey,
    orgId: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.orgId,
    sandboxName: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.sandboxName,
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
    platformUrl: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.platformUrl,
    imsUrl: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.imsUrl,
    timeoutSeconds: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.timeoutSeconds,
    maxAttempts: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT */ .bO.maxAttempts
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
/** What the dataflow action's main step leaves for its post step (core.saveState / core.getState). */
const DATAFLOW_STATE = {
    /** The same key as the base connection action's: the main step sets it, so the bundle knows it runs as the post step. */
    isPost: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE */ .c4.isPost,
    /** JSON record of the ids this run created, for delete-on-completion. */
    createdChain: 'created-dataflow-chain',
    /** JSON of the creates in flight, by kind (PendingChainCreate), for a post step after a kill mid-POST. */
    pendingChain: 'pending-dataflow-chain'
};
/** The connections' names are the dataflow's name with these suffixes. */
const SOURCE_CONNECTION_SUFFIX = ' (source)';
const TARGET_CONNECTION_SUFFIX = ' (target)';


/***/ }),

/***/ 1472:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29);
// The dataflow action's one bundle for both steps (dataflow/action.yml's `main` and `post`), told
// apart by the state the main step writes first; a post step with nothing to delete loads nothing.

const state = (key) => process.env[`STATE_${key}`] ?? '';
if (state(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DATAFLOW_STATE */ .fg.isPost) !== 'true') {
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(797), __nccwpck_require__.e(837), __nccwpck_require__.e(888)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8888));
    await run();
}
else if (state(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DATAFLOW_STATE */ .fg.createdChain) !== '' || state(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DATAFLOW_STATE */ .fg.pendingChain) !== '') {
    const { runPost } = await Promise.all(/* import() */[__nccwpck_require__.e(797), __nccwpck_require__.e(837), __nccwpck_require__.e(716)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8716));
    await runPost();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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
