// The answers the emulator gives, and Adobe's error bodies in their three documented shapes:
// the API gateway's `{error_code, message}`, Flow Service's problem body, and IMS's OAuth body.
// Codes, titles and messages follow Adobe's published catalogues (see emulator/README.md).

export interface EmuResponse {
  status: number
  headers: Record<string, string>
  body?: string
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): EmuResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(value)
  }
}

export function noContent(headers: Record<string, string> = {}): EmuResponse {
  return { status: 204, headers }
}

/**
 * The emulator's own answer (not Adobe's) to what Flow Service accepts but the emulator does not
 * serve because the action never sends it: 501, so no test mistakes it for Adobe's behaviour.
 */
export function notEmulated(what: string, service = 'Flow Service'): EmuResponse {
  return json(501, {
    errorMessage: `The emulator does not implement ${what}: ${service} accepts it, the action never sends it.`
  })
}

// --- API gateway (Experience Platform troubleshooting guide, "Request header errors") ---

function gateway(status: number, code: string, message: string): EmuResponse {
  return json(status, { error_code: code, message })
}

export const gatewayErrors = {
  tokenMissing: () => gateway(403, '403010', 'Oauth token is missing.'),
  tokenInvalid: () => gateway(401, '401013', 'Oauth token is not valid'),
  apiKeyMissing: () => gateway(403, '403000', 'Api Key is required'),
  apiKeyInvalid: () => gateway(403, '403003', 'Api Key is invalid'),
  orgHeaderMissing: () => gateway(400, '400003', 'Missing header'),
  profileInvalid: () => gateway(403, '403025', 'Profile is not valid')
}

/**
 * The troubleshooting guide's generic Platform error, `{type, status, title, detail}`: also what the
 * emulated Data Prep and Catalog answer (the request id is in the `x-request-id` header).
 */
export function platformError(status: number, title: string, detail: string): EmuResponse {
  return json(status, { type: '/placeholder/type/uri', status, title, detail })
}

/** The troubleshooting guide's body for a POST/PUT/PATCH without `Content-Type: application/json`. */
export function invalidContentType(): EmuResponse {
  return platformError(400, 'BadRequestError', 'A valid content-type must be specified')
}

// --- Flow Service (Flow Service error catalogue, "flow-service-errors") ---

export interface FlowErrorBody {
  type: string
  title: string
  status: number
  report: { 'detailed-message': string; 'request-id': string }
  errorMessage: string
}

export function flowError(code: string, status: number, title: string, detail: string, requestId: string): EmuResponse {
  const body: FlowErrorBody = {
    type: `http://ns.adobe.com/aep/errors/FLOW-${code}-${status}`,
    title,
    status,
    report: { 'detailed-message': detail, 'request-id': requestId },
    errorMessage: detail
  }
  return json(status, body)
}

