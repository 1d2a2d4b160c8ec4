/**
 * Demo workspace data, part 2: the operating model of "Musterversicherung AG" — roles, cadences,
 * decision rights, the service catalog, 18 months of consumption and the decisions of the teams.
 *
 * Pure data, no I/O. People, teams and users are referred to by the keys of demo-data.ts; services
 * and decisions by the keys given here. The seeder turns keys into ids and writes everything through
 * the core use cases. `checkDemoOperatingModel()` at the bottom verifies what the seeder relies on:
 * references, an acyclic dependency graph in declaration order, price and ownership rules, and that
 * every decision's intended outcome is what the decision rights below actually require.
 *
 * Texts are German on purpose (see demo-data.ts). Dates are written against DEMO_TODAY (2026-12-01).
 */
import type {
  CADENCE_FREQUENCIES,
  Criticality,
  DecisionCategory,
  DecisionStatus,
  Link,
  OrgRole,
  RuleConditions,
  ServiceKind,
  ServiceLifecycle,
} from '../../contracts/index.ts';
import { DEMO_TODAY, demoPeople, demoTeams, demoUsers, type DemoMembership } from './demo-data.ts';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export interface DemoRole {
  key: string;
  name: string;
  responsibilities: string;
  approver: boolean;
  /** DemoPerson.key of the people who hold the role */
  holderIds: string[];
}

export interface DemoCadence {
  key: string;
  name: string;
  frequency: (typeof CADENCE_FREQUENCIES)[number];
  description: string;
  participants: string;
}

export interface DemoRule {
  key: string;
  name: string;
  when: RuleConditions;
  approverRole: string;
}

export interface DemoService {
  key: string;
  name: string;
  kind: ServiceKind;
  /** DemoTeam.key; null: nobody owns it (shows as a health signal when live) */
  ownerTeam: string | null;
  criticality: Criticality;
  lifecycle: ServiceLifecycle;
  description: string;
  links: Link[];
  unit: string | null;
  unitPriceCents: number | null;
  serviceLevels: { name: string; target: string }[];
  /** DemoService.key of services declared earlier in demoServices */
  dependsOn: string[];
}

export interface DemoConsumption {
  /** DemoTeam.key */
  team: string;
  /** DemoService.key */
  service: string;
  /** YYYY-MM */
  month: string;
  quantity: number;
}

export interface DemoApproval {
  /** Key of an approver role */
  role: string;
  /** DemoPerson.key; must hold the role and have a user that is no viewer */
  approver: string;
  verdict: 'approve' | 'reject';
  comment: string;
  /** YYYY-MM-DD */
  on: string;
}

export type DemoOutcome = DecisionStatus;

export interface DemoDecision {
  key: string;
  /** DemoTeam.key */
  team: string;
  /** DemoPerson.key of a current team member with a user that is no viewer */
  proposer: string;
  title: string;
  category: DecisionCategory;
  context: string;
  options: string[];
  choice: string;
  rationale: string;
  budgetImpactCents: number;
  personalData: boolean;
  newVendor: boolean;
  /** DemoService.key */
  affectedServices: string[];
  links: Link[];
  /** DemoDecision.key of an earlier, decided decision of the same team this one replaces */
  supersedes?: string;
  /** What the seeded decision ends as; 'superseded' is reached when a later decision replacing it is decided. */
  outcome: DemoOutcome;
  /** YYYY-MM-DD: recorded as a draft */
  createdOn: string;
  /** YYYY-MM-DD: submitted for decision (absent for drafts) */
  submittedOn?: string;
  /** Days before DEMO_TODAY the decision was submitted; given for the long-waiting one (equals submittedOn). */
  submittedDaysAgo?: number;
  /** In the order they are given */
  approvals: DemoApproval[];
}

// ---------------------------------------------------------------------------------------------
// Roles and cadences (same keys as the default model in 0003_default_operating_model.sql, plus one)
// ---------------------------------------------------------------------------------------------

export const DEMO_DECISION_WAIT_DAYS = 14;

export const demoRoles: DemoRole[] = [
  {
    key: 'business_lead',
    name: 'Business Lead',
    responsibilities:
      'Verantwortet das fachliche Ergebnis des Teams: Kundennutzen, Beiträge und Ergebnis, Prioritäten und Budget. ' +
      'Führt das Team gemeinsam mit dem IT-Lead als Doppelspitze. Wird mit der Teamleitung vergeben.',
    approver: false,
    holderIds: [],
  },
  {
    key: 'it_lead',
    name: 'IT-Lead',
    responsibilities:
      'Verantwortet die Technik des Teams: Architektur, Umsetzung, Betrieb und Sicherheit der Services, die das Team ' +
      'betreibt. Führt das Team gemeinsam mit dem Business Lead als Doppelspitze. Wird mit der Teamleitung vergeben.',
    approver: false,
    holderIds: [],
  },
  {
    key: 'team_member',
    name: 'Teammitglied',
    responsibilities:
      'Arbeitet disziplinübergreifend an der Mission des Teams, hält Entscheidungen fest und pflegt die Key Results.',
    approver: false,
    holderIds: [],
  },
  {
    key: 'portfolio_office',
    name: 'Portfolio-Office',
    responsibilities:
      'Gründet, finanziert und steuert das Portfolio der Teams; pflegt das Betriebsmodell, die Entscheidungsrechte und ' +
      'den Servicekatalog. Bereitet Portfolio-Board und Quartals-Business-Reviews vor.',
    approver: false,
    holderIds: ['anna.berger', 'sabine.hoffmann'],
  },
  {
    key: 'portfolio_board',
    name: 'Portfolio-Board',
    responsibilities:
      'Gibt Entscheidungen frei, deren Budgetwirkung das Autonomielimit eines Teams übersteigt, sowie jede Investition ' +
      'über 250.000 €. Priorisiert zwischen den Teams und entscheidet im Jahresbudgetzyklus über die Mittelverteilung. ' +
      'Vorsitz: Vorständin Privatkunden und Vertrieb.',
    approver: true,
    holderIds: ['christiane.albrecht'],
  },
  {
    key: 'data_protection_officer',
    name: 'Datenschutzbeauftragte/r',
    responsibilities:
      'Gibt Entscheidungen frei, die personenbezogene Daten verarbeiten: prüft Rechtsgrundlage, Zweckbindung und ' +
      'Datenminimierung (DSGVO), fordert bei Bedarf eine Datenschutz-Folgenabschätzung an und führt das ' +
      'Verarbeitungsverzeichnis.',
    approver: true,
    holderIds: ['petra.vogt'],
  },
  {
    key: 'ciso',
    name: 'CISO',
    responsibilities:
      'Chief Information Security Officer: gibt Technologieentscheidungen frei, die kritische Services berühren, und ' +
      'verantwortet die Sicherheitsstandards nach VAIT/DORA – Identitäten, Verschlüsselung, Schwachstellen- und ' +
      'Dienstleistersteuerung.',
    approver: true,
    holderIds: ['lisa.brandt'],
  },
  {
    key: 'procurement',
    name: 'Einkauf',
    responsibilities:
      'Gibt neue Dienstleister und Lieferanten frei: prüft Konditionen, Rahmenverträge, Auslagerungsrisiken nach ' +
      'VAG/DORA und die Einhaltung der Einkaufsrichtlinie.',
    approver: true,
    holderIds: ['martina.lehmann'],
  },
  {
    key: 'platform_owner',
    name: 'Plattform-Owner',
    responsibilities:
      'Betreibt Kernservices, Datenplattformen oder KI-Services für alle Teams: Katalogeintrag, Stückpreis, ' +
      'Service-Levels und Verbrauchserfassung. Stellt Preise und Service-Levels im Plattform-Review vor.',
    approver: false,
    holderIds: ['michael.schneider', 'carina.weber'],
  },
  {
    key: 'actuarial_function',
    name: 'Versicherungsmathematische Funktion',
    responsibilities:
      'Schlüsselfunktion nach Solvency II: gibt Tarif- und Prämienentscheidungen frei, beurteilt die Angemessenheit der ' +
      'Prämien und die Zeichnungspolitik und berichtet dem Vorstand.',
    approver: true,
    holderIds: ['wolfgang.seidel'],
  },
];

export const demoCadences: DemoCadence[] = [
  {
    key: 'portfolio_sync',
    name: 'Portfolio-Sync',
    frequency: 'monthly',
    description: 'Health-Signale, Entscheidungen in Freigabe und Abhängigkeiten zwischen den Teams; Eskalationen an das Portfolio-Board.',
    participants: 'Portfolio-Office, Business Leads und IT-Leads',
  },
  {
    key: 'business_review',
    name: 'Quartals-Business-Review',
    frequency: 'quarterly',
    description: 'Jedes Team berichtet Ergebnisse gegen Ziele, Deckungsbeitrag und Kundennutzen; das Portfolio-Board priorisiert neu.',
    participants: 'Portfolio-Board, Business Leads und IT-Leads',
  },
  {
    key: 'budget_cycle',
    name: 'Jahresbudgetzyklus',
    frequency: 'yearly',
    description: 'Die Teams legen im September ihre Budgets für das nächste Geschäftsjahr vor; das Portfolio-Board entscheidet im Oktober, das Portfolio-Office verteilt die Mittel.',
    participants: 'Portfolio-Office, Portfolio-Board, Business Leads und IT-Leads',
  },
  {
    key: 'platform_review',
    name: 'Plattform-Review',
    frequency: 'quarterly',
    description: 'Stückpreise, Service-Levels und Verbrauch der Kernservices, Datenplattformen und KI-Services; neue Bedarfe der Fusion-Teams.',
    participants: 'Plattform-Owner, Portfolio-Office, IT-Leads der Fusion-Teams',
  },
  {
    key: 'lead_jour_fixe',
    name: 'Jour fixe der Doppelspitzen',
    frequency: 'biweekly',
    description: 'Business Leads und IT-Leads tauschen sich über teamübergreifende Themen, Erfahrungen und Hindernisse aus.',
    participants: 'Business Leads und IT-Leads aller Fusion-Teams',
  },
];

// ---------------------------------------------------------------------------------------------
// Decision rights
// ---------------------------------------------------------------------------------------------

export const demoDecisionRules: { defaultAutonomyLimitCents: number; rules: DemoRule[] } = {
  defaultAutonomyLimitCents: 5_000_000, // 50.000 €
  rules: [
    { key: 'budget_beyond_autonomy', name: 'Budgetwirkung über dem Autonomielimit des Teams', when: { exceedsTeamLimit: true }, approverRole: 'portfolio_board' },
    { key: 'large_investment', name: 'Investition über 250.000 € (unabhängig vom Teamlimit)', when: { budgetImpactAboveCents: 25_000_000 }, approverRole: 'portfolio_board' },
    { key: 'personal_data', name: 'Verarbeitung personenbezogener Daten', when: { personalData: true }, approverRole: 'data_protection_officer' },
    { key: 'new_vendor', name: 'Neuer Dienstleister oder Lieferant', when: { newVendor: true }, approverRole: 'procurement' },
    {
      key: 'critical_technology',
      name: 'Technologieänderung an einem kritischen Service',
      when: { categories: ['technology'], serviceCriticalityAtLeast: 'critical' },
      approverRole: 'ciso',
    },
    { key: 'tariff_change', name: 'Tarif- und Prämienänderungen', when: { categories: ['price'] }, approverRole: 'actuarial_function' },
  ],
};

/** Teams with their own autonomy limit (DemoTeam.key → cents); all others use the default. */
export const demoTeamAutonomy: Record<string, number> = {
  escooter: 7_500_000, // 75.000 €: the pilot team of the operating model decides more on its own
};

