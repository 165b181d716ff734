// A loopback TCP relay that plays a distant origin: it forwards to a local server (the TLS
// emulator) and adds latency. A new connection waits one round trip before anything passes (the
// TCP handshake); every chunk, in either direction, then takes half a round trip. So a request and
// its answer cost one round trip, a TLS 1.3 handshake one more, and a new connection one more.
// It records what it delayed, so that a run's round trips can be read off its timeline.
import type { AddressInfo } from 'node:net'
import net from 'node:net'

/** Something the relay held back: a new connection (one RTT) or a chunk (half an RTT). */
export interface Delay {
  kind: 'open' | 'to-server' | 'to-client'
  /** performance.now() when it reached the relay. */
  at: number
  ms: number
}

export interface Relay {
  readonly port: number
  /** What was held back since the last clear(). */
  readonly delays: readonly Delay[]
  /** Connections opened since the last clear(). */
  connections(): number
  clear(): void
  close(): Promise<void>
}

export async function startRelay(targetPort: number, rttMs: number): Promise<Relay> {
  const delays: Delay[] = []
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket): void => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  /** Runs `then` after `ms`, recording the delay; equal delays keep their order (Node's timer lists). */
  const hold = (kind: Delay['kind'], ms: number, then: () => void): void => {
    delays.push({ kind, at: performance.now(), ms })
    setTimeout(then, ms)
  }
  const pipe = (from: net.Socket, to: net.Socket, kind: 'to-server' | 'to-client'): void => {
    from.on('data', (chunk: Buffer) => hold(kind, rttMs / 2, () => to.writable && to.write(chunk)))
    from.on('end', () => setTimeout(() => to.end(), rttMs / 2))
    from.on('close', () => setTimeout(() => to.destroy(), rttMs / 2))
  }

  const server = net.createServer({ pauseOnConnect: true }, client => {
    track(client)
    // The TCP handshake: the client's first bytes leave after one round trip.
    hold('open', rttMs, () => {
      if (client.destroyed) return
      const upstream = net.connect(targetPort, '127.0.0.1', () => client.resume())
      track(upstream)
      pipe(client, upstream, 'to-server')
      pipe(upstream, client, 'to-client')
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))

  return {
    port: (server.address() as AddressInfo).port,
    delays,
    connections: () => delays.filter(delay => delay.kind === 'open').length,
    clear: () => void delays.splice(0),
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
  }
}

/**
 * The network time of a run, in round trips: how long at least one of its connections (on any
 * relay) was waiting on the simulated network, up to the last answer's arrival. Time when nothing
 * was in flight (both ends computing) is left out, and so is what overlaps, such as a connection
 * opened while another request is under way.
 */
export function roundTrips(delays: readonly Delay[], rttMs: number): number {
  const answers = delays.filter(delay => delay.kind === 'to-client').map(delay => delay.at + delay.ms)
  if (answers.length === 0) return 0
  const end = Math.max(...answers)
  const spans = delays
    .map(delay => [delay.at, Math.min(delay.at + delay.ms, end)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0])
  let total = 0
  let [from, to] = [-Infinity, -Infinity]
  for (const [start, stop] of spans) {
    if (start > to) {
      if (to > from) total += to - from
      ;[from, to] = [start, stop]
    } else {
      to = Math.max(to, stop)
    }
  }
  if (to > from) total += to - from
  return total / rttMs
}