/** Flow Service errors used by the emulator, one function per catalogue entry. */
export const flowErrors = {
  /** 1100-400: the generic "could not be processed"; Adobe appends the provider's reason. */
  invalidRequest: (reason: string, rid: string) =>
    flowError(
      '1100',
      400,
      'Invalid request',
      `The request could not be processed. Error from flow provider: ${reason}`,
      rid
    ),
  notFound: (rid: string) =>
    flowError(
      '1101',
      404,
      'Resource not found',
      'The requested resource is not found. Error from flow provider: Resource with given id does not exist.',
      rid
    ),
  /** Sources catalogue 1330-400: a table the source does not have (explore `object`, a source connection's table). */
  tableNotFound: (tableName: string, rid: string) =>
    flowError(
      '1330',
      400,
      'Bad Request',
      `No columns were found for table ${tableName}. Please provide a valid table name and try again.`,
      rid
    ),
  /** Sources catalogue 1337-400: explore with an empty query parameter the objectType needs. */
  emptyExploreParam: (param: string, objectType: string, rid: string) =>
    flowError(
      '1337',
      400,
      'Bad Request',
      `The ${param} cannot be empty for objectType=${objectType}. Please provide valid ${param} and try again.`,
      rid
    ),
  /** Sources catalogue 1358-400: explore with an objectType the emulator does not serve. */
  invalidObjectType: (rid: string) =>
    flowError(
      '1358',
      400,
      'Bad Request',
      "The provided param 'objectType' is invalid. Please provide a valid objectType and try again.",
      rid
    ),
  /** Sources catalogue 1359-400: explore without a query parameter the objectType needs. */
  missingParam: (param: string, rid: string) =>
    flowError(
      '1359',
      400,
      'Bad Request',
      `The param ${param} is missing in the request. Please provide a valid ${param} and try again.`,
      rid
    ),
  /** Sources catalogue 1368-400: `?mode=draft` on a flow whose flow spec does not support draft mode. */
  modeNotAllowed: (rid: string) =>
    flowError(
      '1368',
      400,
      'Bad Request',
      'Mode is not allowed in flow request. Please check your request and try again.',
      rid
    ),
  /** Sources catalogue 1366-400: a PATCH moving the start time of a flow whose start time has passed. */
  startTimePassed: (rid: string) =>
    flowError(
      '1366',
      400,
      'Bad Request',
      'The start time has passed and the update operation is no longer allowed.',
      rid
    ),
  /** Sources catalogue 1369-400: a flow scheduled `once` whose Copy transformation names a delta column. */
  deltaColumnWithOnce: (rid: string) =>
    flowError(
      '1369',
      400,
      'Bad Request',
      'The delta column in copy transform is not allowed when frequency is set to once. Please remove the delta column and try again.',
      rid
    ),
  /**
   * Sources catalogue 1403-400: a PATCH changing the frequency to `once` after the start time has
   * passed. The Flow Service catalogue gives 1403-400 to a missing If-Match too (`ifMatchMissing`);
   * the two share the type `FLOW-1403-400` and differ in title and detailed message.
   */
  onceAfterStart: (rid: string) =>
    flowError(
      '1403',
      400,
      'Bad Request',
      'The start time has passed and you can no longer change the frequency to once.',
      rid
    ),
  finalizeNotSupported: (op: string, rid: string) =>
    flowError('1402', 400, 'Invalid request', `The action '${op}' is supported for provider requests only.`, rid),
  ifMatchMissing: (rid: string) =>
    flowError(
      '1403',
      400,
      'Header is missing',
      "The header 'If-Match' is missing in the request. Please provide the header and try again.",
      rid
    ),
  versionMismatch: (supplied: string, current: string, rid: string) =>
    flowError(
      '1404',
      412,
      'Version not matching',
      `The supplied version '${supplied}' does not match the current version on entity '${current}'. Please ensure that the supplied version matches the current version on entity and try again.`,
      rid
    ),
  emptyBody: (rid: string) =>
    flowError(
      '1405',
      400,
      'Invalid request',
      'The request body cannot be null or empty. Please provide a request body and try again.',
      rid
    ),
  stateNotAllowed: (rid: string) =>
    flowError('1410', 400, 'Invalid request', '`State` is not allowed in the create flow request.', rid),
  invalidMappingVersion: (rid: string) =>
    flowError(
      '1412',
      400,
      'Invalid request',
      'Invalid Mapping Version in request. Please provide correct mapping version.',
      rid
    ),
  invalidSpecId: (rid: string) =>
    flowError(
      '1413',
      400,
      'Invalid request',
      'The spec ID provided is invalid. Please provide a valid spec ID and try again.',
      rid
    ),
  specNotUpdatable: (rid: string) =>
    flowError('1414', 400, 'Invalid request', 'The connection spec of a connection cannot be updated.', rid),
  authSpecNotFound: (specName: string, specId: string, rid: string) =>
    flowError(
      '1415',
      400,
      'Invalid request',
      `The auth spec '${specName}' could not be found for the connection spec ID ${specId}.`,
      rid
    ),
  baseConnectionInUse: (id: string, rid: string) =>
    flowError(
      '1418',
      400,
      'Invalid request',
      `The base connection with the ID ${id} cannot be deleted because the base connection is being used in one or more flows. Please ensure that corresponding flows are deleted before deleting a base connection.`,
      rid
    ),
  invalidMapping: (id: string, version: string, rid: string) =>
    flowError(
      '1419',
      400,
      'Invalid request',
      `Error while validating mapping with id ${id}, version ${version}. This could be because of inadequate permissions on mapped fields. Please check your mapping or contact your admin.`,
      rid
    ),
  actionNotAllowed: (action: string, state: string, rid: string) =>
    flowError(
      '1422',
      400,
      'Invalid request',
      `The action ${action} cannot be applied on the current state ${state}. Please update the action and try again.`,
      rid
    ),
  schemaMismatch: (dataSetId: string, mappingId: string, rid: string) =>
    flowError(
      '1425',
      400,
      'Invalid request',
      `Error while matching schema in target dataset ${dataSetId} with schema in mapping ${mappingId}. Schema with same id and version must be used in both mapping and target dataset.`,
      rid
    ),
  unsupportedPatchOp: (op: string, rid: string) =>
    flowError(
      '1434',
      400,
      'Invalid request',
      `Unsupported operation '${op}' received. Please use one of the supported operation types and try again.`,
      rid
    ),
  /** 1439 is the catalogue's "Resource not found" with status 400: a referenced resource that does not exist. */
  referenceNotFound: (kind: string, id: string, rid: string) =>
    flowError(
      '1439',
      400,
      'Resource not found',
      `The requested ${kind} resource ${id} is not found. Verify the resource ID before trying again.`,
      rid
    ),
  /** 1443-400: a comparison filter (`>`, `>=`, `<`, `<=`) given several values. */
  operatorMultipleValues: (operator: string, rid: string) =>
    flowError('1443', 400, 'Invalid request', `Operator '${operator}' is not allowed for multiple values.`, rid),
  /** 1448-400: a comparison filter on a field that is not a number (the catalogue's example: `>=` on id). */
  operatorNotSupported: (operator: string, field: string, rid: string) =>
    flowError('1448', 400, 'Invalid request', `Operator ${operator} not supported for field ${field}.`, rid),
  /** 1452-400: a value a numeric (epoch ms) field cannot take (the catalogue's example: two values for createdAt). */
  invalidFieldValue: (value: string, field: string, rid: string) =>
    flowError('1452', 400, 'Invalid request', `Invalid value ${value} for field ${field}.`, rid),
  notInExpectedState: (what: string, expected: string, rid: string) =>
    flowError('1444', 400, 'Invalid request', `${what} is not in expected state ${expected}.`, rid),
  activeFlows: (id: string, rid: string) =>
    flowError('1447', 400, 'Invalid request', `Found active flows containing id ${id}.`, rid),
  queryParam: (param: string, rid: string) =>
    flowError('1451', 400, 'Invalid request', `Invalid params ${param} provided in query params.`, rid),
  queryValue: (expr: string, rid: string) =>
    flowError('1453', 400, 'Invalid request', `Invalid query value ${expr} provided in query param.`, rid),
  patchInstructions: (reason: string, rid: string) =>
    flowError(
      '1455',
      400,
      'Invalid request',
      `An error has occurred while validating patch instructions: ${reason}`,
      rid
    ),
  sandboxNotFound: (name: string, rid: string) =>
    flowError(
      '2101',
      404,
      'Sandbox not found',
      `The sandbox with the name '${name}' could not be found. Error from Sandbox Management API: Sandbox with name '${name}' not present. Please check if resource exists.`,
      rid
    ),
  sandboxHeaderMissing: (rid: string) =>
    flowError(
      '2105',
      400,
      'Header is missing',
      'The header x-sandbox-name is missing in the request. Please add the header in the request and try again.',
      rid
    )
}

// --- Adobe IMS (OAuth 2.0 token endpoint errors, RFC 6749 §5.2 as IMS uses them) ---

export function imsError(error: string, description: string, status = 400): EmuResponse {
  return json(status, { error, error_description: description }, { 'content-type': 'application/json;charset=utf-8' })
}
