// Connections opened ahead of the first requests: TCP and TLS while the token is fetched, then
// handed to the HTTP agent's pool as a finished keep-alive request's connection would be.
import type { Agent } from 'node:http'
import type { Socket } from 'node:net'
import type { TLSSocket } from 'node:tls'

/** Node's http.Agent, with the (long-standing, undocumented) method it opens pooled sockets with. */
type PoolingAgent = Agent & {
  createSocket(
    request: { getHeader(name: string): undefined },
    options: { host: string; port: number },
    callback: (error: Error | null, socket?: PooledSocket) => void
  ): void
}

type PooledSocket = Socket & { _httpMessage?: { shouldKeepAlive: boolean } | null }

export interface Preconnection {
  /**
   * Settles when a connection is in the pool for this request (one per request, in turn), or once
   * every connection is there or given up (the request then connects itself).
   */
  turn(): Promise<void>
}

/**
 * Opens `count` connections to `url`'s origin through `agent`. Best effort: a handshake that
 * fails, or hangs past `timeoutMs`, is given up.
 *
 * A TLS 1.3 server sends its session tickets after the handshake. Arriving on an idle pooled
 * connection they are unread data, for which Node's agent discards the connection when a request
 * takes it. So a connection joins the pool at once only when a request is waiting for it (the
 * request takes it at once, and the tickets are read with the answer); otherwise once its tickets
 * are read, or after as long again as the handshake took (tickets follow it by a round trip).
 */
export function preconnect(agent: Agent, url: string, count: number, timeoutMs: number): Preconnection {
  const target = new URL(url)
  const secure = target.protocol === 'https:'
  const options = { host: target.hostname, port: Number(target.port || (secure ? 443 : 80)) }
  const waiting: (() => void)[] = []
  /** Connections still opening; those in the pool that no request has had its turn on. */
  let open = count
  let unclaimed = 0
  /** One connection is in the pool (or given up): the next waiting request goes; after the last, all. */
  const settled = (pooled: boolean): void => {
    open -= 1
    const next = waiting.shift()
    if (next !== undefined) next()
    else if (pooled) unclaimed += 1
    if (open === 0) for (const go of waiting.splice(0)) go()
  }
  for (let i = 0; i < count; i++) {
    const started = Date.now()
    let opened: PooledSocket | undefined
    let finished = false
    const done = (pooled = false): void => {
      if (finished) return
      finished = true
      clearTimeout(timer)
      settled(pooled)
    }
    // Unref'd: a handshake still under way never keeps the step alive once its work is done.
    const timer = setTimeout(() => {
      opened?.destroy()
      done()
    }, timeoutMs).unref()
    const free = (): void => {
      if (opened === undefined || opened.destroyed || finished) return done()
      opened._httpMessage = { shouldKeepAlive: true }
      opened.emit('free')
      done(true)
    }
    try {
      ;(agent as PoolingAgent).createSocket({ getHeader: () => undefined }, options, (error, socket) => {
        if (error || socket === undefined) return done()
        opened = socket
        socket.once('error', () => done())
        // Closed before it was pooled (the transport closed it, or the server did): given up.
        socket.once('close', () => done())
        socket.once(secure ? 'secureConnect' : 'connect', () => {
          if (waiting.length > 0 || !secure || (socket as TLSSocket).getProtocol() !== 'TLSv1.3') return free()
          const wait = setTimeout(free, Date.now() - started).unref()
          socket.once('session', () => {
            clearTimeout(wait)
            setImmediate(free) // a second ticket of the same flight is read meanwhile
          })
        })
      })
    } catch {
      done()
    }
  }
  return {
    turn: () => {
      if (unclaimed > 0 || open === 0) {
        unclaimed = Math.max(0, unclaimed - 1)
        return Promise.resolve()
      }
      return new Promise<void>(go => waiting.push(go))
    }
  }
}
