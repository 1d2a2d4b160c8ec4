/**
 * Demo workspace data, part 3: the change programme of "Musterversicherung AG" — a German maturity
 * model, three rounds of maturity assessments, two anonymous pulse surveys, learning offers with
 * their completions and the transformation roadmap.
 *
 * Pure data, no I/O. People, teams and users are referred to by the keys of demo-data.ts. The seeder
 * writes everything through the core use cases, acting as the people named here on the dates given
 * (shifted by the days between DEMO_TODAY and the day it runs, so the open survey stays open and
 * overdue milestones stay overdue). `checkDemoChange()` at the bottom verifies what it relies on.
 *
 * Maturity model: the portfolio office publishes version 2 — the six default dimensions (same keys
 * as 0005_default_maturity_model.sql) in German — before the baseline round, and every round rates
 * against version 2. Version 1 (the English default) stays in the history, unassessed; all three
 * rounds compare on the same names and level descriptions.
 *
 * Surveys: an answer counts for the one survey team its author belongs to. Every answerer here is,
 * on the answer date and after it, a member of exactly one of the survey's teams, so the team an
 * answer counts for is never ambiguous.
 *
 * Texts are German on purpose (see demo-data.ts). Dates are written against DEMO_TODAY (2026-12-01).
 */
import { AUDIENCES, INITIATIVE_STATUSES, MIN_ANONYMITY, sideOf } from '../../contracts/index.ts';
import { DEMO_TODAY, demoPeople, demoTeams, demoUsers, type DemoMembership, type DemoTeam } from './demo-data.ts';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type Audience = (typeof AUDIENCES)[number];
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const DIMENSION_KEYS = ['mandate_strategy', 'structure_roles', 'culture_mindset', 'ways_of_working', 'technology_platforms', 'data_ai'] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

export interface DemoDimension {
  key: DimensionKey;
  name: string;
  description: string;
  /** What level 1…5 looks like, in order */
  levels: [string, string, string, string, string];
}

/** [level, target level, evidence] */
export type DemoRating = [number, number, string];

export interface DemoAssessment {
  key: string;
  /** DemoTeam.key */
  team: string;
  /** DemoPerson.key: a lead of the team with a member user, or the portfolio office as facilitator */
  assessor: string;
  /** YYYY-MM-DD */
  assessedOn: string;
  ratings: Record<DimensionKey, DemoRating>;
  notes: string;
}

export interface DemoStatement {
  key: string;
  text: string;
}

export interface DemoSurveyAnswer {
  /** DemoPerson.key of a current member of `team` with a user */
  person: string;
  /** DemoTeam.key: the survey team the answer counts for */
  team: string;
  /** YYYY-MM-DD, inside the survey's window */
  on: string;
  /** 1..5 per statement, in the survey's statement order */
  ratings: number[];
  comment?: string;
}

export interface DemoSurvey {
  key: string;
  title: string;
  intro: string;
  statements: DemoStatement[];
  freeTextPrompt: string | null;
  /** DemoTeam.key */
  teams: string[];
  /** YYYY-MM-DD */
  opensOn: string;
  /** YYYY-MM-DD, inclusive */
  closesOn: string;
  minResponses: number;
  /** DemoPerson.key of the portfolio office user who writes it */
  createdBy: string;
  /** YYYY-MM-DD */
  createdOn: string;
  answers: DemoSurveyAnswer[];
}

export interface DemoCompletionCohort {
  /** YYYY-MM-DD */
  on: string;
  /** DemoPerson.key */
  people: string[];
}

export interface DemoLearningOffer {
  key: string;
  title: string;
  description: string;
  expectedFor: Audience[];
  durationHours: number | null;
  /** YYYY-MM-DD */
  createdOn: string;
  cohorts: DemoCompletionCohort[];
}

export interface DemoMilestone {
  title: string;
  /** YYYY-MM-DD */
  dueOn: string;
  /** YYYY-MM-DD; absent while open */
  doneOn?: string;
}

export interface DemoInitiative {
  key: string;
  title: string;
  description: string;
  /** DemoPerson.key */
  owner: string;
  /** DemoTeam.key */
  teams: string[];
  status: InitiativeStatus;
  startDate: string;
  endDate: string;
  /** YYYY-MM-DD: written into the roadmap (with its milestones) by the portfolio office */
  createdOn: string;
  milestones: DemoMilestone[];
}

/** The portfolio office; writes the model, surveys, offers and roadmap and facilitates baseline assessments. */
export const DEMO_CHANGE_OFFICE = 'sabine.hoffmann';

// ---------------------------------------------------------------------------------------------
// Maturity model, version 2 (German; same keys as the default)
// ---------------------------------------------------------------------------------------------

export const DEMO_MATURITY_MODEL_ON = '2025-11-17';

