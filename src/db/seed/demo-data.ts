/**
 * Demo workspace data: "Musterversicherung AG", a mid-sized German insurer going digital.
 *
 * Pure data, no I/O. The seeder turns it into people, teams, memberships and users through the
 * core use cases; `checkDemoData()` at the bottom verifies the invariants the seeder relies on
 * (leadership rules, allocation never above 100 % on any date, references, uniqueness).
 *
 * Texts are German on purpose: the demo is a German company, the UI translates labels, not data.
 * "Today" for the demo is 2026-12-01; memberships with an end date before that show history.
 */
import type { Discipline, MandateKind, OrgRole, Stage, TeamKind } from '../../contracts/index.ts';

export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  discipline: Discipline;
  jobTitle: string;
}

export interface DemoMembership {
  /** DemoPerson.key */
  person: string;
  role: string;
  /** 1..100 */
  allocation: number;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD, inclusive; null/absent while the membership runs */
  endDate?: string | null;
}

export interface DemoTeam {
  key: string;
  name: string;
  kind: TeamKind;
  mandateKind: MandateKind;
  mandateScope: string;
  mission: string;
  customerSegment: string;
  stage: Stage;
  /** DemoPerson.key */
  businessLead: string | null;
  /** DemoPerson.key */
  itLead: string | null;
  members: DemoMembership[];
}

export interface DemoUser {
  email: string;
  displayName: string;
  role: OrgRole;
  /** DemoPerson.key */
  person: string | null;
}

