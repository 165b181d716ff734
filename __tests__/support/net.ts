// Small network helpers for tests.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A port nothing listens on: one the system just handed out and took back. */
export async function closedPort(): Promise<number> {
  const probe = http.createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>(resolve => probe.close(() => resolve()))
  return port
}
