// Adobe's advice (adobe/errors.ts) as the next step a user reads, naming the Adobe-access inputs
// that every action shares. An action adds the sentences that name its own inputs (wordingWith).
import { Advice, Wording } from '../adobe/errors.js'
import { ACCESS_INPUT } from './names.js'

const quoted = (input: string): string => `"${input}"`
const { accessToken, apiKey, clientId, clientSecret, imsUrl, orgId, platformUrl, sandboxName, scopes, timeoutSeconds } =
  ACCESS_INPUT

/** Adobe's status page, for a failing service. */
const STATUS_PAGE = 'https://status.adobe.com'

/** Adobe retired the Oracle Service Cloud source: what every action says when an organization no longer has it. */
export const ORACLE_SERVICE_CLOUD_RETIRED =
  'Adobe deprecated the Oracle Service Cloud source at the end of May 2025, and this organization no longer has it. Adobe points to Data Landing Zone instead: export from Oracle Service Cloud to files and ingest them through the Data Landing Zone source (https://experienceleague.adobe.com/en/docs/experience-platform/sources/connectors/cloud-storage/data-landing-zone).'

/** Flow Service's connection spec of the Oracle Service Cloud source. */
export const ORACLE_SERVICE_CLOUD_SPEC_ID = 'ba5126ec-c9ac-11eb-b8bc-0242ac130003'

/** A request took effect but its answer could not be read: what every action says of it. */
export const ANSWER_UNREADABLE =
  'Adobe accepted the request, but its answer could not be read and the result is not listed yet. Look in Experience Platform (Sources) or run the workflow again: the re-run finds it by name instead of creating another'

/** The next step for each advice, in the words of the shared inputs. */
export const ACCESS_HINTS: Readonly<Partial<Record<Advice, string>>> = {
  'ims-client-rejected': `Adobe IMS rejected the client credentials: check ${quoted(clientId)} and ${quoted(clientSecret)} (was the secret rotated?) and that the credential is OAuth Server-to-Server.`,
  'ims-scope-rejected': `Adobe IMS rejected the scopes: copy ${quoted(scopes)} from the credential in Adobe Developer Console.`,
  'ims-throttled':
    'Adobe IMS is throttling token requests: run the job again later, or lower how many jobs run at once.',
  'ims-failed': `Adobe IMS failed; run the job again later, and check ${STATUS_PAGE} if it persists.`,
  'ims-not-found': `${quoted(imsUrl)} does not look like Adobe IMS (no token endpoint there): leave it out, or use https://ims-na1.adobelogin.com.`,
  'ims-refused': `Adobe IMS did not issue a token: check ${quoted(clientId)}, ${quoted(clientSecret)} and ${quoted(scopes)} against the OAuth Server-to-Server credential in Adobe Developer Console.`,
  'token-rejected-given': `the access token was not accepted: the given ${quoted(accessToken)} expired, or it was issued for another Adobe environment or organization. Get a fresh one for ${quoted(orgId)} (or give ${quoted(clientId)} and ${quoted(clientSecret)} so that the action gets its own).`,
  'token-rejected-issued': `the access token was not accepted, though Adobe IMS had just issued it: ${quoted(imsUrl)} must be the IMS of the Adobe environment of ${quoted(platformUrl)} (https://ims-na1.adobelogin.com for https://platform.adobe.io).`,
  'token-rejected': `the access token was not accepted: it expired, or it was issued for another Adobe environment or organization. Pass a fresh ${quoted(accessToken)}, or with ${quoted(clientSecret)} check that ${quoted(imsUrl)} is the IMS of the environment of ${quoted(platformUrl)}.`,
  'api-key-rejected': `the API key was not accepted: ${quoted(apiKey)} (or ${quoted(clientId)}) must be the client ID of the credential that issued the token.`,
  'no-product-profile': `the credential has no Experience Platform product profile in this organization, or ${quoted(orgId)} is not its organization. In Adobe Developer Console add the Experience Platform API with a product profile to the project, and check ${quoted(orgId)}.`,
  'no-region': `Adobe found no region for this credential ("User region is missing"): either ${quoted(orgId)} is not the organization ID of the credential (copy it from the project in Adobe Developer Console), or the credential is not in an Experience Platform product profile: add the Experience Platform API with a product profile to the project in Adobe Developer Console, then run again.`,
  'unknown-sandbox': `the sandbox does not exist in this organization: check ${quoted(sandboxName)} (lowercase, as shown in the sandbox list of Experience Platform).`,
  'if-match-missing':
    "Flow Service says the update carried no If-Match header, which the action always sends: this is a bug in the action, not a problem with your inputs, and running again will not help. Please report it to the action's maintainers (an issue in its repository), with this message.",
  'changed-meanwhile': 'the connection changed while it was being updated: run the workflow again.',
  'in-use-by-dataflow': 'an active dataflow still uses it: delete (or disable) that dataflow first, then run again.',
  throttled: 'Adobe is throttling requests: run the job again later, or lower how many jobs run at once.',
  'service-failed': `Adobe's service failed; run the job again later, and check ${STATUS_PAGE} if it persists.`,
  'not-found': `the resource was not found in this organization and sandbox: check ${quoted(orgId)} and ${quoted(sandboxName)}.`,
  forbidden: `the credential's product profile may lack the Sources permissions (View Sources, Manage Sources) or access to the sandbox named in ${quoted(sandboxName)}: in Adobe Admin Console, add them to the Experience Platform product profile of the credential.`,
  unauthorized: `check the Adobe credentials (${quoted(clientId)}, ${quoted(clientSecret)} or ${quoted(accessToken)}) and ${quoted(orgId)}.`,
  'bad-request': 'Flow Service rejected the request: check the inputs named in the message.',
  'tls-untrusted':
    'behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS; TLS verification is never turned off.',
  'answer-too-large': `Adobe's answer was far larger than any it documents: check that ${quoted(platformUrl)} and ${quoted(imsUrl)} point at Adobe.`,
  'proxy-refused':
    'check that the proxy named in HTTPS_PROXY is running and that the runner can reach it at that host and port; hosts the runner reaches directly belong in NO_PROXY.',
  'proxy-auth':
    "give the proxy's user name and password in HTTPS_PROXY, percent-encoded and from a secret (http://user:password@proxy.example.com:3128, sent as Basic authentication), or check them if they are there already; or have the proxy let the runner through.",
  'proxy-failed': "check HTTPS_PROXY and NO_PROXY, and that the proxy lets the runner reach Adobe's hosts.",
  network: `check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY); raise ${quoted(timeoutSeconds)} if Adobe is slow.`,
  'answer-unreadable': `${ANSWER_UNREADABLE}.`
}