export const demoMaturityDimensions: DemoDimension[] = [
  {
    key: 'mandate_strategy',
    name: 'Mandat & Strategie',
    description: 'Wie klar das Team ein Produkt, eine Plattform oder ein Kundensegment verantwortet und auf Geschäftsziele ausrichtet.',
    levels: [
      'Kein klares Mandat; Arbeit kommt als Projekte und Anforderungen herein.',
      'Ein Mandat steht auf dem Papier; die Prioritäten kommen weiter von außen.',
      'Das Team verantwortet sein Mandat und setzt Prioritäten gemeinsam mit seinen Stakeholdern.',
      'Das Team steuert nach Ergebnissen und nach eigenen Umsatz- oder Kostenzielen.',
      'Mandat, Budget und Ziele sind ein Kreislauf, den das Team selbst steuert.',
    ],
  },
  {
    key: 'structure_roles',
    name: 'Struktur & Rollen',
    description: 'Doppelspitze, stabile Besetzung und klare Rollen über Fachbereich und IT hinweg.',
    levels: [
      'Fachbereich und IT sitzen in getrennten Linienorganisationen.',
      'Es gibt ein gemeinsames Team, aber Berichtslinien und Kapazitäten liegen woanders.',
      'Business Lead und IT-Lead führen gemeinsam; die meisten Mitglieder sind dem Team langfristig zugeordnet.',
      'Rollen und Entscheidungsrechte sind klar und werden gelebt; es gibt kaum noch Übergaben.',
      'Das Team passt seine Struktur selbst an, wenn sich sein Mandat weiterentwickelt.',
    ],
  },
  {
    key: 'culture_mindset',
    name: 'Kultur & Mindset',
    description: 'Vom Verhältnis zwischen Auftraggeber und Auftragnehmer zu Partnern, die gemeinsam entscheiden.',
    levels: [
      'Die IT liefert, der Fachbereich fordert.',
      'Guter Wille ist da, Entscheidungen werden aber noch eskaliert.',
      'Fachbereich und IT entscheiden im Team gemeinsam.',
      'Gemeinsame Verantwortung für Ergebnisse – auch für Fehlschläge.',
      'Partnerschaft ist selbstverständlich und strahlt auf Nachbarteams aus.',
    ],
  },
  {
    key: 'ways_of_working',
    name: 'Arbeitsweise',
    description: 'Iterative Lieferung, Rückmeldung von Kundinnen und Kunden und kontinuierliche Verbesserung.',
    levels: [
      'Plangetriebene Projekte mit langen Releasezyklen.',
      'Agile Rituale in Teilen des Teams.',
      'Kurze Zyklen von der Idee bis zu Kundinnen und Kunden, mit regelmäßiger Rückmeldung.',
      'Experimente und Kennzahlen bestimmen, was gebaut wird.',
      'Kontinuierliche Auslieferung und Verbesserung sind Routine.',
    ],
  },
  {
    key: 'technology_platforms',
    name: 'Technologie & Plattformen',
    description: 'Nutzung standardisierter Kernservices und Self-Service-Plattformen statt Individuallösungen.',
    levels: [
      'Individuelle Systeme; jede Änderung braucht die zentrale IT.',
      'Einige Kernservices werden genutzt; vieles ist noch Eigenbau.',
      'Das Team baut über dokumentierte Schnittstellen auf standardisierten Kernservices auf.',
      'Self-Service-Plattformen decken den Großteil ab; das Team betreibt seine Services selbst.',
      'Das Team trägt selbst zu den Plattformen bei.',
    ],
  },
  {
    key: 'data_ai',
    name: 'Daten & KI',
    description: 'Zugang zu Datenplattformen und KI (Copilot und andere) im Arbeitsalltag und im Produkt.',
    levels: [
      'Daten sind schwer erreichbar; Entscheidungen beruhen auf Meinungen.',
      'Es gibt Berichte, zentral und auf Anfrage erstellt.',
      'Das Team nutzt die Datenplattform und KI-Werkzeuge selbst.',
      'Daten und KI sind Teil des Produkts und täglicher Entscheidungen.',
      'Das Team schafft Datenprodukte, auf denen andere aufbauen.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Assessments: baseline (Dec 2025, facilitated by the portfolio office), spring and autumn 2026 (by the leads)
// ---------------------------------------------------------------------------------------------

export const demoAssessments: DemoAssessment[] = [
  // Runde 1 – Baseline, moderiert vom Portfolio Office
  {
    key: 'escooter-1',
    team: 'escooter',
    assessor: 'sabine.hoffmann',
    assessedOn: '2025-12-10',
    notes: 'Baseline, moderiert vom Portfolio Office. Schwerpunkt bis zum Verkehrsjahr 2026: Entscheidungen im Team halten, eigene Daten nutzen.',
    ratings: {
      mandate_strategy: [3, 4, 'Mandat für die App-only-Versicherung junger Erwachsener steht; Ziele für Policen und Neukunden zum Verkehrsjahr 2026 vereinbart.'],
      structure_roles: [3, 4, 'Doppelspitze Schulte/Becker seit September; Aktuariat, Recht und Daten nur zur Hälfte im Team.'],
      culture_mindset: [2, 4, 'Guter Wille, aber Tarif- und Marketingfragen landen noch beim Vorstand Privatkunden.'],
      ways_of_working: [3, 4, 'Zweiwöchige Sprints, erste Nutzertests mit Studierenden; Releases noch an den Takt des Kernsystems gebunden.'],
      technology_platforms: [2, 4, 'Quote & Bind API im Aufbau; die Policierung läuft noch über eine Einzelanbindung an die Bestandsführung.'],
      data_ai: [2, 4, 'Kennzahlen kommen als Monatsreport aus dem Controlling; keine eigenen Dashboards.'],
    },
  },
  {
    key: 'schadenmeldung-1',
    team: 'schadenmeldung',
    assessor: 'sabine.hoffmann',
    assessedOn: '2025-12-11',
    notes: 'Baseline, moderiert vom Portfolio Office.',
    ratings: {
      mandate_strategy: [3, 4, 'Mandat für die digitale Schadenmeldung klar; Zielwert für die Durchlaufzeit vereinbart.'],
      structure_roles: [3, 4, 'Doppelspitze Schmitz/Koch; Fachexpertise Schaden fest im Team.'],
      culture_mindset: [2, 4, 'Deckungsregeln werden noch mit der Schadenabteilung außerhalb des Teams abgestimmt.'],
      ways_of_working: [2, 4, 'Quartalsreleases; Rückmeldung von Kundinnen und Kunden nur über Beschwerden.'],
      technology_platforms: [2, 4, 'Upload-Strecke eigenentwickelt; Anbindung an die Schadensachbearbeitung per Dateitransfer.'],
      data_ai: [2, 4, 'Schadenzahlen aus dem zentralen Reporting, mit vier Wochen Verzug.'],
    },
  },
  {
    key: 'maklerportal-1',
    team: 'maklerportal',
    assessor: 'sabine.hoffmann',
    assessedOn: '2025-12-12',
    notes: 'Baseline, moderiert vom Portfolio Office.',
    ratings: {
      mandate_strategy: [2, 3, 'Mandat beschrieben, Prioritäten setzt weiter der Maklervertrieb in der Linie.'],
      structure_roles: [2, 3, 'Doppelspitze benannt; Entwicklerinnen und Entwickler noch in der IT-Linie geführt.'],
      culture_mindset: [2, 3, 'Der Vertrieb bestellt Funktionen, die IT liefert; Eskalationen über die Bereichsleitung.'],
      ways_of_working: [2, 3, 'Scrum in der Entwicklung, der Vertrieb nimmt an Reviews selten teil.'],
      technology_platforms: [2, 3, 'BiPRO-Anbindung als Eigenbau; Courtagedaten per nächtlichem Export.'],
      data_ai: [1, 3, 'Courtage- und Bestandsdaten nur über Excel-Auszüge.'],
    },
  },
  {
    key: 'kernsystem-1',
    team: 'kernsystem',
    assessor: 'sabine.hoffmann',
    assessedOn: '2025-12-15',
    notes: 'Baseline, moderiert vom Portfolio Office. Die Host-Migration bindet einen Großteil der Kapazität.',
    ratings: {
      mandate_strategy: [2, 3, 'Plattformmandat beschrieben; Prioritäten entstehen aus Anforderungen der Sparten.'],
      structure_roles: [2, 3, 'Doppelspitze besteht; Betrieb und Host-Entwicklung berichten weiter in die IT-Linie.'],
      culture_mindset: [1, 3, 'Fusion-Teams werden als Auftraggeber gesehen; Anfragen laufen über Tickets.'],
      ways_of_working: [2, 3, 'Zwei große Releases im Jahr; agile Arbeit nur im Cloud-Betrieb.'],
      technology_platforms: [3, 4, 'Kernservices mit dokumentierten APIs für Bestand und Inkasso.'],
      data_ai: [2, 3, 'Bestandsdaten fließen nächtlich in die Datenplattform; eigene Nutzung gering.'],
    },
  },
  {
    key: 'daten-ki-1',
    team: 'daten-ki',
    assessor: 'sabine.hoffmann',
    assessedOn: '2025-12-16',
    notes: 'Baseline, moderiert vom Portfolio Office.',
    ratings: {
      mandate_strategy: [3, 4, 'Plattformauftrag klar: Daten und KI für alle Teams; Nutzerzahlen als Ziel.'],
      structure_roles: [3, 4, 'Doppelspitze Weber/Jung; Datenschutz und Informationssicherheit fest beteiligt.'],
      culture_mindset: [3, 4, 'Fachliche und technische Fragen werden im Team gemeinsam entschieden.'],
      ways_of_working: [2, 4, 'Die Plattform wird in Projekten ausgebaut; wenig Rückmeldung der nutzenden Teams.'],
      technology_platforms: [3, 4, 'Data Lake und Data Warehouse in Betrieb; Self-Service noch in Vorbereitung.'],
      data_ai: [3, 5, 'Das Team arbeitet selbst datenbasiert; der KI-Zugang für alle ist erst im Aufbau.'],
    },
  },

  // Runde 2 – Frühjahr 2026, durch die Business Leads
  {
    key: 'escooter-2',
    team: 'escooter',
    assessor: 'katharina.schulte',
    assessedOn: '2026-05-20',
    notes: 'Nach dem Start des Verkehrsjahres 2026. Preis und Kampagnen erstmals vollständig im Team entschieden.',
    ratings: {
      mandate_strategy: [4, 5, 'Das Team steuert nach Policen, Beitragseinnahmen und Kosten je Police; die Autonomiegrenze von 75.000 € gilt.'],
      structure_roles: [4, 4, 'Feste Besetzung; Social Media nach einem Wechsel neu besetzt, ohne dass Wissen verloren ging.'],
      culture_mindset: [3, 4, 'Den Preis für das Verkehrsjahr 2026 hat das Team entschieden, nicht eskaliert.'],
      ways_of_working: [4, 5, 'A/B-Tests im Onboarding; die Abschlussquote in der App ist die Leitkennzahl.'],
      technology_platforms: [3, 4, 'Quote & Bind API auf den Kernservices; Kennzeichenausgabe über den Partner-Service.'],
      data_ai: [3, 4, 'Eigenes Dashboard auf der Datenplattform; das ganze Team im Copilot-Pilot.'],
    },
  },
  {
    key: 'schadenmeldung-2',
    team: 'schadenmeldung',
    assessor: 'markus.schmitz',
    assessedOn: '2026-05-21',
    notes: '',
    ratings: {
      mandate_strategy: [3, 4, 'Dunkelverarbeitungsquote als Ziel aufgenommen; das Budget wird weiter zentral geplant.'],
      structure_roles: [3, 4, 'Backend-Verstärkung seit März; Testautomatisierung zu einem Drittel extern.'],
      culture_mindset: [3, 4, 'Den Schwellenwert für die Dunkelverarbeitung hat das Team selbst entschieden.'],
      ways_of_working: [3, 4, 'Monatliche Releases, Feedback-Funktion in der App.'],
      technology_platforms: [2, 4, 'Migration auf die Schaden-API des Kernsystems verschoben.'],
      data_ai: [3, 4, 'Das Betrugserkennungsmodell der Datenplattform läuft im Pilot.'],
    },
  },
  {
    key: 'maklerportal-2',
    team: 'maklerportal',
    assessor: 'thomas.lange',
    assessedOn: '2026-05-22',
    notes: '',
    ratings: {
      mandate_strategy: [2, 3, 'Roadmap gemeinsam erstellt, aber Vorgaben aus der Vertriebsplanung überwiegen.'],
      structure_roles: [3, 4, 'Alle Entwicklerinnen und Entwickler fest im Team; B2B-Marketing neu an Bord.'],
      culture_mindset: [2, 3, 'Mehr Vertrauen, aber Preis- und Courtagefragen gehen weiter nach oben.'],
      ways_of_working: [3, 4, 'Der Maklerbeirat testet jede neue Funktion vor dem Release.'],
      technology_platforms: [2, 3, 'Dokumentenpostfach auf dem Output-Management des Kernsystems.'],
      data_ai: [2, 3, 'Erster Courtagebericht auf der Datenplattform, noch zentral gebaut.'],
    },
  },
  {
    key: 'kernsystem-2',
    team: 'kernsystem',
    assessor: 'michael.schneider',
    assessedOn: '2026-05-26',
    notes: 'Host-Migration hat Vorrang.',
    ratings: {
      mandate_strategy: [2, 3, 'Stückpreise für Kernservices veröffentlicht; die Roadmap bestimmen weiter Großprojekte.'],
      structure_roles: [2, 3, 'Die Host-Migration bindet die Hälfte des Teams; Rollen unverändert.'],
      culture_mindset: [2, 3, 'API-Sprechstunde für Fusion-Teams eingeführt.'],
      ways_of_working: [2, 3, 'Releasezyklus unverändert halbjährlich.'],
      technology_platforms: [3, 4, 'Schaden-API und Partner-API fertiggestellt.'],
      data_ai: [2, 3, 'Keine Veränderung gegenüber der Baseline.'],
    },
  },
  {
    key: 'daten-ki-2',
    team: 'daten-ki',
    assessor: 'carina.weber',
    assessedOn: '2026-05-27',
    notes: '',
    ratings: {
      mandate_strategy: [3, 4, 'Den Copilot-Rollout für das ganze Haus als Auftrag übernommen.'],
      structure_roles: [3, 4, 'Der Entwickler für das GenAI-Gateway ist fest im Team.'],
      culture_mindset: [3, 4, 'Offene Sprechstunden mit den Fusion-Teams.'],
      ways_of_working: [3, 4, 'Rückmeldungen aus der Sprechstunde steuern das Backlog.'],
      technology_platforms: [4, 5, 'GenAI-Gateway produktiv; Self-Service-Zugänge automatisiert.'],
      data_ai: [4, 5, 'Betrugserkennung und Copilot laufen auf der eigenen Plattform.'],
    },
  },

  // Runde 3 – Herbst 2026, durch die Leads (Kfz-Tarifrechner erstmals)
  {
    key: 'escooter-3',
    team: 'escooter',
    assessor: 'katharina.schulte',
    assessedOn: '2026-11-18',
    notes: 'Deutlicher Sprung bei Kultur und Daten. Nächstes Ziel: Budget und Ziele als eigener Kreislauf.',
    ratings: {
      mandate_strategy: [4, 5, 'Ziele, Budget 2027 und Preisrahmen selbst vorgeschlagen; die Freigabe des Budgets steht noch aus.'],
      structure_roles: [4, 5, 'Rollen und Entscheidungsrechte werden gelebt; die Vertretung der Doppelspitze ist geregelt.'],
      culture_mindset: [4, 5, 'Die gescheiterte Sommerkampagne gemeinsam ausgewertet und offen im Business Review vorgestellt.'],
      ways_of_working: [4, 5, 'Experimente entscheiden über neue Funktionen; Release jede Woche.'],
      technology_platforms: [4, 5, 'Betreibt App und API selbst auf der Cloud-Plattform; kaum noch Tickets an die zentrale IT.'],
      data_ai: [4, 5, 'Betrugssignale der Datenplattform im Abschluss; KI-Assistent im App-Chat im Test.'],
    },
  },
  {
    key: 'schadenmeldung-3',
    team: 'schadenmeldung',
    assessor: 'markus.schmitz',
    assessedOn: '2026-11-19',
    notes: '',
    ratings: {
      mandate_strategy: [3, 4, 'Unverändert: Ziele im Team, Budget zentral.'],
      structure_roles: [3, 4, 'Der Testautomatisierer ist zum Kfz-Tarifrechner gewechselt; die Lücke ist noch offen.'],
      culture_mindset: [3, 4, 'Gemeinsame Entscheidungen sind Alltag; die Verantwortung für Fehlschläge ist noch ungleich verteilt.'],
      ways_of_working: [3, 4, 'Kurze Zyklen, aber abhängig vom Releasetermin des Kernsystems.'],
      technology_platforms: [3, 4, 'Schaden-API im Einsatz; der Dateitransfer ist abgeschaltet.'],
      data_ai: [3, 4, 'Betrugsmodell produktiv; eigene Auswertungen auf der Datenplattform.'],
    },
  },
  {
    key: 'maklerportal-3',
    team: 'maklerportal',
    assessor: 'sebastian.schmid',
    assessedOn: '2026-11-20',
    notes: 'Kultur bleibt das Thema: Courtageentscheidungen liegen weiter außerhalb des Teams.',
    ratings: {
      mandate_strategy: [3, 4, 'Das Team verantwortet Angebots-Durchlaufquote und Maklerzufriedenheit als Ziele.'],
      structure_roles: [3, 4, 'Eine Agile Coach unterstützt zur Hälfte; die Rollen im Team sind geklärt.'],
      culture_mindset: [2, 3, 'Entscheidungen zur Courtage bleiben beim Vertriebsvorstand; das Team wünscht sich mehr Spielraum.'],
      ways_of_working: [3, 4, 'Zweiwöchige Releases, Rückmeldung aus dem Maklerbeirat.'],
      technology_platforms: [2, 3, 'Der BiPRO-Eigenbau ist noch nicht auf den Standard-Integrationsservice umgestellt.'],
      data_ai: [2, 3, 'Self-Service-Analytics beantragt, aber noch nicht genutzt.'],
    },
  },
  {
    key: 'kernsystem-3',
    team: 'kernsystem',
    assessor: 'michael.schneider',
    assessedOn: '2026-11-24',
    notes: 'Stillstand seit der Baseline; Thema für das nächste Portfolio-Review.',
    ratings: {
      mandate_strategy: [2, 3, 'Die Host-Abschaltung hat Vorrang; Ziele als Plattformteam sind noch nicht vereinbart.'],
      structure_roles: [2, 3, 'Der Host-Entwickler ist ausgeschieden, die Nachfolge offen.'],
      culture_mindset: [2, 3, 'Die Zusammenarbeit ist freundlich, Prioritäten entstehen aber weiter per Eskalation.'],
      ways_of_working: [2, 3, 'Quartalsreleases angekündigt, noch nicht umgesetzt.'],
      technology_platforms: [3, 4, 'Bestandsführung in der Cloud; Inkasso noch auf dem Host.'],
      data_ai: [2, 3, 'Die Datenqualität der Bestandsdaten bremst die Fusion-Teams.'],
    },
  },
  {
    key: 'daten-ki-3',
    team: 'daten-ki',
    assessor: 'carina.weber',
    assessedOn: '2026-11-25',
    notes: '',
    ratings: {
      mandate_strategy: [4, 5, 'Nutzung der Plattform je Team als Zielgröße; Stückpreise eingeführt.'],
      structure_roles: [3, 4, 'Zwei Rollen nur zur Hälfte besetzt; Engpass beim Data Engineering.'],
      culture_mindset: [3, 4, 'Gute Partnerschaft, aber Anfragen stauen sich beim Datenkatalog.'],
      ways_of_working: [3, 4, 'Monatliche Releases der Plattform.'],
      technology_platforms: [4, 5, 'Self-Service für Analytics und Modelle; Betrieb rund um die Uhr.'],
      data_ai: [4, 5, 'Datenkatalog für alle Teams freigeschaltet; erste Datenprodukte in Arbeit.'],
    },
  },
  {
    key: 'kfz-tarifrechner-1',
    team: 'kfz-tarifrechner',
    assessor: 'nadine.krause',
    assessedOn: '2026-11-26',
    notes: 'Erstes Assessment, acht Wochen nach der Beauftragung.',
    ratings: {
      mandate_strategy: [3, 4, 'Mandat und Ablösetermin Ende 2027 klar; Ziele für das Wechselgeschäft vereinbart.'],
      structure_roles: [3, 4, 'Doppelspitze seit Oktober; Aktuariat und Design nur anteilig im Team.'],
      culture_mindset: [3, 4, 'Mitglieder aus anderen Fusion-Teams bringen die Zusammenarbeit mit.'],
      ways_of_working: [2, 4, 'Erste Sprints; noch kein Kontakt zu Kundinnen und Kunden.'],
      technology_platforms: [2, 4, 'Das Tarifmodell liegt noch im alten Tarifrechner; die Zielarchitektur ist in Arbeit.'],
      data_ai: [3, 4, 'Pricing Analytics arbeitet von Beginn an auf der Datenplattform.'],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Pulse surveys: one closed (June 2026), one open on DEMO_TODAY
// ---------------------------------------------------------------------------------------------

const PULSE_STATEMENTS: DemoStatement[] = [
  { key: 'joint_decisions', text: 'Business und IT entscheiden in meinem Team gemeinsam.' },
  { key: 'business_impact', text: 'Ich verstehe, wie unsere Arbeit zum Geschäftsergebnis beiträgt.' },
  { key: 'data_ai_daily', text: 'Wir nutzen Daten und KI im Alltag.' },
  { key: 'speak_up', text: 'Ich kann Fehler ansprechen, ohne Nachteile zu fürchten.' },
  { key: 'customer_feedback', text: 'Wir bekommen regelmäßig Rückmeldung von Kundinnen und Kunden zu dem, was wir bauen.' },
];
const PULSE_INTRO =
  'Fünf Aussagen, zwei Minuten: Wie erlebst du die Zusammenarbeit in deinem Team? Die Antworten sind anonym; ' +
  'Ergebnisse eines Teams zeigt Tandem erst ab fünf Antworten.';
const PULSE_PROMPT = 'Was sollten wir als Nächstes ändern, damit die Zusammenarbeit in deinem Team leichter wird?';

type Row = [person: string, on: string, ratings: number[], comment?: string];
const answers = (team: string, rows: Row[]): DemoSurveyAnswer[] =>
  rows.map(([person, on, ratings, comment]) => ({ person, team, on, ratings, ...(comment ? { comment } : {}) }));

export const demoSurveys: DemoSurvey[] = [
  {
    key: 'pulse-2026-summer',
    title: 'Pulsbefragung Zusammenarbeit – Sommer 2026',
    intro: PULSE_INTRO,
    statements: PULSE_STATEMENTS,
    freeTextPrompt: PULSE_PROMPT,
    teams: ['escooter', 'schadenmeldung', 'maklerportal', 'kernsystem', 'daten-ki'],
    opensOn: '2026-06-01',
    closesOn: '2026-06-19',
    minResponses: 5,
    createdBy: DEMO_CHANGE_OFFICE,
    createdOn: '2026-05-25',
    answers: [
      ...answers('escooter', [
        ['katharina.schulte', '2026-06-02', [5, 5, 4, 5, 5]],
        ['jonas.becker', '2026-06-02', [5, 4, 4, 5, 4], 'Die Entscheidungen zum Verkehrsjahr lagen bei uns – das hat man gemerkt.'],
        ['mehmet.yilmaz', '2026-06-03', [4, 4, 4, 4, 4]],
        ['lena.fischer', '2026-06-04', [4, 4, 3, 5, 5]],
        ['sophie.wagner', '2026-06-08', [5, 4, 3, 4, 5], 'Nutzertests jede Woche – bitte unbedingt beibehalten.'],
        ['leonie.hartmann', '2026-06-09', [4, 5, 4, 4, 4]],
        ['tim.krueger', '2026-06-10', [4, 4, 3, 4, 4]],
        ['stefan.braun', '2026-06-15', [3, 4, 3, 4, 3], 'Das Aktuariat ist nur zur Hälfte im Team; Tarifthemen bleiben manchmal liegen.'],
      ]),
      ...answers('schadenmeldung', [
        ['markus.schmitz', '2026-06-02', [4, 4, 3, 4, 4]],
        ['daniel.koch', '2026-06-03', [4, 3, 3, 4, 3]],
        ['fatma.arslan', '2026-06-05', [3, 3, 2, 4, 3], 'Die Abhängigkeit vom Releasetermin des Kernsystems bremst uns.'],
        ['lukas.zimmermann', '2026-06-08', [3, 3, 3, 3, 3]],
        ['sandra.klein', '2026-06-11', [4, 4, 2, 3, 4], 'Schadendaten bekommen wir zu spät, um daraus zu lernen.'],
        ['jan.wolf', '2026-06-16', [3, 3, 2, 4, 4]],
      ]),
      ...answers('maklerportal', [
        ['thomas.lange', '2026-06-03', [3, 4, 2, 3, 3]],
        ['sebastian.schmid', '2026-06-04', [3, 3, 2, 4, 3], 'Courtagefragen sollten wir im Team entscheiden dürfen.'],
        ['christian.meyer', '2026-06-09', [2, 4, 2, 3, 4]],
        ['ivana.kovacevic', '2026-06-10', [3, 2, 2, 4, 3]],
        ['moritz.schaefer', '2026-06-17', [2, 3, 2, 3, 2], 'Vertrieb und Entwicklung planen noch getrennt.'],
      ]),
      ...answers('daten-ki', [
        ['carina.weber', '2026-06-02', [4, 4, 5, 4, 3]],
        ['tobias.jung', '2026-06-03', [4, 3, 5, 4, 3]],
        ['maximilian.frank', '2026-06-05', [3, 3, 5, 4, 2], 'Wir hören zu selten direkt von den Teams, die unsere Plattform nutzen.'],
        ['priya.sharma', '2026-06-09', [4, 3, 5, 5, 3]],
        ['niklas.horn', '2026-06-12', [3, 3, 5, 4, 3]],
      ]),
      // Three answers: below the minimum, the team's result stays hidden.
      ...answers('kernsystem', [
        ['michael.schneider', '2026-06-04', [3, 3, 2, 3, 2]],
        ['claudia.fuchs', '2026-06-10', [3, 2, 2, 3, 2], 'Die Host-Migration lässt keine Zeit für Neues.'],
        ['heike.baumann', '2026-06-18', [2, 3, 2, 3, 2]],
      ]),
    ],
  },
  {
    key: 'pulse-2026-winter',
    title: 'Pulsbefragung Zusammenarbeit – Winter 2026',
    intro: PULSE_INTRO,
    statements: PULSE_STATEMENTS,
    freeTextPrompt: PULSE_PROMPT,
    teams: ['escooter', 'schadenmeldung', 'maklerportal', 'kfz-tarifrechner', 'kernsystem', 'daten-ki'],
    opensOn: '2026-11-23',
    closesOn: '2026-12-14',
    minResponses: 5,
    createdBy: DEMO_CHANGE_OFFICE,
    createdOn: '2026-11-16',
    answers: [
      ...answers('escooter', [
        ['katharina.schulte', '2026-11-23', [5, 5, 5, 5, 5]],
        ['jonas.becker', '2026-11-23', [5, 5, 4, 5, 5]],
        ['mehmet.yilmaz', '2026-11-24', [5, 4, 4, 5, 4], 'Copilot spart mir jeden Tag Zeit beim Schreiben von Tests.'],
        ['lena.fischer', '2026-11-24', [4, 5, 4, 5, 5]],
        ['sophie.wagner', '2026-11-25', [5, 4, 4, 5, 5]],
        ['leonie.hartmann', '2026-11-26', [5, 5, 5, 4, 4], 'Die offene Auswertung der Sommerkampagne hat gutgetan.'],
        ['tim.krueger', '2026-11-27', [4, 4, 4, 5, 4]],
      ]),
      ...answers('schadenmeldung', [
        ['markus.schmitz', '2026-11-23', [4, 4, 4, 4, 4]],
        ['daniel.koch', '2026-11-24', [4, 4, 3, 4, 3]],
        ['fatma.arslan', '2026-11-25', [4, 3, 3, 4, 3]],
        ['lukas.zimmermann', '2026-11-26', [3, 4, 3, 4, 3], 'Wir brauchen wieder eine feste Testautomatisierung im Team.'],
        ['sandra.klein', '2026-11-30', [4, 4, 4, 4, 4], 'Das Betrugsmodell hilft in der Sachbearbeitung spürbar.'],
      ]),
      ...answers('maklerportal', [
        ['thomas.lange', '2026-11-24', [3, 4, 3, 3, 4]],
        ['sebastian.schmid', '2026-11-24', [3, 4, 3, 4, 4]],
        ['christian.meyer', '2026-11-25', [3, 4, 3, 3, 4], 'Der Maklerbeirat bringt uns näher an die Praxis.'],
        ['ivana.kovacevic', '2026-11-27', [3, 3, 3, 4, 3]],
        ['moritz.schaefer', '2026-11-30', [3, 3, 2, 4, 3]],
      ]),
      // Three answers so far: below the minimum.
      ...answers('kfz-tarifrechner', [
        ['nadine.krause', '2026-11-24', [4, 4, 3, 4, 3]],
        ['florian.huber', '2026-11-25', [4, 3, 3, 4, 3]],
        ['yusuf.oeztuerk', '2026-11-26', [3, 3, 4, 4, 2], 'Wir sollten früher mit echten Kundinnen und Kunden testen.'],
      ]),
      ...answers('kernsystem', [
        ['michael.schneider', '2026-11-24', [3, 3, 2, 3, 2]],
        ['claudia.fuchs', '2026-11-25', [3, 3, 3, 3, 2]],
        ['heike.baumann', '2026-11-25', [2, 3, 2, 3, 2]],
        ['sven.lorenz', '2026-11-26', [3, 2, 2, 3, 2], 'Wir erfahren zu spät, was die Fusion-Teams vorhaben.'],
        ['peter.keller', '2026-11-30', [2, 3, 2, 2, 2]],
      ]),
      ...answers('daten-ki', [
        ['carina.weber', '2026-11-23', [4, 4, 5, 4, 4]],
        ['tobias.jung', '2026-11-24', [4, 4, 5, 4, 4]],
        ['maximilian.frank', '2026-11-25', [4, 3, 5, 4, 3], 'Zu viele Anfragen an den Datenkatalog, zu wenige Hände.'],
        ['priya.sharma', '2026-11-26', [4, 4, 5, 5, 4]],
        ['niklas.horn', '2026-11-27', [4, 3, 5, 4, 4]],
      ]),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Enablement: learning offers and who completed them (in cohorts)
// ---------------------------------------------------------------------------------------------

export const demoLearningOffers: DemoLearningOffer[] = [
  {
    key: 'fusion-teams',
    title: 'Arbeiten in Fusion-Teams',
    description:
      'Grundlagen des Zielbilds: Mandat, Doppelspitze, Entscheidungsrechte und Kernservices – und wie Fachbereich und IT ' +
      'im Team gemeinsam Verantwortung für Kundennutzen und Ergebnis übernehmen. Mit Fallbeispielen aus den ersten Teams.',
    expectedFor: ['all_members'],
    durationHours: 8,
    createdOn: '2025-09-15',
    cohorts: [
      { on: '2025-09-26', people: ['katharina.schulte', 'jonas.becker', 'stefan.braun', 'markus.schmitz', 'daniel.koch', 'thomas.lange', 'sebastian.schmid', 'carina.weber', 'tobias.jung', 'michael.schneider', 'claudia.fuchs'] },
      { on: '2025-10-24', people: ['mehmet.yilmaz', 'lena.fischer', 'sophie.wagner', 'aylin.demir', 'julia.weiss', 'fatma.arslan', 'lukas.zimmermann', 'sandra.klein', 'christian.meyer'] },
      { on: '2025-11-28', people: ['leonie.hartmann', 'jan.wolf', 'olga.nowak', 'ralf.hahn', 'ivana.kovacevic', 'moritz.schaefer', 'maximilian.frank', 'priya.sharma'] },
      { on: '2026-03-13', people: ['tim.krueger', 'nikola.petrovic', 'hannah.bauer', 'zeynep.celik', 'niklas.horn', 'johannes.berg', 'heike.baumann', 'sven.lorenz'] },
      { on: '2026-11-13', people: ['nadine.krause', 'florian.huber', 'emre.sahin', 'yusuf.oeztuerk', 'laura.engel'] },
    ],
  },
  {
    key: 'product-ownership-it',
    title: 'Product Ownership für IT-Expertinnen und -Experten',
    description:
      'Vom Umsetzen zum Verantworten: Kundenprobleme verstehen, Hypothesen formulieren, Backlogs nach Wirkung ordnen und ' +
      'mit dem Business Lead über Prioritäten und Budget entscheiden.',
    expectedFor: ['it_side'],
    durationHours: 16,
    createdOn: '2025-10-01',
    cohorts: [
      { on: '2025-11-14', people: ['jonas.becker', 'mehmet.yilmaz', 'daniel.koch', 'sebastian.schmid', 'tobias.jung'] },
      { on: '2026-02-20', people: ['lena.fischer', 'sophie.wagner', 'aylin.demir', 'fatma.arslan', 'ivana.kovacevic', 'maximilian.frank'] },
      { on: '2026-06-12', people: ['claudia.fuchs', 'priya.sharma', 'niklas.horn', 'lukas.zimmermann'] },
      { on: '2026-11-06', people: ['florian.huber'] },
    ],
  },
  {
    key: 'copilot',
    title: 'Copilot im Arbeitsalltag',
    description:
      'Copilot sicher und wirksam nutzen: Texte, Auswertungen und Code mit KI erstellen, Ergebnisse prüfen, was nicht in ' +
      'einen Prompt gehört (personenbezogene Daten, Geschäftsgeheimnisse) und wie das GenAI-Gateway schützt.',
    expectedFor: ['all_members'],
    durationHours: 4,
    createdOn: '2026-03-02',
    cohorts: [
      { on: '2026-04-17', people: ['katharina.schulte', 'jonas.becker', 'mehmet.yilmaz', 'lena.fischer', 'sophie.wagner', 'leonie.hartmann', 'tim.krueger', 'aylin.demir', 'tobias.jung', 'niklas.horn', 'priya.sharma', 'carina.weber'] },
      { on: '2026-06-19', people: ['stefan.braun', 'markus.schmitz', 'daniel.koch', 'fatma.arslan', 'olga.nowak', 'maximilian.frank', 'johannes.berg', 'thomas.lange', 'sebastian.schmid'] },
      { on: '2026-09-25', people: ['lukas.zimmermann', 'sandra.klein', 'jan.wolf', 'nikola.petrovic', 'ivana.kovacevic', 'moritz.schaefer', 'christian.meyer', 'paula.neumann', 'elena.popescu', 'lisa.brandt'] },
      { on: '2026-11-20', people: ['michael.schneider', 'sven.lorenz', 'nadine.krause', 'laura.engel'] },
    ],
  },
  {
    key: 'data-literacy',
    title: 'Datenkompetenz für Fachexpertinnen und -experten',
    description:
      'Fragen an Daten stellen und selbst beantworten: Datenkatalog, Self-Service-Analytics, Kennzahlen richtig lesen und ' +
      'Entscheidungen mit Daten begründen – ohne auf den Monatsreport zu warten.',
    expectedFor: ['business_side'],
    durationHours: 12,
    createdOn: '2026-01-12',
    cohorts: [
      { on: '2026-02-27', people: ['katharina.schulte', 'leonie.hartmann', 'stefan.braun', 'sandra.klein', 'christian.meyer'] },
      { on: '2026-05-29', people: ['tim.krueger', 'julia.weiss', 'markus.schmitz', 'heike.baumann', 'carina.weber'] },
      { on: '2026-10-30', people: ['thomas.lange', 'paula.neumann', 'nadine.krause'] },
    ],
  },
  {
    key: 'dual-leadership',
    title: 'Führen in der Doppelspitze',
    description:
      'Für Business Leads und IT-Leads: gemeinsam führen, Entscheidungen aufteilen, Konflikte austragen und das Team ' +
      'gegenüber Portfolio Board und Linie vertreten. Drei Module mit kollegialer Fallberatung.',
    expectedFor: ['leads'],
    durationHours: 24,
    createdOn: '2025-08-18',
    cohorts: [
      { on: '2025-09-19', people: ['katharina.schulte', 'jonas.becker', 'markus.schmitz', 'daniel.koch', 'carina.weber', 'tobias.jung'] },
      { on: '2025-11-21', people: ['thomas.lange', 'sebastian.schmid', 'michael.schneider', 'claudia.fuchs'] },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Transformation roadmap
// ---------------------------------------------------------------------------------------------

export const demoInitiatives: DemoInitiative[] = [
  {
    key: 'fusion-teams',
    title: 'Fusion-Teams etablieren',
    description:
      'Fachbereich und IT arbeiten in dauerhaften Fusion-Teams mit eigenem Mandat, Budget und Ergebnisverantwortung. ' +
      'Die Initiative beauftragt neue Teams, begleitet sie mit Reifegradassessments und räumt Hindernisse in der Linie aus dem Weg.',
    owner: 'anna.berger',
    teams: ['escooter', 'schadenmeldung', 'maklerportal', 'kfz-tarifrechner', 'cyber-kmu'],
    status: 'in_progress',
    startDate: '2025-06-01',
    endDate: '2027-06-30',
    createdOn: '2025-06-02',
    milestones: [
      { title: 'Erste Fusion-Teams beauftragt', dueOn: '2025-09-30', doneOn: '2025-09-01' },
      { title: 'Baseline-Reifegradassessment aller Teams', dueOn: '2025-12-19', doneOn: '2025-12-16' },
      { title: 'Kfz-Tarifrechner als viertes Fusion-Team beauftragt', dueOn: '2026-09-30', doneOn: '2026-09-28' },
      { title: 'Cyber-Versicherung für KMU beauftragt', dueOn: '2027-01-29' },
      { title: 'Alle aktiven Teams mindestens auf Reifegrad 3', dueOn: '2027-06-30' },
    ],
  },
  {
    key: 'copilot',
    title: 'Copilot-Rollout',
    description:
      'Alle Mitarbeitenden nutzen Copilot sicher im Arbeitsalltag – über das GenAI-Gateway der Daten- & KI-Plattform, ' +
      'mit Schulung und klaren Regeln für personenbezogene Daten.',
    owner: 'tobias.jung',
    teams: ['daten-ki', 'escooter', 'schadenmeldung', 'maklerportal', 'kernsystem'],
    status: 'in_progress',
    startDate: '2026-01-15',
    endDate: '2026-12-31',
    createdOn: '2026-01-15',
    milestones: [
      { title: 'GenAI-Gateway produktiv', dueOn: '2026-03-31', doneOn: '2026-03-24' },
      { title: 'Copilot-Pilot mit 50 Mitarbeitenden abgeschlossen', dueOn: '2026-05-29', doneOn: '2026-06-05' },
      { title: 'Copilot für alle Mitarbeitenden', dueOn: '2026-10-30' },
      { title: '80 % der Teammitglieder im Kurs „Copilot im Arbeitsalltag“', dueOn: '2026-12-18' },
    ],
  },
  {
    key: 'team-budgets',
    title: 'Budgetprozess je Team',
    description:
      'Budgets werden nicht mehr je Projekt und Abteilung, sondern je Team vergeben: ein Jahresbudget mit quartalsweisen ' +
      'Business Reviews, Kosten und Leistungsverrechnung im Ledger, Freigaben nach den Entscheidungsrechten.',
    owner: 'sabine.hoffmann',
    teams: ['escooter', 'schadenmeldung', 'maklerportal', 'kfz-tarifrechner', 'kernsystem', 'daten-ki'],
    status: 'in_progress',
    startDate: '2026-03-01',
    endDate: '2027-03-31',
    createdOn: '2026-03-02',
    milestones: [
      { title: 'Teambudgets monatlich im Ledger abgebildet', dueOn: '2026-06-30', doneOn: '2026-06-26' },
      { title: 'Budget 2027 je Team freigegeben', dueOn: '2026-11-20' },
      { title: 'Erste quartalsweise Business Reviews je Team', dueOn: '2027-01-29' },
    ],
  },
  {
    key: 'data-platform',
    title: 'Datenplattform für alle',
    description:
      'Jedes Team findet die Daten, die es braucht, im Datenkatalog und wertet sie selbst aus; Datenprodukte für Schaden ' +
      'und Vertrieb entstehen auf der gemeinsamen Plattform statt in Einzellösungen.',
    owner: 'carina.weber',
    teams: ['daten-ki', 'escooter', 'schadenmeldung', 'maklerportal'],
    status: 'in_progress',
    startDate: '2026-02-01',
    endDate: '2027-09-30',
    createdOn: '2026-02-02',
    milestones: [
      { title: 'Datenkatalog für alle Teams freigeschaltet', dueOn: '2026-07-31', doneOn: '2026-08-14' },
      { title: 'Self-Service-Analytics in allen Fusion-Teams', dueOn: '2027-03-31' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Helpers for the seeder and the check (pure)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** A demo date moved by whole days (the seeder moves every date here by the days between DEMO_TODAY and its run). */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const covers = (m: DemoMembership, date: string) => m.startDate <= date && (m.endDate == null || m.endDate >= date);

/** Whom an offer's audience expects on a date, per team (same reading as the enablement contract). */
export function demoExpected(team: DemoTeam, audience: Audience, date = DEMO_TODAY): string[] {
  const discipline = new Map(demoPeople.map((p) => [p.key, p.discipline]));
  const current = [...new Set(team.members.filter((m) => covers(m, date)).map((m) => m.person))];
  switch (audience) {
    case 'all_members':
      return current;
    case 'leads':
      return [team.businessLead, team.itLead].filter((k): k is string => k !== null && current.includes(k));
    case 'business_side':
      return current.filter((k) => sideOf(discipline.get(k)!) === 'business');
    case 'it_side':
      return current.filter((k) => sideOf(discipline.get(k)!) === 'it');
  }
}

/** Share of a team's expected people who completed the offer by DEMO_TODAY; null when it expects nobody there. */
export function demoEnablementShare(offer: DemoLearningOffer, teamKey: string): number | null {
  const team = demoTeams.find((t) => t.key === teamKey);
  if (!team) return null;
  const expected = [...new Set(offer.expectedFor.flatMap((a) => demoExpected(team, a)))];
  if (expected.length === 0) return null;
  const done = new Set(offer.cohorts.filter((c) => c.on <= DEMO_TODAY).flatMap((c) => c.people));
  return expected.filter((k) => done.has(k)).length / expected.length;
}

/** A team's level on a dimension in each of its assessments, oldest first. */
export function demoLevels(teamKey: string, dimension: DimensionKey): number[] {
  return demoAssessments
    .filter((a) => a.team === teamKey)
    .sort((a, b) => (a.assessedOn < b.assessedOn ? -1 : 1))
    .map((a) => a.ratings[dimension][0]);
}

// ---------------------------------------------------------------------------------------------
// Self-check (pure)
// ---------------------------------------------------------------------------------------------

const KEY = /^[a-z][a-z0-9_]{1,49}$/;
const STEERING = new Set(['admin', 'portfolio_office']);

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isLevel = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

/** Returns the list of violations; empty when the change programme data is consistent. */
export function checkDemoChange(): string[] {
  const errors: string[] = [];
  const people = new Set(demoPeople.map((p) => p.key));
  const teams = new Map(demoTeams.map((t) => [t.key, t]));
  const userOf = new Map(demoUsers.filter((u) => u.person !== null).map((u) => [u.person!, u]));
  const office = userOf.get(DEMO_CHANGE_OFFICE);
  if (!office || !STEERING.has(office.role)) errors.push(`office: ${DEMO_CHANGE_OFFICE} needs an admin or portfolio office user`);

  // Maturity model
  const dims = demoMaturityDimensions.map((d) => d.key);
  if (dims.join() !== DIMENSION_KEYS.join()) errors.push(`model: dimensions ${dims.join(', ')} are not the six default keys in order`);
  for (const d of demoMaturityDimensions) {
    if (!KEY.test(d.key)) errors.push(`model ${d.key}: key is not lower_snake_case`);
    if (!d.name.trim() || d.name.length > 120) errors.push(`model ${d.key}: name must be 1..120 characters`);
    if (d.description.length > 2000) errors.push(`model ${d.key}: description longer than 2000 characters`);
    if (d.levels.length !== 5 || d.levels.some((l) => !l.trim() || l.length > 1000)) errors.push(`model ${d.key}: needs five level descriptions of 1..1000 characters`);
  }
  if (!isIsoDate(DEMO_MATURITY_MODEL_ON) || DEMO_MATURITY_MODEL_ON > DEMO_TODAY) errors.push('model: invalid publication date');

  // Assessments
  const assessmentKeys = new Set<string>();
  for (const a of demoAssessments) {
    const where = `assessment ${a.key}`;
    if (assessmentKeys.has(a.key)) errors.push(`${where}: duplicate key`);
    assessmentKeys.add(a.key);
    const team = teams.get(a.team);
    if (!team) {
      errors.push(`${where}: unknown team ${a.team}`);
      continue;
    }
    if (team.stage === 'proposed' || team.stage === 'sunset') errors.push(`${where}: team ${a.team} is ${team.stage}`);
    if (!isIsoDate(a.assessedOn) || a.assessedOn >= DEMO_TODAY) errors.push(`${where}: date ${a.assessedOn} is not a day before ${DEMO_TODAY}`);
    if (a.assessedOn < DEMO_MATURITY_MODEL_ON) errors.push(`${where}: rated before the German model (${DEMO_MATURITY_MODEL_ON}) was published`);
    if (!team.members.some((m) => m.startDate <= a.assessedOn)) errors.push(`${where}: the team has no members on ${a.assessedOn}`);
    const u = userOf.get(a.assessor);
    const isLead = a.assessor === team.businessLead || a.assessor === team.itLead;
    if (!people.has(a.assessor)) errors.push(`${where}: assessor ${a.assessor} is not a person`);
    else if (!u) errors.push(`${where}: assessor ${a.assessor} has no user`);
    else if (!STEERING.has(u.role) && !(isLead && u.role === 'member')) errors.push(`${where}: assessor ${a.assessor} is neither a lead of ${a.team} nor the portfolio office`);
    if (isLead && !team.members.some((m) => m.person === a.assessor && covers(m, a.assessedOn))) errors.push(`${where}: lead ${a.assessor} is not yet a member on ${a.assessedOn}`);
    const keys = Object.keys(a.ratings);
    if (keys.length !== DIMENSION_KEYS.length || DIMENSION_KEYS.some((k) => !(k in a.ratings))) errors.push(`${where}: needs one rating for each of the six dimensions`);
    for (const k of keys) {
      const [level, target, evidence] = a.ratings[k as DimensionKey];
      if (!(DIMENSION_KEYS as readonly string[]).includes(k)) errors.push(`${where}: unknown dimension ${k}`);
      if (!isLevel(level)) errors.push(`${where}, ${k}: level ${level} not in 1..5`);
      if (!isLevel(target)) errors.push(`${where}, ${k}: target ${target} not in 1..5`);
      if (target < level) errors.push(`${where}, ${k}: target ${target} below level ${level}`);
      if (!evidence.trim() || evidence.length > 4000) errors.push(`${where}, ${k}: evidence must be 1..4000 characters`);
    }
    if (a.notes.length > 4000) errors.push(`${where}: notes longer than 4000 characters`);
  }
  // Same team twice on one day would make "latest" ambiguous.
  const teamDays = new Set<string>();
  for (const a of demoAssessments) {
    if (teamDays.has(`${a.team}/${a.assessedOn}`)) errors.push(`assessment ${a.key}: ${a.team} assessed twice on ${a.assessedOn}`);
    teamDays.add(`${a.team}/${a.assessedOn}`);
  }
  for (const t of demoTeams) {
    const n = demoAssessments.filter((a) => a.team === t.key).length;
    if (t.stage === 'active' && n !== 3) errors.push(`assessments: active team ${t.key} has ${n} assessments, not 3`);
  }
  for (const dim of ['culture_mindset', 'data_ai'] as const) {
    const levels = demoLevels('escooter', dim);
    if (levels.length !== 3 || !levels.every((l, i) => i === 0 || l > levels[i - 1]!)) errors.push(`assessments: E-Scooter ${dim} does not rise in every round (${levels.join(' → ')})`);
  }
  const average = (a: DemoAssessment) => DIMENSION_KEYS.reduce((s, k) => s + a.ratings[k][0], 0) / DIMENSION_KEYS.length;
  const stalled = demoTeams.filter((t) => {
    const list = demoAssessments.filter((a) => a.team === t.key).sort((x, y) => (x.assessedOn < y.assessedOn ? -1 : 1));
    return list.length === 3 && average(list[2]!) === average(list[1]!);
  });
  if (stalled.length === 0) errors.push('assessments: no team stalls between the last two rounds');

  // Surveys
  const surveyKeys = new Set<string>();
  const closed = demoSurveys.filter((s) => s.closesOn < DEMO_TODAY);
  const open = demoSurveys.filter((s) => s.opensOn < DEMO_TODAY && s.closesOn > DEMO_TODAY);
  if (closed.length < 1 || open.length < 1) errors.push('surveys: need one closed survey and one open on DEMO_TODAY');
  for (const s of demoSurveys) {
    const where = `survey ${s.key}`;
    if (surveyKeys.has(s.key)) errors.push(`${where}: duplicate key`);
    surveyKeys.add(s.key);
    if (!s.title.trim() || s.title.length > 200) errors.push(`${where}: title must be 1..200 characters`);
    if (s.intro.length > 2000) errors.push(`${where}: intro longer than 2000 characters`);
    if (s.freeTextPrompt !== null && s.freeTextPrompt.length > 500) errors.push(`${where}: prompt longer than 500 characters`);
    if (s.statements.length < 1 || s.statements.length > 30) errors.push(`${where}: needs 1..30 statements`);
    const statementKeys = new Set<string>();
    for (const st of s.statements) {
      if (!KEY.test(st.key)) errors.push(`${where}: statement key ${st.key} is not lower_snake_case`);
      if (statementKeys.has(st.key)) errors.push(`${where}: duplicate statement ${st.key}`);
      statementKeys.add(st.key);
      if (!st.text.trim() || st.text.length > 500) errors.push(`${where}: statement ${st.key} must be 1..500 characters`);
    }
    if (!Number.isInteger(s.minResponses) || s.minResponses < MIN_ANONYMITY || s.minResponses > 100) errors.push(`${where}: minResponses ${s.minResponses} outside ${MIN_ANONYMITY}..100`);
    if (!isIsoDate(s.opensOn) || !isIsoDate(s.closesOn) || s.closesOn < s.opensOn) errors.push(`${where}: invalid window ${s.opensOn}..${s.closesOn}`);
    if (!isIsoDate(s.createdOn) || s.createdOn > s.opensOn) errors.push(`${where}: created ${s.createdOn}, not before it opens`);
    if (s.createdBy !== DEMO_CHANGE_OFFICE) errors.push(`${where}: written by ${s.createdBy}, not the portfolio office`);
    if (new Set(s.teams).size !== s.teams.length) errors.push(`${where}: duplicate team`);
    for (const k of s.teams) {
      const t = teams.get(k);
      if (!t) errors.push(`${where}: unknown team ${k}`);
      else if (!t.members.some((m) => m.startDate <= s.opensOn)) errors.push(`${where}: team ${k} has no members when it opens`);
    }

    const answered = new Set<string>();
    const perTeam = new Map<string, number>();
    for (const a of s.answers) {
      const aw = `${where}, answer of ${a.person}`;
      if (answered.has(a.person)) errors.push(`${aw}: answers a second time`);
      answered.add(a.person);
      const u = userOf.get(a.person);
      if (!people.has(a.person)) errors.push(`${aw}: not a person`);
      else if (!u) errors.push(`${aw}: has no user`);
      if (!s.teams.includes(a.team)) errors.push(`${aw}: team ${a.team} is not asked`);
      if (!isIsoDate(a.on) || a.on < s.opensOn || a.on > s.closesOn) errors.push(`${aw}: date ${a.on} outside the window`);
      if (a.on >= DEMO_TODAY) errors.push(`${aw}: date ${a.on} is not before ${DEMO_TODAY}`);
      // A member of the team on the answer date, and still (the seeder may run after DEMO_TODAY) …
      const team = teams.get(a.team);
      if (team && !team.members.some((m) => m.person === a.person && covers(m, a.on) && m.endDate == null)) {
        errors.push(`${aw}: not a member of ${a.team} on ${a.on} with a running membership`);
      }
      // … and of no other team of the survey from then on, so the answer counts for exactly that team.
      for (const other of s.teams) {
        if (other === a.team) continue;
        if (teams.get(other)?.members.some((m) => m.person === a.person && (m.endDate == null || m.endDate >= a.on))) {
          errors.push(`${aw}: also a member of ${other}, so the team it counts for is ambiguous`);
        }
      }
      if (a.ratings.length !== s.statements.length) errors.push(`${aw}: ${a.ratings.length} ratings for ${s.statements.length} statements`);
      for (const r of a.ratings) if (!isLevel(r)) errors.push(`${aw}: rating ${r} not in 1..5`);
      if ((a.comment ?? '').length > 2000) errors.push(`${aw}: comment longer than 2000 characters`);
      if (a.comment && s.freeTextPrompt === null) errors.push(`${aw}: a comment on a survey without a free-text prompt`);
      perTeam.set(a.team, (perTeam.get(a.team) ?? 0) + 1);
    }
    const shown = s.teams.filter((k) => (perTeam.get(k) ?? 0) >= s.minResponses);
    const hidden = s.teams.filter((k) => (perTeam.get(k) ?? 0) < s.minResponses);
    if (shown.length < 3) errors.push(`${where}: only ${shown.length} teams reach ${s.minResponses} answers`);
    if (hidden.length !== 1) errors.push(`${where}: ${hidden.length} teams below ${s.minResponses} answers, not exactly one`);
    const escooter = perTeam.get('escooter') ?? 0;
    const mean = (team: string) => {
      const list = s.answers.filter((a) => a.team === team).flatMap((a) => a.ratings);
      return list.reduce((x, y) => x + y, 0) / (list.length || 1);
    };
    if (escooter < s.minResponses || s.teams.some((k) => k !== 'escooter' && mean(k) >= mean('escooter'))) errors.push(`${where}: E-Scooter should show and rate highest`);
  }

  // Enablement
  const offerTitles = new Set<string>();
  for (const o of demoLearningOffers) {
    const where = `offer ${o.key}`;
    if (offerTitles.has(o.title)) errors.push(`${where}: duplicate title`);
    offerTitles.add(o.title);
    if (!o.title.trim() || o.title.length > 200) errors.push(`${where}: title must be 1..200 characters`);
    if (o.description.length > 4000) errors.push(`${where}: description longer than 4000 characters`);
    if (o.expectedFor.length > 4 || o.expectedFor.some((a) => !(AUDIENCES as readonly string[]).includes(a))) errors.push(`${where}: invalid audience`);
    if (o.durationHours !== null && (!Number.isInteger(o.durationHours) || o.durationHours < 1 || o.durationHours > 1000)) errors.push(`${where}: invalid duration`);
    if (!isIsoDate(o.createdOn) || o.createdOn > DEMO_TODAY) errors.push(`${where}: invalid creation date`);
    const done = new Set<string>();
    for (const c of o.cohorts) {
      if (!isIsoDate(c.on) || c.on < o.createdOn || c.on >= DEMO_TODAY) errors.push(`${where}: cohort ${c.on} not between creation and ${DEMO_TODAY}`);
      for (const p of c.people) {
        if (!people.has(p)) errors.push(`${where}: unknown person ${p}`);
        if (done.has(p)) errors.push(`${where}: ${p} completes twice`);
        done.add(p);
      }
    }
    const share = demoEnablementShare(o, 'escooter');
    if (share === null || share < 0.8) errors.push(`${where}: E-Scooter share ${share} below 80 %`);
  }
  const wanted = ['Arbeiten in Fusion-Teams', 'Product Ownership für IT-Expertinnen und -Experten', 'Copilot im Arbeitsalltag', 'Datenkompetenz für Fachexpertinnen und -experten', 'Führen in der Doppelspitze'];
  for (const title of wanted) if (!offerTitles.has(title)) errors.push(`offers: ${title} missing`);
  const partly = demoLearningOffers.some((o) => ['kernsystem', 'maklerportal', 'schadenmeldung'].some((t) => (demoEnablementShare(o, t) ?? 1) < 0.6));
  if (!partly) errors.push('offers: every team is as enabled as E-Scooter');

  // Roadmap
  const initiativeTitles = new Set<string>();
  let overdue = 0;
  let upcoming = 0;
  let done = 0;
  for (const i of demoInitiatives) {
    const where = `initiative ${i.key}`;
    if (initiativeTitles.has(i.title)) errors.push(`${where}: duplicate title`);
    initiativeTitles.add(i.title);
    if (!i.title.trim() || i.title.length > 200 || i.description.length > 4000) errors.push(`${where}: title or description too long`);
    if (!people.has(i.owner)) errors.push(`${where}: owner ${i.owner} is not a person`);
    if (new Set(i.teams).size !== i.teams.length) errors.push(`${where}: duplicate team`);
    for (const t of i.teams) if (!teams.has(t)) errors.push(`${where}: unknown team ${t}`);
    if (!(INITIATIVE_STATUSES as readonly string[]).includes(i.status)) errors.push(`${where}: unknown status ${i.status}`);
    if (!isIsoDate(i.startDate) || !isIsoDate(i.endDate) || i.endDate < i.startDate) errors.push(`${where}: invalid dates ${i.startDate}..${i.endDate}`);
    if (!isIsoDate(i.createdOn) || i.createdOn >= DEMO_TODAY) errors.push(`${where}: invalid creation date ${i.createdOn}`);
    const titles = new Set<string>();
    let last = '';
    for (const m of i.milestones) {
      const mw = `${where}, milestone ${m.title}`;
      if (titles.has(m.title)) errors.push(`${mw}: duplicate title`);
      titles.add(m.title);
      if (!m.title.trim() || m.title.length > 200) errors.push(`${mw}: title must be 1..200 characters`);
      if (!isIsoDate(m.dueOn) || m.dueOn < i.startDate || m.dueOn > i.endDate) errors.push(`${mw}: due ${m.dueOn} outside ${i.startDate}..${i.endDate}`);
      if (m.dueOn < last) errors.push(`${mw}: milestones are not in due order`);
      last = m.dueOn;
      if (m.doneOn !== undefined) {
        if (!isIsoDate(m.doneOn) || m.doneOn < i.createdOn || m.doneOn >= DEMO_TODAY) errors.push(`${mw}: done ${m.doneOn} not between creation and ${DEMO_TODAY}`);
        if (m.doneOn < i.startDate) errors.push(`${mw}: done before the initiative starts`);
        done++;
      } else if (m.dueOn < DEMO_TODAY) overdue++;
      else upcoming++;
    }
    if (i.status === 'done' && i.milestones.some((m) => m.doneOn === undefined)) errors.push(`${where}: done with open milestones`);
    if (i.status === 'planned' && i.milestones.some((m) => m.doneOn !== undefined)) errors.push(`${where}: planned with done milestones`);
  }
  if (overdue < 2) errors.push(`roadmap: ${overdue} overdue milestones, need at least two`);
  if (upcoming < 2 || done < 2) errors.push(`roadmap: needs done and upcoming milestones (${done} done, ${upcoming} upcoming)`);

  return errors;
}
