import { FAKE_DEFAULTS, PLACEHOLDERS, packageSettings, substitute } from './package-settings';

const REAL = {
  TEAMS_APP_ID: '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f',
  BOT_ID: '7a2d3b5f-9e4c-4d6b-8f80-1b2c3d4e5f60',
  AAD_APP_CLIENT_ID: '8b3e4c60-a05d-4e7c-9091-2c3d4e5f6071',
  TAB_DOMAIN: 'rake.hyvaks.example',
  TAB_ENDPOINT: 'https://rake.hyvaks.example/',
};

describe('package settings', () => {
  it('falls back to fake, schema-valid defaults and says which', () => {
    const settings = packageSettings({});
    expect(settings.values).toEqual(FAKE_DEFAULTS);
    expect(settings.defaulted).toEqual([...PLACEHOLDERS]);
  });

  it('takes every value from the environment, the endpoint without its trailing slash', () => {
    const settings = packageSettings(REAL);
    expect(settings.defaulted).toEqual([]);
    expect(settings.values).toEqual({ ...REAL, TAB_ENDPOINT: 'https://rake.hyvaks.example' });
  });

  it('accepts a port in the domain, as the Agents Toolkit sets it for local runs', () => {
    const env = { TAB_DOMAIN: 'localhost:53000', TAB_ENDPOINT: 'https://localhost:53000' };
    expect(packageSettings(env).values.TAB_DOMAIN).toBe('localhost:53000');
  });

  it('reports every bad value at once', () => {
    const env = {
      BOT_ID: 'not-a-guid',
      TAB_ENDPOINT: 'http://other.example',
      TAB_DOMAIN: 'rake.example',
    };
    expect(() => packageSettings(env)).toThrow(
      /BOT_ID must be a GUID[\s\S]*must be an https URL[\s\S]*must be the host of TAB_ENDPOINT/,
    );
  });
});

describe('substitute', () => {
  const values = packageSettings(REAL).values;

  it('replaces placeholders in every string of the document, keys untouched', () => {
    const doc = {
      id: '${{TEAMS_APP_ID}}',
      list: ['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}', 3],
    };
    expect(substitute(doc, values)).toEqual({
      id: REAL.TEAMS_APP_ID,
      list: [`api://${REAL.TAB_DOMAIN}/${REAL.AAD_APP_CLIENT_ID}`, 3],
    });
  });

  it('refuses an unknown placeholder instead of leaving it behind', () => {
    expect(() => substitute({ a: '${{TAB_DOMIAN}}' }, values)).toThrow(/TAB_DOMIAN/);
  });
});
