export const id = 11;
export const ids = [11];
export const modules = {

/***/ 6011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runner_step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7770);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6337);
// The dataflow action's main step: its inputs, then (once they are good) the rest of the step,
// loaded only then: a step that fails on its inputs starts and ends nearly as fast as Node.


function run() {
    return (0,_runner_step_js__WEBPACK_IMPORTED_MODULE_0__/* .runMainStep */ .X7)(async (cancellation) => {
        const config = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDataflowConfig */ .BV)();
        await (await Promise.all(/* import() */[__webpack_require__.e(905), __webpack_require__.e(873), __webpack_require__.e(558)]).then(__webpack_require__.bind(__webpack_require__, 6558))).provision(config, cancellation);
    });
}


/***/ })

};
