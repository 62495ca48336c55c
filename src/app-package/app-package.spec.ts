import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseCommand } from '../../bot/handler/commands';
import { APP_PACKAGE_DIR, assembleAppPackage, zipAppPackage, type AppPackage } from './app-package';
import { COLOR_SIZE, OUTLINE_SIZE, drawColorIcon, drawOutlineIcon, readPng } from './icons';
import { FAKE_DEFAULTS } from './package-settings';
import { MIN_MANIFEST_VERSION, domainAllows, packageProblems, schemaPath } from './validate';

const REAL = {
  TEAMS_APP_ID: '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f',
  BOT_ID: '7a2d3b5f-9e4c-4d6b-8f80-1b2c3d4e5f60',
  AAD_APP_CLIENT_ID: '8b3e4c60-a05d-4e7c-9091-2c3d4e5f6071',
  TAB_DOMAIN: 'rake.hyvaks.example',
  TAB_ENDPOINT: 'https://rake.hyvaks.example',
};
const FILES = ['manifest.json', 'color.png', 'outline.png', 'sv-SE.json', 'en-US.json'];

const fake = assembleAppPackage({});
const real = assembleAppPackage(REAL);

function parsed(pkg: AppPackage, name: string): Record<string, unknown> {
  const bytes = pkg.files.get(name);
  if (bytes === undefined) throw new Error(`${name} missing`);
  return JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
}

