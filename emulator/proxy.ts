// A loopback forward proxy for the test that proves the action honours HTTPS_PROXY: `CONNECT
// host:443` is tunnelled to the target (the emulator's TLS port) whatever host was asked for, and
// plain absolute-URI requests are forwarded to the target too.
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo, type Socket } from 'node:net'

export interface ProxyTarget {
  host: string
  port: number
  /** Forward plain absolute-URI requests over TLS (the target is an HTTPS emulator). */
  tls?: boolean
  /** CA to trust when forwarding over TLS. */
  ca?: string | Buffer
}

export interface ProxiedRequest {
  method: string
  /** The request target as received, e.g. `http://platform.adobe.io/data/...`. */
  url: string
  headers: Record<string, string>
}

export interface Proxy {
  readonly url: string
  /** Authorities asked for by CONNECT, e.g. `platform.adobe.io:443`, in order. */
  readonly connects: string[]
  /** Plain (non-CONNECT) requests, in order. */
  readonly requests: ProxiedRequest[]
  close(): Promise<void>
}

export async function startProxy(target: ProxyTarget): Promise<Proxy> {
  const connects: string[] = []
  const requests: ProxiedRequest[] = []
  const sockets = new Set<Socket>()
  const track = (socket: Socket): void => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }

  const server = http.createServer((req, res) => {
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
    }
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers })
    let path = req.url ?? '/'
    try {
      const parsed = new URL(path)
      path = `${parsed.pathname}${parsed.search}`
    } catch {
      // already origin-form
    }
    delete headers['proxy-connection']
    delete headers['proxy-authorization']
    const options = { host: target.host, port: target.port, method: req.method, path, headers }
    const upstream = target.tls ? https.request({ ...options, ca: target.ca }) : http.request(options)
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })

  server.on('connection', track)
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    connects.push(req.url ?? '')
    const upstream = net.connect(target.port, target.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    track(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    requests,
    close(): Promise<void> {
      return new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
    }
  }
}
