// Reading request bodies the way Flow Service does: JSON objects, and JSON Patch arrays guarded by
// If-Match. Shared by base connections and the objects of the dataflow chain.
import type { RequestContext } from './context.js'
import { type EmuResponse, flowErrors, invalidContentType } from './errors.js'

export type Fail = { ok: false; response: EmuResponse }
export type Result<T> = ({ ok: true } & T) | Fail
export const fail = (response: EmuResponse): Fail => ({ ok: false, response })

export function isJsonContentType(ctx: RequestContext): boolean {
  const type = (ctx.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  return type === 'application/json' || type === 'application/json-patch+json'
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

export function copy<T>(value: T): T {
  return structuredClone(value)
}

export function withEtag(response: EmuResponse, etag: string): EmuResponse {
  return { ...response, headers: { ...response.headers, etag } }
}

export function parseJsonBody(
  ctx: RequestContext,
  malformed: (rid: string) => EmuResponse
): Result<{ value: unknown }> {
  if (ctx.body.trim() === '') return fail(flowErrors.emptyBody(ctx.requestId))
  try {
    return { ok: true, value: JSON.parse(ctx.body) as unknown }
  } catch {
    return fail(malformed(ctx.requestId))
  }
}

/** A POST body that must be a JSON object: content type, then JSON, then shape (1100 otherwise). */
export function parseObjectBody(ctx: RequestContext): Result<{ body: Record<string, unknown> }> {
  if (!isJsonContentType(ctx)) return fail(invalidContentType())
  const parsed = parseJsonBody(ctx, r => flowErrors.invalidRequest('The request body is not valid JSON.', r))
  if (!parsed.ok) return parsed
  if (!isObject(parsed.value)) {
    return fail(flowErrors.invalidRequest('The request body must be a JSON object.', ctx.requestId))
  }
  return { ok: true, body: parsed.value }
}

export interface PatchOp {
  op: 'add' | 'replace' | 'remove'
  path: string
  /** Required for every op, `remove` included (the OpenAPI's PatchInstruction); `remove` ignores it. */
  value: unknown
}

const PATCH_OPS = new Set(['add', 'replace', 'remove'])

/**
 * A PATCH up to the point where its instructions can be applied, checked in Flow Service's order:
 * content type, If-Match present (1403), the record exists, If-Match is exactly its etag, quotes
 * included (1404-412), then the instructions (1455, 1434). Every instruction carries `op`, `path` and
 * `value`, as the OpenAPI's `PatchInstruction` requires them (a `remove` too, unlike RFC 6902):
 * without `value`, 1455 `Missing field "value".`, the catalogue's wording for a missing field.
 */
export function preparePatch<T extends { etag: string }>(
  ctx: RequestContext,
  find: () => T | undefined
): Result<{ found: T; ops: PatchOp[] }> {
  const rid = ctx.requestId
  if (!isJsonContentType(ctx)) return fail(invalidContentType())
  const ifMatch = ctx.headers['if-match']
  if (ifMatch === undefined || ifMatch === '') return fail(flowErrors.ifMatchMissing(rid))
  const found = find()
  if (!found) return fail(flowErrors.notFound(rid))
  if (ifMatch !== found.etag) return fail(flowErrors.versionMismatch(ifMatch, found.etag.replace(/"/g, ''), rid))

  const parsed = parseJsonBody(ctx, r => flowErrors.patchInstructions('The request body is not valid JSON.', r))
  if (!parsed.ok) return parsed
  const instructions = parsed.value
  if (!Array.isArray(instructions) || instructions.length === 0) {
    return fail(
      flowErrors.patchInstructions('The request body must be a non-empty JSON array of patch instructions.', rid)
    )
  }
  const ops: PatchOp[] = []
  for (const [index, instruction] of instructions.entries()) {
    if (!isObject(instruction)) return fail(flowErrors.patchInstructions(`Instruction ${index} is not an object.`, rid))
    const op = instruction['op']
    if (typeof op !== 'string') {
      return fail(flowErrors.patchInstructions(`Missing field "op" in instruction ${index}.`, rid))
    }
    const lower = op.toLowerCase()
    if (!PATCH_OPS.has(lower)) return fail(flowErrors.unsupportedPatchOp(op, rid))
    const path = instruction['path']
    if (typeof path !== 'string') {
      return fail(flowErrors.patchInstructions(`Missing field "path" in instruction ${index}.`, rid))
    }
    if (!('value' in instruction)) return fail(flowErrors.patchInstructions('Missing field "value".', rid))
    ops.push({ op: lower as PatchOp['op'], path, value: instruction['value'] })
  }
  return { ok: true, found, ops }
}

/** The answer to an unknown PATCH path: 1455 naming the field, as Flow Service does. */
export function unknownPatchPath(path: string, rid: string): EmuResponse {
  return flowErrors.patchInstructions(`Missing field "${path.replace(/^\//, '').replace(/\//g, '.')}".`, rid)
}
