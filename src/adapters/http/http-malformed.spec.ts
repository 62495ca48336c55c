import { connect, type AddressInfo } from 'node:net';
import { MAX_HEADER_BYTES } from './client-error';
import { createTestServer, type TestServer } from './testing';

type RawAnswer = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
};

/** Writes bytes to the server as they are and reads the answer until the server closes. */
function raw(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while we still write a long request; what it sent counts.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

/**
 * Issue 9: requests Node's HTTP parser refuses before Fastify sees them still answer in the
 * API's error shape, with the security headers, and the connection is closed.
 */
describe('HTTP: malformed requests', () => {
  let t: TestServer;
  let port: number;
  beforeEach(async () => {
    t = await createTestServer();
    port = (t.server.server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const expectApiShape = (res: RawAnswer) => {
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    expect(res.headers['content-security-policy']).toContain('frame-ancestors');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.connection).toBe('close');
  };

  it('a negative Content-Length → 400 bad_request in Finnish (no language known)', async () => {
    const res = await raw(
      port,
      'POST /api/observations HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n{}',
    );
    expect(res.status).toBe(400);
    expectApiShape(res);
    expect(JSON.parse(res.body)).toEqual({
      error: {
        code: 'bad_request',
        message: 'Pyyntöä ei voitu käsitellä. Tarkista osoite ja pyynnön muoto.',
      },
    });
  });

  it('both Content-Length and Transfer-Encoding → 400, in the language of an Accept-Language Node read', async () => {
    const res = await raw(
      port,
      'POST /api/observations HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n' +
        'Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    );
    expect(res.status).toBe(400);
    expectApiShape(res);
    expect(JSON.parse(res.body)).toEqual({
      error: {
        code: 'bad_request',
        message: 'The request could not be understood. Please check the address and its format.',
      },
    });
    expect(await t.store.observations.isEmpty()).toBe(true);
  });

  it('headers over 16 KiB → 431 headers_too_large', async () => {
    expect(MAX_HEADER_BYTES).toBe(16 * 1024);
    const res = await raw(
      port,
      `GET /api/health HTTP/1.1\r\nHost: localhost\r\nAccept-Language: sv\r\nX-Filler: ${'a'.repeat(17 * 1024)}\r\n\r\n`,
    );
    expect(res.status).toBe(431);
    expectApiShape(res);
    expect(JSON.parse(res.body)).toEqual({
      error: {
        code: 'headers_too_large',
        message: 'Begärans rubriker är för stora (högst 16 KiB).',
      },
    });
  });

  it('headers just under 16 KiB are read', async () => {
    const res = await raw(
      port,
      `GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Filler: ${'a'.repeat(15 * 1024)}\r\n\r\n`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain('"status":"ok"');
  });

  it('the header limit is ours, set on the server, not left to Node’s default', () => {
    expect((t.server.server as { maxHeaderSize?: number }).maxHeaderSize).toBe(MAX_HEADER_BYTES);
  });
});
