import type { IndicatorId } from '../county/county-config';
import type { ReportLanguage } from './report';
import { formatCount as n } from './report-format';

export type IndicatorTexts = {
  readonly labels: Readonly<Record<IndicatorId, string>>;
  readonly observations: (periods: string, min: number, judged: 'ended' | 'all') => string;
  readonly noPeriodEnded: string;
  readonly reports: (count: number, target: number) => string;
  readonly workingGroup: (count: number, target: number) => string;
  readonly leadershipGroup: (days: number, target: number) => string;
  readonly products: (accepted: number, rejected: number, target: number) => string;
  readonly publications: (count: number, target: number) => string;
};

const fi: IndicatorTexts = {
  labels: {
    observations_collected: 'Havaintoja kerätty jokaisella raportointijaksolla',
    phenomenon_report_written: 'Ilmiölähtöinen raportti laadittu',
    working_group_met: 'RAKE-työryhmä kokoontunut sovitusti',
    leadership_group_met: 'RAKE-johtoryhmä kokoontunut sovitusti',
    products_handled: 'Tietotuotteet käsitelty johtoryhmässä',
    communicated: 'Rakenteellisesta sosiaalityöstä viestitty sisäisesti ja ulkoisesti',
  },
  observations: (periods, min, judged) =>
    `Havaintoja jaksoittain: ${periods}. Tavoite: vähintään ${n(min)} jokaisella ${judged === 'ended' ? 'päättyneellä ' : ''}jaksolla.`,
  noPeriodEnded: 'Yksikään vuoden raportointijakso ei ole vielä päättynyt.',
  reports: (count, target) =>
    `Ilmiölähtöisiä raportteja laadittiin ${n(count)} (tavoite vähintään ${n(target)}).`,
  workingGroup: (count, target) =>
    `Työryhmän kokouksia, joista on muistio: ${n(count)} (sovittu ${n(target)}).`,
  leadershipGroup: (days, target) =>
    `Johtoryhmä päätti toimenpide-ehdotuksista ${n(days)} eri päivänä (sovittu vähintään ${n(target)}).`,
  products: (accepted, rejected, target) =>
    `Johtoryhmä päätti ${n(accepted + rejected)} toimenpide-ehdotuksesta: hyväksyttiin ${n(accepted)}, hylättiin ${n(rejected)} (tavoite vähintään ${n(target)}).`,
  publications: (count, target) =>
    `Julkaisuja intranetissä: ${n(count)} (tavoite vähintään ${n(target)}).`,
};

const sv: IndicatorTexts = {
  labels: {
    observations_collected: 'Observationer insamlade under varje rapporteringsperiod',
    phenomenon_report_written: 'En fenomenbaserad rapport har skrivits',
    working_group_met: 'RAKE-arbetsgruppen har mötts enligt överenskommelse',
    leadership_group_met: 'RAKE-ledningsgruppen har mötts enligt överenskommelse',
    products_handled: 'Kunskapsprodukter har behandlats i ledningsgruppen',
    communicated: 'Det strukturella sociala arbetet har kommunicerats internt och externt',
  },
  observations: (periods, min, judged) =>
    `Observationer per period: ${periods}. Mål: minst ${n(min)} under varje ${judged === 'ended' ? 'avslutad ' : ''}period.`,
  noPeriodEnded: 'Ingen av årets rapporteringsperioder har ännu avslutats.',
  reports: (count, target) => `Fenomenbaserade rapporter: ${n(count)} (mål minst ${n(target)}).`,
  workingGroup: (count, target) =>
    `Arbetsgruppens möten med protokoll: ${n(count)} (överenskommet ${n(target)}).`,
  leadershipGroup: (days, target) =>
    `Ledningsgruppen beslutade om åtgärdsförslag på ${n(days)} olika dagar (överenskommet minst ${n(target)}).`,
  products: (accepted, rejected, target) =>
    `Åtgärdsförslag som ledningsgruppen beslutat om: ${n(accepted + rejected)} (godkända ${n(accepted)}, avslagna ${n(rejected)}; mål minst ${n(target)}).`,
  publications: (count, target) =>
    `Publiceringar på intranätet: ${n(count)} (mål minst ${n(target)}).`,
};

const en: IndicatorTexts = {
  labels: {
    observations_collected: 'Observations collected in every reporting period',
    phenomenon_report_written: 'A phenomenon-based report written',
    working_group_met: 'The RAKE working group met as agreed',
    leadership_group_met: 'The RAKE leadership group met as agreed',
    products_handled: 'Knowledge products handled by the leadership group',
    communicated: 'Structural social work communicated internally and externally',
  },
  observations: (periods, min, judged) =>
    `Observations per period: ${periods}. Target: at least ${n(min)} in every ${judged === 'ended' ? 'ended ' : ''}period.`,
  noPeriodEnded: 'No reporting period of the year has ended yet.',
  reports: (count, target) =>
    `Phenomenon-based reports written: ${n(count)} (target at least ${n(target)}).`,
  workingGroup: (count, target) =>
    `Working group meetings with minutes: ${n(count)} (agreed ${n(target)}).`,
  leadershipGroup: (days, target) =>
    `The leadership group decided on action proposals on ${n(days)} separate days (agreed at least ${n(target)}).`,
  products: (accepted, rejected, target) =>
    `Action proposals decided by the leadership group: ${n(accepted + rejected)} (accepted ${n(accepted)}, rejected ${n(rejected)}; target at least ${n(target)}).`,
  publications: (count, target) =>
    `Publications on the intranet: ${n(count)} (target at least ${n(target)}).`,
};

const TEXTS: Readonly<Record<ReportLanguage, IndicatorTexts>> = { fi, sv, en };

export const indicatorTexts = (language: ReportLanguage): IndicatorTexts => TEXTS[language];
