export const id = 806;
export const ids = [806];
export const modules = {

/***/ 1806:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
// The monitor action's bundle (monitor/action.yml's `main`). It has no post step: it writes nothing.
await (await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(905), __webpack_require__.e(518), __webpack_require__.e(403)]).then(__webpack_require__.bind(__webpack_require__, 9779))).run();


__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