// ---------------------------------------------------------------------------------------------
// Services, in dependency order (a service only depends on services above it)
// ---------------------------------------------------------------------------------------------

const WIKI = 'https://wiki.musterversicherung.de';
const DEV = 'https://developer.musterversicherung.de';
const STATUS = 'https://status.musterversicherung.de';

export const demoServices: DemoService[] = [
  // ---- Kernsystem Versicherung (core services) ----
  // Full-cost unit prices: the fusion teams' consumption carries the platform team's whole cost (demo-finance.ts).
  {
    key: 'bestandsfuehrung',
    name: 'Bestandsführung (Policy Administration)',
    kind: 'core_service',
    ownerTeam: 'kernsystem',
    criticality: 'critical',
    lifecycle: 'live',
    description:
      'Führendes System für Verträge, Policen und Partner aller Sparten. Legt Policen an, versioniert Vertragsstände ' +
      'und stellt Produkte per Konfiguration bereit. Seit 2026 in der Cloud; die Host-Bestände werden bis Ende 2027 migriert.',
    links: [
      { label: 'API-Dokumentation', url: `${DEV}/apis/bestand` },
      { label: 'Betriebshandbuch', url: `${WIKI}/kernsystem/bestandsfuehrung/runbook` },
      { label: 'Statusseite', url: `${STATUS}/bestandsfuehrung` },
    ],
    unit: 'pro ausgestellter Police',
    unitPriceCents: 1_500,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,9 % (Mo–Sa 6–22 Uhr)' },
      { name: 'Antwortzeit Policierung (p95)', target: '< 800 ms' },
      { name: 'Wiederherstellungszeit (RTO)', target: '4 Stunden' },
    ],
    dependsOn: [],
  },
  {
    key: 'ciam',
    name: 'Kunden-Identität (CIAM)',
    kind: 'core_service',
    ownerTeam: 'kernsystem',
    criticality: 'critical',
    lifecycle: 'live',
    description:
      'Registrierung, Anmeldung und Einwilligungen der Privatkundinnen und -kunden für alle Apps und Portale: ' +
      'Passwort, Passkeys, Zwei-Faktor-Authentifizierung und Kontoverknüpfung mit dem Bestand.',
    links: [
      { label: 'Integrationsleitfaden', url: `${DEV}/apis/ciam` },
      { label: 'Statusseite', url: `${STATUS}/ciam` },
    ],
    unit: 'pro aktivem Kundenkonto und Monat',
    unitPriceCents: 30,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,95 %' },
      { name: 'Anmeldung (p95)', target: '< 300 ms' },
    ],
    dependsOn: [],
  },
  {
    key: 'inkasso',
    name: 'Inkasso & Billing',
    kind: 'core_service',
    ownerTeam: 'kernsystem',
    criticality: 'critical',
    lifecycle: 'live',
    description:
      'Beitragsrechnung, Sollstellung, Mahnwesen und Exkasso für alle Sparten; SEPA-Lastschriften und ' +
      'Zahlungszuordnung aus dem Zahlungsverkehr.',
    links: [
      { label: 'API-Dokumentation', url: `${DEV}/apis/inkasso` },
      { label: 'Fachkonzept Mahnwesen', url: `${WIKI}/kernsystem/inkasso/mahnwesen` },
    ],
    unit: 'pro Beitragsrechnung',
    unitPriceCents: 110,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,9 %' },
      { name: 'Tagesendverarbeitung abgeschlossen', target: 'bis 6:00 Uhr' },
    ],
    dependsOn: ['bestandsfuehrung'],
  },
  {
    key: 'payments',
    name: 'Zahlungen (Payments)',
    kind: 'core_service',
    ownerTeam: 'kernsystem',
    criticality: 'critical',
    lifecycle: 'live',
    description:
      'Zahlungsabwicklung für Online-Abschlüsse und Schadenauszahlungen: Kreditkarte, SEPA, PayPal, Echtzeitüberweisung. ' +
      'PCI-DSS-konform; die Fusion-Teams binden Zahlungen ausschließlich über diesen Service an.',
    links: [
      { label: 'API-Dokumentation', url: `${DEV}/apis/payments` },
      { label: 'Statusseite', url: `${STATUS}/payments` },
    ],
    unit: 'pro Transaktion',
    unitPriceCents: 55,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,95 %' },
      { name: 'Autorisierung (p95)', target: '< 1,5 s' },
    ],
    dependsOn: ['inkasso'],
  },
  {
    key: 'dokumente',
    name: 'Dokumenten-Output',
    kind: 'core_service',
    ownerTeam: 'kernsystem',
    criticality: 'high',
    lifecycle: 'live',
    description:
      'Erzeugt Policen, Nachträge, Rechnungen und Schreiben aus Vorlagen – digital ins Kundenpostfach, als PDF per API ' +
      'oder über den Druckdienstleister per Post. Archiviert revisionssicher.',
    links: [{ label: 'Vorlagenkatalog', url: `${WIKI}/kernsystem/output/vorlagen` }],
    unit: 'pro erzeugtem Dokument',
    unitPriceCents: 70,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,5 %' },
      { name: 'Erzeugung Einzeldokument (p95)', target: '< 5 s' },
    ],
    dependsOn: ['bestandsfuehrung'],
  },
  {
    key: 'api-gateway',
    name: 'API-Gateway & Integrationsplattform',
    kind: 'core_service',
    ownerTeam: 'kernsystem',
    criticality: 'critical',
    lifecycle: 'live',
    description:
      'Einheitlicher Zugang zu allen Kern-APIs: Authentifizierung der Clients, Rate-Limits, Versionierung und Monitoring. ' +
      'Fusion-Teams veröffentlichen ihre eigenen APIs ebenfalls hierüber.',
    links: [
      { label: 'Entwicklerportal', url: `${DEV}` },
      { label: 'Statusseite', url: `${STATUS}/api-gateway` },
    ],
    unit: 'pro 1.000 API-Aufrufe',
    unitPriceCents: 240,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,95 %' },
      { name: 'Zusätzliche Latenz (p95)', target: '< 30 ms' },
    ],
    dependsOn: [],
  },
  {
    key: 'bipro',
    name: 'Partner-/Maklerschnittstelle (BiPRO)',
    kind: 'core_service',
    ownerTeam: 'kernsystem',
    criticality: 'critical',
    lifecycle: 'live',
    description:
      'BiPRO-Normen für Makler und Maklerpools: Tarifierung, Angebot und Antrag (Norm 420/430), Dokumentenabruf (Norm 430.4) ' +
      'und Vertragsdaten (GDV-Datensatz).',
    links: [
      { label: 'Unterstützte BiPRO-Normen', url: `${WIKI}/kernsystem/bipro/normen` },
      { label: 'Statusseite', url: `${STATUS}/bipro` },
    ],
    unit: 'pro 1.000 API-Aufrufe',
    unitPriceCents: 900,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,8 %' },
      { name: 'Tarifierung (p95)', target: '< 2 s' },
    ],
    dependsOn: ['bestandsfuehrung', 'dokumente', 'api-gateway'],
  },
  {
    key: 'provision-host',
    name: 'Provisionsabrechnung (Host)',
    kind: 'core_service',
    ownerTeam: 'kernsystem',
    criticality: 'high',
    lifecycle: 'deprecated',
    description:
      'Monatliche Provisions- und Courtageabrechnung auf dem Host. Abgekündigt: wird durch die Courtage- und ' +
      'Provisionsabrechnung in der Cloud abgelöst; keine neuen Anbindungen mehr.',
    links: [{ label: 'Ablöseplan', url: `${WIKI}/kernsystem/provision/abloesung` }],
    unit: 'pro Courtageabrechnung',
    unitPriceCents: 270,
    serviceLevels: [{ name: 'Abrechnungslauf abgeschlossen', target: 'bis zum 3. Werktag des Monats' }],
    dependsOn: ['bestandsfuehrung'],
  },
  {
    key: 'provision-cloud',
    name: 'Courtage- und Provisionsabrechnung (Cloud)',
    kind: 'core_service',
    ownerTeam: 'kernsystem',
    criticality: 'high',
    lifecycle: 'planned',
    description:
      'Nachfolger der Provisionsabrechnung auf dem Host: tägliche Courtageberechnung, Abrechnungen als Daten und PDF im ' +
      'Maklerportal, Stornohaftung transparent. Geplanter Start im zweiten Quartal 2027; der Stückpreis steht noch nicht fest.',
    links: [{ label: 'Projektseite', url: `${WIKI}/kernsystem/provision/cloud` }],
    unit: 'pro Courtageabrechnung',
    unitPriceCents: null,
    serviceLevels: [],
    dependsOn: ['bestandsfuehrung', 'inkasso'],
  },

  // ---- Daten- & KI-Plattform (data platforms and AI services) ----
  {
    key: 'data-lake',
    name: 'Data Lake',
    kind: 'data_platform',
    ownerTeam: 'daten-ki',
    criticality: 'high',
    lifecycle: 'live',
    description:
      'Zentrale Ablage aller fachlichen Daten in der Cloud (Rohdaten, aufbereitete Schichten, Data Warehouse) mit ' +
      'Datenkatalog, Zugriffsrechten nach Datenklassen und automatischer Löschung nach Aufbewahrungsfristen.',
    links: [
      { label: 'Datenkatalog', url: 'https://daten.musterversicherung.de/katalog' },
      { label: 'Onboarding', url: `${WIKI}/daten-ki/data-lake/onboarding` },
    ],
    unit: 'pro TB und Monat',
    unitPriceCents: 2_300,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,5 %' },
      { name: 'Datenaktualität Kernbestände', target: 'täglich bis 7:00 Uhr' },
    ],
    dependsOn: [],
  },
  {
    key: 'analytics',
    name: 'Analytics-Plattform',
    kind: 'data_platform',
    ownerTeam: 'daten-ki',
    criticality: 'medium',
    lifecycle: 'live',
    description: 'Self-Service-Analytics: Dashboards, SQL-Arbeitsbereiche und Notebooks auf den freigegebenen Daten des Data Lake.',
    links: [{ label: 'Zur Plattform', url: 'https://analytics.musterversicherung.de' }],
    unit: 'pro Nutzer und Monat',
    unitPriceCents: 3_500,
    serviceLevels: [{ name: 'Verfügbarkeit', target: '99,5 % (werktags 7–19 Uhr)' }],
    dependsOn: ['data-lake'],
  },
  {
    key: 'feature-store',
    name: 'Feature Store',
    kind: 'data_platform',
    ownerTeam: 'daten-ki',
    criticality: 'high',
    lifecycle: 'live',
    description:
      'Wiederverwendbare, versionierte Merkmale für Modelle (z. B. Schadenhistorie, Regionalklassen, Fahrzeugdaten) – ' +
      'online in Millisekunden für Tarifierung und Betrugserkennung, offline für das Training.',
    links: [{ label: 'Feature-Katalog', url: 'https://daten.musterversicherung.de/features' }],
    unit: 'pro 1.000 Feature-Abrufe',
    unitPriceCents: 10,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,9 %' },
      { name: 'Online-Abruf (p99)', target: '< 25 ms' },
    ],
    dependsOn: ['data-lake'],
  },
  {
    key: 'mlops',
    name: 'MLOps-Plattform (Modellbetrieb)',
    kind: 'ai_service',
    ownerTeam: 'daten-ki',
    criticality: 'high',
    lifecycle: 'live',
    description:
      'Training, Freigabe und Betrieb von Machine-Learning-Modellen: Modellregister, Drift-Überwachung, Erklärbarkeit und ' +
      'Dokumentation nach EU AI Act.',
    links: [{ label: 'Modellregister', url: 'https://ml.musterversicherung.de/registry' }],
    unit: 'pro Modell im Betrieb und Monat',
    unitPriceCents: 45_000,
    serviceLevels: [
      { name: 'Verfügbarkeit Scoring-Endpunkte', target: '99,9 %' },
      { name: 'Drift-Bericht', target: 'wöchentlich' },
    ],
    dependsOn: ['feature-store'],
  },
  {
    key: 'fraud-scoring',
    name: 'Betrugserkennung (Fraud Scoring)',
    kind: 'ai_service',
    ownerTeam: 'daten-ki',
    criticality: 'high',
    lifecycle: 'live',
    description:
      'Bewertet Anträge und Schadenmeldungen in Echtzeit auf Betrugsmuster (Mehrfachanträge, auffällige Schadenhäufungen, ' +
      'manipulierte Belege) und liefert einen Score mit Begründung für die Sachbearbeitung.',
    links: [{ label: 'Modellkarte', url: 'https://ml.musterversicherung.de/models/fraud' }],
    unit: 'pro 1.000 Prüfungen',
    unitPriceCents: 2_500,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,9 %' },
      { name: 'Antwortzeit (p95)', target: '< 200 ms' },
    ],
    dependsOn: ['mlops', 'feature-store'],
  },
  {
    key: 'genai-gateway',
    name: 'GenAI-Gateway (LLM-API)',
    kind: 'ai_service',
    ownerTeam: 'daten-ki',
    criticality: 'high',
    lifecycle: 'live',
    description:
      'Datenschutzkonformer Zugang zu großen Sprachmodellen für Anwendungen der Teams: Modelle in EU-Rechenzentren, ' +
      'Filter für personenbezogene Daten, Protokollierung und Kostenkontrolle pro Team.',
    links: [
      { label: 'API-Dokumentation', url: `${DEV}/apis/genai` },
      { label: 'Nutzungsrichtlinie KI', url: `${WIKI}/daten-ki/genai/richtlinie` },
    ],
    unit: 'pro 1.000 Tokens',
    unitPriceCents: 1,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,5 %' },
      { name: 'Erstes Token (p95)', target: '< 1,5 s' },
    ],
    dependsOn: [],
  },
  {
    key: 'copilot',
    name: 'Generative-KI-Service (Copilot)',
    kind: 'ai_service',
    ownerTeam: 'daten-ki',
    criticality: 'medium',
    lifecycle: 'live',
    description:
      'KI-Assistent für alle Beschäftigten im Büroalltag und in der Softwareentwicklung – mit Zugriff auf freigegebene ' +
      'interne Wissensquellen, ohne dass Eingaben zum Training verwendet werden.',
    links: [
      { label: 'Einstieg und Schulungen', url: `${WIKI}/daten-ki/copilot` },
      { label: 'Nutzungsrichtlinie KI', url: `${WIKI}/daten-ki/genai/richtlinie` },
    ],
    unit: 'pro Nutzer und Monat',
    unitPriceCents: 2_900,
    serviceLevels: [{ name: 'Verfügbarkeit', target: '99,5 %' }],
    dependsOn: ['genai-gateway'],
  },
  {
    key: 'dokumenten-ki',
    name: 'Dokumenten-KI (Texterkennung)',
    kind: 'ai_service',
    ownerTeam: 'daten-ki',
    criticality: 'medium',
    lifecycle: 'live',
    description:
      'Liest Rechnungen, Kostenvoranschläge, Gutachten und Fotos von Dokumenten aus und liefert strukturierte Daten ' +
      '(Beträge, Positionen, Kennzeichen) an die Fachprozesse.',
    links: [{ label: 'Unterstützte Dokumenttypen', url: `${WIKI}/daten-ki/dokumenten-ki` }],
    unit: 'pro 1.000 Seiten',
    unitPriceCents: 1_500,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,5 %' },
      { name: 'Verarbeitung pro Seite (p95)', target: '< 4 s' },
    ],
    dependsOn: ['genai-gateway'],
  },

  // ---- E-Scooter-Versicherung (business services) ----
  {
    key: 'quote-bind',
    name: 'Quote & Bind API',
    kind: 'business_service',
    ownerTeam: 'escooter',
    criticality: 'critical',
    lifecycle: 'live',
    description:
      'Berechnet den Beitrag für einen E-Scooter (Fahrzeugdaten, Verkehrsjahr, Zahlweise) und schließt die Versicherung ' +
      'in einem Schritt ab: Antragsprüfung, Betrugs-Check, Policierung im Bestand und Zahlung.',
    links: [
      { label: 'API-Dokumentation', url: `${DEV}/apis/escooter-quote-bind` },
      { label: 'Architekturentscheidungen', url: `${WIKI}/escooter/architektur` },
    ],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,9 %' },
      { name: 'Angebot (p95)', target: '< 500 ms' },
      { name: 'Abschluss (p95)', target: '< 3 s' },
    ],
    dependsOn: ['bestandsfuehrung', 'inkasso', 'payments', 'api-gateway', 'fraud-scoring'],
  },
  {
    key: 'kennzeichen',
    name: 'Versicherungskennzeichen-Ausgabe',
    kind: 'business_service',
    ownerTeam: 'escooter',
    criticality: 'high',
    lifecycle: 'live',
    description:
      'Vergibt das Versicherungskennzeichen zum Vertrag, stellt die Versicherungsbestätigung digital bereit und beauftragt ' +
      'den Versand des Kennzeichens; meldet Kennzeichen an das Kraftfahrt-Bundesamt.',
    links: [{ label: 'Prozessbeschreibung', url: `${WIKI}/escooter/kennzeichen` }],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [{ name: 'Versand des Kennzeichens', target: 'am nächsten Werktag' }],
    dependsOn: ['bestandsfuehrung', 'dokumente'],
  },
  {
    key: 'kuendigung',
    name: 'Kündigungsstrecke',
    kind: 'business_service',
    ownerTeam: 'escooter',
    criticality: 'medium',
    lifecycle: 'live',
    description:
      'Kündigung in der App mit Kündigungsbutton (§ 312k BGB): Kündigung zum Ende des Verkehrsjahres oder bei Verkauf ' +
      'bzw. Verschrottung des E-Scooters, sofortige Bestätigung und Beitragserstattung.',
    links: [{ label: 'Prozessbeschreibung', url: `${WIKI}/escooter/kuendigung` }],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [{ name: 'Bestätigung der Kündigung', target: 'sofort, spätestens nach 1 Minute' }],
    dependsOn: ['bestandsfuehrung', 'ciam', 'dokumente'],
  },
  {
    key: 'escooter-app',
    name: 'E-Scooter App',
    kind: 'business_service',
    ownerTeam: 'escooter',
    criticality: 'high',
    lifecycle: 'live',
    description:
      'Die App für iOS und Android (React Native): Abschluss in unter drei Minuten, Versicherungsbestätigung und ' +
      'Kennzeichenstatus, Verlängerung zum 1. März, Kündigung und Schadenmeldung.',
    links: [
      { label: 'App Store', url: 'https://apps.apple.com/de/app/muster-escooter/id0000000000' },
      { label: 'Google Play', url: 'https://play.google.com/store/apps/details?id=de.musterversicherung.escooter' },
      { label: 'Produkt-Roadmap', url: `${WIKI}/escooter/roadmap` },
    ],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [
      { name: 'Absturzfreie Sitzungen', target: '≥ 99,5 %' },
      { name: 'App-Store-Bewertung', target: '≥ 4,5 Sterne' },
    ],
    dependsOn: ['quote-bind', 'kennzeichen', 'kuendigung', 'ciam'],
  },

  // ---- Digitale Schadenmeldung ----
  {
    key: 'schadenformular-alt',
    name: 'Schadenformular Web (alt)',
    kind: 'business_service',
    ownerTeam: 'schadenmeldung',
    criticality: 'low',
    lifecycle: 'retired',
    description: 'Das frühere Online-Formular zur Schadenmeldung ohne Upload und Statusverfolgung. Im März 2026 abgeschaltet, ersetzt durch die Schadenmeldung-App.',
    links: [],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [],
    dependsOn: [],
  },
  {
    key: 'dunkelverarbeitung',
    name: 'Dunkelverarbeitung Schaden',
    kind: 'business_service',
    ownerTeam: 'schadenmeldung',
    criticality: 'critical',
    lifecycle: 'live',
    description:
      'Prüft einfache Schäden bis 2.000 € vollautomatisch – Deckung, Plausibilität, Betrugsverdacht – und zahlt aus; ' +
      'alles Übrige geht mit aufbereiteter Akte an die Sachbearbeitung.',
    links: [{ label: 'Regelwerk', url: `${WIKI}/schaden/dunkelverarbeitung/regeln` }],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [
      { name: 'Dunkelverarbeitungsquote', target: '≥ 45 % der einfachen Schäden' },
      { name: 'Zeit bis zur Auszahlung', target: '< 24 Stunden' },
    ],
    dependsOn: ['bestandsfuehrung', 'payments', 'fraud-scoring', 'dokumenten-ki'],
  },
  {
    key: 'schadenmeldung-app',
    name: 'Schadenmeldung-App',
    kind: 'business_service',
    ownerTeam: 'schadenmeldung',
    criticality: 'high',
    lifecycle: 'live',
    description: 'Schadenmeldung in App und Web mit Foto- und Dokumenten-Upload, Terminbuchung für Gutachter und Statusverfolgung.',
    links: [{ label: 'Zur Schadenmeldung', url: 'https://www.musterversicherung.de/schaden-melden' }],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,9 %' },
      { name: 'Meldung abgeschlossen in', target: '< 5 Minuten (Median)' },
    ],
    dependsOn: ['ciam', 'dunkelverarbeitung', 'dokumente'],
  },

  // ---- Maklerportal ----
  {
    key: 'maklerportal',
    name: 'Maklerportal',
    kind: 'business_service',
    ownerTeam: 'maklerportal',
    criticality: 'high',
    lifecycle: 'live',
    description: 'Das Portal für Makler und Mehrfachagenten: Angebot, Antrag, Bestandsübersicht, Courtageabrechnungen und Dokumentenpostfach.',
    links: [
      { label: 'Zum Portal', url: 'https://makler.musterversicherung.de' },
      { label: 'Release Notes', url: `${WIKI}/maklerportal/releases` },
    ],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [
      { name: 'Verfügbarkeit', target: '99,8 % (Mo–Sa 7–22 Uhr)' },
      { name: 'Seitenaufbau (p95)', target: '< 2 s' },
    ],
    dependsOn: ['bipro', 'bestandsfuehrung', 'dokumente', 'provision-host'],
  },

  // ---- Kfz-Tarifrechner ----
  {
    key: 'kfz-tarifrechner-alt',
    name: 'Kfz-Tarifrechner (Altsystem)',
    kind: 'business_service',
    ownerTeam: null, // the old calculator lost its team in 2025; the new team takes it over only with the migration
    criticality: 'high',
    lifecycle: 'live',
    description:
      'Der bisherige Kfz-Tarifrechner auf der Website und für Vergleichsportale. Seit Auflösung des Projektteams ohne ' +
      'verantwortliches Team; wird bis Ende 2027 durch den neuen Kfz-Tarifrechner abgelöst.',
    links: [{ label: 'Altdokumentation', url: `${WIKI}/archiv/kfz-tarifrechner` }],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [],
    dependsOn: ['bestandsfuehrung'],
  },
  {
    key: 'kfz-tarifrechner',
    name: 'Kfz-Tarifrechner',
    kind: 'business_service',
    ownerTeam: 'kfz-tarifrechner',
    criticality: 'critical',
    lifecycle: 'planned',
    description:
      'Tarifierung von Pkw und Motorrad in Echtzeit für Website, App und Vergleichsportale, mit Telematik-Option und ' +
      'Online-Abschluss. Erster Release zum Wechselgeschäft 2027.',
    links: [{ label: 'Projektseite', url: `${WIKI}/kfz-tarifrechner` }],
    unit: null,
    unitPriceCents: null,
    serviceLevels: [
      { name: 'Verfügbarkeit (Ziel)', target: '99,9 %' },
      { name: 'Tarifierung (p95, Ziel)', target: '< 300 ms' },
    ],
    dependsOn: ['bestandsfuehrung', 'feature-store', 'api-gateway', 'payments'],
  },
];