export const DEMO_ORGANIZATION = { name: 'Musterversicherung AG', currency: 'EUR', locale: 'de-DE' } as const;
export const DEMO_PASSWORD = 'tandem-demo';
/** The date the demo data is written against. */
export const DEMO_TODAY = '2026-12-01';

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export const demoPeople: DemoPerson[] = [
  // Vorstand, Transformation Office, Stabsfunktionen (in keinem Team)
  { key: 'anna.berger', name: 'Anna Berger', email: 'anna.berger@musterversicherung.de', discipline: 'operations', jobTitle: 'Leiterin Transformation Office' },
  { key: 'sabine.hoffmann', name: 'Sabine Hoffmann', email: 'sabine.hoffmann@musterversicherung.de', discipline: 'finance', jobTitle: 'Portfolio-Controllerin' },
  { key: 'friedrich.kraemer', name: 'Friedrich Krämer', email: 'friedrich.kraemer@musterversicherung.de', discipline: 'operations', jobTitle: 'Vorstand Betrieb und IT' },
  { key: 'guel.aydin', name: 'Gül Aydın', email: 'guel.aydin@musterversicherung.de', discipline: 'finance', jobTitle: 'Controllerin' },
  { key: 'wolfgang.seidel', name: 'Wolfgang Seidel', email: 'wolfgang.seidel@musterversicherung.de', discipline: 'actuarial', jobTitle: 'Verantwortlicher Aktuar' },
  { key: 'petra.vogt', name: 'Petra Vogt', email: 'petra.vogt@musterversicherung.de', discipline: 'legal', jobTitle: 'Leiterin Recht und Compliance' },
  { key: 'sarah.moeller', name: 'Sarah Möller', email: 'sarah.moeller@musterversicherung.de', discipline: 'marketing', jobTitle: 'Leiterin Markenkommunikation' },
  { key: 'juergen.kuehn', name: 'Jürgen Kühn', email: 'juergen.kuehn@musterversicherung.de', discipline: 'it_operations', jobTitle: 'Leiter IT-Betrieb' },
  { key: 'christiane.albrecht', name: 'Christiane Albrecht', email: 'christiane.albrecht@musterversicherung.de', discipline: 'sales', jobTitle: 'Vorständin Privatkunden und Vertrieb' },
  { key: 'martina.lehmann', name: 'Martina Lehmann', email: 'martina.lehmann@musterversicherung.de', discipline: 'finance', jobTitle: 'Leiterin Einkauf' },

  // E-Scooter-Versicherung
  { key: 'katharina.schulte', name: 'Katharina Schulte', email: 'katharina.schulte@musterversicherung.de', discipline: 'product', jobTitle: 'Produktmanagerin' },
  { key: 'jonas.becker', name: 'Jonas Becker', email: 'jonas.becker@musterversicherung.de', discipline: 'engineering', jobTitle: 'Lead-Softwareentwickler' },
  { key: 'mehmet.yilmaz', name: 'Mehmet Yılmaz', email: 'mehmet.yilmaz@musterversicherung.de', discipline: 'engineering', jobTitle: 'Softwareentwickler' },
  { key: 'lena.fischer', name: 'Lena Fischer', email: 'lena.fischer@musterversicherung.de', discipline: 'engineering', jobTitle: 'Mobile-Entwicklerin' },
  { key: 'sophie.wagner', name: 'Sophie Wagner', email: 'sophie.wagner@musterversicherung.de', discipline: 'design', jobTitle: 'UX-Designerin' },
  { key: 'leonie.hartmann', name: 'Leonie Hartmann', email: 'leonie.hartmann@musterversicherung.de', discipline: 'marketing', jobTitle: 'Performance-Marketing-Managerin' },
  { key: 'tim.krueger', name: 'Tim Krüger', email: 'tim.krueger@musterversicherung.de', discipline: 'marketing', jobTitle: 'Social-Media-Manager' },
  { key: 'aylin.demir', name: 'Aylin Demir', email: 'aylin.demir@musterversicherung.de', discipline: 'data', jobTitle: 'Data Analyst' },
  { key: 'julia.weiss', name: 'Julia Weiß', email: 'julia.weiss@musterversicherung.de', discipline: 'legal', jobTitle: 'Syndikusrechtsanwältin' },
  { key: 'stefan.braun', name: 'Stefan Braun', email: 'stefan.braun@musterversicherung.de', discipline: 'actuarial', jobTitle: 'Aktuar' },
  { key: 'paula.neumann', name: 'Paula Neumann', email: 'paula.neumann@musterversicherung.de', discipline: 'marketing', jobTitle: 'Marketing-Managerin' },

  // Digitale Schadenmeldung
  { key: 'markus.schmitz', name: 'Markus Schmitz', email: 'markus.schmitz@musterversicherung.de', discipline: 'operations', jobTitle: 'Leiter Schadenprozesse' },
  { key: 'daniel.koch', name: 'Daniel Koch', email: 'daniel.koch@musterversicherung.de', discipline: 'architecture', jobTitle: 'Solution-Architekt' },
  { key: 'fatma.arslan', name: 'Fatma Arslan', email: 'fatma.arslan@musterversicherung.de', discipline: 'engineering', jobTitle: 'Softwareentwicklerin' },
  { key: 'lukas.zimmermann', name: 'Lukas Zimmermann', email: 'lukas.zimmermann@musterversicherung.de', discipline: 'engineering', jobTitle: 'Softwareentwickler' },
  { key: 'nikola.petrovic', name: 'Nikola Petrović', email: 'nikola.petrovic@musterversicherung.de', discipline: 'engineering', jobTitle: 'Backend-Entwickler' },
  { key: 'olga.nowak', name: 'Olga Nowak', email: 'olga.nowak@musterversicherung.de', discipline: 'data', jobTitle: 'Data Scientist' },
  { key: 'jan.wolf', name: 'Jan Wolf', email: 'jan.wolf@musterversicherung.de', discipline: 'design', jobTitle: 'UX-Designer' },
  { key: 'sandra.klein', name: 'Sandra Klein', email: 'sandra.klein@musterversicherung.de', discipline: 'operations', jobTitle: 'Schadenspezialistin' },
  { key: 'emre.sahin', name: 'Emre Şahin', email: 'emre.sahin@musterversicherung.de', discipline: 'engineering', jobTitle: 'Testautomatisierer' },
  { key: 'ralf.hahn', name: 'Ralf Hahn', email: 'ralf.hahn@musterversicherung.de', discipline: 'it_operations', jobTitle: 'DevOps-Engineer' },

  // Maklerportal
  { key: 'thomas.lange', name: 'Thomas Lange', email: 'thomas.lange@musterversicherung.de', discipline: 'sales', jobTitle: 'Leiter Maklervertrieb' },
  { key: 'sebastian.schmid', name: 'Sebastian Schmid', email: 'sebastian.schmid@musterversicherung.de', discipline: 'engineering', jobTitle: 'Teamleiter Softwareentwicklung' },
  { key: 'christian.meyer', name: 'Christian Meyer', email: 'christian.meyer@musterversicherung.de', discipline: 'sales', jobTitle: 'Maklerbetreuer' },
  { key: 'ivana.kovacevic', name: 'Ivana Kovačević', email: 'ivana.kovacevic@musterversicherung.de', discipline: 'engineering', jobTitle: 'Frontend-Entwicklerin' },
  { key: 'moritz.schaefer', name: 'Moritz Schäfer', email: 'moritz.schaefer@musterversicherung.de', discipline: 'engineering', jobTitle: 'Backend-Entwickler' },
  { key: 'hannah.bauer', name: 'Hannah Bauer', email: 'hannah.bauer@musterversicherung.de', discipline: 'design', jobTitle: 'UI-Designerin' },
  { key: 'ahmet.kaya', name: 'Ahmet Kaya', email: 'ahmet.kaya@musterversicherung.de', discipline: 'security', jobTitle: 'IT-Sicherheitsexperte' },
  { key: 'zeynep.celik', name: 'Zeynep Çelik', email: 'zeynep.celik@musterversicherung.de', discipline: 'operations', jobTitle: 'Agile Coach' },
  { key: 'birgit.schulz', name: 'Birgit Schulz', email: 'birgit.schulz@musterversicherung.de', discipline: 'operations', jobTitle: 'Prozessmanagerin Vertrieb' },

  // Kfz-Tarifrechner
  { key: 'nadine.krause', name: 'Nadine Krause', email: 'nadine.krause@musterversicherung.de', discipline: 'product', jobTitle: 'Produktmanagerin Kfz' },
  { key: 'florian.huber', name: 'Florian Huber', email: 'florian.huber@musterversicherung.de', discipline: 'architecture', jobTitle: 'Softwarearchitekt' },
  { key: 'yusuf.oeztuerk', name: 'Yusuf Öztürk', email: 'yusuf.oeztuerk@musterversicherung.de', discipline: 'data', jobTitle: 'Data Scientist Pricing' },
  { key: 'laura.engel', name: 'Laura Engel', email: 'laura.engel@musterversicherung.de', discipline: 'engineering', jobTitle: 'Softwareentwicklerin' },

  // Cyber-Versicherung für KMU
  { key: 'melanie.roth', name: 'Melanie Roth', email: 'melanie.roth@musterversicherung.de', discipline: 'product', jobTitle: 'Produktmanagerin Gewerbe' },
  { key: 'robert.franke', name: 'Robert Franke', email: 'robert.franke@musterversicherung.de', discipline: 'sales', jobTitle: 'Firmenkundenbetreuer' },
  { key: 'lisa.brandt', name: 'Lisa Brandt', email: 'lisa.brandt@musterversicherung.de', discipline: 'security', jobTitle: 'Informationssicherheitsbeauftragte' },

  // Kernsystem Versicherung
  { key: 'michael.schneider', name: 'Michael Schneider', email: 'michael.schneider@musterversicherung.de', discipline: 'operations', jobTitle: 'Leiter Bestandsverwaltung' },
  { key: 'claudia.fuchs', name: 'Claudia Fuchs', email: 'claudia.fuchs@musterversicherung.de', discipline: 'architecture', jobTitle: 'Enterprise-Architektin' },
  { key: 'peter.keller', name: 'Peter Keller', email: 'peter.keller@musterversicherung.de', discipline: 'it_operations', jobTitle: 'Systemadministrator' },
  { key: 'sven.lorenz', name: 'Sven Lorenz', email: 'sven.lorenz@musterversicherung.de', discipline: 'engineering', jobTitle: 'Softwareentwickler' },
  { key: 'agnieszka.wisniewska', name: 'Agnieszka Wiśniewska', email: 'agnieszka.wisniewska@musterversicherung.de', discipline: 'engineering', jobTitle: 'Softwareentwicklerin' },
  { key: 'heike.baumann', name: 'Heike Baumann', email: 'heike.baumann@musterversicherung.de', discipline: 'finance', jobTitle: 'Fachexpertin Inkasso und Billing' },
  { key: 'dennis.graf', name: 'Dennis Graf', email: 'dennis.graf@musterversicherung.de', discipline: 'engineering', jobTitle: 'Host-Entwickler' },
  { key: 'giuseppe.romano', name: 'Giuseppe Romano', email: 'giuseppe.romano@musterversicherung.de', discipline: 'it_operations', jobTitle: 'Cloud-Engineer' },

  // Daten- & KI-Plattform
  { key: 'carina.weber', name: 'Carina Weber', email: 'carina.weber@musterversicherung.de', discipline: 'product', jobTitle: 'Produktmanagerin Datenplattform' },
  { key: 'tobias.jung', name: 'Tobias Jung', email: 'tobias.jung@musterversicherung.de', discipline: 'architecture', jobTitle: 'Cloud-Architekt' },
  { key: 'maximilian.frank', name: 'Maximilian Frank', email: 'maximilian.frank@musterversicherung.de', discipline: 'data', jobTitle: 'Data Engineer' },
  { key: 'priya.sharma', name: 'Priya Sharma', email: 'priya.sharma@musterversicherung.de', discipline: 'data', jobTitle: 'Machine-Learning-Engineerin' },
  { key: 'niklas.horn', name: 'Niklas Horn', email: 'niklas.horn@musterversicherung.de', discipline: 'engineering', jobTitle: 'Softwareentwickler GenAI' },
  { key: 'elena.popescu', name: 'Elena Popescu', email: 'elena.popescu@musterversicherung.de', discipline: 'legal', jobTitle: 'Datenschutzjuristin' },
  { key: 'johannes.berg', name: 'Johannes Berg', email: 'johannes.berg@musterversicherung.de', discipline: 'it_operations', jobTitle: 'Plattform-Engineer' },
];

