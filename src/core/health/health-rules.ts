import type { HealthSignal, ServiceKind, ServiceLifecycle, Stage } from '../../contracts/index.ts';
import { isProvided, kindLabel } from '../services/service-rules.ts';

// Each rule turns the rows of one query into signals. `text` is for readers of the API in English;
// `params` carry the same facts for the web app to say in the reader's language.

export interface ServiceFacts {
  id: string;
  name: string;
  kind: ServiceKind;
  lifecycle: ServiceLifecycle;
  unitPriceCents: number | null;
  owner: { id: string; name: string; stage: Stage } | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A live service nobody runs: no owner team, or one that has been sunset. */
export function liveServiceWithoutOwner(services: readonly ServiceFacts[]): HealthSignal[] {
  return services
    .filter((s) => s.lifecycle === 'live' && (s.owner === null || s.owner.stage === 'sunset'))
    .map((s) => ({
      kind: 'live_service_without_owner',
      severity: 'critical',
      teamId: s.owner?.id ?? null,
      serviceId: s.id,
      decisionId: null,
      subject: s.name,
      text: s.owner
        ? `${s.name} is live, but its owner team ${s.owner.name} is sunset; hand it to a running team`
        : `${s.name} is live but no team owns it`,
      params: { service: s.name, ...(s.owner ? { ownerTeam: s.owner.name } : {}) },
    }));
}

export interface TeamFacts {
  id: string;
  name: string;
  stage: Stage;
  itLeadId: string | null;
}

/**
 * A team without an IT lead. The leadership rule keeps chartered and active teams from losing
 * theirs, but data from before the rule (or an import) may still lack one: that is critical.
 */
export function teamWithoutItLead(teams: readonly TeamFacts[]): HealthSignal[] {
  return teams
    .filter((t) => t.stage !== 'sunset' && t.itLeadId === null)
    .map((t) => {
      const running = t.stage === 'chartered' || t.stage === 'active';
      return {
        kind: 'team_without_it_lead',
        severity: running ? 'critical' : 'warning',
        teamId: t.id,
        serviceId: null,
        decisionId: null,
        subject: t.name,
        text: running ? `${t.name} is ${t.stage} without an IT lead` : `${t.name} has no IT lead yet; it needs one to be chartered`,
        params: { team: t.name, stage: t.stage },
      };
    });
}

export interface WaitingDecisionFacts {
  id: string;
  title: string;
  teamId: string;
  teamName: string;
  submittedAt: Date;
}

/** A decision waiting for approval longer than the operating model allows. */
export function decisionWaiting(decisions: readonly WaitingDecisionFacts[], now: Date, waitDays: number): HealthSignal[] {
  return decisions
    .map((d) => ({ d, days: Math.floor((now.getTime() - d.submittedAt.getTime()) / DAY_MS) }))
    .filter(({ d }) => now.getTime() - d.submittedAt.getTime() > waitDays * DAY_MS)
    .map(({ d, days }) => ({
      kind: 'decision_waiting',
      severity: 'warning',
      teamId: d.teamId,
      serviceId: null,
      decisionId: d.id,
      subject: d.title,
      text: `"${d.title}" of ${d.teamName} has been waiting for approval for ${days} days (more than ${waitDays})`,
      params: { decision: d.title, team: d.teamName, days, waitDays },
    }));
}

/** A core service, data platform or AI service that is planned or live but has no unit price: its consumption cannot be allocated. */
export function providedServiceWithoutPrice(services: readonly ServiceFacts[]): HealthSignal[] {
  return services
    .filter((s) => isProvided(s.kind) && (s.lifecycle === 'planned' || s.lifecycle === 'live') && s.unitPriceCents === null)
    .map((s) => ({
      kind: 'core_service_without_price',
      severity: 'warning',
      teamId: s.owner?.id ?? null,
      serviceId: s.id,
      decisionId: null,
      subject: s.name,
      text: `${s.name} (${kindLabel(s.kind)}, ${s.lifecycle}) has no unit price; its consumption cannot be allocated`,
      params: { service: s.name, kind: s.kind, lifecycle: s.lifecycle, ...(s.owner ? { ownerTeam: s.owner.name } : {}) },
    }));
}

const SEVERITY_ORDER = { critical: 0, warning: 1 } as const;

export function sortSignals(signals: HealthSignal[]): HealthSignal[] {
  return signals.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.kind.localeCompare(b.kind) || a.subject.localeCompare(b.subject));
}
