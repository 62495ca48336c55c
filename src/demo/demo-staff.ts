import type { CountyConfig } from '../domain/county/county-config';
import type { Role } from '../domain/policy/actor';
import type { StaffMember } from '../ports/staff-directory';

/**
 * The invented staff of the demo county. Every name is made up (the seed documents name
 * real people; none of theirs is used). Ids are stable, so they work as `X-Dev-User-Id`.
 */
type DemoPerson = {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly roles: readonly Role[];
};

/** Front-line professionals who file observations. */
export const DEMO_REPORTERS: readonly DemoPerson[] = [
  person('aino-kettula', 'Aino Kettula', 'Sosiaalityöntekijä'),
  person('jussi-harjumaa', 'Jussi Harjumaa', 'Sosiaaliohjaaja'),
  person('helmi-koivikko', 'Helmi Koivikko', 'Koulukuraattori'),
  person('petteri-lahnalampi', 'Petteri Lahnalampi', 'Palveluohjaaja'),
  person('sanni-vuorela', 'Sanni Vuorela', 'Erityissosiaalityöntekijä'),
];

/** Supervisors (esihenkilöt); the county's service areas are dealt out among them. */
export const DEMO_SUPERVISORS: readonly DemoPerson[] = [
  person('marjut-salmenkyla', 'Marjut Salmenkylä', 'Johtava sosiaalityöntekijä', 'supervisor'),
  person('antero-haapaniemi', 'Antero Haapaniemi', 'Palveluesihenkilö', 'supervisor'),
  person('riikka-pelkonen', 'Riikka Pelkonen', 'Sosiaalityön esihenkilö', 'supervisor'),
];

/** The RAKE working group, communications and administration. */
export const DEMO_OTHERS: readonly DemoPerson[] = [
  person('hannele-mantyranta', 'Hannele Mäntyranta', 'Kehittäjäsosiaalityöntekijä', 'rake_member'),
  person('olli-kuusiluoma', 'Olli Kuusiluoma', 'Erikoissuunnittelija', 'rake_member'),
  person(
    'kaisa-niittymaa',
    'Kaisa Niittymaa',
    'RAKE-koordinaattori',
    'rake_member',
    'rake_coordinator',
  ),
  person('iida-lumiaho', 'Iida Lumiaho', 'Viestintäasiantuntija', 'editor'),
  person('mikko-tervahauta', 'Mikko Tervahauta', 'Järjestelmäasiantuntija', 'admin'),
];

/** Every member of staff may report; the extra roles come on top. */
function person(slug: string, name: string, title: string, ...roles: Role[]): DemoPerson {
  return { id: `demo-${slug}`, name, title, roles: ['reporter', ...roles] };
}

/** The demo staff for this county: supervisors answer for its service areas in turn. */
export function demoStaff(county: Pick<CountyConfig, 'serviceAreas'>): StaffMember[] {
  const areasOf = (index: number): string[] =>
    county.serviceAreas
      .filter((_area, i) => i % DEMO_SUPERVISORS.length === index)
      .map((area) => area.id);
  const member = (p: DemoPerson, serviceAreas: string[]): StaffMember => ({
    id: p.id,
    name: p.name,
    email: `${p.id.slice('demo-'.length).replace('-', '.')}@demo.example`,
    title: p.title,
    roles: p.roles,
    serviceAreas,
  });
  return [
    ...DEMO_REPORTERS.map((p) => member(p, [])),
    ...DEMO_SUPERVISORS.map((p, i) => member(p, areasOf(i))),
    ...DEMO_OTHERS.map((p) => member(p, [])),
  ];
}