// ---------------------------------------------------------------------------------------------
// Teams
// ---------------------------------------------------------------------------------------------

export const demoTeams: DemoTeam[] = [
  {
    key: 'escooter',
    name: 'E-Scooter-Versicherung',
    kind: 'fusion',
    mandateKind: 'customer_segment',
    customerSegment: 'Junge Erwachsene 18–29',
    mandateScope:
      'Kfz-Haftpflichtversicherung für E-Scooter (Elektrokleinstfahrzeuge nach eKFV) samt Versicherungskennzeichen für ' +
      'Privatkunden: Tarif und Bedingungen, vollautomatischer Abschluss ausschließlich in der App – ohne Papier und ohne ' +
      'Makler –, Versand des Versicherungskennzeichens, Verlängerung zum neuen Verkehrsjahr am 1. März, Kündigung und ' +
      'Schadenmeldung in der App. Nicht im Mandat: Kaskoschutz für E-Bikes und Pedelecs.',
    mission:
      'Junge Erwachsene versichern ihren E-Scooter in unter drei Minuten in der App – komplett digital, fair bepreist und ' +
      'ohne Papierkram. Wir machen die Musterversicherung zur ersten Wahl für Mikromobilität und gewinnen eine ' +
      'Kundengruppe, die wir über die klassischen Vertriebswege nicht erreichen.',
    stage: 'active',
    businessLead: 'katharina.schulte',
    itLead: 'jonas.becker',
    members: [
      { person: 'katharina.schulte', role: 'Business Lead', allocation: 100, startDate: '2025-09-01' },
      { person: 'jonas.becker', role: 'IT-Lead', allocation: 100, startDate: '2025-09-01' },
      { person: 'mehmet.yilmaz', role: 'Softwareentwickler', allocation: 100, startDate: '2025-10-01' },
      { person: 'lena.fischer', role: 'Mobile-Entwicklerin', allocation: 100, startDate: '2025-10-01' },
      { person: 'sophie.wagner', role: 'UX-Designerin', allocation: 80, startDate: '2025-10-01' },
      { person: 'leonie.hartmann', role: 'Performance Marketing', allocation: 100, startDate: '2025-11-01' },
      { person: 'paula.neumann', role: 'Social Media', allocation: 100, startDate: '2025-10-01', endDate: '2026-01-31' },
      { person: 'tim.krueger', role: 'Social Media', allocation: 50, startDate: '2026-02-01' },
      { person: 'aylin.demir', role: 'Data Analytics', allocation: 50, startDate: '2025-10-15' },
      { person: 'stefan.braun', role: 'Tarifierung', allocation: 50, startDate: '2025-09-15' },
      { person: 'julia.weiss', role: 'Recht und Regulatorik', allocation: 50, startDate: '2025-10-01' },
    ],
  },
  {
    key: 'schadenmeldung',
    name: 'Digitale Schadenmeldung',
    kind: 'fusion',
    mandateKind: 'product',
    customerSegment: 'Privatkunden Kfz, Hausrat und Wohngebäude',
    mandateScope:
      'Digitale Schadenmeldung für Privatkunden in App und Web: Meldestrecke mit Foto- und Dokumenten-Upload, ' +
      'automatische Deckungsprüfung, Dunkelverarbeitung einfacher Schäden bis 2.000 €, Statusverfolgung für Kundinnen ' +
      'und Kunden sowie Übergabe an die Schadensachbearbeitung im Kernsystem.',
    mission:
      'Einen Schaden melden ist so einfach wie eine Nachricht schreiben: Wir halbieren die Zeit von der Meldung bis zur ' +
      'Auszahlung und regulieren jeden zweiten einfachen Schaden vollautomatisch – damit Kundinnen und Kunden uns gerade ' +
      'im Schadenfall weiterempfehlen.',
    stage: 'active',
    businessLead: 'markus.schmitz',
    itLead: 'daniel.koch',
    members: [
      { person: 'markus.schmitz', role: 'Business Lead', allocation: 100, startDate: '2025-04-01' },
      { person: 'daniel.koch', role: 'IT-Lead', allocation: 100, startDate: '2025-04-01' },
      { person: 'fatma.arslan', role: 'Softwareentwicklerin', allocation: 100, startDate: '2025-05-01' },
      { person: 'lukas.zimmermann', role: 'Softwareentwickler', allocation: 100, startDate: '2025-05-01' },
      { person: 'nikola.petrovic', role: 'Backend-Entwickler', allocation: 100, startDate: '2026-03-01' },
      { person: 'emre.sahin', role: 'Qualitätssicherung', allocation: 100, startDate: '2025-06-01', endDate: '2026-09-30' },
      { person: 'jan.wolf', role: 'UX-Designer', allocation: 100, startDate: '2025-05-15' },
      { person: 'sandra.klein', role: 'Fachexpertin Schaden', allocation: 100, startDate: '2025-04-01' },
      { person: 'olga.nowak', role: 'Betrugserkennung', allocation: 50, startDate: '2025-07-01' },
      { person: 'ralf.hahn', role: 'DevOps', allocation: 50, startDate: '2025-06-01' },
      { person: 'julia.weiss', role: 'Recht und Datenschutz', allocation: 50, startDate: '2025-04-01' },
    ],
  },
  {
    key: 'maklerportal',
    name: 'Maklerportal',
    kind: 'fusion',
    mandateKind: 'customer_segment',
    customerSegment: 'Makler und Mehrfachagenten',
    mandateScope:
      'Das Portal für unabhängige Vermittler: Angebotserstellung und Antragsübermittlung (auch über BiPRO-Schnittstellen), ' +
      'Bestandsübersicht, Courtageabrechnungen, Dokumentenpostfach und direkter Draht zum Maklervertrieb – für die Sach- ' +
      'und Kfz-Sparten im Privat- und Gewerbekundengeschäft.',
    mission:
      'Wir werden der Versicherer, mit dem Maklerinnen und Makler am wenigsten Aufwand haben: Angebot, Antrag und Police ' +
      'in einem Durchgang, Courtage transparent und pünktlich.',
    stage: 'active',
    businessLead: 'thomas.lange',
    itLead: 'sebastian.schmid',
    members: [
      { person: 'thomas.lange', role: 'Business Lead', allocation: 100, startDate: '2025-03-01' },
      { person: 'sebastian.schmid', role: 'IT-Lead', allocation: 100, startDate: '2025-03-01' },
      { person: 'christian.meyer', role: 'Maklerbetreuung', allocation: 100, startDate: '2025-03-01' },
      { person: 'birgit.schulz', role: 'Prozessmanagement', allocation: 100, startDate: '2025-03-01', endDate: '2025-12-31' },
      { person: 'paula.neumann', role: 'B2B-Marketing', allocation: 100, startDate: '2026-02-01' },
      { person: 'ivana.kovacevic', role: 'Frontend-Entwicklerin', allocation: 100, startDate: '2025-04-01' },
      { person: 'moritz.schaefer', role: 'Backend-Entwickler', allocation: 100, startDate: '2025-04-01' },
      { person: 'hannah.bauer', role: 'UI-Designerin', allocation: 60, startDate: '2025-05-01' },
      { person: 'ahmet.kaya', role: 'IT-Sicherheit', allocation: 50, startDate: '2025-06-01' },
      { person: 'zeynep.celik', role: 'Agile Coach', allocation: 50, startDate: '2025-09-01' },
    ],
  },
  {
    key: 'kfz-tarifrechner',
    name: 'Kfz-Tarifrechner',
    kind: 'fusion',
    mandateKind: 'product',
    customerSegment: 'Privatkunden Kfz',
    mandateScope:
      'Neuer Kfz-Tarifrechner für Pkw und Motorrad auf der Website, in der App und für Vergleichsportale: Tarifierung in ' +
      'Echtzeit auf Basis des Tarifmodells der Aktuariate, Typ- und Regionalklassen, Telematik-Option und Online-Abschluss. ' +
      'Ablösung des bisherigen Tarifrechners bis Ende 2027.',
    mission:
      'Ein Kfz-Tarif, der in Sekunden einen verbindlichen Preis nennt und sich online abschließen lässt – damit wir im ' +
      'Wechselgeschäft zum 30. November wieder Marktanteile gewinnen.',
    stage: 'chartered',
    businessLead: 'nadine.krause',
    itLead: 'florian.huber',
    members: [
      { person: 'nadine.krause', role: 'Business Lead', allocation: 100, startDate: '2026-10-01' },
      { person: 'florian.huber', role: 'IT-Lead', allocation: 100, startDate: '2026-10-01' },
      { person: 'stefan.braun', role: 'Aktuariat', allocation: 50, startDate: '2026-10-01' },
      { person: 'emre.sahin', role: 'Testautomatisierung', allocation: 100, startDate: '2026-10-01' },
      { person: 'hannah.bauer', role: 'UI-Designerin', allocation: 40, startDate: '2026-10-01' },
      { person: 'yusuf.oeztuerk', role: 'Pricing Analytics', allocation: 100, startDate: '2026-11-01' },
      { person: 'laura.engel', role: 'Softwareentwicklerin', allocation: 100, startDate: '2026-11-01' },
      { person: 'zeynep.celik', role: 'Agile Coach', allocation: 50, startDate: '2026-10-01' },
    ],
  },
  {
    key: 'cyber-kmu',
    name: 'Cyber-Versicherung für KMU',
    kind: 'fusion',
    mandateKind: 'customer_segment',
    customerSegment: 'Kleine und mittlere Unternehmen (10–250 Beschäftigte)',
    mandateScope:
      'Idee: eine Cyber-Versicherung für kleine und mittlere Unternehmen mit Online-Risikofragebogen, automatischer ' +
      'Annahme bis 5 Mio. € Jahresumsatz, Assistance im Ernstfall (IT-Forensik, Krisenkommunikation) und ' +
      'Präventionsangeboten. Vertrieb direkt und über Makler.',
    mission:
      'Kleine und mittlere Unternehmen gegen die Folgen von Cyberangriffen absichern – verständlich, schnell abschließbar ' +
      'und mit echter Hilfe, wenn es darauf ankommt.',
    stage: 'proposed',
    businessLead: 'melanie.roth',
    itLead: null,
    members: [
      { person: 'melanie.roth', role: 'Business Lead', allocation: 30, startDate: '2026-11-15' },
      { person: 'robert.franke', role: 'Vertrieb Firmenkunden', allocation: 20, startDate: '2026-11-15' },
      { person: 'lisa.brandt', role: 'Informationssicherheit', allocation: 20, startDate: '2026-11-15' },
      { person: 'elena.popescu', role: 'Recht und Bedingungen', allocation: 30, startDate: '2026-11-15' },
    ],
  },
  {
    key: 'kernsystem',
    name: 'Kernsystem Versicherung',
    kind: 'platform',
    mandateKind: 'platform',
    customerSegment: 'Fusion-Teams und Fachbereiche',
    mandateScope:
      'Standard-Kernservices für alle Sparten: Bestandsführung (Verträge, Policen, Partner), Inkasso und Exkasso, ' +
      'Provisions- und Courtageabrechnung, Dokumentenerstellung und Output-Management. Stellt APIs für die Fusion-Teams ' +
      'bereit und verantwortet die Migration vom Host in die Cloud.',
    mission:
      'Ein Kernsystem, auf das sich jedes Fusion-Team verlassen kann: stabile, dokumentierte APIs statt Einzelanbindungen, ' +
      'neue Produkte in Wochen statt Monaten konfigurierbar und Betrieb zu transparenten Stückpreisen.',
    stage: 'active',
    businessLead: 'michael.schneider',
    itLead: 'claudia.fuchs',
    members: [
      { person: 'michael.schneider', role: 'Business Lead', allocation: 100, startDate: '2025-01-01' },
      { person: 'claudia.fuchs', role: 'IT-Lead', allocation: 100, startDate: '2025-01-01' },
      { person: 'heike.baumann', role: 'Fachexpertin Inkasso', allocation: 100, startDate: '2025-01-01' },
      { person: 'sven.lorenz', role: 'Softwareentwickler', allocation: 100, startDate: '2025-01-01' },
      { person: 'agnieszka.wisniewska', role: 'Softwareentwicklerin', allocation: 100, startDate: '2025-02-01' },
      { person: 'dennis.graf', role: 'Host-Entwicklung', allocation: 100, startDate: '2025-01-01', endDate: '2026-06-30' },
      { person: 'peter.keller', role: 'Betrieb', allocation: 100, startDate: '2025-01-01' },
      { person: 'giuseppe.romano', role: 'Cloud-Betrieb', allocation: 100, startDate: '2025-07-01' },
      { person: 'ralf.hahn', role: 'DevOps', allocation: 50, startDate: '2025-01-01' },
      { person: 'ahmet.kaya', role: 'IT-Sicherheit', allocation: 50, startDate: '2025-01-01' },
    ],
  },
  {
    key: 'daten-ki',
    name: 'Daten- & KI-Plattform',
    kind: 'platform',
    mandateKind: 'platform',
    customerSegment: 'Fusion-Teams und Fachbereiche',
    mandateScope:
      'Zentrale Daten- und KI-Plattform: Data Lake und Data Warehouse, Datenkatalog und Datenqualität, ' +
      'Self-Service-Analytics, MLOps für Modelle (z. B. Betrugserkennung, Pricing) sowie datenschutzkonformer Zugang zu ' +
      'generativer KI (Copilot, GenAI-Gateway) für alle Beschäftigten.',
    mission:
      'Jedes Team findet die Daten, die es braucht, in verlässlicher Qualität – und nutzt KI sicher, ohne eigene ' +
      'Infrastruktur aufbauen zu müssen.',
    stage: 'active',
    businessLead: 'carina.weber',
    itLead: 'tobias.jung',
    members: [
      { person: 'carina.weber', role: 'Business Lead', allocation: 100, startDate: '2025-02-01' },
      { person: 'tobias.jung', role: 'IT-Lead', allocation: 100, startDate: '2025-02-01' },
      { person: 'maximilian.frank', role: 'Data Engineer', allocation: 100, startDate: '2025-02-01' },
      { person: 'priya.sharma', role: 'Machine Learning', allocation: 100, startDate: '2025-04-01' },
      { person: 'niklas.horn', role: 'GenAI-Gateway', allocation: 100, startDate: '2025-08-01' },
      { person: 'johannes.berg', role: 'Plattformbetrieb', allocation: 100, startDate: '2025-03-01' },
      { person: 'aylin.demir', role: 'Self-Service-Analytics', allocation: 50, startDate: '2025-02-01' },
      { person: 'olga.nowak', role: 'Data Science', allocation: 50, startDate: '2025-02-01' },
      { person: 'lisa.brandt', role: 'Informationssicherheit', allocation: 60, startDate: '2025-03-01' },
      { person: 'elena.popescu', role: 'Datenschutz', allocation: 50, startDate: '2025-05-01' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Users (every organization role, plus proposers and approvers of the demo decisions; password DEMO_PASSWORD)
// ---------------------------------------------------------------------------------------------

export const demoUsers: DemoUser[] = [
  { email: 'anna.berger@musterversicherung.de', displayName: 'Anna Berger', role: 'admin', person: 'anna.berger' },
  { email: 'sabine.hoffmann@musterversicherung.de', displayName: 'Sabine Hoffmann', role: 'portfolio_office', person: 'sabine.hoffmann' },
  // Business lead of E-Scooter-Versicherung
  { email: 'katharina.schulte@musterversicherung.de', displayName: 'Katharina Schulte', role: 'member', person: 'katharina.schulte' },
  // Ordinary member of E-Scooter-Versicherung
  { email: 'mehmet.yilmaz@musterversicherung.de', displayName: 'Mehmet Yılmaz', role: 'member', person: 'mehmet.yilmaz' },
  { email: 'friedrich.kraemer@musterversicherung.de', displayName: 'Friedrich Krämer', role: 'viewer', person: 'friedrich.kraemer' },
  // Further E-Scooter members who propose decisions (demo-operating-model.ts)
  { email: 'jonas.becker@musterversicherung.de', displayName: 'Jonas Becker', role: 'member', person: 'jonas.becker' },
  { email: 'leonie.hartmann@musterversicherung.de', displayName: 'Leonie Hartmann', role: 'member', person: 'leonie.hartmann' },
  { email: 'tim.krueger@musterversicherung.de', displayName: 'Tim Krüger', role: 'member', person: 'tim.krueger' },
  { email: 'stefan.braun@musterversicherung.de', displayName: 'Stefan Braun', role: 'member', person: 'stefan.braun' },
  // Leads of other fusion teams who propose decisions
  { email: 'markus.schmitz@musterversicherung.de', displayName: 'Markus Schmitz', role: 'member', person: 'markus.schmitz' },
  { email: 'sebastian.schmid@musterversicherung.de', displayName: 'Sebastian Schmid', role: 'member', person: 'sebastian.schmid' },
  { email: 'nadine.krause@musterversicherung.de', displayName: 'Nadine Krause', role: 'member', person: 'nadine.krause' },
  // Holders of the approver roles of the operating model (approving needs a user that is no viewer)
  { email: 'christiane.albrecht@musterversicherung.de', displayName: 'Christiane Albrecht', role: 'member', person: 'christiane.albrecht' },
  { email: 'petra.vogt@musterversicherung.de', displayName: 'Petra Vogt', role: 'member', person: 'petra.vogt' },
  { email: 'lisa.brandt@musterversicherung.de', displayName: 'Lisa Brandt', role: 'member', person: 'lisa.brandt' },
  { email: 'martina.lehmann@musterversicherung.de', displayName: 'Martina Lehmann', role: 'member', person: 'martina.lehmann' },
  { email: 'wolfgang.seidel@musterversicherung.de', displayName: 'Wolfgang Seidel', role: 'member', person: 'wolfgang.seidel' },
  // Members who answer the pulse surveys and leads who rate their team's maturity (demo-change.ts)
  // E-Scooter
  { email: 'lena.fischer@musterversicherung.de', displayName: 'Lena Fischer', role: 'member', person: 'lena.fischer' },
  { email: 'sophie.wagner@musterversicherung.de', displayName: 'Sophie Wagner', role: 'member', person: 'sophie.wagner' },
  // Digitale Schadenmeldung
  { email: 'daniel.koch@musterversicherung.de', displayName: 'Daniel Koch', role: 'member', person: 'daniel.koch' },
  { email: 'fatma.arslan@musterversicherung.de', displayName: 'Fatma Arslan', role: 'member', person: 'fatma.arslan' },
  { email: 'lukas.zimmermann@musterversicherung.de', displayName: 'Lukas Zimmermann', role: 'member', person: 'lukas.zimmermann' },
  { email: 'sandra.klein@musterversicherung.de', displayName: 'Sandra Klein', role: 'member', person: 'sandra.klein' },
  { email: 'jan.wolf@musterversicherung.de', displayName: 'Jan Wolf', role: 'member', person: 'jan.wolf' },
  // Maklerportal
  { email: 'thomas.lange@musterversicherung.de', displayName: 'Thomas Lange', role: 'member', person: 'thomas.lange' },
  { email: 'christian.meyer@musterversicherung.de', displayName: 'Christian Meyer', role: 'member', person: 'christian.meyer' },
  { email: 'ivana.kovacevic@musterversicherung.de', displayName: 'Ivana Kovačević', role: 'member', person: 'ivana.kovacevic' },
  { email: 'moritz.schaefer@musterversicherung.de', displayName: 'Moritz Schäfer', role: 'member', person: 'moritz.schaefer' },
  // Kfz-Tarifrechner
  { email: 'florian.huber@musterversicherung.de', displayName: 'Florian Huber', role: 'member', person: 'florian.huber' },
  { email: 'yusuf.oeztuerk@musterversicherung.de', displayName: 'Yusuf Öztürk', role: 'member', person: 'yusuf.oeztuerk' },
  // Kernsystem Versicherung
  { email: 'michael.schneider@musterversicherung.de', displayName: 'Michael Schneider', role: 'member', person: 'michael.schneider' },
  { email: 'claudia.fuchs@musterversicherung.de', displayName: 'Claudia Fuchs', role: 'member', person: 'claudia.fuchs' },
  { email: 'heike.baumann@musterversicherung.de', displayName: 'Heike Baumann', role: 'member', person: 'heike.baumann' },
  { email: 'sven.lorenz@musterversicherung.de', displayName: 'Sven Lorenz', role: 'member', person: 'sven.lorenz' },
  { email: 'peter.keller@musterversicherung.de', displayName: 'Peter Keller', role: 'member', person: 'peter.keller' },
  // Daten- & KI-Plattform
  { email: 'carina.weber@musterversicherung.de', displayName: 'Carina Weber', role: 'member', person: 'carina.weber' },
  { email: 'tobias.jung@musterversicherung.de', displayName: 'Tobias Jung', role: 'member', person: 'tobias.jung' },
  { email: 'maximilian.frank@musterversicherung.de', displayName: 'Maximilian Frank', role: 'member', person: 'maximilian.frank' },
  { email: 'priya.sharma@musterversicherung.de', displayName: 'Priya Sharma', role: 'member', person: 'priya.sharma' },
  { email: 'niklas.horn@musterversicherung.de', displayName: 'Niklas Horn', role: 'member', person: 'niklas.horn' },
];

// ---------------------------------------------------------------------------------------------
// Self-check (pure)
// ---------------------------------------------------------------------------------------------

const SIDE_OF: Record<Discipline, 'business' | 'it'> = {
  marketing: 'business',
  product: 'business',
  sales: 'business',
  legal: 'business',
  finance: 'business',
  operations: 'business',
  actuarial: 'business',
  engineering: 'it',
  architecture: 'it',
  data: 'it',
  security: 'it',
  design: 'it',
  it_operations: 'it',
};
const ROLES: Record<OrgRole, true> = { admin: true, portfolio_office: true, member: true, viewer: true };
const TEAM_KINDS: Record<TeamKind, true> = { fusion: true, platform: true };
const MANDATE_KINDS: Record<MandateKind, true> = { product: true, platform: true, customer_segment: true };
const STAGES: Record<Stage, true> = { proposed: true, chartered: true, active: true, sunset: true };

const EMAIL_DOMAIN = '@musterversicherung.de';

/** ü→ue, ö→oe, ä→ae, ß→ss, ı→i, other diacritics dropped; lower case. */
function asciiFold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function covers(m: DemoMembership, date: string): boolean {
  return m.startDate <= date && (m.endDate == null || m.endDate >= date);
}

/** Returns the list of violations; empty when the demo data is consistent. */
export function checkDemoData(): string[] {
  const errors: string[] = [];
  const people = new Map<string, DemoPerson>();
  const emails = new Set<string>();

  for (const p of demoPeople) {
    if (people.has(p.key)) errors.push(`person ${p.key}: duplicate key`);
    people.set(p.key, p);
    const email = p.email.toLowerCase();
    if (emails.has(email)) errors.push(`person ${p.key}: duplicate email ${p.email}`);
    emails.add(email);
    if (!(p.discipline in SIDE_OF)) errors.push(`person ${p.key}: unknown discipline ${String(p.discipline)}`);
    const parts = p.name.trim().split(/\s+/);
    const expected = parts.length >= 2 ? `${asciiFold(parts[0]!)}.${asciiFold(parts[parts.length - 1]!)}${EMAIL_DOMAIN}` : null;
    if (expected === null) errors.push(`person ${p.key}: name needs first and last name`);
    else if (p.email !== expected) errors.push(`person ${p.key}: email ${p.email} should be ${expected}`);
    if (!/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*@musterversicherung\.de$/.test(p.email)) errors.push(`person ${p.key}: email ${p.email} is not ASCII vorname.nachname`);
    if (!p.name.trim() || p.name.length > 120) errors.push(`person ${p.key}: name must be 1..120 characters`);
    if (p.jobTitle.length > 120) errors.push(`person ${p.key}: job title longer than 120 characters`);
  }

  const teamKeys = new Set<string>();
  const teamNames = new Set<string>();
  const byPerson = new Map<string, { team: string; m: DemoMembership }[]>();

  for (const t of demoTeams) {
    const where = `team ${t.key}`;
    if (teamKeys.has(t.key)) errors.push(`${where}: duplicate key`);
    teamKeys.add(t.key);
    if (teamNames.has(t.name.toLowerCase())) errors.push(`${where}: duplicate name ${t.name}`);
    teamNames.add(t.name.toLowerCase());
    if (!(t.kind in TEAM_KINDS)) errors.push(`${where}: unknown kind ${String(t.kind)}`);
    if (!(t.mandateKind in MANDATE_KINDS)) errors.push(`${where}: unknown mandate kind ${String(t.mandateKind)}`);
    if (!(t.stage in STAGES)) errors.push(`${where}: unknown stage ${String(t.stage)}`);
    if ((t.kind === 'platform') !== (t.mandateKind === 'platform')) errors.push(`${where}: platform teams (and only they) have a platform mandate`);
    if (!t.name.trim() || t.name.length > 120) errors.push(`${where}: name must be 1..120 characters`);
    if (t.mission.length > 2000) errors.push(`${where}: mission longer than 2000 characters`);
    if (t.mandateScope.length > 2000) errors.push(`${where}: mandate scope longer than 2000 characters`);
    if (t.customerSegment.length > 200) errors.push(`${where}: customer segment longer than 200 characters`);

    for (const m of t.members) {
      const mw = `${where}, member ${m.person}`;
      if (!people.has(m.person)) errors.push(`${mw}: unknown person`);
      if (!m.role.trim() || m.role.length > 120) errors.push(`${mw}: role must be 1..120 characters`);
      if (!Number.isInteger(m.allocation) || m.allocation < 1 || m.allocation > 100) errors.push(`${mw}: allocation ${m.allocation} not an integer in 1..100`);
      if (!isIsoDate(m.startDate)) errors.push(`${mw}: invalid start date ${m.startDate}`);
      else if (m.startDate < '2025-01-01' || m.startDate > DEMO_TODAY) errors.push(`${mw}: start date ${m.startDate} outside 2025-01-01..${DEMO_TODAY}`);
      if (m.endDate != null) {
        if (!isIsoDate(m.endDate)) errors.push(`${mw}: invalid end date ${m.endDate}`);
        else if (m.endDate < m.startDate) errors.push(`${mw}: end date before start date`);
        else if (m.endDate >= DEMO_TODAY) errors.push(`${mw}: end date ${m.endDate} is not in the past`);
      }
      const list = byPerson.get(m.person) ?? [];
      list.push({ team: t.key, m });
      byPerson.set(m.person, list);
    }

    // A person appears in a team at most once at any date.
    t.members.forEach((a, i) =>
      t.members.slice(i + 1).forEach((b) => {
        if (a.person === b.person && (covers(a, b.startDate) || covers(b, a.startDate))) {
          errors.push(`${where}: overlapping memberships of ${a.person}`);
        }
      }),
    );

    // Leadership
    if ((t.stage === 'chartered' || t.stage === 'active') && (t.businessLead === null || t.itLead === null)) {
      errors.push(`${where}: ${t.stage} team needs both a business lead and an IT lead`);
    }
    if (t.businessLead !== null && t.businessLead === t.itLead) errors.push(`${where}: business lead and IT lead are the same person`);
    for (const [slot, key, side] of [
      ['business lead', t.businessLead, 'business'],
      ['IT lead', t.itLead, 'it'],
    ] as const) {
      if (key === null) continue;
      const p = people.get(key);
      if (!p) {
        errors.push(`${where}: ${slot} ${key} is not a person`);
        continue;
      }
      if (SIDE_OF[p.discipline] !== side) errors.push(`${where}: ${slot} ${key} has ${p.discipline}, not a ${side}-side discipline`);
      if (!t.members.some((m) => m.person === key && covers(m, DEMO_TODAY))) errors.push(`${where}: ${slot} ${key} is not a current member`);
    }
  }

  // Allocation never above 100 % at any date: the sum only rises at start dates, so checking
  // every start and end boundary of that person's memberships covers all dates.
  for (const [person, list] of byPerson) {
    const dates = new Set<string>();
    for (const { m } of list) {
      dates.add(m.startDate);
      if (m.endDate != null) dates.add(m.endDate);
    }
    for (const date of [...dates].sort()) {
      const active = list.filter(({ m }) => covers(m, date));
      const sum = active.reduce((s, { m }) => s + m.allocation, 0);
      if (sum > 100) errors.push(`person ${person}: ${sum} % allocated on ${date} (${active.map(({ team, m }) => `${team} ${m.allocation} %`).join(', ')})`);
    }
  }

  // Users
  const userEmails = new Set<string>();
  const roles = new Set<OrgRole>();
  for (const u of demoUsers) {
    const where = `user ${u.email}`;
    const email = u.email.toLowerCase();
    if (userEmails.has(email)) errors.push(`${where}: duplicate email`);
    userEmails.add(email);
    if (!(u.role in ROLES)) errors.push(`${where}: unknown role ${String(u.role)}`);
    roles.add(u.role);
    if (u.person === null) continue;
    const p = people.get(u.person);
    if (!p) {
      errors.push(`${where}: unknown person ${u.person}`);
      continue;
    }
    if (p.email !== u.email) errors.push(`${where}: email differs from person ${p.key} (${p.email})`);
    if (p.name !== u.displayName) errors.push(`${where}: display name differs from person name ${p.name}`);
  }
  for (const role of Object.keys(ROLES) as OrgRole[]) {
    if (!roles.has(role)) errors.push(`users: no user with role ${role}`);
  }
  if (!demoUsers.some((u) => u.email === 'anna.berger@musterversicherung.de' && u.role === 'admin')) {
    errors.push('users: anna.berger@musterversicherung.de must be the admin');
  }
  const escooter = demoTeams.find((t) => t.key === 'escooter');
  if (!escooter) errors.push('teams: escooter missing');
  else {
    const members = demoUsers.filter((u) => u.role === 'member' && u.person !== null);
    if (!members.some((u) => u.person === escooter.businessLead)) errors.push('users: no member user is the business lead of escooter');
    if (
      !members.some(
        (u) =>
          u.person !== escooter.businessLead &&
          u.person !== escooter.itLead &&
          escooter.members.some((m) => m.person === u.person && covers(m, DEMO_TODAY)),
      )
    ) {
      errors.push('users: no member user is an ordinary current member of escooter');
    }
  }

  return errors;
}
