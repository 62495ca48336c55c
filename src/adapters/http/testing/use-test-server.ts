/// <reference types="jest" />
import { createTestServer, type TestServer } from './http-fixture';

/**
 * Registers beforeEach/afterEach in the calling `describe`: each test gets a fresh server, and
 * after it no unexpected error (500) may have been reported before the server is closed.
 */
export function useTestServer(options?: Parameters<typeof createTestServer>[0]): () => TestServer {
  let current: TestServer | undefined;
  beforeEach(async () => {
    current = await createTestServer(options);
  });
  afterEach(async () => {
    const server = current;
    current = undefined;
    expect(server?.unexpected).toEqual([]);
    await server?.close();
  });
  return () => {
    if (current === undefined) throw new Error('useTestServer: only inside a test or its hooks');
    return current;
  };
}
