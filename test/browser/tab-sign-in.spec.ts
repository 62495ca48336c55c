import { ApiClient, type BearerTokens, type DevIdentity } from '../../tab/src/api/client';
import { ApiError } from '../../tab/src/api/errors';
import { expiresAt, teamsTokens } from '../../tab/src/shell/sso';

/**
 * The tab's side of Teams sign-in, without a browser: the API client sends the Teams token
 * as `Authorization: Bearer`, renews it once after a 401, and the token source caches.
 */
describe('tab: Teams sign-in', () => {
  const jwt = (exp: number): string =>
    `e30.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.sig`;

  let fetchMock: jest.SpyInstance;
  const answers: Response[] = [];
  beforeEach(() => {
    answers.length = 0;
    fetchMock = jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation(() =>
        Promise.resolve(answers.shift() ?? new Response('{"id":"u"}', { status: 200 })),
      );
  });
  afterEach(() => fetchMock.mockRestore());

  const sentHeaders = (call: number): Record<string, string> =>
    (fetchMock.mock.calls[call] as [string, RequestInit])[1].headers as Record<string, string>;
  const refused = () =>
    new Response('{"error":{"code":"unauthenticated","message":"no"}}', { status: 401 });

  function tokens(...issued: string[]): BearerTokens & { asked: boolean[] } {
    const asked: boolean[] = [];
    return {
      kind: 'bearer',
      asked,
      getToken: (refresh) => {
        asked.push(refresh);
        return Promise.resolve(issued.shift() ?? 'no-more');
      },
    };
  }

  it('sends the token as a bearer and no dev headers', async () => {
    await new ApiClient('fi', tokens('t1')).me();
    expect(sentHeaders(0)).toMatchObject({ Authorization: 'Bearer t1' });
    expect(Object.keys(sentHeaders(0)).filter((h) => h.startsWith('X-Dev'))).toEqual([]);
  });

  it('renews a refused token once and repeats the call', async () => {
    answers.push(refused());
    const source = tokens('old', 'new');
    expect(await new ApiClient('fi', source).me()).toEqual({ id: 'u' });
    expect(source.asked).toEqual([false, true]);
    expect(sentHeaders(1)).toMatchObject({ Authorization: 'Bearer new' });
  });

  it('gives up after the second 401', async () => {
    answers.push(refused(), refused());
    const error = await new ApiClient('fi', tokens('a', 'b')).me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('turns a failed token request into a 401 without calling the server', async () => {
    const failing: BearerTokens = {
      kind: 'bearer',
      getToken: () => Promise.reject(new Error('resourceRequiresConsent')),
    };
    const error = await new ApiClient('fi', failing).me().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 'sso_failed' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps sending dev headers (and no token) for a dev identity', async () => {
    const dev: DevIdentity = {
      id: 'u-1',
      name: 'Mäki',
      email: null,
      roles: ['reporter'],
      serviceAreas: [],
    };
    await new ApiClient('fi', dev).me();
    expect(sentHeaders(0)).toMatchObject({ 'X-Dev-User-Id': 'u-1' });
    expect(sentHeaders(0).Authorization).toBeUndefined();
  });

  describe('teamsTokens', () => {
    it('reads the expiry of a token', () => {
      expect(expiresAt(jwt(1_700_000_000))).toBe(1_700_000_000_000);
      expect(expiresAt('garbage')).toBeNull();
    });

    it('asks Teams once, shares the answer, and keeps it until shortly before expiry', async () => {
      let now = 1_000_000_000_000;
      const issued = [jwt(now / 1000 + 3600), jwt(now / 1000 + 7200), jwt(now / 1000 + 9000)];
      const getAuthToken = jest.fn(() => Promise.resolve(issued.shift() ?? ''));
      const source = teamsTokens(getAuthToken, () => now);

      const [a, b] = await Promise.all([source.getToken(false), source.getToken(false)]);
      expect(a).toBe(b);
      expect(getAuthToken).toHaveBeenCalledTimes(1);
      now += 50 * 60_000;
      expect(await source.getToken(false)).toBe(a);
      now += 6 * 60_000; // within five minutes of expiry
      const second = await source.getToken(false);
      expect(second).not.toBe(a);
      expect(await source.getToken(true)).not.toBe(second);
      expect(getAuthToken).toHaveBeenCalledTimes(3);
    });
  });
});
