-- The operating model every new organization starts from; the portfolio office adapts it in Tandem.
INSERT INTO operating_model (id, version, decision_wait_days) VALUES (1, 1, 14);
--> statement-breakpoint
INSERT INTO model_roles (key, name, responsibilities, approver, position) VALUES
  ('business_lead', 'Business lead', 'Owns the team''s business outcome: customer value, revenue and profit, priorities and budget. Leads the team together with the IT lead.', false, 1),
  ('it_lead', 'IT lead', 'Owns the team''s technology: architecture, delivery, operations and security of the services the team runs. Leads the team together with the business lead.', false, 2),
  ('team_member', 'Team member', 'Delivers the team''s mission across disciplines; records decisions and updates key results.', false, 3),
  ('portfolio_office', 'Portfolio office', 'Charters, funds and steers the portfolio of teams; maintains the operating model and the decision rights.', false, 4),
  ('portfolio_board', 'Portfolio board', 'Approves decisions whose budget impact exceeds a team''s autonomy; arbitrates between teams.', true, 5),
  ('data_protection_officer', 'Data protection officer', 'Approves decisions that process personal data; checks lawful basis, purpose limitation and data minimisation.', true, 6),
  ('ciso', 'Chief information security officer', 'Approves technology decisions that touch critical services; owns security standards.', true, 7),
  ('procurement', 'Procurement', 'Approves new vendors and contracts; checks terms, risk and existing framework agreements.', true, 8),
  ('platform_owner', 'Platform owner', 'Runs a core service, data platform or AI service for all teams: catalog entry, unit price, service levels and consumption.', false, 9);
--> statement-breakpoint
INSERT INTO cadences (key, name, frequency, description, participants, position) VALUES
  ('portfolio_sync', 'Portfolio sync', 'monthly', 'Health signals, decisions waiting for approval and cross-team dependencies.', 'Portfolio office, team leads', 1),
  ('business_review', 'Quarterly business review', 'quarterly', 'Each team reports outcomes against goals, P&L and customer value; the board re-prioritises.', 'Portfolio board, business and IT leads', 2),
  ('budget_cycle', 'Annual budget cycle', 'yearly', 'Teams propose budgets for the next fiscal year; the portfolio office approves and allocates.', 'Portfolio office, portfolio board, team leads', 3),
  ('platform_review', 'Platform service review', 'quarterly', 'Unit prices, service levels and consumption of core services, data platforms and AI services.', 'Platform owners, portfolio office', 4);
--> statement-breakpoint
INSERT INTO decision_rule_sets (version, default_autonomy_limit_cents, rules, created_by) VALUES (1, 5000000, '[
  {"key": "budget_beyond_autonomy", "name": "Budget impact beyond the team''s autonomy limit", "when": {"exceedsTeamLimit": true}, "approverRole": "portfolio_board"},
  {"key": "personal_data", "name": "Processing of personal data", "when": {"personalData": true}, "approverRole": "data_protection_officer"},
  {"key": "new_vendor", "name": "A new vendor", "when": {"newVendor": true}, "approverRole": "procurement"},
  {"key": "critical_technology", "name": "Technology change on a critical service", "when": {"categories": ["technology"], "serviceCriticalityAtLeast": "critical"}, "approverRole": "ciso"}
]'::jsonb, 'Tandem default');
--> statement-breakpoint
-- Rule sets are append-only like the audit log: a change is a new version.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER decision_rule_sets_append_only BEFORE UPDATE OR DELETE ON decision_rule_sets
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