/**
 * docs/troubleshooting.md as published with the actions (the v1 tag): the one place its address is
 * written. Every hint links to its entry there (seeEntry).
 */
export const TROUBLESHOOTING_URL =
  'https://github.com/your-org/aep-oracle-service-cloud-connection/blob/v1/docs/troubleshooting.md'

/** The entry of docs/troubleshooting.md (its heading's anchor) that explains each advice. */
export const TROUBLESHOOTING_ENTRY: Readonly<Record<Advice, string>> = {
  'ims-client-rejected': 'invalid_client-unauthorized_client-client-credentials-rejected',
  'ims-scope-rejected': 'invalid_scope-scopes-rejected',
  'ims-throttled': 'ims-429-token-requests-throttled',
  'ims-failed': 'ims-5xx-adobe-ims-failed',
  'ims-not-found': 'ims-404-no-token-endpoint',
  'ims-refused': 'ims-4xx-no-token-issued',
  'token-rejected-given': '401013-oauth-token-is-not-valid',
  'token-rejected-issued': '401013-oauth-token-is-not-valid',
  'token-rejected': '401013-oauth-token-is-not-valid',
  'api-key-rejected': '403000-403003-api-key-missing-or-not-valid',
  'no-product-profile': '403025-profile-is-not-valid',
  'no-region': '403027-user-region-is-missing',
  'unknown-sandbox': '2101-sandbox-not-found',
  'unknown-connection-spec': '1413-connection-spec-not-found',
  'unknown-auth-spec': '1415-authentication-spec-not-found',
  'if-match-missing': '1403-if-match-missing-or-frequency-change-refused',
  'changed-meanwhile': '412-1404-version-not-matching',
  'base-connection-in-use': '1418-base-connection-in-use',
  'in-use-by-dataflow': '1447-still-used-by-an-active-dataflow',
  'unknown-mapping-version': '1412-1419-mapping-set-or-version-not-found',
  'mapping-schema-mismatch': '1425-mapping-set-for-another-schema',
  throttled: '429-429001-too-many-requests',
  'service-failed': '5xx-service-failed',
  'not-found': '404-not-found',
  forbidden: '403-forbidden',
  unauthorized: '401-unauthorized',
  'bad-request': '400-bad-request',
  'tls-untrusted': 'tls-certificate-not-trusted',
  'answer-too-large': 'answer-too-large',
  'proxy-refused': 'proxy-refused-the-connection',
  'proxy-auth': 'proxy-requires-authentication-407',
  'proxy-failed': 'proxy-failed',
  network: 'network-failure-or-no-answer-in-time',
  'answer-unreadable': 'answer-could-not-be-read'
}

/** Entries that messages of the actions' own (not an advice's) link to. */
export const ENTRY = {
  sourceRejected: 'explore-400-the-source-rejected-the-credentials',
  mappingRefused: 'data-prep-400-mapping-refused',
  unknownConnectionSpec: TROUBLESHOOTING_ENTRY['unknown-connection-spec']
} as const

/** The line after a hint that links to its entry in docs/troubleshooting.md. */
export function seeEntry(anchor: string): string {
  return `\nMore: ${TROUBLESHOOTING_URL}#${anchor}`
}

/** An action's wording: its own sentences first, then the shared ones; each with its entry's link. */
export function wordingWith(own: Readonly<Partial<Record<Advice, string>>>): Wording {
  return advice => {
    const hint = own[advice] ?? ACCESS_HINTS[advice]
    return hint === undefined ? undefined : `${hint}${seeEntry(TROUBLESHOOTING_ENTRY[advice])}`
  }
}
