import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config';

const noFile = (path: string): string => {
  throw new Error(`ENOENT: no such file, open '${path}'`);
};

describe('loadConfig', () => {
  it('has defaults for a plain start', () => {
    const config = loadConfig({}, noFile);
    expect(config).toEqual({
      ok: true,
      value: expect.objectContaining({
        port: 3978,
        host: '0.0.0.0',
        dbFile: './data/rake.sqlite',
        demo: false,
        auth: 'none',
        nodeEnv: null,
        county: expect.objectContaining({ id: 'kainuu' }),
      }),
    });
    expect(config.ok && existsSync(join(config.value.tabDir, '..', '..', 'package.json'))).toBe(
      true,
    );
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '0',
        RAKE_DB: ':memory:',
        RAKE_COUNTY: 'kymenlaakso',
        RAKE_DEMO: '1',
        RAKE_AUTH: 'dev',
        NODE_ENV: 'development',
        RAKE_DIGEST_DAYS_BEFORE: '5',
        RAKE_REMINDER_DAYS: '14',
      },
      noFile,
    );
    expect(config.ok && config.value).toMatchObject({
      digest: { daysBefore: 5, reminderDays: 14 },
      port: 0,
      dbFile: ':memory:',
      demo: true,
      auth: 'dev',
      nodeEnv: 'development',
      county: { id: 'kymenlaakso', periodScheme: 'half-years-dec' },
    });
  });

  it('listens on loopback only with dev identities', () => {
    const config = loadConfig({ RAKE_AUTH: 'dev', NODE_ENV: 'development' }, noFile);
    expect(config.ok && config.value.host).toBe('127.0.0.1');
  });

  it.each([undefined, 'production', 'staging'])(
    'refuses dev identities with NODE_ENV %p',
    (nodeEnv) => {
      const config = loadConfig({ RAKE_AUTH: 'dev', NODE_ENV: nodeEnv }, noFile);
      expect(config.ok).toBe(false);
      expect(!config.ok && config.error.join('\n')).toMatch(
        /RAKE_AUTH=dev .* NODE_ENV=development/,
      );
    },
  );

  it('lists every invalid value at once, with the allowed values', () => {
    const config = loadConfig(
      { PORT: 'eighty', RAKE_COUNTY: 'lappi', RAKE_DEMO: 'yes', RAKE_AUTH: 'sso' },
      noFile,
    );
    expect(config.ok).toBe(false);
    const problems = config.ok ? [] : config.error;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('PORT must be a whole number from 0 to 65535');
    expect(problems.join('\n')).toContain(
      'RAKE_COUNTY must be one of kainuu, kymenlaakso, kanta-hame, pohde, not "lappi"',
    );
    expect(problems.join('\n')).toContain('RAKE_DEMO must be 1');
    expect(problems.join('\n')).toContain('RAKE_AUTH must be dev or unset');
  });

  it('defaults the digest to 3 days before a meeting and reminders to 7 days, and checks them', () => {
    const config = loadConfig({}, noFile);
    expect(config.ok && config.value.digest).toEqual({ daysBefore: 3, reminderDays: 7 });
    const wrong = loadConfig({ RAKE_DIGEST_DAYS_BEFORE: '-1', RAKE_REMINDER_DAYS: '0' }, noFile);
    expect(wrong.ok ? [] : wrong.error).toEqual([
      'RAKE_DIGEST_DAYS_BEFORE must be a whole number of days from 0 to 365, not "-1".',
      'RAKE_REMINDER_DAYS must be a whole number of days from 1 to 365, not "0".',
    ]);
  });

  it.each(['65536', '-1', '3.5'])('refuses PORT=%s', (port) => {
    expect(loadConfig({ PORT: port }, noFile).ok).toBe(false);
  });

  it('lays a JSON file of overrides over the preset', () => {
    const overrides = {
      supervisorNamedByReporter: true,
      topics: [{ id: 'housing', label: { fi: 'Asuminen', sv: 'Boende', en: 'Housing' } }],
    };
    const config = loadConfig({ RAKE_COUNTY_OVERRIDES: '/etc/rake/county.json' }, (path) => {
      expect(path).toBe('/etc/rake/county.json');
      return JSON.stringify(overrides);
    });
    expect(config.ok && config.value.county).toMatchObject({
      id: 'kainuu',
      supervisorNamedByReporter: true,
      topics: overrides.topics,
      periodScheme: 'quarters',
    });
  });

  it('explains an unreadable or invalid overrides file', () => {
    const missing = loadConfig({ RAKE_COUNTY_OVERRIDES: 'nope.json' }, noFile);
    const invalid = loadConfig({ RAKE_COUNTY_OVERRIDES: 'x.json' }, () =>
      JSON.stringify({ id: 'pohde', periodScheme: 'monthly', timeZone: 'Mars/Olympus' }),
    );
    const empty = loadConfig({ RAKE_COUNTY_OVERRIDES: 'x.json' }, () => '{"topics": []}');

    expect(!missing.ok && missing.error).toEqual([
      expect.stringContaining('cannot read JSON from nope.json'),
    ]);
    const invalidText = invalid.ok ? '' : invalid.error.join('\n');
    expect(invalidText).toContain('id');
    expect(invalidText).toContain('periodScheme');
    expect(invalidText).toContain('timeZone');
    expect(empty.ok).toBe(false);
  });
});
