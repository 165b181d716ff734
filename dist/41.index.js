export const id = 41;
export const ids = [41];
export const modules = {

/***/ 41:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./src/adobe/connect.ts + 7 modules
var connect = __webpack_require__(595);
// EXTERNAL MODULE: ./src/adobe/errors.ts
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./src/runner/job-state.ts
var job_state = __webpack_require__(665);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(708);
// EXTERNAL MODULE: ./src/runner/step.ts
var runner_step = __webpack_require__(770);
// EXTERNAL MODULE: ./src/runner/text.ts
var runner_text = __webpack_require__(99);
// EXTERNAL MODULE: ./src/converge/create.ts
var create = __webpack_require__(749);
;// CONCATENATED MODULE: ./src/converge/teardown.ts







/** Runs a post step: reads the record, and with delete-on-completion on tears down what it names. */
async function runPostStep(step) {
    const record = (0,job_state/* readRecord */.aE)(runner_step/* jobState */.d, step.kinds);
    if ((0,job_state/* isEmpty */.Im)(record)) {
        log/* log */.Rm.debug(step.idle);
        return;
    }
    let clients;
    try {
        const config = step.readConfig();
        // State can be written by anything that prints to the log: act on it only when asked to.
        if (!config.deleteOnCompletion) {
            log/* log */.Rm.debug('delete-on-completion is off: the post step deletes nothing');
            return;
        }
        clients = (0,connect/* connect */.N)(config, { wording: step.wording });
        const { flowService } = clients;
        await teardown(step.parts(config, clients), record, {
            log: log/* log */.Rm,
            now: Date.now,
            sleep: runner_step/* pause */.v7,
            serverClockOffsetMs: () => flowService.serverClockOffsetMs
        });
    }
    catch (error) {
        const what = step.failing === undefined ? '' : `${step.failing}: `;
        log/* log */.Rm.warning(`delete-on-completion: ${what}${messageOf(error)}`);
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
    const until = pending.sentAt + pending.waitMs + create/* POLL_MS */.JO;
    for (;;) {
        const appeared = (0,create/* madeSince */.O9)(await part.find(), pending, deps.serverClockOffsetMs());
        if (appeared.length > 1 || deps.now() >= until) {
            const [only, ...others] = appeared;
            if (only !== undefined && others.length === 0)
                return only.id;
            deps.log.warning(`delete-on-completion: the main step ended while creating "${part.name}"; ${appeared.length} ${part.what}s of that name appeared since (${(0,runner_text/* listed */.K)(appeared.map(found => found.id)) || 'none'}), so none is deleted.`);
            return undefined;
        }
        await deps.sleep(create/* POLL_MS */.JO);
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
            const inUse = error instanceof errors/* AdobeApiError */.Eg && error.details.code?.startsWith('1447') === true;
            if (!inUse || attempt >= IN_USE_ATTEMPTS)
                throw error;
            await sleep(create/* POLL_MS */.JO);
        }
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/base-connection/describe.ts
var describe = __webpack_require__(939);
// EXTERNAL MODULE: ./src/base-connection/execute.ts + 1 modules
var execute = __webpack_require__(722);
// EXTERNAL MODULE: ./src/base-connection/inputs.ts + 2 modules
var inputs = __webpack_require__(973);
// EXTERNAL MODULE: ./src/base-connection/names.ts
var names = __webpack_require__(252);
;// CONCATENATED MODULE: ./src/base-connection/post.ts





function runPost() {
    return runPostStep({
        kinds: [names/* JOB_KIND */.Xw],
        idle: names/* NOTHING_TO_DELETE */.k$,
        failing: 'could not delete the base connection this job created',
        readConfig: inputs/* readConfig */.X,
        wording: describe/* wording */.z4,
        parts: (config, { flowService }) => [connectionPart(config, flowService)]
    });
}
/** This job's base connection: its name and connection spec. */
function connectionPart(config, flowService) {
    return {
        kind: names/* JOB_KIND */.Xw,
        what: 'base connection',
        name: config.name,
        find: () => (0,execute/* findConnections */.NT)(flowService, config.name, config.connectionSpecId),
        get: id => flowService.connections.get(id),
        remove: id => flowService.connections.delete(id),
        alsoOurs: found => (found.connectionSpecId ?? config.connectionSpecId) === config.connectionSpecId
    };
}


/***/ })

};