// ---------------------------------------------------------------------------------------------
// Consumption 2025-06 … 2026-11 (deterministic)
// ---------------------------------------------------------------------------------------------

export const DEMO_CONSUMPTION_FROM = '2025-06';
export const DEMO_CONSUMPTION_TO = '2026-11';

/** The months of the demo's consumption history, oldest first. */
export function demoMonths(): string[] {
  const out: string[] = [];
  let [y, m] = DEMO_CONSUMPTION_FROM.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month === DEMO_CONSUMPTION_TO) return out;
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
}

/** Small seeded PRNG (mulberry32): the same series every run, a different one per seed text (team and service, metric). */
export function prng(seedText: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seedText.length; i++) h = Math.imul(h ^ seedText.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const monthOfYear = (month: string) => Number(month.slice(5, 7));
const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + monthOfYear(to) - monthOfYear(from);

/**
 * Policies the E-Scooter team issues per month. E-Scooter insurance follows the "Verkehrsjahr":
 * plates are valid from 1 March to the end of February, so most policies are bought in February and
 * March, many more in spring and summer than in autumn. Soft launch in December 2025, then a ramp as
 * the app becomes known, and 3 % monthly growth from May 2026 on.
 */
const ESCOOTER_SEASON: Record<number, number> = { 1: 0.45, 2: 1.0, 3: 1.15, 4: 0.9, 5: 0.85, 6: 0.75, 7: 0.7, 8: 0.6, 9: 0.45, 10: 0.3, 11: 0.2, 12: 0.15 };
const ESCOOTER_LAUNCH = '2025-12';

/** The policies a month is expected to bring (any month, also after the consumption history), before its noise. */
export function escooterPolicyPlan(month: string): number {
  const t = monthsBetween(ESCOOTER_LAUNCH, month);
  if (t < 0) return 0;
  const ramp = t < 5 ? 0.35 + 0.13 * t : 1.03 ** (t - 5);
  return 6_500 * ESCOOTER_SEASON[monthOfYear(month)]! * ramp;
}

function escooterPolicies(): Map<string, number> {
  const rnd = prng('escooter:policies');
  const out = new Map<string, number>();
  for (const month of demoMonths()) {
    if (monthsBetween(ESCOOTER_LAUNCH, month) < 0) {
      out.set(month, 0);
      continue;
    }
    out.set(month, Math.round(escooterPolicyPlan(month) * (0.95 + 0.1 * rnd())));
  }
  return out;
}

interface Series {
  team: string;
  service: string;
  /** First month with consumption (inclusive) */
  from: string;
  quantity: (month: string, i: number, noise: number) => number;
}

function series(): Series[] {
  const policies = escooterPolicies();
  const cumulative = new Map<string, number>();
  let sum = 0;
  for (const [month, n] of policies) cumulative.set(month, (sum += n));
  const p = (month: string) => policies.get(month) ?? 0;
  /** Quotes per month: most app visitors compare, one in six buys; before launch only testing. */
  const quotes = (month: string) => (p(month) === 0 ? 1_500 : p(month) * 6);

  /** Slow steady growth for the established teams: +g per month from the first demo month on. */
  const steady = (base: number, g: number, i: number, noise: number, spread = 0.06) => base * (1 + g) ** i * (1 - spread / 2 + spread * noise);
  const kfzSeason = (month: string) => (monthOfYear(month) === 11 ? 2.1 : monthOfYear(month) === 12 ? 1.4 : monthOfYear(month) === 1 ? 1.2 : 1);
  const claimSeason = (month: string) => ({ 1: 1.25, 2: 1.3, 6: 1.2, 7: 1.15, 12: 1.1 })[monthOfYear(month)] ?? 1;

  return [
    // E-Scooter-Versicherung: build phase from October 2025, soft launch in December
    { team: 'escooter', service: 'bestandsfuehrung', from: '2025-12', quantity: (m) => p(m) },
    { team: 'escooter', service: 'inkasso', from: '2025-12', quantity: (m, _i, n) => p(m) * (1.02 + 0.02 * n) },
    { team: 'escooter', service: 'payments', from: '2025-12', quantity: (m, _i, n) => p(m) * (1.06 + 0.04 * n) },
    { team: 'escooter', service: 'dokumente', from: '2025-12', quantity: (m, _i, n) => p(m) * (3.1 + 0.2 * n) },
    { team: 'escooter', service: 'ciam', from: '2025-10', quantity: (m) => 40 + (cumulative.get(m) ?? 0) * 1.3 },
    { team: 'escooter', service: 'api-gateway', from: '2025-10', quantity: (m, _i, n) => 120 + (quotes(m) * 14 * (0.9 + 0.2 * n)) / 1_000 },
    { team: 'escooter', service: 'fraud-scoring', from: '2025-12', quantity: (m) => quotes(m) / 1_000 },
    { team: 'escooter', service: 'copilot', from: '2025-10', quantity: (m) => (m < '2025-11' ? 6 : m < '2026-02' ? 9 : 10) },
    { team: 'escooter', service: 'analytics', from: '2025-11', quantity: (m) => (m < '2026-03' ? 2 : 4) },
    { team: 'escooter', service: 'data-lake', from: '2025-11', quantity: (m) => (m < '2026-04' ? 1 : m < '2026-09' ? 2 : 3) },

    // Digitale Schadenmeldung: established, slow growth; claims peak with winter storms and summer hail
    { team: 'schadenmeldung', service: 'payments', from: '2025-06', quantity: (m, i, n) => steady(2_800, 0.02, i, n) * claimSeason(m) },
    { team: 'schadenmeldung', service: 'dokumente', from: '2025-06', quantity: (m, i, n) => steady(6_400, 0.015, i, n) * claimSeason(m) },
    { team: 'schadenmeldung', service: 'ciam', from: '2025-06', quantity: (_m, i, n) => steady(61_000, 0.018, i, n, 0.01) },
    { team: 'schadenmeldung', service: 'dokumenten-ki', from: '2025-06', quantity: (m, i, n) => steady(24, 0.03, i, n, 0.1) * claimSeason(m) },
    { team: 'schadenmeldung', service: 'fraud-scoring', from: '2025-06', quantity: (m, i, n) => steady(4.2, 0.02, i, n, 0.1) * claimSeason(m) },
    { team: 'schadenmeldung', service: 'feature-store', from: '2025-06', quantity: (m, i, n) => steady(180, 0.025, i, n) * claimSeason(m) },
    { team: 'schadenmeldung', service: 'mlops', from: '2025-06', quantity: (m) => (m < '2025-10' ? 2 : m < '2026-07' ? 3 : 4) },
    { team: 'schadenmeldung', service: 'genai-gateway', from: '2026-03', quantity: (_m, i, n) => steady(18_000, 0.07, i - 9, n, 0.12) },
    { team: 'schadenmeldung', service: 'data-lake', from: '2025-06', quantity: (_m, i) => 12 + Math.floor(i / 3) },
    { team: 'schadenmeldung', service: 'analytics', from: '2025-06', quantity: (m) => (m < '2026-01' ? 5 : 6) },
    { team: 'schadenmeldung', service: 'copilot', from: '2025-06', quantity: (m) => (m < '2025-09' ? 7 : m < '2026-03' ? 9 : 10) },
    { team: 'schadenmeldung', service: 'api-gateway', from: '2025-06', quantity: (_m, i, n) => steady(880, 0.02, i, n) },

    // Maklerportal: steady, with the Kfz switching season in November
    { team: 'maklerportal', service: 'bipro', from: '2025-06', quantity: (m, i, n) => steady(1_850, 0.015, i, n) * kfzSeason(m) },
    { team: 'maklerportal', service: 'bestandsfuehrung', from: '2025-06', quantity: (m, i, n) => steady(1_950, 0.012, i, n) * kfzSeason(m) },
    { team: 'maklerportal', service: 'dokumente', from: '2025-06', quantity: (m, i, n) => steady(9_200, 0.01, i, n) * kfzSeason(m) },
    { team: 'maklerportal', service: 'provision-host', from: '2025-06', quantity: (_m, i, n) => steady(3_100, 0.004, i, n, 0.02) },
    { team: 'maklerportal', service: 'ciam', from: '2025-06', quantity: (_m, i, n) => steady(4_400, 0.01, i, n, 0.01) },
    { team: 'maklerportal', service: 'copilot', from: '2025-06', quantity: (m) => (m < '2026-02' ? 6 : 8) },
    { team: 'maklerportal', service: 'analytics', from: '2025-06', quantity: () => 3 },
    { team: 'maklerportal', service: 'data-lake', from: '2025-06', quantity: () => 4 },

    // Kfz-Tarifrechner: chartered in October 2026, building
    { team: 'kfz-tarifrechner', service: 'copilot', from: '2026-10', quantity: (m) => (m < '2026-11' ? 6 : 8) },
    { team: 'kfz-tarifrechner', service: 'analytics', from: '2026-10', quantity: (m) => (m < '2026-11' ? 1 : 3) },
    { team: 'kfz-tarifrechner', service: 'feature-store', from: '2026-11', quantity: () => 40 },
    { team: 'kfz-tarifrechner', service: 'data-lake', from: '2026-10', quantity: () => 2 },
  ];
}

let consumptionCache: DemoConsumption[] | null = null;

/** team × service × month × quantity for the whole demo history; the same rows on every call. */
export function demoConsumption(): DemoConsumption[] {
  if (consumptionCache) return consumptionCache;
  const months = demoMonths();
  const rows: DemoConsumption[] = [];
  for (const s of series()) {
    const rnd = prng(`${s.team}:${s.service}`);
    months.forEach((month, i) => {
      const noise = rnd(); // drawn for every month so a series does not shift when `from` changes
      if (month < s.from) return;
      rows.push({ team: s.team, service: s.service, month, quantity: Math.max(0, Math.round(s.quantity(month, i, noise))) });
    });
  }
  consumptionCache = rows;
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Decisions (in the order they were recorded)
// ---------------------------------------------------------------------------------------------

export const demoDecisions: DemoDecision[] = [
  // ---- E-Scooter-Versicherung ----
  {
    key: 'escooter-react-native',
    team: 'escooter',
    proposer: 'jonas.becker',
    title: 'React Native statt nativer Apps',
    category: 'technology',
    context:
      'Die E-Scooter App soll zum Verkehrsjahr 2026 auf iOS und Android erscheinen. Im Team gibt es eine ' +
      'Mobile-Entwicklerin und zwei Web-Entwickler; ein zweites natives Team wäre bis Dezember nicht aufzubauen.',
    options: [
      'Zwei native Apps (Swift und Kotlin)',
      'React Native mit gemeinsamer Codebasis',
      'Progressive Web App ohne App-Store',
    ],
    choice: 'React Native mit gemeinsamer Codebasis; native Module nur für Kamera (Kennzeichen-Scan) und Passkeys.',
    rationale:
      'Eine Codebasis halbiert den Aufwand für Abschlussstrecke und Releases, das Team kennt TypeScript bereits, und die ' +
      'Performance reicht für eine Abschluss-App. Eine PWA scheidet aus: Die Zielgruppe sucht Versicherungen im App-Store, ' +
      'und Push-Erinnerungen zur Verlängerung am 1. März sind unter iOS nur eingeschränkt möglich.',
    budgetImpactCents: 0,
    personalData: false,
    newVendor: false,
    affectedServices: ['escooter-app'],
    links: [{ label: 'Architektur-Spike React Native', url: `${WIKI}/escooter/architektur/spike-react-native` }],
    outcome: 'decided',
    createdOn: '2025-10-06',
    submittedOn: '2025-10-08',
    approvals: [],
  },
  {
    key: 'escooter-praemie-2026',
    team: 'escooter',
    proposer: 'stefan.braun',
    title: 'Jahresprämie Verkehrsjahr 2026: 49 €',
    category: 'price',
    context:
      'Für den Start zum Verkehrsjahr 2026 (1. März 2026 bis 28. Februar 2027) braucht die E-Scooter-Versicherung einen ' +
      'Einheitsbeitrag. Wettbewerber liegen zwischen 39 € und 69 € im Jahr; Direktversicherer ohne Filialnetz im unteren ' +
      'Drittel. Eigene Schadenerfahrung gibt es noch nicht, nur Marktstatistiken des GDV.',
    options: ['39 € – Kampfpreis zum Markteintritt', '49 € – Marktmitte der Direktversicherer', '59 € – mit Sicherheitszuschlag'],
    choice: '49 € Jahresbeitrag inklusive Versicherungssteuer, ohne Selbstbeteiligung; Abschluss nach dem 1. März anteilig.',
    rationale:
      'Mit 49 € liegen wir bei einer erwarteten Schadenquote von 60 % und 22 % Kostenquote profitabel und bleiben unter ' +
      'der Schwelle von 50 €, ab der die Zielgruppe laut Befragung deutlich seltener abschließt.',
    budgetImpactCents: 0,
    personalData: false,
    newVendor: false,
    affectedServices: ['quote-bind'],
    links: [{ label: 'Tarifkalkulation 2026', url: `${WIKI}/escooter/tarif/kalkulation-2026` }],
    outcome: 'superseded',
    createdOn: '2025-11-03',
    submittedOn: '2025-11-05',
    approvals: [
      {
        role: 'actuarial_function',
        approver: 'wolfgang.seidel',
        verdict: 'approve',
        comment: 'Kalkulation nachvollziehbar. Bitte die Schadenquote nach dem ersten halben Verkehrsjahr erneut vorlegen.',
        on: '2025-11-10',
      },
    ],
  },
  {
    key: 'escooter-kuendigungsbutton',
    team: 'escooter',
    proposer: 'katharina.schulte',
    title: 'Kündigung per Kündigungsbutton direkt in der App',
    category: 'data_legal',
    context:
      'Verträge, die online geschlossen werden, müssen online kündbar sein (§ 312k BGB). Bisher kündigen Kundinnen und ' +
      'Kunden der Musterversicherung per Brief oder über das Kontaktformular.',
    options: ['Kontaktformular mit manueller Bearbeitung', 'Kündigungsbutton mit automatischer Verarbeitung im Bestand'],
    choice: 'Kündigungsbutton in App und Web mit sofortiger Bestätigung und automatischer Beitragserstattung.',
    rationale:
      'Erfüllt die gesetzliche Pflicht ohne Sachbearbeitung und passt zum Versprechen „komplett digital“. Eine ' +
      'Rückgewinnungsfrage vor der Kündigung ist erlaubt, solange sie den Vorgang nicht verzögert.',
    budgetImpactCents: 0,
    personalData: false,
    newVendor: false,
    affectedServices: ['kuendigung', 'escooter-app'],
    links: [{ label: '§ 312k BGB', url: 'https://www.gesetze-im-internet.de/bgb/__312k.html' }],
    outcome: 'decided',
    createdOn: '2025-12-01',
    submittedOn: '2025-12-02',
    approvals: [],
  },
  {
    key: 'escooter-passkeys',
    team: 'escooter',
    proposer: 'jonas.becker',
    title: 'Anmeldung mit Passkeys über die Kunden-Identität (CIAM)',
    category: 'technology',
    context:
      'Ein Drittel der Supportanfragen betrifft vergessene Passwörter. Die Zielgruppe nutzt Face ID und Fingerabdruck ' +
      'selbstverständlich. Das CIAM unterstützt Passkeys seit Release 4.2, bisher nutzt sie noch keine App.',
    options: ['Passwort mit SMS-Code beibehalten', 'Passkeys als Standard, Passwort als Rückfallebene', 'Nur Magic Links per E-Mail'],
    choice: 'Passkeys als Standard bei der Registrierung; Passwort mit zweitem Faktor bleibt als Rückfallebene.',
    rationale:
      'Passkeys sind phishing-resistent und senken die Supportlast. Weil die Änderung die kritische Kunden-Identität ' +
      'berührt, ist die Freigabe der Informationssicherheit erforderlich.',
    budgetImpactCents: 1_200_000,
    personalData: false,
    newVendor: false,
    affectedServices: ['ciam', 'escooter-app'],
    links: [{ label: 'Sicherheitskonzept Passkeys', url: `${WIKI}/escooter/sicherheit/passkeys` }],
    outcome: 'decided',
    createdOn: '2026-01-12',
    submittedOn: '2026-01-14',
    approvals: [
      {
        role: 'ciso',
        approver: 'lisa.brandt',
        verdict: 'approve',
        comment: 'Freigegeben. Die Wiederherstellung des Kontos bei Geräteverlust bitte mit dem CIAM-Team im Penetrationstest abdecken.',
        on: '2026-01-20',
      },
    ],
  },
  {
    key: 'escooter-social-kampagne',
    team: 'escooter',
    proposer: 'leonie.hartmann',
    title: 'TikTok- und Instagram-Kampagne zum Saisonstart 2026',
    category: 'customer_outreach',
    context:
      'Zum 1. März brauchen alle E-Scooter ein neues Versicherungskennzeichen. Die Zielgruppe 18–29 erreichen wir über ' +
      'Suchmaschinen kaum; sie informiert sich über Social Media.',
    options: [
      'Suchmaschinenwerbung wie bei den übrigen Sparten',
      'TikTok- und Instagram-Kampagne mit Creatorn aus der Mikromobilitäts-Szene',
      'Plakatkampagne in fünf Großstädten',
    ],
    choice:
      'Sechswöchige Kampagne auf TikTok und Instagram (Mitte Februar bis Ende März) mit drei Creatorn; Ausspielung nur ' +
      'kontextbezogen, ohne Zielgruppen aus Kundendaten.',
    rationale:
      'Beste Reichweite pro Euro in der Zielgruppe laut Test im Januar (Kosten pro Abschluss 11 € statt 34 € bei ' +
      'Suchmaschinenwerbung). 40.000 € liegen im Autonomielimit des Teams.',
    budgetImpactCents: 4_000_000,
    personalData: false,
    newVendor: false,
    affectedServices: ['escooter-app'],
    links: [{ label: 'Kampagnenbriefing', url: `${WIKI}/escooter/marketing/saisonstart-2026` }],
    outcome: 'decided',
    createdOn: '2026-01-26',
    submittedOn: '2026-01-27',
    approvals: [],
  },
  {
    key: 'escooter-wallet-payments',
    team: 'escooter',
    proposer: 'mehmet.yilmaz',
    title: 'Apple Pay und Google Pay über einen zusätzlichen Zahlungsdienstleister',
    category: 'vendor',
    context:
      'Der Zahlungsservice des Kernsystems bietet Kreditkarte, SEPA und PayPal, aber keine Wallets. 38 % der Abbrüche in ' +
      'der Abschlussstrecke passieren bei der Zahlung; in der Zielgruppe zahlt die Mehrheit mobil mit dem Smartphone.',
    options: [
      'Warten, bis der Kern-Zahlungsservice Wallets anbietet (frühestens 2027)',
      'Zusätzlicher Zahlungsdienstleister für Wallets, angebunden über den Kern-Zahlungsservice',
      'Eigene Anbindung der App an einen Zahlungsdienstleister',
    ],
    choice:
      'Vertrag mit der Zahlwerk Payments GmbH für Apple Pay und Google Pay; angebunden als zusätzlicher Kanal des ' +
      'Kern-Zahlungsservice, damit Buchung und Abstimmung im Inkasso bleiben.',
    rationale:
      'Senkt die Abbrüche in der Zahlung nach dem Test mit 2.000 Nutzerinnen und Nutzern um etwa ein Drittel. Der Anbieter ' +
      'ist neu und verarbeitet Zahlungsdaten im Auftrag – deshalb Freigaben durch Einkauf und Datenschutz.',
    budgetImpactCents: 2_400_000,
    personalData: true,
    newVendor: true,
    affectedServices: ['payments', 'quote-bind'],
    links: [
      { label: 'Anbietervergleich Wallets', url: `${WIKI}/escooter/zahlung/anbietervergleich` },
      { label: 'Auftragsverarbeitungsvertrag (Entwurf)', url: `${WIKI}/recht/avv/zahlwerk` },
    ],
    outcome: 'decided',
    createdOn: '2026-03-16',
    submittedOn: '2026-03-18',
    approvals: [
      {
        role: 'procurement',
        approver: 'martina.lehmann',
        verdict: 'approve',
        comment: 'Konditionen verhandelt (0,9 % je Transaktion statt 1,2 %). Laufzeit zwei Jahre; Auslagerungsanzeige nicht erforderlich.',
        on: '2026-03-25',
      },
      {
        role: 'data_protection_officer',
        approver: 'petra.vogt',
        verdict: 'approve',
        comment: 'AVV unterschrieben, Verarbeitung in der EU. Bitte ins Verarbeitungsverzeichnis aufnehmen.',
        on: '2026-04-02',
      },
    ],
  },
  {
    key: 'escooter-telematik',
    team: 'escooter',
    proposer: 'stefan.braun',
    title: 'Telematik-Rabatt über die Bewegungssensoren des Smartphones',
    category: 'price',
    context:
      'Andere Anbieter werben mit Rabatten für vorsichtiges Fahren. Die App könnte Beschleunigung, Bremsverhalten und ' +
      'Geschwindigkeit über die Sensoren des Smartphones messen und einen Rabatt von bis zu 20 % gewähren.',
    options: ['Kein Telematik-Tarif', 'Telematik-Rabatt bis 20 % mit Fahrtaufzeichnung', 'Rabatt für ein absolviertes Fahrsicherheitstraining'],
    choice: 'Telematik-Rabatt bis 20 % zum Verkehrsjahr 2027 mit kontinuierlicher Aufzeichnung der Fahrten in der App.',
    rationale:
      'Differenziert uns im Markt und belohnt risikoarmes Fahren; die Aufzeichnung läuft nur bei aktiver Fahrt.',
    budgetImpactCents: 3_500_000,
    personalData: true,
    newVendor: false,
    affectedServices: ['escooter-app', 'quote-bind'],
    links: [{ label: 'Konzept Telematik', url: `${WIKI}/escooter/tarif/telematik` }],
    outcome: 'rejected',
    createdOn: '2026-05-04',
    submittedOn: '2026-05-06',
    approvals: [
      {
        role: 'actuarial_function',
        approver: 'wolfgang.seidel',
        verdict: 'approve',
        comment: 'Aktuariell vertretbar, der Rabatt ist durch die Schadenerwartung gedeckt.',
        on: '2026-05-11',
      },
      {
        role: 'data_protection_officer',
        approver: 'petra.vogt',
        verdict: 'reject',
        comment:
          'Abgelehnt: Die dauerhafte Aufzeichnung von Bewegungs- und Standortdaten steht in keinem angemessenen Verhältnis zu ' +
          'einem Rabatt von wenigen Euro. Ein Rabatt für ein Fahrsicherheitstraining erreicht das Ziel ohne diese Daten.',
        on: '2026-05-20',
      },
    ],
  },
  {
    key: 'escooter-marketingbudget-2027',
    team: 'escooter',
    proposer: 'katharina.schulte',
    title: 'Marketingbudget Saison 2027: zusätzlich 180.000 €',
    category: 'budget',
    context:
      'Die erste Saison hat bis Ende September rund 39.000 Verträge gebracht, 15 % über Plan. Für das Verkehrsjahr 2027 wollen wir Bestand ' +
      'verlängern und Neukunden in zehn weiteren Städten gewinnen; das Budget 2027 sieht dafür 120.000 € vor.',
    options: ['Budget 2027 wie geplant (120.000 €)', 'Zusätzlich 180.000 € für Social Media, Creator und Städtekooperationen', 'Zusätzlich 90.000 € nur für Social Media'],
    choice: 'Zusätzlich 180.000 € Marketingbudget für Januar bis April 2027.',
    rationale:
      'Bei Kosten pro Abschluss von 11–14 € und einem Deckungsbeitrag von 21 € je Vertrag zahlt sich das zusätzliche Budget ' +
      'im ersten Verkehrsjahr aus. Die Summe liegt über dem Autonomielimit des Teams von 75.000 €.',
    budgetImpactCents: 18_000_000,
    personalData: false,
    newVendor: false,
    affectedServices: [],
    links: [{ label: 'Business Case Saison 2027', url: `${WIKI}/escooter/business-case-2027` }],
    outcome: 'decided',
    createdOn: '2026-10-05',
    submittedOn: '2026-10-07',
    approvals: [
      {
        role: 'portfolio_board',
        approver: 'christiane.albrecht',
        verdict: 'approve',
        comment: 'Freigegeben im Portfolio-Board vom 21. Oktober. Bitte im Quartals-Business-Review Q1 2027 über die Kosten pro Abschluss berichten.',
        on: '2026-10-21',
      },
    ],
  },
  {
    key: 'escooter-praemie-2027',
    team: 'escooter',
    proposer: 'stefan.braun',
    supersedes: 'escooter-praemie-2026',
    title: 'Jahresprämie 2027: 59 € statt 49 €',
    category: 'price',
    context:
      'Nach acht Monaten liegt die Schadenquote bei 78 % statt der kalkulierten 60 %: mehr Sturzschäden Dritter und ' +
      'höhere Reparaturkosten an Pkw. Mit 49 € schreibt die Sparte 2027 Verluste.',
    options: ['49 € beibehalten und Verlust tragen', '59 € für alle', '55 € plus 10 € Zuschlag für Fahrerinnen und Fahrer unter 21'],
    choice: '59 € Jahresbeitrag ab Verkehrsjahr 2027 für Neu- und Bestandsverträge; Bestand wird im Januar informiert.',
    rationale:
      '59 € bringt die Schadenquote auf rund 65 % und liegt weiter in der Marktmitte. Ein Alterszuschlag wäre genauer, ' +
      'braucht aber mehr Daten und Zeit (siehe eigene Entscheidung zur Tarifdifferenzierung).',
    budgetImpactCents: 0,
    personalData: false,
    newVendor: false,
    affectedServices: ['quote-bind'],
    links: [
      { label: 'Schadenquote Verkehrsjahr 2026', url: `${WIKI}/escooter/tarif/schadenquote-2026` },
      { label: 'Tarifkalkulation 2027', url: `${WIKI}/escooter/tarif/kalkulation-2027` },
    ],
    outcome: 'decided',
    createdOn: '2026-10-19',
    submittedOn: '2026-10-21',
    approvals: [
      {
        role: 'actuarial_function',
        approver: 'wolfgang.seidel',
        verdict: 'approve',
        comment: 'Notwendig und angemessen. Die Beitragsanpassung im Bestand bitte mit dem Recht abstimmen (Sonderkündigungsrecht).',
        on: '2026-10-28',
      },
    ],
  },
  {
    key: 'escooter-tarifdifferenzierung',
    team: 'escooter',
    proposer: 'stefan.braun',
    title: 'Tarifdifferenzierung nach Alter und Regionalklasse ab 2028',
    category: 'price',
    context:
      'Die Schadenhäufigkeit unterscheidet sich stark: Fahrerinnen und Fahrer unter 21 verursachen doppelt so viele ' +
      'Schäden wie über 25-Jährige, Großstädte dreimal so viele wie ländliche Regionen. Ein Einheitsbeitrag benachteiligt ' +
      'risikoarme Kundinnen und Kunden.',
    options: ['Einheitsbeitrag beibehalten', 'Zwei Altersgruppen', 'Altersgruppen und Regionalklassen nach Postleitzahl'],
    choice: 'Drei Altersgruppen (18–20, 21–24, 25–29) und vier Regionalklassen nach Postleitzahl ab Verkehrsjahr 2028.',
    rationale:
      'Risikogerechte Beiträge senken den Beitrag für zwei Drittel des Bestands. Geburtsdatum und Wohnort werden dafür im ' +
      'Antrag abgefragt und in der Tarifierung verarbeitet – deshalb Freigabe durch den Datenschutz.',
    budgetImpactCents: 2_000_000,
    personalData: true,
    newVendor: false,
    affectedServices: ['quote-bind', 'escooter-app'],
    links: [{ label: 'Analyse Schadenhäufigkeit', url: `${WIKI}/escooter/tarif/analyse-differenzierung` }],
    outcome: 'pending_approval',
    createdOn: '2026-10-22',
    submittedOn: '2026-10-26',
    submittedDaysAgo: 36,
    approvals: [
      {
        role: 'actuarial_function',
        approver: 'wolfgang.seidel',
        verdict: 'approve',
        comment: 'Aus aktuarieller Sicht sinnvoll; die Merkmale sind statistisch signifikant.',
        on: '2026-10-30',
      },
    ],
  },
  {
    key: 'escooter-ki-chat',
    team: 'escooter',
    proposer: 'jonas.becker',
    title: 'KI-Assistent im App-Chat über das GenAI-Gateway',
    category: 'technology',
    context:
      'Im Chat der App kommen 70 % der Fragen zu Kennzeichenversand, Verlängerung und Kündigung. Die Antworten stehen in ' +
      'den Bedingungen und im Vertrag, das Team beantwortet sie bisher von Hand.',
    options: ['Weiter von Hand beantworten', 'Regelbasierter Chatbot', 'KI-Assistent über das GenAI-Gateway mit Zugriff auf den eigenen Vertrag'],
    choice: 'KI-Assistent über das GenAI-Gateway, der mit Einwilligung auf den Vertrag der angemeldeten Person zugreift; Übergabe an Menschen jederzeit.',
    rationale:
      'Antworten rund um die Uhr in Sekunden; das GenAI-Gateway läuft in der EU und filtert personenbezogene Daten aus ' +
      'Protokollen. Weil der Assistent Vertragsdaten liest, braucht es die Freigabe des Datenschutzes.',
    budgetImpactCents: 2_800_000,
    personalData: true,
    newVendor: false,
    affectedServices: ['escooter-app', 'genai-gateway'],
    links: [{ label: 'Prototyp und Testprotokolle', url: `${WIKI}/escooter/ki-chat` }],
    outcome: 'pending_approval',
    createdOn: '2026-11-20',
    submittedOn: '2026-11-24',
    approvals: [],
  },
  {
    key: 'escooter-haendlerpartner',
    team: 'escooter',
    proposer: 'tim.krueger',
    title: 'Partnerprogramm mit E-Scooter-Händlern',
    category: 'customer_outreach',
    context:
      'Die meisten E-Scooter werden im Fachhandel und in Elektronikmärkten gekauft. Dort wird beim Kauf bisher keine ' +
      'Versicherung angeboten; Kundinnen und Kunden suchen sie erst, wenn das Kennzeichen fehlt.',
    options: ['Kein Partnerprogramm', 'QR-Code am Verkaufsort mit Händlerprovision', 'Abschluss direkt an der Kasse über ein Händlerportal'],
    choice: 'Pilot mit QR-Code-Aufstellern und 5 € Provision pro Abschluss bei 20 Händlern in drei Städten.',
    rationale: 'Entwurf – Provisionsmodell und rechtliche Einordnung (Tippgeber statt Vermittler) werden noch mit dem Recht geklärt.',
    budgetImpactCents: 3_000_000,
    personalData: false,
    newVendor: false,
    affectedServices: ['escooter-app'],
    links: [],
    outcome: 'proposed',
    createdOn: '2026-11-26',
    approvals: [],
  },

  // ---- Other teams ----
  {
    key: 'schaden-bildauswertung',
    team: 'schadenmeldung',
    proposer: 'markus.schmitz',
    title: 'KI-Bildauswertung für Kfz-Glas- und Blechschäden',
    category: 'technology',
    context:
      'Bei Kfz-Schäden bis 2.000 € beauftragen wir heute fast immer einen Gutachter (Ø 180 €, 6 Tage). Die Fotos aus der ' +
      'Schadenmeldung-App reichen in vier von fünf Fällen, um den Schaden zu kalkulieren.',
    options: ['Gutachter wie bisher', 'KI-Bildauswertung in die Dunkelverarbeitung integrieren', 'Fotos nur zur Vorsortierung für Gutachter nutzen'],
    choice: 'KI-Bildauswertung (eigenes Modell auf der MLOps-Plattform) als Teil der Dunkelverarbeitung; Gutachter nur bei unsicherem Ergebnis.',
    rationale:
      'Spart jährlich rund 1,1 Mio. € Gutachterkosten und verkürzt die Regulierung auf einen Tag. Die Investition von ' +
      '320.000 € und die Verarbeitung von Fotos mit Kennzeichen und Personen brauchen Freigaben von Portfolio-Board und ' +
      'Datenschutz; der kritische Dunkelverarbeitungs-Service die der Informationssicherheit.',
    budgetImpactCents: 32_000_000,
    personalData: true,
    newVendor: false,
    affectedServices: ['dunkelverarbeitung', 'mlops'],
    links: [{ label: 'Business Case Bildauswertung', url: `${WIKI}/schaden/bildauswertung/business-case` }],
    outcome: 'decided',
    createdOn: '2026-06-15',
    submittedOn: '2026-06-17',
    approvals: [
      {
        role: 'portfolio_board',
        approver: 'christiane.albrecht',
        verdict: 'approve',
        comment: 'Freigegeben im Portfolio-Board vom 1. Juli; Einsparungen bitte im Quartals-Business-Review nachweisen.',
        on: '2026-07-01',
      },
      {
        role: 'data_protection_officer',
        approver: 'petra.vogt',
        verdict: 'approve',
        comment: 'Freigegeben mit Auflage: Gesichter und Kennzeichen Unbeteiligter werden vor dem Training unkenntlich gemacht.',
        on: '2026-07-06',
      },
      {
        role: 'ciso',
        approver: 'lisa.brandt',
        verdict: 'approve',
        comment: 'Freigegeben. Modell-Endpunkte nur im internen Netz, Zugriff über das API-Gateway.',
        on: '2026-07-08',
      },
    ],
  },
  {
    key: 'makler-bipro-sso',
    team: 'maklerportal',
    proposer: 'sebastian.schmid',
    title: 'Single Sign-on für Maklerpools über BiPRO-Norm 260 (TAA)',
    category: 'technology',
    context:
      'Makler arbeiten in den Portalen ihrer Maklerpools und müssen sich für jeden Versicherer neu anmelden. Vier große ' +
      'Pools verlangen Single Sign-on über die BiPRO-Norm 260 als Voraussetzung für eine Listung.',
    options: ['Eigene Anmeldung beibehalten', 'BiPRO 260 (Security Token Service) an der Maklerschnittstelle'],
    choice: 'BiPRO 260 an der Partner-/Maklerschnittstelle; Anmeldung der Makler aus den Pool-Portalen ohne zweite Anmeldung.',
    rationale: 'Voraussetzung für die Listung bei den vier Pools mit zusammen 30 % des Maklergeschäfts. Die Schnittstelle ist kritisch, daher Freigabe durch die Informationssicherheit.',
    budgetImpactCents: 4_500_000,
    personalData: false,
    newVendor: false,
    affectedServices: ['bipro', 'maklerportal'],
    links: [{ label: 'BiPRO-Norm 260', url: 'https://www.bipro.net/normen' }],
    outcome: 'decided',
    createdOn: '2026-05-11',
    submittedOn: '2026-05-12',
    approvals: [
      {
        role: 'ciso',
        approver: 'lisa.brandt',
        verdict: 'approve',
        comment: 'Freigegeben; Token-Lebensdauer höchstens 8 Stunden, Vertrauensstellung je Pool vertraglich absichern.',
        on: '2026-05-19',
      },
    ],
  },
  {
    key: 'kfz-vergleichsportale',
    team: 'kfz-tarifrechner',
    proposer: 'nadine.krause',
    title: 'Anbindung an zwei Vergleichsportale zum Wechselgeschäft 2027',
    category: 'vendor',
    context:
      'Im Kfz-Wechselgeschäft kommt mehr als die Hälfte der Neukunden über Vergleichsportale. Der alte Tarifrechner ist ' +
      'nur bei einem Portal gelistet, mit veralteter Schnittstelle.',
    options: ['Nur das bisherige Portal', 'Zwei führende Portale mit dem neuen Tarifrechner', 'Alle großen Portale auf einmal'],
    choice: 'Verträge mit zwei führenden Vergleichsportalen; Anbindung des neuen Tarifrechners bis September 2027.',
    rationale:
      'Zwei Portale decken rund 80 % des Portalgeschäfts. Einrichtungsgebühren und Mindestabnahme von 95.000 € liegen über ' +
      'dem Autonomielimit; ein Portal ist ein neuer Vertragspartner.',
    budgetImpactCents: 9_500_000,
    personalData: false,
    newVendor: true,
    affectedServices: ['kfz-tarifrechner'],
    links: [{ label: 'Portalstrategie Kfz', url: `${WIKI}/kfz-tarifrechner/portale` }],
    outcome: 'pending_approval',
    createdOn: '2026-11-23',
    submittedOn: '2026-11-25',
    approvals: [
      {
        role: 'procurement',
        approver: 'martina.lehmann',
        verdict: 'approve',
        comment: 'Vertragsentwürfe geprüft; Kündigungsfrist auf drei Monate verhandelt.',
        on: '2026-11-30',
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Self-check (pure)
// ---------------------------------------------------------------------------------------------

const SERVICE_KIND: Record<ServiceKind, true> = { business_service: true, core_service: true, data_platform: true, ai_service: true };
const PROVIDED: ReadonlySet<ServiceKind> = new Set<ServiceKind>(['core_service', 'data_platform', 'ai_service']);
const CRITICALITY_RANK: Record<Criticality, number> = { low: 0, medium: 1, high: 2, critical: 3 };
const LIFECYCLE: Record<ServiceLifecycle, true> = { planned: true, live: true, deprecated: true, retired: true };
const CATEGORY: Record<DecisionCategory, true> = {
  price: true,
  technology: true,
  customer_outreach: true,
  budget: true,
  vendor: true,
  data_legal: true,
  people: true,
};
const FREQUENCY: Record<DemoCadence['frequency'], true> = { weekly: true, biweekly: true, monthly: true, quarterly: true, yearly: true };
const OUTCOME: Record<DemoOutcome, true> = { proposed: true, pending_approval: true, decided: true, rejected: true, superseded: true };
const KEY = /^[a-z][a-z0-9_]{1,49}$/;
const APPROVING_ROLES: ReadonlySet<OrgRole> = new Set<OrgRole>(['admin', 'portfolio_office', 'member']);

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function isUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

const covers = (m: DemoMembership, date: string) => m.startDate <= date && (m.endDate == null || m.endDate >= date);

/** The approver roles the demo decision rights require for a decision (same semantics as core's evaluateDecision). */
export function requiredDemoApprovals(d: Pick<DemoDecision, 'team' | 'category' | 'budgetImpactCents' | 'personalData' | 'newVendor' | 'affectedServices'>): string[] {
  const limit = demoTeamAutonomy[d.team] ?? demoDecisionRules.defaultAutonomyLimitCents;
  const criticalities = d.affectedServices.map((k) => demoServices.find((s) => s.key === k)?.criticality).filter((c): c is Criticality => c !== undefined);
  const highest = criticalities.reduce((top, c) => Math.max(top, CRITICALITY_RANK[c]), -1);
  const roles: string[] = [];
  for (const rule of demoDecisionRules.rules) {
    const w = rule.when;
    const holds =
      (w.categories === undefined || w.categories.includes(d.category)) &&
      (w.budgetImpactAboveCents === undefined || d.budgetImpactCents > w.budgetImpactAboveCents) &&
      (w.exceedsTeamLimit === undefined || d.budgetImpactCents > limit) &&
      (w.personalData === undefined || d.personalData) &&
      (w.newVendor === undefined || d.newVendor) &&
      (w.serviceCriticalityAtLeast === undefined || highest >= CRITICALITY_RANK[w.serviceCriticalityAtLeast]);
    if (holds && !roles.includes(rule.approverRole)) roles.push(rule.approverRole);
  }
  return roles;
}

/** Returns the list of violations; empty when the operating model data is consistent. */
export function checkDemoOperatingModel(): string[] {
  const errors: string[] = [];
  const people = new Set(demoPeople.map((p) => p.key));
  const teams = new Map(demoTeams.map((t) => [t.key, t]));
  const userOf = new Map(demoUsers.filter((u) => u.person !== null).map((u) => [u.person!, u]));

  // Roles
  const roles = new Map<string, DemoRole>();
  for (const r of demoRoles) {
    const where = `role ${r.key}`;
    if (!KEY.test(r.key)) errors.push(`${where}: key is not lower_snake_case`);
    if (roles.has(r.key)) errors.push(`${where}: duplicate key`);
    roles.set(r.key, r);
    if (!r.name.trim() || r.name.length > 120) errors.push(`${where}: name must be 1..120 characters`);
    if (r.responsibilities.length > 4000) errors.push(`${where}: responsibilities longer than 4000 characters`);
    if (new Set(r.holderIds).size !== r.holderIds.length) errors.push(`${where}: duplicate holder`);
    for (const h of r.holderIds) {
      if (!people.has(h)) errors.push(`${where}: holder ${h} is not a person`);
      if (r.approver) {
        const u = userOf.get(h);
        if (!u) errors.push(`${where}: holder ${h} has no user and cannot approve`);
        else if (!APPROVING_ROLES.has(u.role)) errors.push(`${where}: holder ${h} is a ${u.role} and cannot approve`);
      }
    }
    if (r.approver && r.holderIds.length === 0) errors.push(`${where}: an approver role needs a holder`);
  }
  for (const key of ['business_lead', 'it_lead', 'team_member', 'portfolio_office', 'portfolio_board', 'data_protection_officer', 'ciso', 'procurement', 'platform_owner']) {
    if (!roles.has(key)) errors.push(`roles: default role ${key} missing`);
  }
  if (roles.size > 100) errors.push('roles: more than 100');

  const cadenceKeys = new Set<string>();
  for (const c of demoCadences) {
    if (!KEY.test(c.key)) errors.push(`cadence ${c.key}: key is not lower_snake_case`);
    if (cadenceKeys.has(c.key)) errors.push(`cadence ${c.key}: duplicate key`);
    cadenceKeys.add(c.key);
    if (!(c.frequency in FREQUENCY)) errors.push(`cadence ${c.key}: unknown frequency ${c.frequency}`);
    if (c.participants.length > 500) errors.push(`cadence ${c.key}: participants longer than 500 characters`);
  }
  if (!Number.isInteger(DEMO_DECISION_WAIT_DAYS) || DEMO_DECISION_WAIT_DAYS < 1 || DEMO_DECISION_WAIT_DAYS > 365) errors.push('decisionWaitDays out of 1..365');

  // Decision rights
  const cents = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (!cents(demoDecisionRules.defaultAutonomyLimitCents)) errors.push('rules: default autonomy limit is not whole, non-negative cents');
  const ruleKeys = new Set<string>();
  for (const r of demoDecisionRules.rules) {
    const where = `rule ${r.key}`;
    if (!KEY.test(r.key)) errors.push(`${where}: key is not lower_snake_case`);
    if (ruleKeys.has(r.key)) errors.push(`${where}: duplicate key`);
    ruleKeys.add(r.key);
    if (!Object.values(r.when).some((v) => v !== undefined)) errors.push(`${where}: needs at least one condition`);
    const role = roles.get(r.approverRole);
    if (!role) errors.push(`${where}: approver role ${r.approverRole} is not a role`);
    else if (!role.approver) errors.push(`${where}: role ${r.approverRole} is not an approver role`);
    if (r.when.budgetImpactAboveCents !== undefined && !cents(r.when.budgetImpactAboveCents)) errors.push(`${where}: threshold is not whole cents`);
    for (const c of r.when.categories ?? []) if (!(c in CATEGORY)) errors.push(`${where}: unknown category ${c}`);
  }
  for (const [team, limit] of Object.entries(demoTeamAutonomy)) {
    if (!teams.has(team)) errors.push(`autonomy: unknown team ${team}`);
    if (!cents(limit)) errors.push(`autonomy ${team}: limit is not whole cents`);
  }

  // Services
  const services = new Map<string, DemoService>();
  const serviceNames = new Set<string>();
  for (const s of demoServices) {
    const where = `service ${s.key}`;
    if (services.has(s.key)) errors.push(`${where}: duplicate key`);
    if (serviceNames.has(s.name.toLowerCase())) errors.push(`${where}: duplicate name ${s.name}`);
    serviceNames.add(s.name.toLowerCase());
    if (!s.name.trim() || s.name.length > 120) errors.push(`${where}: name must be 1..120 characters`);
    if (s.description.length > 4000) errors.push(`${where}: description longer than 4000 characters`);
    if (!(s.kind in SERVICE_KIND)) errors.push(`${where}: unknown kind ${s.kind}`);
    if (!(s.criticality in CRITICALITY_RANK)) errors.push(`${where}: unknown criticality ${s.criticality}`);
    if (!(s.lifecycle in LIFECYCLE)) errors.push(`${where}: unknown lifecycle ${s.lifecycle}`);
    if (s.links.length > 20) errors.push(`${where}: more than 20 links`);
    for (const l of s.links) if (!isUrl(l.url) || !l.label.trim() || l.label.length > 120) errors.push(`${where}: invalid link ${l.label} ${l.url}`);
    if (s.serviceLevels.length > 20) errors.push(`${where}: more than 20 service levels`);
    for (const sl of s.serviceLevels) if (!sl.name.trim() || !sl.target.trim() || sl.name.length > 120 || sl.target.length > 120) errors.push(`${where}: invalid service level ${sl.name}`);
    if (s.ownerTeam !== null) {
      const owner = teams.get(s.ownerTeam);
      if (!owner) errors.push(`${where}: unknown owner team ${s.ownerTeam}`);
      else if (PROVIDED.has(s.kind) && owner.kind !== 'platform') errors.push(`${where}: a ${s.kind} is provided by a platform team, not ${s.ownerTeam}`);
    } else if (PROVIDED.has(s.kind)) {
      errors.push(`${where}: a provided service needs an owner (only the unowned business service is a demo signal)`);
    }
    if (s.kind === 'business_service') {
      if (s.unit !== null || s.unitPriceCents !== null) errors.push(`${where}: business services have no unit or price`);
    } else {
      if (s.unit === null || !s.unit.trim() || s.unit.length > 120) errors.push(`${where}: a provided service needs a unit`);
      if (s.unitPriceCents !== null && !cents(s.unitPriceCents)) errors.push(`${where}: price is not whole, non-negative cents`);
      if (s.unitPriceCents === null && s.lifecycle !== 'planned') errors.push(`${where}: only a planned provided service may lack a price`);
    }
    if (new Set(s.dependsOn).size !== s.dependsOn.length) errors.push(`${where}: duplicate dependency`);
    for (const dep of s.dependsOn) {
      // Declared earlier means the graph is acyclic and the seeder can create services in this order.
      if (dep === s.key) errors.push(`${where}: depends on itself`);
      else if (!services.has(dep)) errors.push(`${where}: depends on ${dep}, which is unknown or declared later`);
      else if (services.get(dep)!.lifecycle === 'retired' && s.lifecycle !== 'retired') errors.push(`${where}: depends on retired ${dep}`);
    }
    services.set(s.key, s);
  }
  const signals = {
    unownedLive: demoServices.filter((s) => s.ownerTeam === null && s.lifecycle === 'live').length,
    plannedUnpriced: demoServices.filter((s) => PROVIDED.has(s.kind) && s.lifecycle === 'planned' && s.unitPriceCents === null).length,
    deprecated: demoServices.filter((s) => s.lifecycle === 'deprecated').length,
    retired: demoServices.filter((s) => s.lifecycle === 'retired').length,
  };
  for (const [k, n] of Object.entries(signals)) if (n < 1) errors.push(`services: no ${k} service`);

  // Consumption
  const months = demoMonths();
  if (months.length !== 18) errors.push(`consumption: ${months.length} months instead of 18`);
  const monthSet = new Set(months);
  const seen = new Set<string>();
  const rows = demoConsumption();
  for (const c of rows) {
    const where = `consumption ${c.team}/${c.service}/${c.month}`;
    if (seen.has(`${c.team}/${c.service}/${c.month}`)) errors.push(`${where}: duplicate`);
    seen.add(`${c.team}/${c.service}/${c.month}`);
    if (!monthSet.has(c.month)) errors.push(`${where}: month outside ${DEMO_CONSUMPTION_FROM}..${DEMO_CONSUMPTION_TO}`);
    if (!Number.isSafeInteger(c.quantity) || c.quantity < 0) errors.push(`${where}: quantity ${c.quantity} is not a non-negative integer`);
    const team = teams.get(c.team);
    const s = services.get(c.service);
    if (!team) errors.push(`${where}: unknown team`);
    if (!s) {
      errors.push(`${where}: unknown service`);
      continue;
    }
    if (!PROVIDED.has(s.kind)) errors.push(`${where}: business services are not consumed`);
    if (s.lifecycle === 'planned' || s.lifecycle === 'retired') errors.push(`${where}: ${s.lifecycle} services are not consumed`);
    if (s.unitPriceCents === null) errors.push(`${where}: service has no price`);
    if (s.ownerTeam === c.team) errors.push(`${where}: a team does not consume its own service`);
    // A team consumes only once it has members.
    if (team && !team.members.some((m) => m.startDate.slice(0, 7) <= c.month)) errors.push(`${where}: the team has no members yet`);
  }
  if (rows.length > 10_000) errors.push(`consumption: ${rows.length} rows do not fit one batch of 10,000`);

  // Decisions
  const decisions = new Map<string, DemoDecision>();
  const supersededBy = new Map<string, DemoDecision>();
  for (const d of demoDecisions) {
    const where = `decision ${d.key}`;
    if (decisions.has(d.key)) errors.push(`${where}: duplicate key`);
    const team = teams.get(d.team);
    if (!team) errors.push(`${where}: unknown team ${d.team}`);
    else if (team.stage === 'proposed' || team.stage === 'sunset') {
      // proposed teams may record decisions too, but the demo keeps them to working teams
      errors.push(`${where}: team ${d.team} is ${team.stage}`);
    }
    if (!d.title.trim() || d.title.length > 200) errors.push(`${where}: title must be 1..200 characters`);
    if (!(d.category in CATEGORY)) errors.push(`${where}: unknown category ${d.category}`);
    if (!(d.outcome in OUTCOME)) errors.push(`${where}: unknown outcome ${d.outcome}`);
    if (d.context.length > 8000 || d.rationale.length > 8000 || d.choice.length > 4000) errors.push(`${where}: text too long`);
    if (d.options.length > 20 || d.options.some((o) => !o.trim() || o.length > 1000)) errors.push(`${where}: invalid options`);
    if (!cents(d.budgetImpactCents)) errors.push(`${where}: budget impact is not whole, non-negative cents`);
    for (const l of d.links) if (!isUrl(l.url) || !l.label.trim() || l.label.length > 120) errors.push(`${where}: invalid link ${l.label} ${l.url}`);
    for (const s of d.affectedServices) if (!services.has(s)) errors.push(`${where}: unknown service ${s}`);

    // Proposer: a current member of the team with a user that may record decisions
    const u = userOf.get(d.proposer);
    if (!people.has(d.proposer)) errors.push(`${where}: proposer ${d.proposer} is not a person`);
    else if (!u) errors.push(`${where}: proposer ${d.proposer} has no user`);
    else if (u.role === 'viewer') errors.push(`${where}: proposer ${d.proposer} is a viewer`);
    // The seeder acts on the decision's own dates, and may run later than DEMO_TODAY: the proposer's
    // membership has to cover those dates and still run.
    for (const date of [d.createdOn, d.submittedOn ?? d.createdOn]) {
      if (team && !team.members.some((m) => m.person === d.proposer && covers(m, date) && m.endDate == null)) {
        errors.push(`${where}: proposer ${d.proposer} is not a member of ${d.team} on ${date} with a running membership`);
      }
    }

    // Dates
    if (!isIsoDate(d.createdOn) || d.createdOn > DEMO_TODAY) errors.push(`${where}: invalid created date ${d.createdOn}`);
    if (d.outcome === 'proposed') {
      if (d.submittedOn !== undefined) errors.push(`${where}: a draft is not submitted`);
    } else if (d.submittedOn === undefined || !isIsoDate(d.submittedOn) || d.submittedOn < d.createdOn || d.submittedOn > DEMO_TODAY) {
      errors.push(`${where}: needs a submitted date between created date and ${DEMO_TODAY}`);
    }
    if (d.submittedDaysAgo !== undefined && (d.submittedOn === undefined || daysBetween(d.submittedOn, DEMO_TODAY) !== d.submittedDaysAgo)) {
      errors.push(`${where}: submittedDaysAgo ${d.submittedDaysAgo} does not match submitted date ${d.submittedOn}`);
    }

    // Approvals against the decision rights
    const required = requiredDemoApprovals(d);
    let last = d.submittedOn ?? d.createdOn;
    const given = new Set<string>();
    for (const a of d.approvals) {
      const aw = `${where}, approval ${a.role}`;
      if (!required.includes(a.role)) errors.push(`${aw}: role is not required (required: ${required.join(', ') || 'none'})`);
      if (given.has(a.role)) errors.push(`${aw}: given twice`);
      given.add(a.role);
      const role = roles.get(a.role);
      if (!role?.holderIds.includes(a.approver)) errors.push(`${aw}: ${a.approver} does not hold the role`);
      if (a.approver === d.proposer) errors.push(`${aw}: the proposer approves their own decision`);
      if (!isIsoDate(a.on) || a.on < last || a.on > DEMO_TODAY) errors.push(`${aw}: date ${a.on} not between the previous step and ${DEMO_TODAY}`);
      last = a.on;
      if (a.comment.length > 4000) errors.push(`${aw}: comment too long`);
    }
    const rejected = d.approvals.some((a) => a.verdict === 'reject');
    const allApproved = required.every((r) => d.approvals.some((a) => a.role === r && a.verdict === 'approve'));
    if (rejected && d.approvals[d.approvals.length - 1]!.verdict !== 'reject') errors.push(`${where}: nothing follows a rejection`);
    switch (d.outcome) {
      case 'proposed':
        if (d.approvals.length) errors.push(`${where}: a draft has no approvals`);
        break;
      case 'pending_approval':
        if (required.length === 0) errors.push(`${where}: pending, but the decision rights make it the team's own call`);
        if (rejected || allApproved) errors.push(`${where}: pending, but its approvals already settle it`);
        break;
      case 'decided':
      case 'superseded':
        if (rejected || !allApproved) errors.push(`${where}: ${d.outcome}, but required approvals (${required.join(', ')}) are not all given`);
        break;
      case 'rejected':
        if (!rejected) errors.push(`${where}: rejected, but nobody rejected it`);
        break;
    }

    if (d.supersedes !== undefined) {
      const old = decisions.get(d.supersedes);
      if (!old) errors.push(`${where}: supersedes ${d.supersedes}, which is unknown or recorded later`);
      else {
        if (old.team !== d.team) errors.push(`${where}: supersedes a decision of another team`);
        if (old.outcome !== 'superseded') errors.push(`${where}: supersedes ${old.key}, whose outcome should then be superseded`);
        if (supersededBy.has(old.key)) errors.push(`${where}: ${old.key} is superseded twice`);
        supersededBy.set(old.key, d);
        const oldDone = old.approvals.at(-1)?.on ?? old.submittedOn ?? old.createdOn;
        if (d.createdOn < oldDone) errors.push(`${where}: created before ${old.key} was decided`);
      }
      if (d.outcome !== 'decided') errors.push(`${where}: a superseding decision in the demo is decided`);
    }
    decisions.set(d.key, d);
  }
  for (const d of demoDecisions) {
    if (d.outcome === 'superseded' && !supersededBy.has(d.key)) errors.push(`decision ${d.key}: superseded, but no later decision replaces it`);
  }
  const escooter = demoDecisions.filter((d) => d.team === 'escooter');
  for (const outcome of Object.keys(OUTCOME) as DemoOutcome[]) {
    if (!escooter.some((d) => d.outcome === outcome)) errors.push(`decisions: no E-Scooter decision ends ${outcome}`);
  }
  if (!escooter.some((d) => d.outcome === 'decided' && requiredDemoApprovals(d).length === 0)) errors.push('decisions: no E-Scooter decision is its own call');
  const waiting = escooter.filter((d) => d.outcome === 'pending_approval' && d.submittedOn && daysBetween(d.submittedOn, DEMO_TODAY) > DEMO_DECISION_WAIT_DAYS);
  if (waiting.length === 0) errors.push('decisions: no E-Scooter decision waits longer than the decision wait days');

  return errors;
}