/** The valid fake package's files with one changed, for the rules' negative cases. */
function withFile(name: string, bytes: Buffer | null): Map<string, Buffer> {
  const files = new Map(fake.files);
  if (bytes === null) files.delete(name);
  else files.set(name, bytes);
  return files;
}
const asJson = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('the app package', () => {
  it('declares a current manifest version whose schema ships in @microsoft/app-manifest', () => {
    const { manifestVersion } = fake.manifest;
    const [major, minor] = manifestVersion.split('.').map(Number);
    const [minMajor, minMinor] = MIN_MANIFEST_VERSION.split('.').map(Number);
    expect(major).toBe(minMajor);
    expect(minor).toBeGreaterThanOrEqual(minMinor ?? 0);
    expect(() => readFileSync(schemaPath(manifestVersion, 'manifest'))).not.toThrow();
    expect(() => readFileSync(schemaPath(manifestVersion, 'localization'))).not.toThrow();
  });

  it('validates against that schema and the package rules, with fake and with real values', () => {
    expect(packageProblems(fake.files)).toEqual([]);
    expect(packageProblems(real.files)).toEqual([]);
  });

  it('holds exactly the manifest, the two icons and the localization files', () => {
    expect([...fake.files.keys()].sort()).toEqual([...FILES].sort());
  });

  it('zips them all at the root of the zip, and nothing else', async () => {
    const zip = await JSZip.loadAsync(await zipAppPackage(real));
    const entries = Object.values(zip.files);
    expect(entries.every((e) => !e.dir)).toBe(true);
    expect(entries.map((e) => e.name).sort()).toEqual([...FILES].sort());
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { id: string };
    expect(manifest.id).toBe(REAL.TEAMS_APP_ID);
    const outline = await zip.file('outline.png')!.async('nodebuffer');
    expect(outline.equals(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')))).toBe(true);
  });

  it('leaves no placeholder behind', () => {
    for (const bytes of [...fake.files.values(), ...real.files.values()]) {
      expect(bytes.toString('latin1')).not.toContain('${{');
    }
  });

  it('puts the deployment values where they belong', () => {
    const m = parsed(real, 'manifest.json') as {
      id: string;
      bots: { botId: string }[];
      webApplicationInfo: { id: string; resource: string };
      validDomains: string[];
      staticTabs: { contentUrl?: string }[];
      configurableTabs: { configurationUrl: string }[];
      developer: Record<string, string>;
    };
    expect(m.id).toBe(REAL.TEAMS_APP_ID);
    expect(m.bots.map((b) => b.botId)).toEqual([REAL.BOT_ID]);
    expect(m.webApplicationInfo).toEqual({
      id: REAL.AAD_APP_CLIENT_ID,
      resource: `api://${REAL.TAB_DOMAIN}/${REAL.AAD_APP_CLIENT_ID}`,
    });
    expect(m.validDomains).toEqual([REAL.TAB_DOMAIN]);
    const urls = [
      ...m.staticTabs.flatMap((t) => (t.contentUrl === undefined ? [] : [t.contentUrl])),
      ...m.configurableTabs.map((t) => t.configurationUrl),
      m.developer.websiteUrl,
      m.developer.privacyUrl,
      m.developer.termsOfUseUrl,
    ];
    for (const url of urls) expect(url?.startsWith(`${REAL.TAB_ENDPOINT}/`)).toBe(true);
  });

  it('uses fake ids that are obviously not a deployment', () => {
    expect(fake.manifest.id).toBe(FAKE_DEFAULTS.TEAMS_APP_ID);
    expect(fake.manifest.validDomains).toEqual(['localhost']);
  });

  it('is Finnish first, with Swedish and English translations', () => {
    const m = parsed(fake, 'manifest.json') as {
      name: { full: string };
      localizationInfo: {
        defaultLanguageTag: string;
        additionalLanguages: { languageTag: string }[];
      };
      staticTabs: { name?: string }[];
    };
    expect(m.name.full).toBe('RAKE – sosiaalinen raportointi');
    expect(m.localizationInfo.defaultLanguageTag).toBe('fi-FI');
    expect(m.localizationInfo.additionalLanguages.map((l) => l.languageTag)).toEqual([
      'sv-SE',
      'en-US',
    ]);
    expect(m.staticTabs.map((t) => t.name)).toEqual(['Uusi havainto', 'Omat havainnot', undefined]);
    expect(parsed(fake, 'sv-SE.json')['staticTabs[0].name']).toBe('Ny observation');
    expect(parsed(fake, 'en-US.json')['staticTabs[1].name']).toBe('My reports');
  });

  it('opens the tab views that exist, and has the static tab the bot deep-links to', () => {
    const routes = /ROUTES = \[([^\]]*)\]/.exec(
      readFileSync(join(__dirname, '..', '..', 'tab', 'src', 'shell', 'routes.ts'), 'utf8'),
    )?.[1];
    const views = [...(routes ?? '').matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    const hashes = [
      ...(fake.manifest.staticTabs ?? []).map((t) => t.contentUrl),
      ...(fake.manifest.configurableTabs ?? []).map((t) => t.configurationUrl),
    ]
      .filter((u): u is string => u !== undefined)
      .map((u) => new URL(u).hash.slice(1));
    expect(hashes).toEqual(['new', 'mine', 'configure']);
    for (const hash of hashes) expect(views).toContain(hash);
    // bot/config/bot-config.ts: RAKE_TEAMS_TAB_ENTITY_ID defaults to 'rake'.
    expect(fake.manifest.staticTabs?.map((t) => t.entityId)).toContain('rake');
  });

  it('lists bot commands the bot understands, in every language', () => {
    const titles = [
      ...(fake.manifest.bots ?? []).flatMap((b) =>
        (b.commandLists ?? []).flatMap((l) => l.commands.map((c) => c.title)),
      ),
      ...['sv-SE.json', 'en-US.json'].flatMap((file) =>
        Object.entries(parsed(fake, file))
          .filter(([key]) => key.endsWith('.title'))
          .map(([, value]) => value as string),
      ),
    ];
    expect(titles).toEqual(
      expect.arrayContaining(['ohje', 'omat', 'hjälp', 'mina', 'help', 'my reports']),
    );
    for (const title of titles) expect(parseCommand(title)).not.toBeNull();
  });
});

describe('the icons', () => {
  it('are 192×192 in colour and 32×32 in outline', () => {
    const color = readPng(fake.files.get('color.png')!);
    const outline = readPng(fake.files.get('outline.png')!);
    expect([color.width, color.height]).toEqual([COLOR_SIZE, COLOR_SIZE]);
    expect([outline.width, outline.height]).toEqual([OUTLINE_SIZE, OUTLINE_SIZE]);
    expect([COLOR_SIZE, OUTLINE_SIZE]).toEqual([192, 32]);
  });

  it('outline: every pixel is transparent or white, and some of each', () => {
    const { data } = readPng(fake.files.get('outline.png')!);
    let transparent = 0;
    let white = 0;
    for (let at = 0; at < data.length; at += 4) {
      const [r, g, b, a] = [data[at], data[at + 1], data[at + 2], data[at + 3]];
      if (a === 0) transparent++;
      else if (r === 255 && g === 255 && b === 255) white++;
      else throw new Error(`pixel ${at / 4} is rgba(${r},${g},${b},${a})`);
    }
    expect(transparent).toBeGreaterThan(0);
    expect(white).toBeGreaterThan(0);
  });

  it('colour: opaque throughout', () => {
    const { data } = readPng(fake.files.get('color.png')!);
    for (let at = 3; at < data.length; at += 4) expect(data[at]).toBe(255);
  });

  it('are what the generator draws (run `npm run package:icons` after changing it)', () => {
    expect(drawColorIcon().equals(readFileSync(join(APP_PACKAGE_DIR, 'color.png')))).toBe(true);
    expect(drawOutlineIcon().equals(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')))).toBe(true);
  });
});

describe('the package rules refuse', () => {
  const manifest = parsed(fake, 'manifest.json');

  it('a manifest the schema refuses', () => {
    const problems = packageProblems(
      withFile('manifest.json', asJson({ ...manifest, id: 'rake' })),
    );
    expect(problems.join('\n')).toMatch(/manifest\.json: \/id must match pattern/);
  });

  it('an old or unknown manifest version', () => {
    const old = { ...manifest, manifestVersion: '1.17' };
    delete (old as { $schema?: string }).$schema;
    expect(packageProblems(withFile('manifest.json', asJson(old))).join('\n')).toMatch(
      /manifestVersion 1\.17 is older than 1\.19/,
    );
    const unknown = { ...manifest, manifestVersion: '9.99' };
    expect(packageProblems(withFile('manifest.json', asJson(unknown)))).toEqual([
      'manifest.json: no manifest schema for version "9.99"',
    ]);
  });

  it('a $schema of another version', () => {
    const other = {
      ...manifest,
      $schema:
        'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json',
    };
    expect(packageProblems(withFile('manifest.json', asJson(other))).join('\n')).toMatch(
      /\$schema/,
    );
  });

  it('a missing or extra file', () => {
    expect(packageProblems(withFile('sv-SE.json', null))).toEqual(['sv-SE.json is missing']);
    expect(packageProblems(withFile('notes.txt', Buffer.from('x')))).toEqual([
      'notes.txt is not referenced by the manifest',
    ]);
    expect(packageProblems(withFile('img/a.png', Buffer.from('x')))).toEqual([
      'img/a.png is not at the root',
    ]);
  });

  it('icons of the wrong size or colour', () => {
    expect(packageProblems(withFile('color.png', drawOutlineIcon()))).toEqual([
      'icon color.png is 32×32, must be 192×192',
    ]);
    const problems = packageProblems(withFile('outline.png', drawColorIcon()));
    expect(problems.join('\n')).toMatch(/is 192×192, must be 32×32/);
    expect(problems.join('\n')).toMatch(/pixels that are not white/);
    expect(problems.join('\n')).toMatch(/has no transparency/);
  });

  it('a localization file the schema refuses or that names no manifest string', () => {
    const sv = parsed(fake, 'sv-SE.json');
    expect(
      packageProblems(withFile('sv-SE.json', asJson({ ...sv, 'name.short': '' }))).join('\n'),
    ).toMatch(/sv-SE\.json: \/name\.short/);
    const extra = { ...sv, 'staticTabs[5].name': 'Ei ole' };
    expect(packageProblems(withFile('sv-SE.json', asJson(extra)))).toEqual([
      'sv-SE.json: "staticTabs[5].name" names no string in the manifest',
    ]);
  });

  it('a tab URL off the valid domains, or an SSO resource of another app', () => {
    const offDomain = { ...manifest, validDomains: ['other.example'] };
    expect(packageProblems(withFile('manifest.json', asJson(offDomain))).join('\n')).toMatch(
      /not on a valid domain[\s\S]*resource host localhost is not a valid domain/,
    );
    const wrongSso = {
      ...manifest,
      webApplicationInfo: {
        id: FAKE_DEFAULTS.AAD_APP_CLIENT_ID,
        resource: `api://localhost/${FAKE_DEFAULTS.BOT_ID}`,
      },
    };
    expect(packageProblems(withFile('manifest.json', asJson(wrongSso)))).toEqual([
      `webApplicationInfo.resource must be api://<tab domain>/${FAKE_DEFAULTS.AAD_APP_CLIENT_ID}`,
    ]);
  });

  it('matches wildcard domains only on subdomains', () => {
    expect(domainAllows('*.example.fi', 'rake.example.fi')).toBe(true);
    expect(domainAllows('*.example.fi', 'example.fi')).toBe(false);
    expect(domainAllows('*.example.fi', 'evilexample.fi')).toBe(false);
    expect(domainAllows('RAKE.example.fi', 'rake.example.fi')).toBe(true);
  });
});
