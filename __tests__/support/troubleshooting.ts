// How the actions link a next step to its entry in docs/troubleshooting.md (as published with the
// v1 tag), written out here so that a test compares the exact line.

/** The line after a next step: "More: " and the entry's address. */
export const more = (anchor: string): string =>
  `\nMore: https://github.com/your-org/aep-oracle-service-cloud-connection/blob/v1/docs/troubleshooting.md#${anchor}`
