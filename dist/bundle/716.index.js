export const id = 716;
export const ids = [716];
export const modules = {

/***/ 8716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _converge_teardown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7721);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4183);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6337);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1720);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1599);





function runPost() {
    return (0,_converge_teardown_js__WEBPACK_IMPORTED_MODULE_0__/* .runPostStep */ .Uc)({
        kinds: _names_js__WEBPACK_IMPORTED_MODULE_3__/* .JOB_KINDS */ .ik,
        idle: _names_js__WEBPACK_IMPORTED_MODULE_3__/* .NOTHING_TO_DELETE */ .k$,
        readConfig: _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readTeardownConfig */ .tP,
        wording: _describe_js__WEBPACK_IMPORTED_MODULE_1__/* .wording */ .z4,
        parts: (config, { flowService }) => [
            part('flow', config.name, flowService.flows),
            part('target', (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .targetName */ .je)(config.name), flowService.targets),
            part('source', (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceName */ .VZ)(config.name), flowService.sources)
        ]
    });
}
function part(kind, name, collection) {
    return {
        kind,
        what: collection.what,
        name,
        find: () => collection.findByName(name),
        get: id => collection.get(id),
        remove: id => collection.delete(id)
    };
}


/***/ })

};
